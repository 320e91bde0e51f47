// A resident opens the H5 app served by `npm start`, browses and searches the catalogue in a
// real headless Chromium; the stack stops on Ctrl-C and keeps its data across a restart.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { serviceItemToItem } from '../../../functions/src/catalogue/repository';
import { demoItems } from '../../../functions/local/demoData';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../functions/local/stores';
import { eventually, launchChromium } from './browser';
import { FIXED_NOW, devToken, entrustSignBookUploadRate, phonePage, scanAndCheckIn } from './residentStories';
import { agentWorksACase } from './agentStories';
import { bureauIssuesAChannelKey, bureauPrintsABilingualPoster } from './bureauStories';
import { bureauAndAgentRunTheHallSchedule, bureauPublishes2027, residentBooksASaturdayExtendedSlot } from './calendarStories';
import { PAGES, shot } from './app';
import { checkAfterRestart, entrustBurst } from './crashStory';
import { residentTakesANumberAndIsCalled } from './queueStories';
import { residentReadsTheAppInMongolian } from './languageStories';
import { agentCallsAtTheWindow, bureauConfiguresQueues, bureauReadsQueueFigures } from './queueAgentStories';
import { STATES, VISITS, appRoutes, auditVisit, distinctVisits, everyPage, pageLine, summarise, trackRequests, type PageFigures } from './a11y';
import { startLocalStack, type LocalStack } from './localStack';

