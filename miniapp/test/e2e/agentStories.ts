// The agent's story in the H5 workbench: a new case in the inbox, accept it, see the materials
// still owed and ask for them; the applicant first tries 补正完成 with nothing uploaded and is told
// why, then sends a JPEG and a PDF through the browser's picker; the agent accepts both and only
// then can feed back the result; a 不满意 without a problem category is refused in the form and by
// the API. Then a caller at the window, registered by the agent (窗口登记), who signs the paper
// agreement, and the case accepted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AGREEMENT_VERSION } from '@app/shared';
import { samplePdf } from '../../../functions/local/sampleFiles';
import { rememberDemoUser, shot, url } from './app';
import { eventually, isDisabled } from './browser';
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
  // A resident entrusts 城乡居民基本养老保险参保登记 (two required materials: 身份证, 户口簿) and signs, through the API.
  const resident = await devToken(apiUrl, 'u-resident-2');
  let c = await api(apiUrl, 'POST', '/cases', resident, { kind: 'entrustment', itemId: 'item-ms-pension', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '王强', phone: '13904720002' } }, `agent-story-${Date.now()}`);
  c = await api(apiUrl, 'POST', `/cases/${c.id}/actions`, resident, { action: 'signAgreement', version: c.version, agreementVersion: AGREEMENT_VERSION, signerName: '王强', consentToDataHandling: true, acknowledgeFreeOfCharge: true });
  const agentId: string = c.assignee.agentId;

  // The agent opens the workbench: the new case is in the inbox.
  await rememberDemoUser(page, appUrl, `u-${agentId}`);
  await page.goto(url(appUrl, 'agentInbox'));
  const entry = page.locator('.inbox-entry', { hasText: c.number });
  await entry.waitFor({ timeout: 20_000 });
  await shot(page, '15-agent-inbox');
  await entry.click();
  await shownCase(page).waitFor({ timeout: 20_000 });

  // Accepts. The review list shows every required material of the item, both still 未上传.
  let version = Number(await shownCase(page).getAttribute('data-version'));
  await takeAction(page, 'accept');
  version = await waitForVersionAbove(page, version);
  await page.waitForTimeout(2_800); // let the confirmation toast fade before the picture
  await page.locator('.agent-case .case-item-name').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, '16-agent-case');
  const review = page.locator('.agent-materials');
  for (const spec of ['id-card', 'household-register']) expect(await review.locator(`.agent-material[data-spec="${spec}"] .material-status`).innerText()).toBe('未上传');
  expect(await review.locator('.agent-material-summary').innerText()).toContain('未上传 2');
  await review.scrollIntoViewIfNeeded();
  await shot(page, '31-agent-review-missing');

  // Asks for both, naming each from the item's list with what is needed.
  await takeAction(page, 'requestSupplement', async () => {
    await page.locator('.supplement-add').click();
    const items = page.locator('.action-form--requestSupplement .supplement-item');
    await items.nth(0).locator('.choice-chip', { hasText: '申请人身份证' }).click();
    await items.nth(0).locator('.supplement-reason textarea').fill('请拍摄身份证正面，四角完整');
    await items.nth(1).locator('.choice-chip', { hasText: '户口簿' }).click();
    await items.nth(1).locator('.supplement-reason textarea').fill('请上传户主页和本人页（PDF 亦可）');
  });
  version = await waitForVersionAbove(page, version);
  const requested = await api(apiUrl, 'GET', `/cases/${c.id}`, resident);
  expect(requested.state).toBe('supplementRequested');
  expect(requested.supplement.items.map((i: { materialSpecId: string }) => i.materialSpecId)).toEqual(['id-card', 'household-register']);

  // The resident opens her case: 补正完成 is there but disabled, saying what is still missing.
  await rememberDemoUser(page, appUrl, 'u-resident-2');
  await page.goto(url(appUrl, 'case', { id: c.id }));
  const answer = page.locator('.action-answer-supplement');
  await answer.waitFor({ timeout: 20_000 });
  expect(await isDisabled(answer)).toBe(true);
  const why = page.locator('.case-actions .action-blocked-reason');
  expect(await why.innerText()).toBe('请先重新上传或签署告知承诺：申请人身份证、户口簿，再点补正完成。');
  await answer.click({ force: true });
  await page.waitForTimeout(500);
  expect((await api(apiUrl, 'GET', `/cases/${c.id}`, resident)).state).toBe('supplementRequested');
  // The API refuses the same step on its own, naming why.
  const refused = await fetch(`${apiUrl}/cases/${c.id}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${resident}` },
    body: JSON.stringify({ action: 'answerSupplement', version: requested.version }),
  });
  expect({ status: refused.status, reason: (await refused.json()).error.reason }).toEqual({ status: 409, reason: 'supplementNotHandedIn' });
  await page.locator('.case-supplement').scrollIntoViewIfNeeded();
  await shot(page, '32-case-supplement-blocked');

  // She picks a photo of her ID card (JPEG) and the household register (PDF) in the browser's picker.
  const jpeg = await photoOfIdCard(page);
  const pdf = path.join(mkdtempSync(path.join(os.tmpdir(), 'daiban-e2e-')), '户口簿（户主页和本人页）.pdf');
  writeFileSync(pdf, samplePdf('Household register'));
  for (const [spec, file] of [['id-card', jpeg], ['household-register', pdf]] as const) {
    const row = page.locator(`.material-row[data-spec="${spec}"]`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), row.locator('.material-upload').click()]);
    await chooser.setFiles(file);
    await eventually(() => row.locator('.material-status').innerText(), (t) => expect(t).toBe('待审核'), 30_000);
  }
  // A thumbnail of the photo, a PDF icon with its name and size; each opens through its short-lived link.
  await page.locator('.material-row[data-spec="id-card"] .material-file-thumb').waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.material-file-thumb img, img.material-file-thumb')).some((i) => (i as HTMLImageElement).naturalWidth > 0), undefined, { timeout: 20_000 });
  const pdfRow = page.locator('.material-row[data-spec="household-register"]');
  await pdfRow.locator('.material-file-icon--pdf').waitFor();
  expect(await pdfRow.locator('.material-file-name').innerText()).toBe('户口簿（户主页和本人页）.pdf');
  expect(await pdfRow.locator('.material-file-size').innerText()).toMatch(/KB|B/);
  const [opened] = await Promise.all([page.waitForEvent('popup'), pdfRow.locator('.material-file').click()]);
  await opened.close();
  await page.locator('.case-materials').scrollIntoViewIfNeeded();
  await page.waitForTimeout(2_600); // the 上传成功 toast fades first
  await shot(page, '33-case-materials-pdf-jpeg');
  // Both files are in s3rver as sent: a JPEG and a PDF, fetched through their download links.
  const stored = await api(apiUrl, 'GET', `/cases/${c.id}`, resident);
  for (const [spec, magic] of [['id-card', 'ffd8ff'], ['household-register', '255044462d']] as const) {
    const material = stored.materials.find((m: { materialSpecId: string }) => m.materialSpecId === spec);
    const link = await api(apiUrl, 'GET', `/cases/${c.id}/materials/${material.id}/download`, resident);
    const bytes = Buffer.from(await (await fetch(link.url)).arrayBuffer());
    expect(bytes.subarray(0, magic.length / 2).toString('hex')).toBe(magic);
  }

  // Now 补正完成 goes through.
  await eventually(() => isDisabled(answer), (d) => expect(d).toBe(false), 10_000);
  await answer.click();
  await eventually(async () => (await api(apiUrl, 'GET', `/cases/${c.id}`, resident)).state, (state) => expect(state).toBe('materialsSubmitted'), 20_000);

  // The agent sees both 待审核; 办结 cannot be fed back until they are accepted.
  await rememberDemoUser(page, appUrl, `u-${agentId}`);
  await page.goto(url(appUrl, 'agentCase', { id: c.id }));
  await page.locator('.agent-case').waitFor({ timeout: 20_000 });
  for (const spec of ['id-card', 'household-register']) {
    await eventually(() => review.locator(`.agent-material[data-spec="${spec}"] .material-status`).innerText(), (t) => expect(t).toBe('待审核'), 20_000);
  }
  await page.locator('.agent-action[data-action="feedBackResult"]').click();
  const submit = page.locator('.agent-action-submit');
  await submit.waitFor();
  await page.locator('.result-summary textarea').first().fill('参保登记已完成');
  expect(await page.locator('.agent-action-not-ready').innerText()).toBe('还有必交材料未审核通过，请先审核，或逐项说明免交理由');
  expect(await page.locator('.result-waiver').count()).toBe(2);
  await page.locator('.nut-popup-title-right, .nut-popup-close').first().click();
  await page.waitForTimeout(500);
  for (const spec of ['id-card', 'household-register']) {
    version = Number(await shownCase(page).getAttribute('data-version'));
    await review.locator(`.agent-material[data-spec="${spec}"] .material-review-accept`).click();
    await eventually(() => review.locator(`.agent-material[data-spec="${spec}"] .material-status`).innerText(), (t) => expect(t).toBe('已通过'), 20_000);
  }
  version = Number(await shownCase(page).getAttribute('data-version'));
  await takeAction(page, 'feedBackResult', async () => {
    await page.locator('.result-summary textarea').first().fill('参保登记已完成，可在社保卡查询参保信息');
    expect(await page.locator('.agent-action-not-ready').count()).toBe(0);
  });
  await waitForVersionAbove(page, version);
  await page.waitForTimeout(2_600); // the confirmation toast fades first
  await shot(page, '17-agent-result');
  const done = await api(apiUrl, 'GET', `/cases/${c.id}`, resident);
  expect(done.state).toBe('resultFedBack');
  expect(done.timeline.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['accept', 'requestSupplement', 'uploadMaterial', 'answerSupplement', 'reviewMaterial', 'feedBackResult']));

  await residentRatesBadly(page, appUrl, apiUrl, done.id);
  await rememberDemoUser(page, appUrl, `u-${agentId}`);
  await agentRegistersAtTheWindow(page, appUrl, c.assignee.name);
}

