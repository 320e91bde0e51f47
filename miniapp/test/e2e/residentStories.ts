// The resident's stories in the H5 app, as a person would live them: sign in, find an item,
// entrust it, read and sign the agreement, book a slot, upload a material, follow the case, rate
// it; and, at the service point, scan its code and check in. Agents act through the API.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { samplePng } from '../../../functions/local/sampleFiles';
import { eventually } from './browser';
import { drawSignature, shot, url } from './app';
import { VISITS, recordVisits } from './a11y';

/** 10:00 on Thursday 26 November 2026 in Baotou: a working day with slots left, whenever CI runs. */
export const FIXED_NOW = '2026-11-26T02:00:00.000Z';
export const TODAY = '2026-11-26';


/** A phone-sized page on the fixed working day; every page it shows is recorded for the accessibility pass. */
export async function phonePage(browser: Browser): Promise<Page> {
  // A context of its own (closed with the page), which axe needs to run in it.
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => undefined));
  await page.clock.install({ time: new Date(FIXED_NOW) });
  await page.clock.resume();
  recordVisits(page, VISITS);
  return page;
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
export const devToken = async (apiUrl: string, userId: string) => (await api(apiUrl, 'POST', '/auth/dev', undefined, { userId })).token as string;

export interface StoryResult {
  caseId: string;
  caseNumber: string;
}