const ROOT = path.resolve(__dirname, '../../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'daiban-e2e-'));
/**
 * The fixed working day, and rate limits 20 times the real ones: the crash story's burst (80
 * entrustments from one resident in seconds) is a load test, not a person.
 */
// A short calendar cache, so every function sees a publish within seconds (60 s by default).
const STACK_ENV = { LOCAL_CLOCK: FIXED_NOW, RATE_LIMIT_SCALE: '20', CALENDAR_CACHE_SECONDS: '3' };
let stack: Awaited<ReturnType<typeof startLocalStack>>;
let browser: Browser;

// A clean machine builds the H5 app on the first start (about 20 s here).
jest.setTimeout(240_000);

beforeAll(async () => {
  [stack, browser] = await Promise.all([startLocalStack(dataDir, undefined, STACK_ENV), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The app's pages as app.config.ts declares them (Taro's build-time `defineAppConfig` is the identity). */
async function appConfig(): Promise<{ pages: string[]; subPackages?: { root: string; pages: string[] }[] }> {
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  const config = (await import('../../src/app.config')).default;
  return { pages: config.pages ?? [], subPackages: config.subPackages?.map(({ root, pages }) => ({ root, pages })) };
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

test('the API of the local stack lists the demo service items', async () => {
  const response = await fetch(`${stack.apiUrl}/catalogue/items?limit=100`);
  expect(response.status).toBe(200);
  expect((await response.json()).items).toHaveLength(demoItems.length);
});

test('the app server answers a broken URL with 404 and stays up', async () => {
  const broken = await fetch(`${stack.appUrl}%E0`);
  expect(broken.status).toBe(404);
  expect((await fetch(stack.appUrl)).status).toBe(200);
  const proxied = await fetch(`${stack.appUrl}api/catalogue/items?limit=1`);
  expect((await proxied.json()).items).toHaveLength(1);
});

test('a resident browses the catalogue by scope and searches it in the H5 app', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${stack.appUrl}#/${PAGES.items}`);
  const rows = page.locator('.item-row');
  await eventually(() => rows.count(), (n) => expect(n).toBe(demoItems.length), 20_000);
  await page.screenshot({ path: path.join(os.tmpdir(), 'daiban-e2e-home.png') });

  const enterprise = demoItems.filter((i) => i.scope === 'enterpriseEstablishment');
  await page.locator('.scope-tab', { hasText: '企业开办' }).click();
  await eventually(() => rows.count(), (n) => expect(n).toBe(enterprise.length));
  const shown = await rows.allInnerTexts();
  for (const item of enterprise) expect(shown.join('\n')).toContain(item.name);
  expect(shown.every((text) => text.includes('免费'))).toBe(true);

  await page.locator('.scope-tab', { hasText: '全部' }).click();
  const target = demoItems.find((i) => i.scope === 'livelihood')!;
  const input = page.locator('.search-input input, input.search-input').first();
  await input.fill(target.name);
  await input.press('Enter');
  // The full list already shows the target: wait for the narrowed answer, not just the name.
  await eventually(
    async () => rows.allInnerTexts(),
    (texts) => {
      expect(texts.length).toBeLessThan(demoItems.length);
      expect(texts.join('\n')).toContain(target.name);
    },
  );
  await page.screenshot({ path: path.join(os.tmpdir(), 'daiban-e2e-search.png') });
  await page.close();
});

test('a resident’s new entrustment reaches the routed agent’s inbox with an unread notice within 2 s', async () => {
  const post = async (route: string, body: unknown, token?: string, key?: string) => {
    const response = await fetch(`${stack.apiUrl}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify(body),
    });
    return response.json();
  };
  const resident = (await post('/auth/dev', { userId: 'u-resident-2' })).token;
  const entrusted = await post(
    '/cases',
    { kind: 'entrustment', itemId: 'item-ms-pension', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '王强', phone: '13904720002' } },
    resident,
    `latency-${Date.now()}`,
  );
  const created = Date.now();
  const agent = (await post('/auth/dev', { userId: `u-${entrusted.assignee.agentId}` })).token;
  let seenAfter = -1;
  while (Date.now() - created < 5_000) {
    const inbox = await (await fetch(`${stack.apiUrl}/notices?limit=20`, { headers: { authorization: `Bearer ${agent}` } })).json();
    if (inbox.notices.some((n: { caseId?: string; readAt?: string }) => n.caseId === entrusted.id && !n.readAt) && inbox.unread > 0) {
      seenAfter = Date.now() - created;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.stdout.write(`new-task notice in the agent's inbox after ${seenAfter} ms\n`);
  expect(seenAfter).toBeGreaterThanOrEqual(0);
  expect(seenAfter).toBeLessThanOrEqual(2_000);
});

let story: { caseId: string } | undefined;

test('a resident signs in, finds an item, entrusts it (kind preselected, phone prefilled), signs, books, is told why a text file is refused, uploads, and rates the result', async () => {
  const page = await phonePage(browser);
  try {
    story = await entrustSignBookUploadRate(page, stack.appUrl, stack.apiUrl);
  } catch (error) {
    // What the resident saw when the story broke, for whoever reads the failure.
    await shot(page, 'failed-resident-story').catch(() => undefined);
    console.log(`failed at ${page.url()}: ${(await page.locator('body').innerText().catch(() => '')).slice(0, 600)}`);
    throw error;
  } finally {
    await page.close();
  }
});

test('an agent of the hall calls a number at window 1, recalls it, serves it, turns it into a window registration the case timeline shows, and prints a desk number', async () => {
  const { caseId } = await agentCallsAtTheWindow(browser, stack);
  expect(caseId).toBeTruthy();
});

test('the bureau changes a queue’s daily cap (a wrong one answered beside the field, a stale save refused) and reads the queue figures by hour', async () => {
  await bureauConfiguresQueues(browser, stack);
  await bureauReadsQueueFigures(browser, stack);
});

test('at the service point she opens its QR-code URL and checks in for today’s booking', async () => {
  expect(story).toBeDefined();
  const page = await phonePage(browser);
  try {
    await page.goto(stack.appUrl);
    await page.evaluate(() => localStorage.setItem('session.devUserId', JSON.stringify({ data: 'u-resident-1' })));
    await scanAndCheckIn(page, stack.appUrl, stack.apiUrl, story!.caseId);
  } finally {
    await page.close();
  }
});

test('a resident scans a centre’s code and takes a number; it counts down by itself, she is told at three ahead, and when called the ticket and the hall display say which window within 2 s', async () => {
  await residentTakesANumberAndIsCalled(browser, stack.appUrl, stack.apiUrl);
});

test('a resident switches to 蒙古文 on home: vertical Mongolian in the app’s own font on home, the point page, the ticket, the scorecard and the hall display, in 长辈模式 too; she finds an item, entrusts it, books and sees the case in Mongolian; the choice is kept on her record', async () => {
  await residentReadsTheAppInMongolian(browser, stack.appUrl, stack.apiUrl);
});

test('an agent sees the materials still owed and asks for them; 补正完成 waits for them; a JPEG and a PDF go through the picker; the result only after both are accepted; a 不满意 needs its problem category; a caller registered at the window', async () => {
  const page = await phonePage(browser);
  try {
    await agentWorksACase(page, stack.appUrl, stack.apiUrl);
  } finally {
    await page.close();
  }
});

test('the bureau opens the supervision dashboard with charts, sees every unit against the staffing rule, prints a bilingual QR poster and issues a 12345 API key', async () => {
  const page = await phonePage(browser);
  try {
    await page.goto(stack.appUrl);
    await page.evaluate(() => localStorage.setItem('session.devUserId', JSON.stringify({ data: 'u-bureau-1' })));
    await page.goto(`${stack.appUrl}#/${PAGES.bureauDashboard}`);
    // The year's seeded history: the district tiles, and charts drawn on their canvases.
    await page.locator('.dash-tiles').waitFor({ timeout: 30_000 });
    await page.getByText('近365天').first().click();
    await page.waitForFunction(() => Number(document.querySelector('.dash-tile-received .dash-tile-value')?.textContent ?? '0') >= 100, undefined, { timeout: 30_000 });
    // uCharts draws (and animates) once the figures are in: wait for ink on three canvases.
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('canvas.dash-chart-canvas')).filter((c) => {
          const canvas = c as HTMLCanvasElement;
          const ctx = canvas.getContext('2d');
          if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
          const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
          return false;
        }).length >= 3,
      undefined,
      { timeout: 20_000 },
    );
    expect(await page.locator('.dash-table .dash-tr--link').count()).toBeGreaterThan(5);
    await page.waitForTimeout(600);
    await shot(page, '20-bureau-dashboard');
    await page.locator('.dash-table .dash-tr--link').first().click();
    await page.locator('.dash-agents').waitFor({ timeout: 20_000 });
    await page.locator('.dash-agents').scrollIntoViewIfNeeded();
    await page.waitForTimeout(600);
    await shot(page, '21-bureau-dashboard-agents');
    // The CSV export answers with the period's rows (the download itself is the browser's).
    await page.goto(`${stack.appUrl}#/${PAGES.bureauNetwork}`);
    await page.locator('.staffing-summary').waitFor({ timeout: 20_000 });
    expect(await page.locator('.staffing-summary').innerText()).toMatch(/\d+ ?个单位达标/);
    expect(await page.locator('.unit-row').count()).toBeGreaterThan(5);
    await shot(page, '18-bureau-network');
    await page.goto(`${stack.appUrl}#/${PAGES.bureauPoster}?pointId=pt-sxl`);
    await page.locator('.poster-image').first().waitFor({ timeout: 20_000 });
    const target = await page.locator('.poster-target').innerText();
    expect(target).toContain('code=P02SXL');
    expect(target).toContain(stack.appUrl);
    await page.waitForTimeout(500);
    await shot(page, '19-bureau-poster');
    await bureauPrintsABilingualPoster(page, stack.appUrl);
    await bureauIssuesAChannelKey(page, stack.appUrl);
  } finally {
    await page.close();
  }
});

test('a resident reads the public scorecard signed out, sends a complaint, and reads the bureau’s answer', async () => {
  const page = await phonePage(browser);
  try {
    await page.goto(stack.appUrl);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${stack.appUrl}#/${PAGES.scorecard}`);
    await page.locator('.score-dept').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.score-dept').count()).toBeGreaterThan(5);
    await shot(page, '22-public-scorecard');

    await page.evaluate(() => localStorage.setItem('session.devUserId', JSON.stringify({ data: 'u-resident-2' })));
    await page.goto(`${stack.appUrl}#/${PAGES.opinions}`);
    await page.locator('.opinion-form').waitFor({ timeout: 20_000 });
    await page.locator('.opinion-kind-complaint').click();
    await page.locator('.opinion-content textarea').fill('希望周末也能预约到窗口办理，工作日请假不方便。');
    await page.locator('.opinion-submit').click();
    await page.locator('.opinion-card--open').first().waitFor({ timeout: 20_000 });
    await shot(page, '23-resident-opinion');

    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('session.devUserId', JSON.stringify({ data: 'u-bureau-1' }));
    });
    await page.goto(`${stack.appUrl}#/${PAGES.bureauOpinions}`);
    const card = page.locator('.opinion-card', { hasText: '希望周末也能预约' }).first();
    await card.waitFor({ timeout: 20_000 });
    await card.locator('.opinion-answer-input textarea').fill('已协调各街镇便民服务中心周六上午开放预约，下周起执行。');
    await card.locator('.opinion-answer-submit').click();
    await page.locator('.opinion-card', { hasText: '希望周末也能预约' }).first().waitFor({ state: 'detached', timeout: 20_000 });
    await shot(page, '24-bureau-opinions');

    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('session.devUserId', JSON.stringify({ data: 'u-resident-2' }));
    });
    await page.goto(`${stack.appUrl}#/${PAGES.opinions}`);
    await page.locator('.opinion-card--answered', { hasText: '周六上午开放预约' }).first().waitFor({ timeout: 20_000 });
  } finally {
    await page.close();
  }
});