/** A 不满意 needs what went wrong: refused in the form and by the API without a category; then sent with one. */
async function residentRatesBadly(page: Page, appUrl: string, apiUrl: string, caseId: string): Promise<void> {
  const resident = await devToken(apiUrl, 'u-resident-2');
  await rememberDemoUser(page, appUrl, 'u-resident-2');
  await page.goto(url(appUrl, 'case', { id: caseId }));
  const form = page.locator('.rating-form');
  await form.waitFor({ timeout: 20_000 });
  await form.locator('.rating-star').nth(1).click();
  await form.locator('.rating-comment textarea').fill('补正要求没有一次说清楚');
  const submit = form.locator('.rating-submit');
  expect(await isDisabled(submit)).toBe(true);
  expect(await form.locator('.rating-not-ready').innerText()).toBe('不满意的评价请至少选择一项问题类型');
  for (const label of ['服务态度', '办事效率', '办事流程', '政策解读', '平台操作', '其他']) expect(await form.getByRole('checkbox', { name: label }).count()).toBe(1);
  const detail = await api(apiUrl, 'GET', `/cases/${caseId}`, resident);
  const refused = await fetch(`${apiUrl}/cases/${caseId}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${resident}` },
    body: JSON.stringify({ action: 'rate', version: detail.version, level: 'dissatisfied', comment: '补正要求没有一次说清楚' }),
  });
  expect({ status: refused.status, reason: (await refused.json()).error.reason }).toEqual({ status: 409, reason: 'badRatingNeedsCategory' });
  await form.getByRole('checkbox', { name: '办事流程' }).click();
  await form.getByRole('checkbox', { name: '政策解读' }).click();
  await form.scrollIntoViewIfNeeded();
  await shot(page, '34-case-rating-bad');
  await submit.click();
  await page.locator('.case-rating').waitFor({ timeout: 20_000 });
  expect(await page.locator('.case-rating').innerText()).toContain('问题类型：办事流程、政策解读');
  const rated = await api(apiUrl, 'GET', `/cases/${caseId}`, resident);
  expect(rated.rating).toMatchObject({ level: 'dissatisfied', categories: ['process', 'policyExplanation'] });
  expect(rated.rectification.state).toBe('open');
}

/** A photo of an ID card, drawn in the browser and saved as a real JPEG (what a phone camera sends). */
async function photoOfIdCard(page: Page): Promise<string> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 856;
    canvas.height = 540;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#dfe9f3';
    ctx.fillRect(0, 0, 856, 540);
    ctx.fillStyle = '#b7c9dc';
    ctx.fillRect(560, 120, 220, 280);
    ctx.fillStyle = '#1f2329';
    ctx.font = '40px sans-serif';
    ctx.fillText('姓名  王强', 60, 150);
    ctx.fillText('性别  男    民族  汉', 60, 230);
    ctx.fillText('住址  包头市昆都仑区', 60, 310);
    ctx.font = '34px sans-serif';
    ctx.fillText('（样例照片）', 60, 460);
    return canvas.toDataURL('image/jpeg', 0.85);
  });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'daiban-e2e-')), '身份证正面.jpg');
  writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
  return file;
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
