// 取号叫号 from the resident's side and the hall's, in the shared stack and browser: a resident
// scans the 林荫路 centre's code, takes a number and watches it; when three are left ahead they
// are told, and when the window calls them the ticket says 请到 N 号窗口 by itself (no reload)
// and an in-app notice says the same; the hall display, polling with `since`, shows the call
// within 2 s and would say it aloud once.
import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { SHOTS_DIR, rememberDemoUser, shot, url } from './app';
import { eventually } from './browser';
import { devToken, phonePage } from './residentStories';

const POINT = { id: 'pt-lyl', code: 'P03LYL' };

async function post<T = any>(apiUrl: string, route: string, token: string, body: unknown, idempotent = false): Promise<{ status: number; body: T }> {
  const response = await fetch(`${apiUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(idempotent ? { 'idempotency-key': `story-${Date.now()}-${Math.random().toString(36).slice(2)}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** People who came before, without phones: four numbers the agent gives at the desk. */
async function crowd(apiUrl: string, agent: string): Promise<void> {
  for (let i = 0; i < 4; i += 1) expect((await post(apiUrl, '/queue/desk-tickets', agent, { queueId: 'consult' }, true)).status).toBe(200);
}

export async function residentTakesANumberAndIsCalled(browser: Browser, appUrl: string, apiUrl: string): Promise<void> {
  const agent = await devToken(apiUrl, 'u-agt-lyl-1');
  await crowd(apiUrl, agent);

  // The hall display of the centre, on a screen of its own.
  const hall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const boardCalls: number[] = [];
  hall.on('response', (r) => {
    if (r.url().includes(`/queue/boards/${POINT.code}`)) boardCalls.push(Date.now());
  });
  // What the display says aloud, heard through the browser's own speechSynthesis.speak.
  await hall.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void heard.push(`${u.lang} ${u.text}`);
  });
  await hall.goto(url(appUrl, 'hallDisplay', { code: POINT.code }));
  await hall.locator('.display-point', { hasText: '林荫路' }).waitFor({ timeout: 20_000 });
  // Browsers speak only after a touch: the hall's staff switch the voice on once.
  await hall.getByRole('button', { name: '开启语音播报' }).click();

  // The resident scans the centre's code: its queues, the people waiting, 取号.
  const page: Page = await phonePage(browser);
  await rememberDemoUser(page, appUrl, 'u-resident-2');
  await page.goto(url(appUrl, 'point', { code: POINT.code }));
  const consult = page.locator('.queue-row[data-queue-id="consult"]');
  await consult.waitFor({ timeout: 20_000 });
  const waiting = (await (await fetch(`${apiUrl}/network/points/${POINT.id}/queues`)).json()).queues.find((q: { id: string }) => q.id === 'consult').waiting as number;
  expect(waiting).toBeGreaterThanOrEqual(4);
  await expect(consult.innerText()).resolves.toContain(`等候 ${waiting} 人`);
  await shot(page, 'queue-1-point');
  await page.getByRole('button', { name: '代办帮办咨询取号' }).click();
  await page.locator('.ticket-number').waitFor({ timeout: 20_000 });
  const number = await page.locator('.ticket-number').innerText();
  expect(number).toMatch(/^A\d{3}$/);
  await expect(page.locator('.ticket-standing').innerText()).resolves.toBe(`前面还有 ${waiting} 人`);
  await shot(page, 'queue-2-waiting');

  // The centre's agent calls: the first call leaves three ahead of her, and she is told so.
  const served: string[] = [];
  const callAndServe = async (window: number) => {
    const called = await post(apiUrl, '/queue/window/call', agent, { window });
    expect(called.status).toBe(200);
    served.push(called.body.number);
    return called.body;
  };
  const finish = async (ticket: { id: string; version: number }) => {
    const started = await post(apiUrl, `/queue/tickets/${ticket.id}/actions`, agent, { action: 'start', version: ticket.version });
    expect((await post(apiUrl, `/queue/tickets/${ticket.id}/actions`, agent, { action: 'finish', version: started.body.version })).status).toBe(200);
  };
  for (let i = 0; i < waiting - 3; i += 1) await finish(await callAndServe(1));
  // The page updates by itself: no reload.
  await eventually(() => page.locator('.ticket-standing').innerText(), (text) => expect(text).toBe('前面还有 3 人'), 15_000);
  for (let i = 0; i < 3; i += 1) await finish(await callAndServe(1));
  await eventually(() => page.locator('.ticket-standing').innerText(), (text) => expect(text).toBe('下一位就是您，请留意叫号'), 15_000);

  // Her turn, at window 2: the ticket says where at once, the display within 2 s.
  const calledAt = Date.now();
  const mine = await callAndServe(2);
  expect(mine.number).toBe(number);
  await hall.locator(`.display-latest[data-call="${mine.id}:1"]`).waitFor({ timeout: 2_000 });
  const shownIn = Date.now() - calledAt;
  await expect(hall.locator('.display-latest-window').innerText()).resolves.toBe('请到 2 号窗口');
  // Said once, in Chinese, the digits one by one; the calls before hers were said too, each once.
  await hall.waitForTimeout(2_000);
  const heard = await hall.evaluate(() => (window as unknown as { heard: string[] }).heard);
  const digits = number.slice(1).replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);
  expect(heard.filter((h) => h.includes(`${number[0]} ${digits} 号`))).toEqual([`zh-CN 请 ${number[0]} ${digits} 号，到 2 号窗口办理`]);
  expect(new Set(heard).size).toBe(heard.length);
  await eventually(() => page.locator('.ticket-call-banner').innerText(), (text) => expect(text).toContain('请到 2 号窗口办理'), 10_000);
  await shot(page, 'queue-3-called');
  await hall.screenshot({ path: path.join(SHOTS_DIR, 'queue-4-hall-display.png') });
  // The display asked about once a second, and most answers were "nothing changed".
  const span = (boardCalls[boardCalls.length - 1] - boardCalls[0]) / 1000;
  console.log(`queue: called ${number} to window 2, on the hall display in ${shownIn} ms; display polled ${boardCalls.length} times in ${span.toFixed(0)} s`);
  await hall.close();

  // Her notices: three ahead, then the window.
  await page.goto(url(appUrl, 'notices'));
  await page.locator('.notice-row').first().waitFor({ timeout: 20_000 });
  // The page has slid in (the H5 router animates the change).
  await eventually(() => page.locator('.notice-row').first().boundingBox(), (box) => expect(box?.x).toBe(0));
  const text = await page.locator('body').innerText();
  expect(text).toContain(`前面还有 3 人，请留意叫号（${number}）`);
  expect(text).toContain(`请到 2 号窗口办理（${number}）`);
  await shot(page, 'queue-5-notices');
  await finish(mine);
  await page.close();
}