test('the bureau enters 2027’s holiday arrangement in its editor, and an open case accepted on 2026-12-28 is due a working day later', async () => {
  const page = await phonePage(browser);
  try {
    await bureauPublishes2027(page, stack.appUrl, stack.apiUrl, stack.dynamoEndpoint);
  } finally {
    await page.close();
  }
});

test('the bureau opens the hall’s schedule, its agent closes it for a day, and a resident books a Saturday extended slot and reads its number', async () => {
  const page = await phonePage(browser);
  try {
    await bureauAndAgentRunTheHallSchedule(page, stack.appUrl, stack.apiUrl);
    await residentBooksASaturdayExtendedSlot(page, stack.appUrl, stack.apiUrl);
  } finally {
    await page.close();
  }
});

test('packaging the service while the stack runs leaves the API answering as before', async () => {
  const token = await devToken(stack.apiUrl, 'u-resident-1');
  const statuses: string[] = [];
  let packaging = true;
  // A person runs `npm run package` in the same checkout; the stack keeps being used meanwhile.
  const packaged = promisify(execFile)(path.join(ROOT, 'node_modules/.bin/serverless'), ['package', '--stage', 'dev', '--package', mkdtempSync(path.join(os.tmpdir(), 'daiban-pkg-'))], { cwd: ROOT, maxBuffer: 16 << 20 });
  void packaged.finally(() => (packaging = false));
  while (packaging) {
    const answer = await fetch(`${stack.apiUrl}/cases/mine`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await answer.json()) as { cases?: unknown[] };
    statuses.push(answer.status === 200 && Array.isArray(body.cases) ? 'ok' : `${answer.status} ${JSON.stringify(body).slice(0, 100)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await packaged;
  console.log(`package: ${statuses.length} reads while serverless package ran, ${statuses.filter((s) => s !== 'ok').length} not answered as the API`);
  expect(statuses.filter((s) => s !== 'ok')).toEqual([]);
  const created = await fetch(`${stack.apiUrl}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `after-package-${Date.now()}` },
    body: JSON.stringify({ kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } }),
  });
  expect(created.status).toBe(200);
});

