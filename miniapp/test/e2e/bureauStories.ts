// The bureau's story of channel access: from the dashboard it issues an API key for the 12345
// hotline, copies the key shown once, and finds it in the list by its prefix.
import type { Page } from 'playwright-core';
import { shot, url } from './app';

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
