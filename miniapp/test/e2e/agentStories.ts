// The agent's story in the H5 workbench: a new case in the inbox, accept it, ask for a missing
// material, and — once the applicant has answered — feed back the result; then a caller at the
// window, registered by the agent (窗口登记), who signs the paper agreement, and the case accepted.
import type { Page } from 'playwright-core';
import { AGREEMENT_VERSION } from '@app/shared';
import { shot, url } from './app';
import { devToken } from './residentStories';

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

/** Clicks an action; actions with a form open it, and its submit sends the action. */
async function takeAction(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.locator(`.agent-action[data-action="${action}"]`).click();
  const submit = page.locator('.agent-action-submit');
  if (fill || (await submit.isVisible().catch(() => false)) || (await submit.waitFor({ timeout: 1_500 }).then(() => true, () => false))) {
    if (fill) await fill();
    await submit.click();
  }
}

/** The workbench once it shows the case: its loading and error views share the class but carry no version. */
const shownCase = (page: Page) => page.locator('.agent-case[data-version]');

async function waitForVersionAbove(page: Page, version: number): Promise<number> {
  const locator = shownCase(page);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = Number(await locator.getAttribute('data-version'));
    if (v > version) return v;
    if (Date.now() > deadline) throw new Error(`case stayed at version ${v}`);
    await page.waitForTimeout(200);
  }
}

export async function agentWorksACase(page: Page, appUrl: string, apiUrl: string): Promise<void> {
  // A resident entrusts and signs (through the API); the case is routed to an agent.
  const resident = await devToken(apiUrl, 'u-resident-2');
  let c = await api(apiUrl, 'POST', '/cases', resident, { kind: 'entrustment', itemId: 'item-qy-food', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '王强', phone: '13904720002' } }, `agent-story-${Date.now()}`);
  c = await api(apiUrl, 'POST', `/cases/${c.id}/actions`, resident, { action: 'signAgreement', version: c.version, agreementVersion: AGREEMENT_VERSION, signerName: '王强', consentToDataHandling: true, acknowledgeFreeOfCharge: true });
  const agentId: string = c.assignee.agentId;

  // The agent opens the workbench: the new case is in the inbox.
  await page.goto(appUrl);
  await page.evaluate((id) => localStorage.setItem('session.devUserId', JSON.stringify({ data: id })), `u-${agentId}`);
  await page.goto(url(appUrl, 'agentInbox'));
  const entry = page.locator('.inbox-entry', { hasText: c.number });
  await entry.waitFor({ timeout: 20_000 });
  await shot(page, '15-agent-inbox');
  await entry.click();
  await shownCase(page).waitFor({ timeout: 20_000 });

  // Accepts; asks for the missing floor plan; the applicant answers; feeds back the result.
  let version = Number(await shownCase(page).getAttribute('data-version'));
  await takeAction(page, 'accept');
  version = await waitForVersionAbove(page, version);
  await page.waitForTimeout(2_000); // let the confirmation toast fade before the picture
  await shot(page, '16-agent-case');
  await takeAction(page, 'requestSupplement', async () => {
    await page.locator('.supplement-name input').first().fill('经营场所平面布局图');
    await page.locator('.supplement-reason textarea').first().fill('需标明操作间与就餐区');
  });
  version = await waitForVersionAbove(page, version);
  const afterSupplement = await api(apiUrl, 'GET', `/cases/${c.id}`, resident);
  expect(afterSupplement.state).toBe('supplementRequested');
  expect(afterSupplement.supplement.items[0].reason).toContain('操作间');
  await api(apiUrl, 'POST', `/cases/${c.id}/actions`, resident, { action: 'answerSupplement', version: afterSupplement.version, note: '已补交平面图' });
  await page.reload();
  await page.locator(`.agent-action[data-action="feedBackResult"]`).waitFor({ timeout: 20_000 });
  version = Number(await shownCase(page).getAttribute('data-version'));
  await takeAction(page, 'feedBackResult', async () => {
    await page.locator('.result-summary textarea').first().fill('食品经营许可证已核发');
  });
  await waitForVersionAbove(page, version);
  await shot(page, '17-agent-result');
  const done = await api(apiUrl, 'GET', `/cases/${c.id}`, resident);
  expect(done.state).toBe('resultFedBack');
  expect(done.timeline.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['accept', 'requestSupplement', 'answerSupplement', 'feedBackResult']));

  await agentRegistersAtTheWindow(page, appUrl, c.assignee.name);
}

/** 窗口登记: a caller comes to the window; the agent keys in the entrustment and lands on the new case, theirs by 首问负责. */
export async function agentRegistersAtTheWindow(page: Page, appUrl: string, agentName: string): Promise<void> {
  await page.goto(url(appUrl, 'agentInbox'));
  await page.locator('.inbox-register').click();
  await page.locator('.register-form').waitFor({ timeout: 20_000 });
  await page.locator('.register-q input').fill('养老保险');
  await page.locator('.register-search-button').click();
  await page.locator('.register-result', { hasText: '城乡居民基本养老保险参保登记' }).click();
  await page.locator('.register-picked-name').waitFor({ timeout: 10_000 });
  await page.locator('.register-name input').fill('刘淑芬');
  await page.locator('.register-phone input').fill('13904720009');
  await page.locator('.register-kind .choice-chip', { hasText: '帮办' }).click();
  await page.locator('.register-mode .choice-chip', { hasText: '预约服务' }).click();
  await page.locator('.register-kind').scrollIntoViewIfNeeded();
  await shot(page, '25-agent-register');
  await page.locator('.agent-action-submit').click();

  const registered = page.locator('.agent-case', { hasText: '刘淑芬' });
  await registered.waitFor({ timeout: 20_000 });
  expect(await registered.locator('.agent-channel').innerText()).toContain('窗口');
  expect(await registered.locator('.agent-holder').innerText()).toContain(agentName);
  expect(await registered.locator('.case-item-name').innerText()).toBe('城乡居民基本养老保险参保登记');
  await shot(page, '26-agent-registered-case');

  // She signed the paper agreement at the window: the agent records it, then accepts the case.
  let version = Number(await registered.getAttribute('data-version'));
  await takeAction(page, 'signAgreement', async () => {
    expect(await page.locator('.agreement-signer input').inputValue()).toBe('刘淑芬');
    for (const chip of await page.locator('.agreement-confirmations .choice-chip').all()) await chip.click();
  });
  version = await waitForVersionAbove(page, version);
  await takeAction(page, 'accept');
  await waitForVersionAbove(page, version);
  expect(await registered.locator('.agent-holder').innerText()).toContain(agentName);
}
