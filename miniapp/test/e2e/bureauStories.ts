// The bureau's stories: channel access — from the dashboard it issues an API key for the 12345
// hotline, copies the key shown once, and finds it in the list by its prefix; and the bilingual
// poster — it writes a street centre's address in Mongolian and prints the centre's poster, where
// every text stands in Mongolian on the left of its Chinese twin, in the font the app serves.
import type { Page } from 'playwright-core';
import path from 'node:path';
import { SHOTS_DIR, shot, url } from './app';
import { eventually } from './browser';

const POSTER_POINT = 'pt-sxl';
const ADDRESS_MN = 'ᠱᠣᠤᠰᠢᠶᠠᠨ ᠵᠠᠮ ᠭᠤᠳᠤᠮᠵᠢ᠂ ᠱᠣᠤᠰᠢᠶᠠᠨ ᠵᠠᠮ 28 ᠳᠤᠭᠠᠷ';

/**
 * How a poster text is written and where it stands, in the poster's own layout (offset*: inside the
 * SVG's foreignObject, where both columns of a pair share one parent; Chromium's client rects of
 * that content do not follow the SVG's scaling on the app's page).
 */
async function column(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const box = el as HTMLElement;
    const style = getComputedStyle(el);
    return { writingMode: style.writingMode, fontSize: style.fontSize, left: box.offsetLeft, right: box.offsetLeft + box.offsetWidth, tall: box.offsetHeight > box.offsetWidth, text: (el.textContent ?? '').trim() };
  });
}

export async function bureauPrintsABilingualPoster(page: Page, appUrl: string): Promise<void> {
  await page.goto(url(appUrl, 'bureauNetwork', { tab: 'points' }));
  const row = page.locator(`.unit-row[data-unit-id="${POSTER_POINT}"]`);
  await row.waitFor({ timeout: 20_000 });
  // The seeded draft name shows in Mongolian; the address has none yet.
  const nameMn = (await row.locator('.mn-text').innerText()).trim();
  expect(nameMn).toMatch(/^[\u1800-\u18AF\u202F ]+$/);
  await row.locator('.mongolian-link').click();
  const address = row.locator('.unit-mn-input--addressMn input, input.unit-mn-input--addressMn').first();
  // Chinese pasted into the Mongolian field is refused with the reason, before anything is sent.
  await address.fill('少先路28号');
  await expect(row.locator('.unit-mn-error--addressMn').innerText()).resolves.toContain('蒙古文字段不能包含汉字');
  await address.fill(ADDRESS_MN);
  await expect(row.locator('.unit-mn-error--addressMn').count()).resolves.toBe(0);
  await row.locator('.unit-mn-save').click();
  await row.locator('.unit-mn-note', { hasText: '已保存' }).waitFor({ timeout: 20_000 });
  await shot(page, 'bureau-network-mn');

  await row.locator('.poster-link').click();
  await page.locator('.poster-svg svg').waitFor({ timeout: 20_000 });
  await expect(page.locator('.poster-untranslated').count()).resolves.toBe(0);
  // The Mongolian runs top to bottom, on the left of its Chinese twin, in the same size.
  const mnName = await column(page, '.poster-svg .pair-name .mn');
  const zhName = await column(page, '.poster-svg .pair-name .zh');
  expect({ text: mnName.text, writingMode: mnName.writingMode, tall: mnName.tall }).toEqual({ text: nameMn, writingMode: 'vertical-lr', tall: true });
  expect(mnName.right).toBeLessThanOrEqual(zhName.left);
  expect(mnName.fontSize).toBe(zhName.fontSize);
  await expect(page.locator('.poster-svg .pair-address .mn').innerText()).resolves.toContain(ADDRESS_MN);
  // Drawn with the font the app loads from its own origin (lib/mongolianFont), not the machine's.
  await eventually(
    () => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans Mongolian App' && f.status === 'loaded');
    }),
    (loaded) => expect(loaded).toBe(true),
  );
  await page.waitForTimeout(500);
  await shot(page, 'poster-mn-page');
  // The poster as printed: the page in print media, the poster alone at a printable size.
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 760, height: 1100 });
  await page.waitForTimeout(300);
  await page.locator('.poster-svg').screenshot({ path: path.join(SHOTS_DIR, 'poster-mn.png') });
  await page.emulateMedia({ media: 'screen' });
  if (viewport) await page.setViewportSize(viewport);
}

export async function bureauIssuesAChannelKey(page: Page, appUrl: string): Promise<void> {
  await page.goto(url(appUrl, 'bureauDashboard'));
  await page.locator('.dash-link', { hasText: '渠道接入密钥' }).click();
  await page.locator('.channel-issue').waitFor({ timeout: 20_000 });
  await page.locator('.channel-choice .ca-chip', { hasText: '12345热线' }).click();
  await page.locator('.channel-label-input input').fill('12345热线话务平台（测试）');
  await page.locator('.channel-issue-submit').click();

  const shown = page.locator('.channel-issued-key');
  await shown.waitFor({ timeout: 20_000 });
  const key = (await shown.innerText()).trim();
  expect(key).toMatch(/^dbk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  await shot(page, '27-bureau-channel-key');
  await page.locator('.channel-issued-close').click();

  const row = page.locator('.channel-key', { hasText: '12345热线话务平台（测试）' });
  await row.waitFor({ timeout: 10_000 });
  const text = await row.innerText();
  expect(text).toContain('渠道：12345热线');
  expect(text).toContain(key.slice(0, 16));
  expect(text).toContain('尚未使用');
  // Once closed, the whole key is nowhere on the page.
  expect(await page.locator('.channels-page').innerText()).not.toContain(key.slice(17));
  await shot(page, '28-bureau-channels');
}
