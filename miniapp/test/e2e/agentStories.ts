// The agent's story in the H5 workbench: a new case in the inbox, accept it, ask for a missing
// material, and — once the applicant has answered — feed back the result.
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

async function waitForVersionAbove(page: Page, version: number): Promise<number> {
  const locator = page.locator('.agent-case');
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
  await page.locator('.agent-case').waitFor({ timeout: 20_000 });

  // Accepts; asks for the missing floor plan; the applicant answers; feeds back the result.
  let version = Number(await page.locator('.agent-case').getAttribute('data-version'));
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
  version = Number(await page.locator('.agent-case').getAttribute('data-version'));
  await takeAction(page, 'feedBackResult', async () => {
    await page.locator('.result-summary textarea').first().fill('食品经营许可证已核发');
  });
  await waitForVersionAbove(page, version);
  await shot(page, '17-agent-result');
  const done = await api(apiUrl, 'GET', `/cases/${c.id}`, resident);
  expect(done.state).toBe('resultFedBack');
  expect(done.timeline.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['accept', 'requestSupplement', 'answerSupplement', 'feedBackResult']));
}
