// The queue (取号叫号) as the hall's staff live it in the H5 app: an agent of the district hall
// opens 窗口叫号, picks window 1, calls the number a resident took, recalls it, starts serving,
// turns the visit into a window entrustment (the case timeline shows the ticket), finishes it and
// prints a desk number for someone without a phone; the bureau edits a queue's daily cap (a bad
// cap answered beside the field) and reads the queue figures on the dashboard.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { rememberDemoUser, shot } from './app';
import { eventually, isDisabled } from './browser';
import type { LocalStack } from './localStack';
import { devToken, phonePage } from './residentStories';

type Stack = Pick<LocalStack, 'appUrl' | 'apiUrl'>;

const HALL = 'pt-zwzx';
const HALL_AGENT = 'agt-zwzx-1';
const WINDOW_PAGE = 'agent/window/index';

async function api(apiUrl: string, method: string, route: string, token: string, body?: unknown, key?: string) {
  const response = await fetch(`${apiUrl}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'Idempotency-Key': key } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** The window's buttons by action (叫号 call, 重呼 recall, 过号 miss, 开始办理 start, 办结 finish). */
const button = (page: Page, action: string) => page.locator(`.qw-do-${action}`);
const facts = (page: Page) => page.locator('.qw-current .qw-facts').innerText();

/** Waits for a tap's answer: the toast fades and the view shows the changed ticket. */
async function press(page: Page, action: string, until: () => Promise<void>): Promise<void> {
  await button(page, action).click();
  await until();
}

export async function agentCallsAtTheWindow(browser: Browser, stack: Stack): Promise<{ number: string; caseId: string }> {
  const { appUrl, apiUrl } = stack;
  // A resident took a number in 代办帮办咨询 (A, called at windows 1 and 2) by scanning the hall's code.
  const resident = await devToken(apiUrl, 'u-resident-2');
  const taken = await api(apiUrl, 'POST', '/queue/tickets', resident, { pointId: HALL, queueId: 'consult' }, `queue-story-${randomUUID()}`);
  expect(taken).toMatchObject({ state: 'waiting', queueName: '代办帮办咨询' });
  const number: string = taken.number;

  const page = await phonePage(browser);
  try {
    await rememberDemoUser(page, appUrl, `u-${HALL_AGENT}`);
    await page.goto(`${appUrl}#/agent/inbox/index`);
    await page.locator('.inbox-window').click();
    await page.locator('.qw-windows').waitFor({ timeout: 20_000 });
    await page.locator('.qw-windows .ca-chip', { hasText: '窗口 1' }).click();
    await page.locator('.qw-current').waitFor({ timeout: 20_000 });
    // Her number is the next this window calls; the window is free, so only 叫号 can be pressed.
    await eventually(() => page.locator('.qw-next-number').first().innerText(), (n) => expect(n).toBe(number), 10_000);
    expect(await isDisabled(button(page, 'call'))).toBe(false);
    for (const action of ['recall', 'miss', 'start', 'finish']) expect(await isDisabled(button(page, action))).toBe(true);

    await press(page, 'call', () => page.locator('.qw-number', { hasText: number }).waitFor({ timeout: 10_000 }));
    expect(await facts(page)).toContain('已叫 1 次');
    // 过号 only after the third call: the button says why, in its name and under it.
    expect(await isDisabled(button(page, 'miss'))).toBe(true);
    expect(await button(page, 'miss').getAttribute('aria-label')).toBe('过号，叫号满三次未到才能过号');
    expect(await page.locator('.qw-reasons').innerText()).toContain('过号：叫号满三次未到才能过号');
    expect(await isDisabled(button(page, 'call'))).toBe(true);

    await press(page, 'recall', () => eventually(() => facts(page), (f) => expect(f).toContain('已叫 2 次')));
    // Her phone says where to go at once.
    const mine = await api(apiUrl, 'GET', `/queue/tickets/${taken.id}`, resident);
    expect(mine).toMatchObject({ state: 'called', window: 1, calls: 2 });
    expect(await page.locator('.qw-recent .qw-recent-number').first().innerText()).toBe(number);

    await press(page, 'start', () => page.locator('.qw-ticket--serving').waitFor({ timeout: 10_000 }));
    expect(await isDisabled(button(page, 'finish'))).toBe(false);
    expect(await isDisabled(button(page, 'recall'))).toBe(true);
    await page.waitForTimeout(2_600); // the toast fades first
    await page.locator('.qw-current').scrollIntoViewIfNeeded();
    await shot(page, 'agent-window');

    // 转窗口登记: the visit becomes a window entrustment, linked to her number.
    await page.locator('.qw-register').click();
    await page.locator('.register-form').waitFor({ timeout: 20_000 });
    expect(await page.locator('.register-ticket').innerText()).toContain(number);
    await page.locator('.register-q input').fill('个体工商户');
    await page.locator('.register-search-button').click();
    await page.locator('.register-result').first().click();
    await page.locator('.register-picked-name').waitFor({ timeout: 10_000 });
    await page.locator('.register-name input').fill('王强');
    await page.locator('.register-phone input').fill('13904720002');
    await page.locator('.register-kind .choice-chip').first().click();
    await page.locator('.register-mode .choice-chip').first().click();
    await page.locator('.agent-action-submit').click();
    const registered = page.locator('.agent-case[data-version]', { hasText: '王强' });
    await registered.waitFor({ timeout: 20_000 });
    const caseId = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
    await eventually(() => page.locator('.timeline-event').allInnerTexts(), (events) => expect(events.join('\n')).toMatch(new RegExp(`窗口取号办理[\\s\\S]*${number} 号 1 号窗口`)), 10_000);

    // Back at the window: the ticket shows its case; 办结 frees the window.
    await page.goto(`${appUrl}#/${WINDOW_PAGE}`);
    await page.locator('.qw-current .qw-linked').waitFor({ timeout: 20_000 });
    await press(page, 'finish', () => page.locator('.qw-idle').waitFor({ timeout: 10_000 }));
    expect(await api(apiUrl, 'GET', `/queue/tickets/${taken.id}`, resident)).toMatchObject({ state: 'done', caseId });

    // 现场取号: a number for someone without a phone, printed as a small ticket.
    await page.locator('.qw-desk-queues .ca-chip', { hasText: '代办帮办咨询' }).click();
    await page.locator('.qw-desk-take').click();
    const ticket = page.locator('.dt-ticket');
    await ticket.waitFor({ timeout: 20_000 });
    const deskNumber = await ticket.locator('.dt-number').innerText();
    expect(deskNumber).toMatch(/^A\d{3}$/);
    expect(await ticket.innerText()).toContain('请留意大厅叫号屏及语音叫号');
    expect(await page.locator('.dt-print').isVisible()).toBe(true);
    // On paper only the ticket: the 打印 button is hidden by the print stylesheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dt-print').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'agent-desk-ticket');
    // Nobody will come for this demo number: the agent cancels it, so the hall's queue stays as it was.
    const agent = await devToken(apiUrl, `u-${HALL_AGENT}`);
    const deskId = await ticket.getAttribute('data-ticket-id');
    expect((await api(apiUrl, 'POST', `/queue/tickets/${deskId}/cancel`, agent)).state).toBe('cancelled');
    return { number, caseId };
  } catch (error) {
    await shot(page, 'failed-queue-agent-story').catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}

/** The bureau sets the hall's 代办帮办咨询 cap: 0 is refused beside the field, 180 is saved and read back; a save over someone else's is refused until reloaded. */
export async function bureauConfiguresQueues(browser: Browser, stack: Stack): Promise<void> {
  const page = await phonePage(browser);
  try {
    await rememberDemoUser(page, stack.appUrl, 'u-bureau-1');
    await page.goto(`${stack.appUrl}#/bureau/schedule/index?pointId=${HALL}`);
    const first = page.locator('.qc-queue[data-queue-id="consult"]');
    await first.waitFor({ timeout: 30_000 });
    expect(await page.locator('.qc-queue').count()).toBe(4);
    const cap = first.locator('.qc-cap input');
    await cap.fill('0');
    await page.locator('.qc-save').click();
    await eventually(() => first.locator('.qc-error').allInnerTexts(), (errors) => expect(errors).toEqual(['每日上限至少为 1']), 10_000);

    await cap.fill('180');
    await page.locator('.qc-save').click();
    await eventually(() => first.locator('.qc-error').count(), (n) => expect(n).toBe(0), 10_000);
    await page.getByText('取号队列已保存').first().waitFor({ timeout: 10_000 });
    const config = await api(stack.apiUrl, 'GET', `/network/points/${HALL}/queue-config`, await devToken(stack.apiUrl, 'u-bureau-1'));
    expect(config.queues.find((q: { id: string }) => q.id === 'consult').dailyCap).toBe(180);

    // Someone else saves meanwhile: her next save is refused, and 重新载入 shows theirs.
    const bureau = await devToken(stack.apiUrl, 'u-bureau-1');
    const saved = await api(stack.apiUrl, 'PUT', `/network/points/${HALL}/queue-config`, bureau, { queues: config.queues, version: config.version });
    await cap.fill('190');
    await page.locator('.qc-save').click();
    await eventually(() => page.locator('.qc-form-error').innerText(), (t) => expect(t).toContain('已被他人更新'), 10_000);
    await page.locator('.qc-reload').click();
    await eventually(() => page.locator('.qc-title').innerText(), (t) => expect(t).toContain(`第 ${saved.version} 版`), 10_000);
    expect(await page.locator('.qc-form-error').count()).toBe(0);

    await page.reload();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.locator('.qc-cap input').inputValue()).toBe('180');
    await page.waitForTimeout(600);
    await page.locator('.qc-title').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -12));
    await shot(page, 'bureau-queues');
  } catch (error) {
    await shot(page, 'failed-bureau-queues').catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}