test('the local API behaves like the deployed one: CORS for the configured origins only, no Content-Type made up', async () => {
  const from = async (origin: string) => (await fetch(`${stack.apiUrl}/catalogue/items?limit=1`, { headers: { origin } })).headers.get('access-control-allow-origin');
  expect(await from('https://servicewechat.com')).toBe('https://servicewechat.com');
  expect(await from(stack.appUrl.replace(/\/$/, ''))).toBe(stack.appUrl.replace(/\/$/, ''));
  expect(await from('https://evil.example')).toBeNull();
  const bare = await fetch(`${stack.apiUrl}/auth/dev`, { method: 'POST', body: JSON.stringify({ userId: 'u-resident-1' }), headers: { 'content-type': '' } });
  expect(bare.status).toBe(415);
});

test('every page of the app (as the stories left it, the rest opened directly), in normal mode and in 长辈模式 at 375 × 812, and every state the stories photographed: no serious or critical axe finding, text ≥ 14 / 18 px, targets ≥ 44 / 60 px, nothing past the screen', async () => {
  expect(distinctVisits(VISITS).length).toBeGreaterThan(20);
  const { visits, unknown } = everyPage(distinctVisits(VISITS), appRoutes(await appConfig()), stack.appUrl);
  expect(unknown).toEqual([]); // a page no story opens and a11y.ts's OTHER_PAGES does not know
  // One page on the fixed working day, reused for every visit: only the hash route changes.
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(FIXED_NOW) });
  await page.clock.resume();
  const inFlight = trackRequests(page);
  const figures: PageFigures[] = [];
  try {
    await page.goto(stack.appUrl);
    for (const mode of ['normal', 'elderly'] as const) for (const visit of visits) figures.push(await auditVisit(page, visit, mode, inFlight));
  } finally {
    await context.close();
  }
  const { line, failures } = summarise(figures, STATES);
  process.stdout.write(`${[...figures, ...STATES].map(pageLine).join('\n')}\n${line}\n`);
  expect(failures).toEqual([]);
}, 300_000);

