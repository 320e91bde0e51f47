// 限时办结 against DynamoDB Local, across the National Day week: the hourly check warns the holder of a
// case the working day before it runs out, once a day, and flags it to the head and the bureau once
// it is overdue; paused clocks, later deadlines and finished cases are left alone.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { handler as deadlines } from '../src/handlers/deadlines';
import * as service from '../src/deadlines/service';
import { runDeadlineCheck } from '../src/deadlines/service';
import { startDeadlinePoller } from '../local/deadlinePoller';
import type { CaseRecord } from '../src/cases/record';
import { clock } from '../src/lib/clock';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { listNotices } from '../src/notices/inbox';
import { drainOutbox } from '../src/notices/notifier';
import { demoAgents, demoDepartments } from '../local/demoData';
import { createTestCase } from './support/cases';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';
import { outbox } from './support/outbox';

beforeAll(() => useFreshTable({ seed: true }));
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);
afterEach(() => jest.restoreAllMocks());

/** 09:00 in Baotou on a China date. */
const at = (date: string) => new Date(`${date}T09:00:00+08:00`);
const WED_BEFORE_NATIONAL_DAY = at('2026-09-30'); // next working day: Thursday 10-08
const FRIDAY_AFTER = at('2026-10-09');

const noticesFor = async (c: CaseRecord) => (await outbox()).filter((i) => i.caseId === c.id);

const department = demoDepartments.find((d) => d.kind !== 'bureau' && d.headAgentId && demoAgents.some((a) => a.departmentId === d.id && !a.isHead && !a.servicePointId))!;
const owner = demoAgents.find((a) => a.departmentId === department.id && !a.isHead && !a.servicePointId)!;
const bureau = demoDepartments.find((d) => d.kind === 'bureau')!;
const inDepartment = { departmentId: department.id, departmentName: department.name, ownerAgentId: owner.id };

