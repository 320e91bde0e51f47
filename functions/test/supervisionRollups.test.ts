// The supervision rollups against the cases themselves: on the demo data (its live cases, which
// went through the case transactions, and its year of history) and after more lifecycle steps,
// every figure, every agent row, the CSV export and the public scorecard come out the same
// whether they are summed from the day or month rollups or counted from each department's cases.
import { addCalendarDays, chinaDate, AGREEMENT_VERSION } from '@app/shared';
import { ulid } from 'ulid';
import { demoDepartments } from '../local/demoData';
import { handler as cases } from '../src/handlers/cases';
import { clock } from '../src/lib/clock';
import { historySource } from '../src/supervision/history';
import { rollupSource } from '../src/supervision/rollups';
import { agentFigures, computeScorecard, departmentFigures, exportCsv } from '../src/supervision/service';
import { useTestBucket } from './support/bucket';
import { call } from './support/http';
import { acceptAll, handInRequired } from './support/materials';
import { expectOpenWorkCounted } from './support/openWork';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

let now = new Date();

beforeAll(async () => {
  await useFreshTable({ seed: true, demoCases: true });
  await useTestBucket();
});
beforeEach(() => {
  jest.spyOn(clock, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

/**
 * Periods a supervisor asks for: the default 30 days and one day (counted by day), the longest one,
 * the last three months and a past quarter (longer than two months: counted by whole months).
 */
function periods(today: string) {
  return [
    {},
    { from: addCalendarDays(today, -365), to: today },
    { from: addCalendarDays(today, -89), to: today },
    { from: addCalendarDays(today, -200), to: addCalendarDays(today, -110) },
    { from: today, to: today },
  ];
}

async function expectBothMethodsAgree(): Promise<void> {
  const today = chinaDate(now);
  for (const period of periods(today)) {
    const byRollups = await departmentFigures(period, rollupSource);
    expect(byRollups).toEqual(await departmentFigures(period, historySource));
    // A long period is counted by whole months, and the answer names the months it counted.
    if (period.from && period.from < addCalendarDays(today, -61)) {
      expect(byRollups.from).toBe(`${period.from.slice(0, 7)}-01`);
      expect(byRollups.to >= period.to!).toBe(true);
    } else {
      expect([byRollups.from, byRollups.to]).toEqual([period.from ?? addCalendarDays(today, -29), period.to ?? today]);
    }
    for (const d of demoDepartments) {
      expect(await agentFigures({ departmentId: d.id, ...period }, rollupSource)).toEqual(await agentFigures({ departmentId: d.id, ...period }, historySource));
    }
    expect(await exportCsv(period, rollupSource)).toEqual(await exportCsv(period, historySource));
  }
  expect(await computeScorecard(now, rollupSource)).toEqual(await computeScorecard(now, historySource));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const act = async (who: string, c: { id: string; version: number }, body: Record<string, unknown>): Promise<any> => {
  const answer = await call(cases, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token: await tokenOf(who) });
  if (answer.status !== 200) throw new Error(`${who} ${String(body.action)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

test('on the demo data the rollups give the same figures, agent rows, CSV and scorecard as counting the cases', async () => {
  const figures = await departmentFigures({ from: addCalendarDays(chinaDate(now), -365) });
  // The demo year is not empty: the comparison compares something.
  expect(figures.total.received).toBeGreaterThan(50);
  expect(figures.total.done).toBeGreaterThan(0);
  expect(figures.total.badRatings).toBeGreaterThan(0);
  expect(figures.total.open).toBeGreaterThan(0);
  await expectBothMethodsAgree();
});

test('after a case is entrusted, accepted, finished and rated badly, and another transferred, both methods still agree', async () => {
  const applicant = { name: '张丽', phone: '13904720001' };
  const entrusted = await call(cases, {
    method: 'POST',
    path: '/cases',
    body: { kind: 'entrustment', itemId: 'item-tz-record', serviceKind: 'assist', serviceMode: 'online', applicant },
    token: await tokenOf('u-resident-1'),
    headers: { 'Idempotency-Key': ulid() },
  });
  expect(entrusted.status).toBe(200);
  const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };
  let c = await act('u-resident-1', entrusted.body, sign);
  c = await act('agt-fgw-1', c, { action: 'accept' });
  await handInRequired('u-resident-1', c.id);
  c = await act('u-resident-1', await acceptAll('agt-fgw-1', c.id), { action: 'submitMaterials' });
  await expectBothMethodsAgree();
  c = await act('agt-fgw-1', c, { action: 'feedBackResult', outcome: 'approved', summary: '已办结' });
  c = await act('u-resident-1', c, { action: 'rate', level: 'dissatisfied', categories: ['efficiency'], comment: '进度告知不及时' });
  await expectBothMethodsAgree();
  // Another case changes department: it leaves one department's rollups for the other's.
  const second = await call(cases, {
    method: 'POST',
    path: '/cases',
    body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'assist', serviceMode: 'online', applicant },
    token: await tokenOf('u-resident-1'),
    headers: { 'Idempotency-Key': ulid() },
  });
  let t = await act('u-resident-1', second.body, sign);
  t = await act(t.assignee.agentId, t, { action: 'accept' });
  const before = (await departmentFigures({}, rollupSource)).departments.find((d) => d.departmentId === 'dept-gaj')!.figures.received;
  await act(t.owner.agentId, t, { action: 'transfer', departmentId: 'dept-gaj', reason: '属公安分局职责' });
  expect((await departmentFigures({}, rollupSource)).departments.find((d) => d.departmentId === 'dept-gaj')!.figures.received).toBe(before + 1);
  await expectBothMethodsAgree();
  // A day later the same figures are read again: what is overdue moves with the day, in both.
  now = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  await expectBothMethodsAgree();
  // Five weeks on, this month's due days belong to a past month: the month items' counts by due
  // month say what is overdue, and still agree with the cases.
  now = new Date(now.getTime() + 35 * 24 * 60 * 60 * 1000);
  await expectBothMethodsAgree();
  await expectOpenWorkCounted();
});
