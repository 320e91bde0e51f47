// The stories of the calendar and the schedules, as people live them in the H5 app: the bureau
// enters 2027's holiday arrangement and an open case's due date moves; the bureau opens a point's
// schedule and the point's agent closes it for a day, which disappears from the booking calendar;
// a resident books a Saturday extended-hours slot and reads the ticket's short number.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { stateFamily, type CaseState } from '@app/shared';
import type { Page } from 'playwright-core';
import { ulid } from 'ulid';
import { caseToItem, eventItem, type CaseRecord } from '../../../functions/src/cases/record';
import { demoItems } from '../../../functions/local/demoData';
import * as keys from '../../../functions/src/lib/keys';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../functions/local/stores';
import { shot, url } from './app';
import { eventually } from './browser';
import { devToken } from './residentStories';

const signInAs = async (page: Page, appUrl: string, userId: string) => {
  await page.goto(appUrl);
  await page.evaluate((id) => {
    localStorage.clear();
    localStorage.setItem('session.devUserId', JSON.stringify({ data: id }));
  }, userId);
};

const getJson = async (apiUrl: string, route: string, token?: string) =>
  (await fetch(`${apiUrl}${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).json();

/**
 * A case of 张丽 accepted on Monday 28 December 2026 with five working days, provisionally due
 * Monday 4 January 2027. The stack's clock stands in November, so the case is written through the
 * data layer as the API would have stored it then.
 */
async function caseAcceptedOn28December(dynamoEndpoint: string): Promise<CaseRecord> {
  const item = demoItems.find((i) => i.id === 'item-ms-pension')!;
  const at = '2026-12-28T02:00:00.000Z';
  const record: CaseRecord = {
    id: ulid(Date.parse(at)),
    number: `KDL-20261228-${ulid().slice(-6)}`,
    kind: 'entrustment',
    state: 'accepted',
    version: 1,
    itemId: item.id,
    itemName: item.name,
    departmentId: item.departmentId,
    departmentName: item.departmentName,
    commitmentDays: 5,
    serviceKind: 'assist',
    serviceMode: 'online',
    channel: 'miniProgram',
    applicantUserId: 'u-resident-1',
    applicant: { name: '张丽', phone: '13904720001' },
    ownerAgentId: 'agt-rsj-2',
    acceptedAt: at,
    dueDate: '2027-01-04',
    dueClock: { startedOn: '2026-12-28', workingDays: 5 },
    openSubTasks: 0,
    subTaskDepartmentIds: [],
    rated: false,
    createdAt: at,
    updatedAt: at,
  };
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
  await client.send(new PutCommand({ TableName: 'daiban-local', Item: caseToItem(record) }));
  // Its owner's open-work counter counts it, as the case transactions would (cases/openWork.ts).
  await client.send(new UpdateCommand({ TableName: 'daiban-local', Key: keys.openCount(keys.agentOpen('agt-rsj-2')), UpdateExpression: 'ADD openWork :d SET entity = :e', ExpressionAttributeValues: { ':d': 1, ':e': 'openCount' } }));
  await client.send(new PutCommand({ TableName: 'daiban-local', Item: eventItem(record.id, { id: ulid(), at, actor: { role: 'agent', name: '韩冬梅', agentId: 'agt-rsj-2' }, action: 'accept', from: 'agreementSigned', to: 'accepted' }) }));
  client.destroy();
  return record;
}

export async function bureauPublishes2027(page: Page, appUrl: string, apiUrl: string, dynamoEndpoint: string): Promise<void> {
  const openCase = await caseAcceptedOn28December(dynamoEndpoint);
  const resident = await devToken(apiUrl, 'u-resident-1');
  expect((await getJson(apiUrl, `/cases/${openCase.id}`, resident)).deadline).toMatchObject({ dueDate: '2027-01-04', official: false });

  await signInAs(page, appUrl, 'u-bureau-1');
  await page.goto(url(appUrl, 'bureauDashboard'));
  await page.locator('.dash-link', { hasText: '节假日安排' }).click();
  await page.locator('.cal-status--provisional').waitFor({ timeout: 20_000 });
  expect(await page.locator('.cal-year-chips .ca-chip--on .choice-label').innerText()).toBe('2027年');
  await page.locator('.cal-notice input').fill('国办发明电〔2026〕（演示）');
  const row = (i: number) => page.locator('.cal-range').nth(i);
  const fill = async (i: number, name: string, from: string, to: string) => {
    await row(i).locator('.cal-range-name input').fill(name);
    for (const [field, value] of [['.cal-from input', from], ['.cal-to input', to]] as const) {
      await row(i).locator(field).fill(value);
      await row(i).locator(field).blur();
    }
  };
  await fill(0, '元旦', '1-1', '1-3');
  await page.locator('.cal-add-holiday').click();
  await fill(1, '春节', '2月6日', '2月14日');
  await page.locator('.cal-add-workday').click();
  await fill(2, '春节', '2-20', '2-20');
  // The preview shows what deadlines will count: New Year's Day red, the make-up Saturday 班.
  await eventually(
    async () => [await page.locator('.cal-day[data-date="2027-01-01"]').getAttribute('class'), await page.locator('.cal-day[data-date="2027-02-20"]').innerText()],
    ([newYear, makeUp]) => {
      expect(newYear).toContain('cal-day--holiday');
      expect(makeUp).toBe('班');
    },
  );
  await page.evaluate(() => document.querySelector('.cal-status')?.scrollIntoView());
  await shot(page, '40-bureau-calendar-2027');
  await page.locator('.cal-publish').click();
  const published = page.locator('.cal-published');
  await published.waitFor({ timeout: 30_000 });
  expect(await published.innerText()).toContain('1 件在办件的办结时限已调整');
  await page.locator('.cal-status--official').waitFor();

  // The case moved a working day, with the reason on its timeline and a notice to its applicant.
  // (Other functions' warm calendars follow within their cache age: CALENDAR_CACHE_SECONDS here.)
  await eventually(
    async () => (await getJson(apiUrl, `/cases/${openCase.id}`, resident)).deadline,
    (deadline) => expect(deadline).toMatchObject({ dueDate: '2027-01-05', official: true }),
    20_000,
  );
  const detail = await getJson(apiUrl, `/cases/${openCase.id}`, resident);
  expect(detail.timeline.find((e: { action: string }) => e.action === 'adjustDeadline')?.note).toBe('因节假日安排调整，办结时限由 2027-01-04 调整为 2027-01-05');
  await eventually(
    async () => (await getJson(apiUrl, '/notices?limit=20', resident)).notices as { kind: string; caseId?: string }[],
    (notices) => expect(notices.some((n) => n.kind === 'deadlineAdjusted' && n.caseId === openCase.id)).toBe(true),
  );
  await signInAs(page, appUrl, 'u-resident-1');
  await page.goto(url(appUrl, 'case', { id: openCase.id }));
  await page.locator('.timeline-event', { hasText: '办结时限调整' }).first().waitFor({ timeout: 20_000 });
}

export async function bureauAndAgentRunTheHallSchedule(page: Page, appUrl: string, apiUrl: string): Promise<void> {
  await signInAs(page, appUrl, 'u-bureau-1');
  await page.goto(url(appUrl, 'bureauNetwork', { tab: 'points' }));
  await page.locator('.unit-row', { hasText: '昆都仑区政务服务中心' }).locator('.schedule-link').click();
  await page.locator('.sch-head').waitFor({ timeout: 20_000 });
  expect(await page.locator('.sch-hours-extended').innerText()).toContain('周六 9:00-12:00');
  expect(await page.locator('.sch-day').count()).toBe(7);
  await page.waitForTimeout(300);
  await shot(page, '41-bureau-schedule');

  // The hall's own agent closes it on Friday 18 December for a system upgrade.
  await signInAs(page, appUrl, 'u-agt-zwzx-1');
  await page.goto(url(appUrl, 'agentInbox'));
  await page.locator('.inbox-point').click();
  await page.locator('.sch-closures').waitFor({ timeout: 20_000 });
  await page.locator('.sch-closure-from input').fill('12-18');
  await page.locator('.sch-closure-reason input').fill('系统升级');
  await page.locator('.sch-closure-add').click();
  await page.locator('.sch-closure', { hasText: '系统升级' }).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(3_500); // the toast fades
  await shot(page, '42-agent-point-closure');
  const days = await getJson(apiUrl, '/network/points/pt-zwzx/booking-days');
  expect(days.days.find((d: { date: string }) => d.date === '2026-12-18')).toMatchObject({ open: false, closedLabel: '暂停服务：系统升级' });
}

export async function residentBooksASaturdayExtendedSlot(page: Page, appUrl: string, apiUrl: string): Promise<void> {
  // 王强 books for his open case from its page (预约), at the district hall.
  const resident = await devToken(apiUrl, 'u-resident-2');
  const cases = (await getJson(apiUrl, '/cases/mine', resident)).cases as { id: string; number: string; itemName: string; state: CaseState }[];
  const theCase = cases.find((c) => stateFamily(c.state) === 'open')!;
  await signInAs(page, appUrl, 'u-resident-2');
  await page.goto(url(appUrl, 'case', { id: theCase.id }));
  await page.locator('.case-book-button').click();
  // A case entrusted at a point opens that point's calendar (更换网点 picks another); others pick first.
  const change = page.locator('.booking-point-change');
  const hall = page.locator('.booking-point-option[data-point-id="pt-zwzx"]');
  const quiet = () => undefined; // the other one never appears
  await Promise.race([change.waitFor({ timeout: 20_000 }).catch(quiet), hall.waitFor({ timeout: 20_000 }).catch(quiet)]);
  if (await change.isVisible()) await change.click();
  await hall.click();
  const saturday = page.locator('.booking-date[data-date="2026-11-28"]');
  await saturday.waitFor({ timeout: 20_000 });
  expect(await saturday.innerText()).toContain('延时');
  // The closed Friday shows why it cannot be picked.
  expect(await page.locator('.booking-date[data-date="2026-12-18"]').innerText()).toContain('暂停');
  await saturday.click();
  await eventually(
    () => page.locator('.booking-slot').allInnerTexts(),
    (slots) => {
      expect(slots).toHaveLength(3);
      expect(slots.every((s) => s.includes('延时服务'))).toBe(true);
    },
  );
  await shot(page, '43-booking-saturday-extended');
  await page.locator('.booking-slot[data-time="10:00"]').click();
  await page.locator('.booking-confirm').click();
  const number = page.locator('.booking-success .booking-number');
  await number.waitFor({ timeout: 20_000 });
  expect(await number.innerText()).toMatch(/^K01-\d{3}$/);
  // The ticket names what the booking is for.
  expect(await page.locator('.booking-success .booking-ticket-case').innerText()).toBe(theCase.number);
  expect(await page.locator('.booking-success .booking-ticket-item').innerText()).toBe(theCase.itemName);
  await page.waitForTimeout(3_500); // the toast fades
  await shot(page, '44-booking-ticket-number');
}
