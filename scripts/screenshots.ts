// `npm run screenshots`: the README's phone-size screens (375 × 812 at 2×), taken from a fresh
// local stack in Debian's Chromium — the resident's pages in normal mode and in 长辈模式
// (`*-elderly.png`), the agents' and the bureau's in normal mode — into docs/screenshots/.
// Chinese renders only with a CJK font installed: `apt-get install fonts-noto-cjk` (.ci/run does).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../miniapp/test/e2e/browser';
import { drawSignature, url } from '../miniapp/test/e2e/app';
import { startLocalStack } from '../miniapp/test/e2e/localStack';
import { FIXED_NOW, TODAY } from '../miniapp/test/e2e/residentStories';

const OUT = path.resolve(__dirname, '../docs/screenshots');
/** The case the resident entrusted in normal mode, which the agent's pages show with its result. */
let resultCase: { id: string; agentUser: string } | undefined;

function checkFonts(): void {
  const zh = execSync('fc-list :lang=zh family 2>/dev/null || true', { encoding: 'utf8' });
  if (!zh.trim()) throw new Error('No Chinese font: install one with `apt-get install fonts-noto-cjk`, or the screenshots show boxes.');
}

async function api<T = any>(apiUrl: string, method: string, route: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
  return json as T;
}
const token = async (apiUrl: string, userId: string) => (await api(apiUrl, 'POST', '/auth/dev', undefined, { userId })).token as string;

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(FIXED_NOW) });
  await page.clock.resume();
  return page;
}

/** Signs in as a demo user (or nobody) with 长辈模式 on or off, as the app keeps them in storage. */
async function as(page: Page, appUrl: string, user: string | undefined, elderly: boolean): Promise<void> {
  await page.goto(appUrl);
  await page.evaluate(
    ([u, e]) => {
      localStorage.clear();
      if (u) localStorage.setItem('session.devUserId', JSON.stringify({ data: u }));
      localStorage.setItem('elderlyMode', JSON.stringify({ data: e }));
    },
    [user, elderly] as const,
  );
}

async function save(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`  ${name}.png`);
}

