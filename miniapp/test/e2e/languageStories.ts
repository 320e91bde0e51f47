// 蒙汉双语 in the shared stack and browser: a resident chooses ᠮᠣᠩᠭᠣᠯ on the home page; the home,
// a service point (with its 取号 section), her number, the public scorecard and the hall display
// speak Mongolian, written vertically in the font the app serves from its own origin; the choice
// is on her user record; 长辈模式 keeps working; she switches back to 中文 (so the record is left as
// the other stories expect it).
import { expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { hallMn } from '../../src/i18n/hall.mn';
import { mn as mainMn } from '../../src/i18n/mn';
import { residentMn } from '../../src/i18n/resident.mn';
import { bookingMn } from '../../src/i18n/booking.mn';
import { caseMn } from '../../src/i18n/case.mn';
import { caseViewMn } from '../../src/i18n/caseView.mn';
import { catalogueMn } from '../../src/i18n/catalogue.mn';
import { entrustMn } from '../../src/i18n/entrust.mn';

const mn = { ...mainMn, ...residentMn, ...hallMn, ...catalogueMn, ...entrustMn, ...caseMn, ...caseViewMn, ...bookingMn };
import { SHOTS_DIR, drawSignature, rememberDemoUser, shot, url } from './app';
import { eventually } from './browser';
import { devToken, phonePage } from './residentStories';

const RESIDENT = 'u-resident-1';
const POINT = { id: 'pt-qjd', code: 'P04QJD' };
const FONT_FAMILY = 'Noto Sans Mongolian App';

/** The language on her user record, as the API tells her. */
async function recordedLanguage(apiUrl: string): Promise<string | undefined> {
  const token = await devToken(apiUrl, RESIDENT);
  const me = (await (await fetch(`${apiUrl}/auth/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { language?: string };
  return me.language;
}

/** What a text block shows and how it is written: its direction and the language it declares. */
async function written(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => ({
    text: (el.textContent ?? '').trim(),
    writingMode: getComputedStyle(el).writingMode,
    lang: el.closest('[lang]')?.getAttribute('lang'),
    tall: el.getBoundingClientRect().height > el.getBoundingClientRect().width,
  }));
}

/** Our font came from the app's own origin and is the one in use, not a font of the machine. */
async function servedFontLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async (family) => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
  }, FONT_FAMILY);
}

/** A number she still holds at the centre (from an earlier run against the same stack) is given up first. */
async function giveUpHeldNumber(apiUrl: string): Promise<void> {
  const headers = { authorization: `Bearer ${await devToken(apiUrl, RESIDENT)}` };
  const { tickets } = (await (await fetch(`${apiUrl}/queue/my-tickets`, { headers })).json()) as { tickets: { id: string; pointId: string; state: string }[] };
  for (const ticket of tickets.filter((t) => t.pointId === POINT.id && ['waiting', 'called'].includes(t.state))) {
    await fetch(`${apiUrl}/queue/tickets/${ticket.id}/cancel`, { method: 'POST', headers });
  }
}

export async function residentReadsTheAppInMongolian(browser: Browser, appUrl: string, apiUrl: string): Promise<void> {
  await giveUpHeldNumber(apiUrl);
  const page = await phonePage(browser);
  await rememberDemoUser(page, appUrl, RESIDENT);

  // The home in Chinese; she taps ᠮᠣᠩᠭᠣᠯ on the switch.
  await page.goto(url(appUrl, 'home'));
  await page.locator('.home-title', { hasText: '代办帮办' }).waitFor({ timeout: 20_000 });
  await page.getByRole('radio', { name: /ᠮᠣᠩᠭᠣᠯ/ }).click();
  await page.locator('.home-page.lang-mn').waitFor({ timeout: 10_000 });
  await expect(page.getByRole('radio', { name: /ᠮᠣᠩᠭᠣᠯ/ }).getAttribute('aria-checked')).resolves.toBe('true');
  const title = await written(page, '.home-title');
  expect(title).toEqual({ text: mn.home.title, writingMode: 'vertical-lr', lang: 'mn-Mong', tall: true });
  // The search field stays horizontal: a field cannot run vertically.
  await expect(page.locator('.home-search-input').first().evaluate((el) => getComputedStyle(el).writingMode)).resolves.toBe('horizontal-tb');
  await expect(page.locator('.home-my-cases').innerText()).resolves.toContain(mn.home.entries.myCases);
  await eventually(() => servedFontLoaded(page), (loaded) => expect(loaded).toBe(true));
  // Its only source is the app's own /fonts/ (lib/mongolianFont): loaded means served from there.
  const served = await fetch(new URL('/fonts/NotoSansMongolian-Regular.ttf', appUrl));
  expect([served.status, served.headers.get('content-type')]).toEqual([200, 'font/ttf']);
  await shot(page, 'home-mn');
  await page.screenshot({ path: path.join(SHOTS_DIR, 'home-mn-full.png'), fullPage: true });

  // She scans a street centre's code: signed in silently, and her choice goes onto her record.
  await page.goto(url(appUrl, 'point', { code: POINT.code }));
  await page.locator('.point-section-title', { hasText: mn.point.agents }).waitFor({ timeout: 20_000 });
  await eventually(() => recordedLanguage(apiUrl), (language) => expect(language).toBe('mn'));
  await expect(written(page, '.point-label')).resolves.toMatchObject({ text: mn.point.address, writingMode: 'vertical-lr', lang: 'mn-Mong' });
  const take = page.locator('[data-testid="take-number"]');
  await take.locator('.queue-title', { hasText: mn.queue.title }).waitFor({ timeout: 20_000 });
  await shot(page, 'point-mn');
  await page.screenshot({ path: path.join(SHOTS_DIR, 'point-mn-full.png'), fullPage: true });

  // 取号, in Mongolian: the button is named with the queue, and the ticket says where she stands.
  await page.getByRole('button', { name: `代办帮办咨询 ${mn.queue.take}` }).click();
  await page.locator('.ticket-number').waitFor({ timeout: 20_000 });
  await expect(written(page, '.ticket-standing')).resolves.toMatchObject({ writingMode: 'vertical-lr', lang: 'mn-Mong' });
  const standing = await page.locator('.ticket-standing').innerText();
  expect(standing === mn.queue.standing.next || standing.includes(mn.queue.standing.ahead.split('{{n}}')[0].trim())).toBe(true);
  await shot(page, 'ticket-mn');

  // The number is given up again (through the API), so the centre's queue is as it was.
  await giveUpHeldNumber(apiUrl);

  // The public scorecard.
  await page.goto(url(appUrl, 'scorecard'));
  await page.locator('.score-dept').first().waitFor({ timeout: 20_000 });
  await expect(page.locator('.score-intro').textContent()).resolves.toBe(mn.scorecard.intro);
  await expect(written(page, '.score-intro')).resolves.toMatchObject({ writingMode: 'vertical-lr', lang: 'mn-Mong' });
  await shot(page, 'scorecard-mn');

  // 长辈模式 on the home, still in Mongolian.
  await page.goto(url(appUrl, 'home'));
  await page.locator('.elderly-switch[role="switch"]').click();
  await page.locator('.home-page.elderly .home-find-items').waitFor({ timeout: 10_000 });
  await expect(written(page, '.home-find-items .home-entry-title')).resolves.toMatchObject({ text: mn.home.entries.findItems, writingMode: 'vertical-lr' });
  await shot(page, 'home-mn-elderly');
  await page.locator('.elderly-switch[role="switch"]').click();

  // The hall display of the same centre, on a screen set to Mongolian.
  const hall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await hall.goto(appUrl);
  await hall.evaluate(() => localStorage.setItem('language', JSON.stringify({ data: 'mn' })));
  await hall.goto(url(appUrl, 'hallDisplay', { code: POINT.code }));
  await hall.reload(); // the app reads the stored language when it starts
  await hall.locator('.display-caption', { hasText: mn.hall.calling }).waitFor({ timeout: 20_000 });
  await hall.screenshot({ path: path.join(SHOTS_DIR, 'hall-mn.png') });
  await hall.close();

  await entrustsAndBooksInMongolian(page, appUrl, apiUrl);

  // Back to 中文 on the home: the page, and her record, say Chinese again.
  await page.goto(url(appUrl, 'home'));
  await page.getByRole('radio', { name: '中文' }).click();
  await page.locator('.home-title', { hasText: '代办帮办' }).waitFor({ timeout: 10_000 });
  await expect(written(page, '.home-title')).resolves.toMatchObject({ writingMode: 'horizontal-tb', lang: 'zh-CN' });
  await eventually(() => recordedLanguage(apiUrl), (language) => expect(language).toBe('zh'));
  await page.close();
}

/** The item she looks for (its name has no Mongolian yet: the Chinese shows) and where she books. */
const ITEM = '企业投资项目备案';

async function api<T>(apiUrl: string, method: string, route: string, body?: unknown): Promise<T> {
  const headers = { authorization: `Bearer ${await devToken(apiUrl, RESIDENT)}`, 'content-type': 'application/json' };
  const response = await fetch(`${apiUrl}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as T;
}

/** A page opened by a tap slides in: its screenshot waits until it stands where it belongs. */
const settled = (page: Page, root: string) =>
  eventually(() => page.locator(root).first().evaluate((el) => Math.round(el.getBoundingClientRect().left)), (left) => expect(left).toBe(0));

/** A page's root declares Mongolian, for the font and for screen readers. */
const speaksMongolian = (page: Page, root: string) => page.locator(`${root}[lang="mn-Mong"].lang-mn`).first().waitFor({ timeout: 20_000 });

/**
 * The resident's journey in Mongolian (she chose ᠮᠣᠩᠭᠣᠯ on the home): she searches an item, opens it,
 * entrusts it in every step (her signature drawn on the pad), books a slot at the centre for the
 * new case, and finds the case in her list; every page says it in Mongolian, and the API has the
 * case, signed and booked.
 */
async function entrustsAndBooksInMongolian(page: Page, appUrl: string, apiUrl: string): Promise<void> {
  await page.goto(url(appUrl, 'home'));
  const search = page.locator('.home-search input').first();
  await search.fill(ITEM);
  await search.press('Enter');
  await speaksMongolian(page, '.items-page');
  const row = page.locator('.item-row', { hasText: ITEM }).first();
  await expect(row.locator('.item-deadline').innerText()).resolves.toContain(mn.catalogue.commitment.split('{{n}}')[0].trim());
  await row.click();

  // The item page: its sections in vertical Mongolian, the item's own name as the bureau entered it.
  await speaksMongolian(page, '.item-page');
  await expect(written(page, '.detail-section-title')).resolves.toMatchObject({ text: mn.catalogue.agentsCan, writingMode: 'vertical-lr', lang: 'mn-Mong' });
  await expect(page.locator('.detail-name').innerText()).resolves.toContain(ITEM);
  await settled(page, '.item-page');
  await shot(page, 'item-mn');
  await page.getByRole('button', { name: mn.catalogue.actions.appointment }).click();

  // Entrusting, step by step: the step bar says where she is in Mongolian.
  await speaksMongolian(page, '.entrust');
  await expect(page.locator('.entrust-stepbar-text').innerText()).resolves.toContain(mn.entrust.steps.service);
  await settled(page, '.entrust');
  await page.locator('.entrust-kind', { hasText: mn.catalogue.kind.handleOnBehalf }).first().click();
  await expect(written(page, '.entrust-label')).resolves.toMatchObject({ text: mn.entrust.service.kind, writingMode: 'vertical-lr' });
  await shot(page, 'entrust-service-mn');
  await page.getByRole('button', { name: mn.entrust.next }).click();
  await page.locator('.entrust-name input').waitFor();
  // Fields stay horizontal; her name is filled in already.
  await expect(page.locator('.entrust-name input').evaluate((el) => getComputedStyle(el).writingMode)).resolves.toBe('horizontal-tb');
  await expect(page.locator('.entrust-stepbar-text').innerText()).resolves.toContain(mn.entrust.steps.contact);
  await shot(page, 'entrust-contact-mn');
  await page.getByRole('button', { name: mn.entrust.next }).click();
  await page.locator('.agreement-scroll').hover();
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(400);
  for (const tick of ['.agreement-agree', '.agreement-free', '.agreement-consent']) await page.locator(tick).click();
  await page.getByRole('button', { name: mn.entrust.next }).click();
  await drawSignature(page);
  await shot(page, 'entrust-signature-mn');
  await page.getByRole('button', { name: mn.entrust.signature.confirm }).click();
  await page.getByRole('button', { name: mn.entrust.submit.submit }).click();
  await page.locator('.entrust-done').waitFor({ timeout: 30_000 });
  await expect(page.locator('.entrust-done-title').innerText()).resolves.toBe(mn.entrust.done.title);
  const caseNumber = (await page.locator('.entrust-case-number').innerText()).trim();
  await shot(page, 'entrust-done-mn');

  // The case exists, signed, with her signature on file.
  const { cases } = await api<{ cases: { id: string; number: string }[] }>(apiUrl, 'GET', '/cases/mine?limit=50');
  const caseId = cases.find((c) => c.number === caseNumber)?.id;
  expect(caseId).toBeTruthy();

  // 预约到窗口, in Mongolian: the centre, the first free slot, confirmed.
  await page.getByRole('button', { name: mn.entrust.done.book }).click();
  await speaksMongolian(page, '.booking-page');
  // A case entrusted without a point asks where; one routed to a point opens there.
  await page.locator('.booking-points, .booking-point-card').first().waitFor({ timeout: 20_000 });
  if (await page.locator('.booking-points').count()) await page.locator(`.booking-point-option[data-point-id="${POINT.id}"]`).click();
  await page.locator('.booking-slot--free').first().click();
  await page.getByRole('button', { name: mn.booking.confirmTitle }).click();
  await page.locator('.booking-success').waitFor({ timeout: 20_000 });
  await expect(page.locator('.booking-success-title').innerText()).resolves.toBe(mn.booking.booked);
  await page.waitForTimeout(1_800); // the toast saying so fades first
  await shot(page, 'booked-mn');

  // Her cases, then this one: its state and its timeline in Mongolian.
  await page.goto(url(appUrl, 'cases'));
  await speaksMongolian(page, '.my-cases');
  await page.locator('.case-card', { hasText: caseNumber }).click();
  await speaksMongolian(page, '.case-detail');
  await page.locator('.case-detail', { hasText: caseNumber }).waitFor({ timeout: 20_000 });
  await settled(page, '.case-detail');
  const detail = await api<{ state: keyof typeof mn.case.state; timeline: { action: string }[]; agreement?: { version: string; language?: string } }>(apiUrl, 'GET', `/cases/${caseId}`);
  // She read and signed the Mongolian text: its own version, kept with its language.
  expect(detail.agreement).toMatchObject({ version: '2026-01-mn', language: 'mn' });
  expect(detail.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['entrust', 'signAgreement', 'book']));
  await expect(page.locator('.case-detail .case-state').innerText()).resolves.toBe(mn.case.state[detail.state]);
  await expect(written(page, '.case-detail .case-timeline .case-block-title')).resolves.toMatchObject({ text: mn.case.timeline, writingMode: 'vertical-lr', lang: 'mn-Mong' });
  await expect(page.locator('.case-detail .timeline-title').allInnerTexts()).resolves.toEqual(expect.arrayContaining([mn.case.action.entrust, mn.case.action.signAgreement]));
  await shot(page, 'case-mn');

  // Her booking is given up again (through the API): the other stories count her live bookings.
  const { bookings } = await api<{ bookings: { id: string; caseId?: string; state: string }[] }>(apiUrl, 'GET', '/bookings/mine');
  for (const booking of bookings.filter((b) => b.caseId === caseId && b.state === 'booked')) await api(apiUrl, 'POST', `/bookings/${booking.id}/cancel`, {});
}