test('Ctrl-C stops every part, and a restart keeps the data', async () => {
  const added = { ...demoItems[0], id: 'item-added-in-e2e', code: 'ZZ-E2E-001', name: '重启后仍在的事项' };
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
  await client.send(new PutCommand({ TableName: 'daiban-local', Item: serviceItemToItem(added) }));
  client.destroy();

  // 130 is the shell's exit code for a process ended by Ctrl-C, as tsx reports it.
  expect([0, 130]).toContain(await stack.stop());
  for (const port of Object.values(stack.ports)) expect(await portOpen(port)).toBe(false);

  stack = await startLocalStack(dataDir, stack.ports, STACK_ENV);
  expect(stack.output()).toContain('already seeded');
  const response = await fetch(`${stack.apiUrl}/catalogue/items/${added.id}`);
  expect(response.status).toBe(200);
  expect((await response.json()).name).toBe(added.name);
});

test('killed in the middle of a burst of writes, the restarted stack has every case it answered 2xx, with its whole timeline', async () => {
  const token = await devToken(stack.apiUrl, 'u-resident-1');
  // 80 writes in waves of 8; the kill lands once a third of them have been answered.
  const burst = entrustBurst(stack.apiUrl, token, 80, 8);
  await eventually(async () => burst.answered.length, (n) => expect(n).toBeGreaterThanOrEqual(25), 60_000);
  const killedAfter = burst.answered.length;
  await stack.crash();
  await burst.done;
  for (const port of Object.values(stack.ports)) await eventually(() => portOpen(port), (open) => expect(open).toBe(false), 20_000);

  stack = await startLocalStack(dataDir, stack.ports, STACK_ENV);
  // Ready is the stack's word; the reads below still wait out anything that is not ready yet.
  let fresh = '';
  await eventually(async () => (fresh = await devToken(stack.apiUrl, 'u-resident-1').catch(() => '')), (t) => expect(t).not.toBe(''), 30_000);
  const counts = await checkAfterRestart(stack.apiUrl, stack.dynamoEndpoint, fresh, burst.answered);
  const lost = counts.gone + counts.eventsLost;
  console.log(
    `crash: ${burst.tally.sent} writes sent, killed after ${killedAfter} answers; ${burst.answered.length} answered 2xx, ${burst.tally.cutOff} cut off, ${burst.tally.refused} refused; ` +
      `after the restart ${lost} cases lost (${counts.gone} gone, ${counts.eventsLost} with events missing), ${counts.unreadable} unreadable, ${counts.kept} kept`,
  );
  expect(counts).toEqual({ kept: burst.answered.length, gone: 0, eventsLost: 0, unreadable: 0 });
});
