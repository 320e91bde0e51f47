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

const mn = { ...mainMn, ...residentMn, ...hallMn };
import { SHOTS_DIR, rememberDemoUser, shot, url } from './app';
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

  // Back to 中文: the page, and her record, say Chinese again.
  await page.getByRole('radio', { name: '中文' }).click();
  await page.locator('.home-title', { hasText: '代办帮办' }).waitFor({ timeout: 10_000 });
  await expect(written(page, '.home-title')).resolves.toMatchObject({ writingMode: 'horizontal-tb', lang: 'zh-CN' });
  await eventually(() => recordedLanguage(apiUrl), (language) => expect(language).toBe('zh'));
  await page.close();
}