/** The dashboard's 取号叫号: the busiest point's queues and its tickets by hour, drawn on a canvas. */
export async function bureauReadsQueueFigures(browser: Browser, stack: Stack): Promise<void> {
  const page = await phonePage(browser);
  try {
    await rememberDemoUser(page, stack.appUrl, 'u-bureau-1');
    await page.goto(`${stack.appUrl}#/bureau/dashboard/index`);
    const section = page.locator('.dash-queues');
    await section.locator('.dash-queue').first().waitFor({ timeout: 30_000 });
    expect(await section.locator('.dash-queue-points .ca-chip--on').innerText()).toContain('政务服务中心');
    expect(await section.locator('.dash-queue').count()).toBe(4);
    // A month of demo figures: tickets issued, and the chart has ink.
    expect(Number(await section.locator('.dash-queue').first().locator('.dash-queue-value').first().innerText())).toBeGreaterThan(0);
    await page.waitForFunction(
      () => {
        const canvas = document.getElementById('dash-queue-hours') as HTMLCanvasElement | null;
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx || canvas.width === 0) return false;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200) return true;
        return false;
      },
      undefined,
      { timeout: 20_000 },
    );
    await page.locator('#dash-queue-hours').scrollIntoViewIfNeeded();
    await page.waitForTimeout(600);
    await shot(page, 'bureau-dashboard-queues');
  } catch (error) {
    await shot(page, 'failed-bureau-dashboard-queues').catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}
