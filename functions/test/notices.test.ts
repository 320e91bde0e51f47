// The in-app half of the notifier as people meet it, against DynamoDB Local: a case's changes
// reach the agent's and the resident's inboxes once, badges count down, failures are parked.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_VERSION, ListNoticesResponse, MarkNoticesReadResponse, type CaseDetail } from '@app/shared';
import { ulid } from 'ulid';
import { startNotifierPoller } from '../local/notifierPoller';
import { handler as cases } from '../src/handlers/cases';
import { handler as notices } from '../src/handlers/notices';
import { drain } from '../src/handlers/notifier';
import { clock } from '../src/lib/clock';
import { config } from '../src/lib/config';
import { documentClient, type Item } from '../src/lib/dynamo';
import { listAgentsOf, putAgent } from '../src/network/repository';
import * as inbox from '../src/notices/inbox';
import { listNotices } from '../src/notices/inbox';
import { MAX_ATTEMPTS, MAX_BACKOFF_MS, backoffMs, drainOutbox } from '../src/notices/notifier';
import { OUTBOX_SHARDS, outboxItem, outboxKeys, type Notice } from '../src/notices/outbox';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

beforeAll(() => useFreshTable({ seed: true }));
afterEach(() => jest.restoreAllMocks());

const applicant = { name: '张丽', phone: '13904720001' };
const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };

async function act(who: string, c: CaseDetail, body: Record<string, unknown>): Promise<CaseDetail> {
  const answer = await call(cases, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token: await tokenOf(who) });
  if (answer.status !== 200) throw new Error(`${who} ${String(body.action)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
async function inboxOf(who: string, limit?: number) {
  const answer = await call(notices, { path: '/notices', query: limit ? { limit: String(limit) } : {}, token: await tokenOf(who) });
  expect(answer.status).toBe(200);
  return ListNoticesResponse.parse(answer.body);
}
async function markRead(who: string, ids?: string[]) {
  const answer = await call(notices, { method: 'POST', path: '/notices/read', body: ids ? { ids } : {}, token: await tokenOf(who) });
  expect(answer.status).toBe(200);
  return MarkNoticesReadResponse.parse(answer.body).unread;
}
async function partition(pk: string): Promise<Item[]> {
  const out = await documentClient().send(new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': pk } }));
  return out.Items ?? [];
}
async function outbox(): Promise<Item[]> {
  return (await Promise.all(Array.from({ length: OUTBOX_SHARDS }, (_, s) => partition(outboxKeys.shard(s))))).flat();
}
/** Writes an outbox item the way a case change does, for notices no story here produces. */
async function enqueue(notice: Partial<Notice> & Pick<Notice, 'recipient'>): Promise<Item> {
  const item = outboxItem({ kind: 'badRating', caseId: ulid(), caseNumber: 'KDL-20260101-TEST01', itemName: '测试事项', summary: '差评待整改', ...notice }, new Date().toISOString());
  await documentClient().send(new PutCommand({ TableName: config().tableName, Item: item }));
  return item;
}

describe('a resident entrusts a case, signs and it is accepted: the notices reach the people it concerns', () => {
  let c: CaseDetail;
  let agent: string;
  let pending: Item[];

  beforeAll(async () => {
    const answer = await call(cases, {
      method: 'POST', path: '/cases', token: await tokenOf('u-resident-1'), headers: { 'Idempotency-Key': ulid() },
      body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant },
    });
    expect(answer.status).toBe(200);
    c = answer.body;
    agent = c.assignee!.agentId;
    c = await act('u-resident-1', c, sign);
    c = await act(agent, c, { action: 'accept' });
    pending = await outbox();
  });

  test('the assigned agent finds the new task in the in-app inbox, unread, with the badge count', async () => {
    expect(pending.map((i) => i.kind)).toEqual(expect.arrayContaining(['newTask', 'caseAccepted']));
    expect(await drainOutbox()).toEqual({ delivered: pending.length, parked: 0, retried: 0 });
    expect(await outbox()).toEqual([]);

    const { notices: mine, unread } = await inboxOf(agent);
    const task = mine.find((n) => n.kind === 'newTask' && n.caseId === c.id);
    expect(task).toMatchObject({ caseNumber: c.number, itemName: c.itemName, summary: expect.stringContaining(c.itemName) });
    expect(task?.readAt).toBeUndefined();
    expect(unread).toBe(mine.length);
    expect(unread).toBeGreaterThanOrEqual(1);
  });

  test('the resident is told her case was accepted; the agent’s notices are not in her inbox', async () => {
    const { notices: hers, unread } = await inboxOf('u-resident-1');
    expect(hers.map((n) => n.kind)).toEqual(['caseAccepted']);
    expect(hers[0]).toMatchObject({ caseId: c.id, caseNumber: c.number });
    expect(unread).toBe(1);
  });

  test('draining again delivers nothing twice, even when an already delivered outbox item comes back', async () => {
    const before = (await inboxOf(agent)).notices.map((n) => n.id).sort();
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 0 });
    // As if the run crashed after delivering but before deleting: the item is drained again.
    const again = pending.find((i) => i.kind === 'newTask')!;
    await documentClient().send(new PutCommand({ TableName: config().tableName, Item: again }));
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect(await outbox()).toEqual([]);
    const after = (await inboxOf(agent)).notices.map((n) => n.id).sort();
    expect(after).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });

  test('the agent reads one notice and the badge goes down by one; “all read” takes it to zero', async () => {
    const { notices: mine, unread } = await inboxOf(agent);
    expect(unread).toBeGreaterThanOrEqual(1);
    expect(await markRead(agent, [mine[0].id])).toBe(unread - 1);
    const seen = await inboxOf(agent);
    expect(seen.unread).toBe(unread - 1);
    expect(seen.notices.find((n) => n.id === mine[0].id)?.readAt).toEqual(expect.any(String));
    // Marking it again changes nothing.
    expect(await markRead(agent, [mine[0].id])).toBe(unread - 1);
    expect(await markRead(agent)).toBe(0);
    const all = await inboxOf(agent);
    expect(all.unread).toBe(0);
    expect(all.notices.every((n) => n.readAt)).toBe(true);
  });

  test('a resident cannot mark another resident’s notices read: the ids are simply not in her inbox', async () => {
    const { notices: hers, unread } = await inboxOf('u-resident-1');
    expect(unread).toBe(1);
    expect(await markRead('u-resident-2', hers.map((n) => n.id))).toBe(0);
    // Nor can the agent who handles her case.
    expect(await markRead(agent, hers.map((n) => n.id))).toBe(0);
    const still = await inboxOf('u-resident-1');
    expect(still.unread).toBe(1);
    expect(still.notices[0].readAt).toBeUndefined();
  });

  test('the inbox lists the newest first and honours the limit', async () => {
    const { notices: mine } = await inboxOf(agent);
    const ats = mine.map((n) => n.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect((await inboxOf(agent, 1)).notices).toHaveLength(1);
  });
});

describe('a notice for a department’s queue', () => {
  test('reaches every active agent of the department, and no inactive one', async () => {
    await putAgent({ id: 'agt-zwfw-left', name: '已调离', title: '代办帮办员', departmentId: 'dept-zwfw', phone: '13904729999', isHead: false, active: false });
    const item = await enqueue({ recipient: { departmentId: 'dept-zwfw' } });
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });

    const active = (await listAgentsOf({ departmentId: 'dept-zwfw' })).filter((a) => a.active);
    expect(active.length).toBeGreaterThan(1);
    for (const a of active) expect((await listNotices({ agentId: a.id }, 50)).map((n) => n.id)).toContain(item.id);
    expect(await listNotices({ agentId: 'agt-zwfw-left' }, 50)).toEqual([]);
    const seen = await inboxOf('agt-zwfw-2');
    expect(seen.notices.find((n) => n.id === item.id)).toMatchObject({ kind: 'badRating', summary: '差评待整改' });
    expect(seen.unread).toBe(1);
  });

  test('when delivery fails half-way, the retry reaches only the agents not yet reached', async () => {
    let now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
    const real = inbox.deliver;
    let calls = 0;
    const spy = jest.spyOn(inbox, 'deliver').mockImplementation((...args) => (++calls === 2 ? Promise.reject(new Error('throttled')) : real(...args)));
    const item = await enqueue({ recipient: { departmentId: 'dept-fgw' } });
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 1 });
    const [stored] = (await outbox()).filter((i) => i.id === item.id);
    const first = spy.mock.calls[0][0] as { agentId: string };
    expect([...(stored.delivered as Set<string>)]).toEqual([`inApp:agent:${first.agentId}`]);

    now = Date.parse(String(stored.nextAttemptAt));
    spy.mockClear();
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect(spy.mock.calls.map(([owner]) => owner)).not.toContainEqual(first);
    for (const a of (await listAgentsOf({ departmentId: 'dept-fgw' })).filter((x) => x.active)) {
      expect((await listNotices({ agentId: a.id }, 50)).filter((n) => n.id === item.id)).toHaveLength(1);
    }
  });
});

describe('a notice that cannot be delivered', () => {
  test('is retried with growing backoff, then parked under OUTBOX#PARKED with its reason, never lost', async () => {
    let now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
    const item = await enqueue({ recipient: { agentId: 'agt-nobody' }, kind: 'newTask' });
    const waits: number[] = [];

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 1 });
      const [stored] = (await outbox()).filter((i) => i.id === item.id);
      expect(stored).toMatchObject({ attempts: attempt, lastError: 'unknown agent agt-nobody' });
      const next = Date.parse(String(stored.nextAttemptAt));
      waits.push(next - now);
      // Not due yet: left alone.
      now = next - 1000;
      expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 0 });
      now = next;
    }
    expect(waits).toEqual(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1)));
    expect(waits[0]).toBe(60_000);
    expect(Math.max(...waits)).toBe(MAX_BACKOFF_MS);

    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 1, retried: 0 });
    expect((await outbox()).filter((i) => i.id === item.id)).toEqual([]);
    const parked = (await partition(outboxKeys.parkedPartition())).filter((i) => i.id === item.id);
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({
      kind: 'newTask', recipient: { agentId: 'agt-nobody' }, caseId: item.caseId, attempts: MAX_ATTEMPTS,
      reason: 'unknown agent agt-nobody', parkedAt: new Date(now).toISOString(),
    });
    // Parked means out of the way: later runs leave it be.
    now += 24 * 3600_000;
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 0 });
  });
});

describe('how the notifier is woken', () => {
  test('the Lambda drains only the outbox shards a stream batch names, and every shard on a schedule', async () => {
    const item = await enqueue({ recipient: { userId: 'u-resident-2' } });
    const shard = Number(String(item.pk).split('#')[1]);
    const other = (shard + 1) % OUTBOX_SHARDS;
    const streamOf = (...pks: string[]) => ({ Records: pks.map((pk) => ({ eventName: 'INSERT', dynamodb: { Keys: { pk: { S: pk }, sk: { S: 'x' } } } })) });
    expect(await drain(streamOf(outboxKeys.shard(other), outboxKeys.parkedPartition()))).toEqual({ delivered: 0, parked: 0, retried: 0 });
    expect(await drain(streamOf(String(item.pk)))).toEqual({ delivered: 1, parked: 0, retried: 0 });
    await enqueue({ recipient: { userId: 'u-resident-2' } });
    expect(await drain({ source: 'aws.events' })).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect((await inboxOf('u-resident-2')).unread).toBe(2);
  });

  test('on one machine, the poller delivers a new notice within a tick and stops cleanly', async () => {
    const poller = startNotifierPoller(50);
    try {
      const item = await enqueue({ recipient: { userId: 'u-resident-2' }, kind: 'resultReady', summary: '办理结果已反馈' });
      const deadline = Date.now() + 10_000;
      while (!(await listNotices({ userId: 'u-resident-2' }, 50)).some((n) => n.id === item.id)) {
        if (Date.now() > deadline) throw new Error('the poller did not deliver');
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await poller.stop();
    }
    expect(await outbox()).toEqual([]);
  });
});