export async function entrustSignBookUploadRate(page: Page, appUrl: string, apiUrl: string): Promise<StoryResult> {
  // Signs in: the first page that needs a user opens the login page; she picks herself.
  await page.goto(url(appUrl, 'home'));
  await page.locator('.home-scope').first().waitFor();
  await shot(page, '01-home');
  await page.locator('.home-my-cases').click();
  await page.locator('.login-user', { hasText: '张丽' }).click();
  await page.locator('.case-card').first().waitFor({ timeout: 20_000 });
  await shot(page, '02-my-cases');

  // Finds the item by searching from home, opens it, chooses 预约帮办.
  await page.goto(url(appUrl, 'home'));
  const search = page.locator('.home-search input').first();
  await search.fill('企业投资项目备案');
  await search.press('Enter');
  await page.locator('.item-row', { hasText: '企业投资项目备案' }).first().click();
  await page.locator('.item-detail').waitFor();
  await shot(page, '03-item-detail');
  await page.locator('.action-appointment').click();

  // Entrusts: 预约帮办 preselected 帮办 and 预约服务; she wants it done for her (代办) instead.
  await eventually(() => page.locator('.entrust-kind--active').innerText(), (t) => expect(t).toContain('帮办'), 10_000);
  await page.locator('.entrust-kind', { hasText: '代办' }).first().click();
  await shot(page, '04-entrust-service');
  await page.locator('.entrust-next').click();
  await page.waitForTimeout(600);
  // Her name and her phone (WeChat vouched for it earlier) are filled in already.
  expect(await page.locator('.entrust-name input').inputValue()).toBe('张丽');
  expect(await page.locator('.entrust-phone-masked').innerText()).toContain('139****0001');
  await page.locator('.entrust-note textarea').fill('项目在金属深加工园区，备案后尽快告知');
  await shot(page, '05-entrust-contact');
  await page.locator('.entrust-next').click();
  await page.locator('.agreement-scroll').hover();
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(400);
  for (const tick of ['.agreement-agree', '.agreement-free', '.agreement-consent']) await page.locator(tick).click();
  await shot(page, '06-agreement');
  await page.locator('.entrust-next').click();
  await drawSignature(page);
  await shot(page, '07-signature');
  await page.locator('.signature-confirm').click();
  // The review step shows everything that will be sent, the note included.
  expect(await page.locator('.entrust-summary').innerText()).toContain('项目在金属深加工园区');
  await page.locator('.entrust-submit').click();
  await page.locator('.entrust-done').waitFor({ timeout: 30_000 });
  const caseNumber = (await page.locator('.entrust-case-number').innerText()).trim();
  await shot(page, '08-entrust-done');
  await page.locator('.entrust-view-case').click();
  await page.waitForURL(/case\/index\?id=/);
  const caseId = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
  // The redirect finishes (the case page shows the case) before the story opens another page: a
  // hash navigation mid-redirect could let the case page land on top of the next one.
  await page.locator('.case-detail', { hasText: caseNumber }).waitFor({ timeout: 30_000 });

  // Books today 11:00 at the district hall for this case.
  await page.goto(url(appUrl, 'booking', { pointId: 'pt-zwzx', caseId }));
  await page.locator(`.booking-date[data-date="${TODAY}"]`).click();
  await page.locator('.booking-slot[data-time="11:00"]').click();
  await page.locator('.booking-confirm').click();
  await page.locator('.booking-success').waitFor({ timeout: 20_000 });
  await shot(page, '09-booked');

  // The case number can be copied (to quote it on the phone).
  await page.goto(url(appUrl, 'case', { id: caseId }));
  await page.locator('.case-detail').waitFor();
  expect(await page.locator('.case-number').innerText()).toContain(caseNumber.replace('办件编号', '').trim());
  await page.locator('.case-number-copy').click();
  await page.getByText('办件编号已复制').first().waitFor({ timeout: 5_000 });
  // Nobody holds it yet: 联系部门 says it dials the department's line.
  expect(await page.locator('.case-call-hint').innerText()).toMatch(/将拨打区发展和改革委员会的电话|将拨打.*的电话/);

  // A file that is not a picture or a PDF is refused before anything is sent, and she is told why.
  const row = page.locator('.material-row[data-spec="record-form"]');
  const notes = path.join(mkdtempSync(path.join(os.tmpdir(), 'daiban-e2e-')), '备案说明.txt');
  writeFileSync(notes, '项目备案说明');
  const [wrong] = await Promise.all([page.waitForEvent('filechooser'), row.locator('.material-upload').click()]);
  await wrong.setFiles(notes);
  await eventually(() => row.locator('.material-error-message').innerText(), (t) => expect(t).toContain('不是 JPG、PNG 图片或 PDF 文件'), 10_000);

  // Uploads the material: a real file through the presigned POST into s3rver.
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'daiban-e2e-')), '备案信息表.png');
  writeFileSync(file, samplePng());
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), row.locator('.material-upload').click()]);
  await chooser.setFiles(file);
  await eventually(() => row.locator('.material-status').innerText(), (t) => expect(t).toContain('待审核'), 30_000);
  await row.locator('.material-file').waitFor();
  await eventually(() => page.locator('.timeline-event').allInnerTexts(), (events) => expect(events.join('\n')).toMatch(/上传/), 10_000);
  await page.waitForTimeout(2_600); // the 上传成功 toast fades first
  await shot(page, '10-case-detail');

  // The case's agent accepts it, accepts the upload, and feeds back the result with the two
  // materials checked on paper at the window waived, each with its reason (through the API).
  const resident = await devToken(apiUrl, 'u-resident-1');
  let detail = await api(apiUrl, 'GET', `/cases/${caseId}`, resident);
  expect(detail.agreement.version).toBeTruthy();
  expect(detail.materials.map((m: { materialSpecId: string }) => m.materialSpecId)).toEqual(expect.arrayContaining(['agreement-signature', 'record-form']));
  const agent = await devToken(apiUrl, `u-${detail.assignee.agentId}`);
  detail = await api(apiUrl, 'POST', `/cases/${caseId}/actions`, agent, { action: 'accept', version: detail.version });
  const upload = detail.materials.find((m: { materialSpecId: string }) => m.materialSpecId === 'record-form');
  await api(apiUrl, 'POST', `/cases/${caseId}/materials/${upload.id}/review`, agent, { decision: 'accepted' });
  detail = await api(apiUrl, 'GET', `/cases/${caseId}`, agent);
  const waivers = [
    { materialSpecId: 'business-licence', reason: '营业执照原件已在窗口核验' },
    { materialSpecId: 'project-commitment', reason: '承诺书已在窗口当面签署' },
  ];
  detail = await api(apiUrl, 'POST', `/cases/${caseId}/actions`, agent, { action: 'feedBackResult', version: detail.version, outcome: 'approved', summary: '项目备案已完成，备案证明已发送', waivers });

  // She sees the result and rates it 非常满意.
  await page.goto(url(appUrl, 'case', { id: caseId }));
  await page.locator('.case-result').waitFor({ timeout: 20_000 });
  await page.locator('.rating-form .rating-star').nth(4).click();
  await page.locator('.rating-comment textarea').fill('全程代办，一次都没跑');
  await shot(page, '11-rating');
  await page.locator('.rating-submit').click();
  await page.locator('.case-rating').waitFor({ timeout: 20_000 });
  await shot(page, '12-rated');
  const rated = await api(apiUrl, 'GET', `/cases/${caseId}`, resident);
  expect(rated.rating.level).toBe('verySatisfied');
  expect(rated.timeline.map((e: { action: string }) => e.action)).toEqual(
    expect.arrayContaining(['entrust', 'route', 'signAgreement', 'book', 'uploadMaterial', 'accept', 'feedBackResult', 'rate']),
  );
  return { caseId, caseNumber };
}

/** At the service point: the QR code's URL opens the point; her booking today can be checked in. */
export async function scanAndCheckIn(page: Page, appUrl: string, apiUrl: string, caseId: string): Promise<void> {
  await page.goto(url(appUrl, 'point', { code: 'P01ZWZX' }));
  await page.locator('.point-name').waitFor({ timeout: 20_000 });
  await expect(page.locator('.point-name').innerText()).resolves.toContain('政务服务中心');
  expect(await page.locator('.point-agent').count()).toBeGreaterThan(0);
  await shot(page, '13-point');
  await page.locator('.point-checkin').first().click();
  await page.locator('.point-checked-in').first().waitFor({ timeout: 20_000 });
  await shot(page, '14-checked-in');
  const detail = await api(apiUrl, 'GET', `/cases/${caseId}`, await devToken(apiUrl, 'u-resident-1'));
  expect(detail.timeline.map((e: { action: string }) => e.action)).toContain('checkIn');
}