/** Scrolls the page's own scroller (the router's page, not the document) so `selector` is at the top. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

async function residentPages(browser: Browser, appUrl: string, apiUrl: string, elderly: boolean): Promise<void> {
  const page = await phone(browser);
  const name = (n: string) => (elderly ? `${n}-elderly` : n);
  await as(page, appUrl, 'u-resident-1', elderly);
  await page.goto(url(appUrl, 'home'));
  await page.locator('.home-entries').waitFor();
  // Sign in through the page, so the home shows who is signed in.
  await page.goto(url(appUrl, 'cases'));
  await page.locator('.case-card').first().waitFor({ timeout: 20_000 });
  await save(page, name('my-cases'));
  await page.goto(url(appUrl, 'home'));
  await page.locator('.home-entries').waitFor();
  await save(page, name('home'));
  await page.goto(url(appUrl, 'items'));
  await page.locator('.item-row').first().waitFor();
  await save(page, name('items'));
  await page.goto(url(appUrl, 'item', { id: 'item-tz-record' }));
  await page.locator('.item-detail').waitFor();
  await save(page, name('item-detail'));

  // Entrusts it, step by step.
  await page.goto(url(appUrl, 'entrust', { itemId: 'item-tz-record', mode: 'appointment', kind: 'assist' }));
  await page.locator('.entrust-kind--active').waitFor({ timeout: 20_000 });
  await save(page, name('entrust-1-service'));
  await page.locator('.entrust-next').click();
  await page.locator('.entrust-name input').waitFor();
  await save(page, name('entrust-2-contact'));
  await page.locator('.entrust-next').click();
  await page.locator('.agreement-scroll').hover();
  await page.mouse.wheel(0, 6000);
  await page.waitForTimeout(400);
  for (const tick of ['.agreement-agree', '.agreement-free', '.agreement-consent']) await page.locator(tick).click();
  await scrollTo(page, '.agreement-ticks');
  await save(page, name('entrust-3-agreement'));
  await page.locator('.entrust-next').click();
  await drawSignature(page);
  await save(page, name('entrust-4-signature'));
  await page.locator('.signature-confirm').click();
  await page.locator('.entrust-submit').click();
  await page.locator('.entrust-done').waitFor({ timeout: 30_000 });
  await save(page, name('entrust-5-done'));
  await page.locator('.entrust-view-case').click();
  await page.waitForURL(/case\/index\?id=/);
  const caseId = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
  await page.locator('.case-detail .case-head').waitFor({ timeout: 20_000 });
  await save(page, name('case'));
  await scrollTo(page, '.material-row');
  await save(page, name('case-materials'));

  // A demo case waiting on her 补正: the button says why it cannot be pressed yet.
  const { cases } = await api(apiUrl, 'GET', '/cases/mine?limit=20', await token(apiUrl, 'u-resident-1'));
  const owed = cases.find((c: { state: string }) => c.state === 'supplementRequested');
  await page.goto(url(appUrl, 'case', { id: owed.id }));
  await page.locator('.action-answer-supplement').waitFor({ timeout: 20_000 });
  await scrollTo(page, '.case-supplement, .action-answer-supplement');
  await save(page, name('case-supplement'));

  // Books a time today for it.
  await page.goto(url(appUrl, 'booking', { pointId: 'pt-zwzx', caseId }));
  await page.locator(`.booking-date[data-date="${TODAY}"]`).click();
  await page.locator('.booking-slot[data-status="free"]').first().waitFor();
  await save(page, name('booking'));
  if (!elderly) {
    // Saturday: extended hours only (延时服务).
    await page.locator('.booking-date[data-date="2026-11-28"]').click();
    await page.locator('.booking-slot').first().waitFor();
    await save(page, 'booking-saturday');
    await page.locator(`.booking-date[data-date="${TODAY}"]`).click();
    await page.locator('.booking-slot[data-status="free"]').first().waitFor();
  }
  await page.locator(`.booking-slot[data-time="${elderly ? '15:30' : '11:00'}"]`).click();
  await page.locator('.booking-confirm').click();
  await page.locator('.booking-success').waitFor({ timeout: 20_000 });
  await save(page, name('booked'));
  await page.goto(url(appUrl, 'bookings'));
  await page.locator('.booking-ticket').first().waitFor({ timeout: 20_000 });
  await save(page, name('my-bookings'));

  // Its agent accepts it and feeds back the result (materials checked at the window); she rates it.
  const agentUser = `u-${(await api(apiUrl, 'GET', `/cases/${caseId}`, await token(apiUrl, 'u-resident-1'))).assignee.agentId}`;
  const agent = await token(apiUrl, agentUser);
  let detail = await api(apiUrl, 'GET', `/cases/${caseId}`, agent);
  detail = await api(apiUrl, 'POST', `/cases/${caseId}/actions`, agent, { action: 'accept', version: detail.version });
  const waivers = (detail.materialSpecs as { id: string; required: boolean }[]).filter((s) => s.required).map((s) => ({ materialSpecId: s.id, reason: '原件已在窗口核验' }));
  await api(apiUrl, 'POST', `/cases/${caseId}/actions`, agent, { action: 'feedBackResult', version: detail.version, outcome: 'approved', summary: '项目备案已完成，备案证明已发送', waivers });
  if (!elderly) resultCase = { id: caseId, agentUser };
  await page.goto(url(appUrl, 'case', { id: caseId }));
  await page.locator('.rating-form').waitFor({ timeout: 20_000 });
  await scrollTo(page, '.rating-form');
  await save(page, name('case-rating'));
  await page.locator('.rating-form .rating-star').first().click();
  await page.locator('.rating-problem').first().click();
  await scrollTo(page, '.rating-form');
  await save(page, name('case-rating-bad'));

  await page.goto(url(appUrl, 'point', { code: 'P01ZWZX' }));
  await page.locator('.point-name').waitFor({ timeout: 20_000 });
  await save(page, name('point'));
  if (!elderly) {
    await page.locator('.point-checkin').first().click();
    await page.locator('.point-checked-in').first().waitFor({ timeout: 20_000 });
    await scrollTo(page, '.point-checked-in');
    await save(page, 'point-checked-in');
  }
  await page.goto(url(appUrl, 'points'));
  await page.locator('.point-row').first().waitFor({ timeout: 20_000 });
  await save(page, name('points'));
  await page.goto(url(appUrl, 'notices'));
  await page.locator('.notice-row').first().waitFor({ timeout: 20_000 });
  await save(page, name('notices'));
  await page.goto(url(appUrl, 'opinions'));
  await page.locator('.opinion-form').waitFor({ timeout: 20_000 });
  await save(page, name('opinions'));
  await as(page, appUrl, undefined, elderly);
  await page.goto(url(appUrl, 'scorecard'));
  await page.locator('.score-dept').first().waitFor({ timeout: 20_000 });
  await save(page, name('scorecard'));
  await page.context().close();
}

async function staffPages(browser: Browser, appUrl: string, apiUrl: string): Promise<void> {
  const page = await phone(browser);
  await as(page, appUrl, undefined, false);
  await page.goto(url(appUrl, 'login'));
  await page.locator('.login-user').first().waitFor({ timeout: 20_000 });
  await save(page, 'login');

  // The agent who holds the resident's case with a supplement owed.
  const resident = await token(apiUrl, 'u-resident-1');
  const { cases } = await api(apiUrl, 'GET', '/cases/mine?limit=20', resident);
  const owed = cases.find((c: { state: string }) => c.state === 'supplementRequested');
  const detail = await api(apiUrl, 'GET', `/cases/${owed.id}`, resident);
  await as(page, appUrl, `u-${detail.owner?.agentId ?? detail.assignee.agentId}`, false);
  await page.goto(url(appUrl, 'agentInbox'));
  await page.locator('.inbox-entry').first().waitFor({ timeout: 20_000 });
  await save(page, 'agent-inbox');
  await page.goto(url(appUrl, 'agentCase', { id: owed.id }));
  await page.locator('.agent-case .case-head').waitFor({ timeout: 20_000 });
  await save(page, 'agent-case');
  await scrollTo(page, '.agent-material, .material-row');
  await save(page, 'agent-review');
  if (resultCase) {
    await as(page, appUrl, resultCase.agentUser, false);
    await page.goto(url(appUrl, 'agentCase', { id: resultCase.id }));
    await page.locator('.agent-case .case-result').waitFor({ timeout: 20_000 });
    await save(page, 'agent-result');
  }
  await page.goto(url(appUrl, 'agentRegister'));
  await page.locator('.register-q, .register-form').first().waitFor({ timeout: 20_000 });
  await save(page, 'agent-register');
  await as(page, appUrl, 'u-agt-zwzx-1', false);
  await page.goto(`${appUrl}#/agent/point/index`);
  await page.locator('.point-days').waitFor({ timeout: 20_000 });
  await save(page, 'agent-point');

  await as(page, appUrl, 'u-bureau-1', false);
  await page.goto(url(appUrl, 'bureauDashboard'));
  await page.locator('.dash-tiles').waitFor({ timeout: 30_000 });
  await page.getByText('近365天').first().click();
  await page.waitForFunction(() => Number(document.querySelector('.dash-tile-received .dash-tile-value')?.textContent ?? '0') >= 100, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await save(page, 'bureau-dashboard');
  await page.locator('.dash-table .dash-tr--link').first().click();
  await page.locator('.dash-agents').waitFor({ timeout: 20_000 });
  await scrollTo(page, '.dash-agents');
  await save(page, 'bureau-dashboard-agents');
  await page.goto(url(appUrl, 'bureauNetwork'));
  await page.locator('.staffing-summary').waitFor({ timeout: 20_000 });
  await save(page, 'bureau-network');
  await page.goto(url(appUrl, 'bureauPoster', { pointId: 'pt-sxl' }));
  await page.locator('.poster-image').first().waitFor({ timeout: 20_000 });
  await save(page, 'bureau-poster');
  await page.goto(`${appUrl}#/bureau/calendar/index`);
  await page.locator('.cal-months').waitFor({ timeout: 20_000 });
  await save(page, 'bureau-calendar');
  await page.goto(`${appUrl}#/bureau/schedule/index?pointId=pt-zwzx`);
  await page.locator('.sch-period').first().waitFor({ timeout: 20_000 });
  await save(page, 'bureau-schedule');
  await page.goto(url(appUrl, 'bureauChannels'));
  await page.locator('.channel-issue').waitFor({ timeout: 20_000 });
  await save(page, 'bureau-channels');
  await page.goto(url(appUrl, 'bureauOpinions'));
  await page.locator('.opinions-filter').waitFor({ timeout: 20_000 });
  await save(page, 'bureau-opinions');
  await page.context().close();
}

async function main(): Promise<void> {
  checkFonts();
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'daiban-screens-'));
  const [stack, browser] = await Promise.all([startLocalStack(dataDir, undefined, { LOCAL_CLOCK: FIXED_NOW }), launchChromium()]);
  try {
    console.log(`screenshots into ${path.relative(process.cwd(), OUT)}/`);
    await residentPages(browser, stack.appUrl, stack.apiUrl, false);
    await residentPages(browser, stack.appUrl, stack.apiUrl, true);
    await staffPages(browser, stack.appUrl, stack.apiUrl);
  } finally {
    await browser.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