describe('a case due on the first working day after the National Day week', () => {
  let dueAfterHoliday: CaseRecord;
  let paused: CaseRecord;
  let later: CaseRecord;
  let finished: CaseRecord;

  beforeAll(async () => {
    dueAfterHoliday = await createTestCase({ ...inDepartment, dueDate: '2026-10-08' });
    paused = await createTestCase({ ...inDepartment, dueDate: '2026-10-08', state: 'supplementRequested', pausedOn: '2026-09-29' });
    later = await createTestCase({ ...inDepartment, dueDate: '2026-10-20' });
    finished = await createTestCase({ ...inDepartment, dueDate: '2026-10-08', state: 'resultFedBack' });
  });

  test('on the Wednesday before the holiday its owner is warned once: it is due the next working day', async () => {
    expect(await runDeadlineCheck(WED_BEFORE_NATIONAL_DAY)).toEqual({ checked: 1, warned: 1, flagged: 0 });
    const sent = await noticesFor(dueAfterHoliday);
    expect(sent).toEqual([expect.objectContaining({ kind: 'deadlineNear', recipient: { agentId: owner.id }, caseNumber: dueAfterHoliday.number })]);
    expect(String(sent[0].summary)).toContain('剩余1个工作日');
  });

  test('the job running again the same day (even two runs at once) sends nothing more', async () => {
    const again = await Promise.all([runDeadlineCheck(WED_BEFORE_NATIONAL_DAY), runDeadlineCheck(new Date(WED_BEFORE_NATIONAL_DAY.getTime() + 3_600_000))]);
    expect(again.map((r) => r.warned)).toEqual([0, 0]);
    expect((await noticesFor(dueAfterHoliday)).filter((i) => i.kind === 'deadlineNear')).toHaveLength(1);
  });

  test('a paused clock, a deadline weeks away and a finished case are not touched', async () => {
    for (const c of [paused, later, finished]) expect(await noticesFor(c)).toEqual([]);
  });

  test('a finished case is not even in the due-date index the job reads', async () => {
    const stored = await documentClient().send(
      new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p AND sk = :s', ExpressionAttributeValues: { ':p': keys.casePartition(finished.id), ':s': 'CASE' } }),
    );
    expect(stored.Items?.[0]).toBeDefined();
    expect(stored.Items?.[0].gsi5pk).toBeUndefined();
  });

  test('the scheduled handler reads the clock itself and logs only counts', async () => {
    jest.spyOn(clock, 'now').mockReturnValue(WED_BEFORE_NATIONAL_DAY);
    expect(await deadlines()).toEqual({ checked: 1, warned: 0, flagged: 0 });
  });

  test('on the Friday after it is overdue: the head of its department and the bureau are told, once', async () => {
    await drainOutbox();
    expect(await runDeadlineCheck(FRIDAY_AFTER)).toEqual({ checked: 1, warned: 0, flagged: 1 });
    expect(await runDeadlineCheck(FRIDAY_AFTER)).toEqual({ checked: 1, warned: 0, flagged: 0 });
    const overdue = (await noticesFor(dueAfterHoliday)).filter((i) => i.kind === 'overdue');
    expect(overdue.map((i) => i.recipient)).toEqual(expect.arrayContaining([{ agentId: department.headAgentId }, { departmentId: bureau.id }]));
    expect(overdue).toHaveLength(2);

    jest.spyOn(clock, 'now').mockReturnValue(FRIDAY_AFTER);
    await drainOutbox();
    const headInbox = await listNotices({ agentId: department.headAgentId! }, 20);
    expect(headInbox.filter((n) => n.caseId === dueAfterHoliday.id).map((n) => n.kind)).toEqual(['overdue']);
    const bureauAgent = demoAgents.find((a) => a.departmentId === bureau.id && a.active)!;
    const bureauInbox = await listNotices({ agentId: bureauAgent.id }, 20);
    expect(bureauInbox.filter((n) => n.caseId === dueAfterHoliday.id).map((n) => n.kind)).toEqual(['overdue']);
    // The owner heard of it the day before the holiday, and is not told twice.
    const ownerInbox = await listNotices({ agentId: owner.id }, 20);
    expect(ownerInbox.filter((n) => n.caseId === dueAfterHoliday.id).map((n) => n.kind)).toEqual(['deadlineNear']);
  });

  test('the next working day it is flagged again, once for that day', async () => {
    const monday = at('2026-10-12');
    expect(await runDeadlineCheck(monday)).toMatchObject({ flagged: 1 });
    expect(await runDeadlineCheck(monday)).toMatchObject({ flagged: 0 });
  });
});

describe('who is warned when nobody has accepted the case yet', () => {
  test('a case routed to an agent warns that agent; one routed nowhere warns its department', async () => {
    const routed = await createTestCase({ ...inDepartment, ownerAgentId: undefined, assigneeAgentId: owner.id, state: 'transferred', dueDate: '2027-03-01' });
    const unrouted = await createTestCase({ ...inDepartment, ownerAgentId: undefined, assigneeAgentId: undefined, state: 'transferred', dueDate: '2027-03-01' });
    await runDeadlineCheck(at('2027-02-26')); // Friday: the next working day is Monday 03-01
    expect((await noticesFor(routed)).map((i) => i.recipient)).toEqual([{ agentId: owner.id }]);
    expect((await noticesFor(unrouted)).map((i) => i.recipient)).toEqual([{ departmentId: department.id }]);
  });
});

describe('npm start runs the check in-process', () => {
  test('the poller checks once at start, then on its interval, never two runs at once, until stopped', async () => {
    let running = 0;
    let overlapped = false;
    const check = jest.spyOn(service, 'runDeadlineCheck').mockImplementation(async () => {
      overlapped ||= running > 0;
      running += 1;
      await new Promise((r) => setTimeout(r, 15));
      running -= 1;
      return { checked: 0, warned: 0, flagged: 0 };
    });
    const poller = startDeadlinePoller(5);
    expect(check).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 80));
    await poller.stop();
    const calls = check.mock.calls.length;
    expect(calls).toBeGreaterThan(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(check.mock.calls.length).toBe(calls);
    expect(overlapped).toBe(false);
  });
});
