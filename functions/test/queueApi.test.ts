// 取号叫号 through the queue handler on the embedded store: taking numbers (100 at once give 100
// consecutive ones), the refusals and that they write nothing, two windows calling at the same
// instant (50 pairs), booked check-ins overtaking walk-ins, three calls then 过号 and one re-queue,
// the notices, linking a ticket to a case, the hall display's cheap poll, and the figures.
import { randomUUID } from 'node:crypto';
import {
  ApiErrorSchema,
  BoardResponse,
  PointQueuesResponse,
  QueueFiguresResponse,
  TicketViewSchema,
  WindowResponse,
  type Ticket,
  type TicketView,
} from '@app/shared';
import { handler } from '../src/handlers/queue';
import { handler as bookings } from '../src/handlers/bookings';
import { handler as cases } from '../src/handlers/cases';
import { handler as supervision } from '../src/handlers/supervision';
import { loadCaseBundle } from '../src/cases/repository';
import { putUser } from '../src/identity/repository';
import { issueSession } from '../src/identity/session';
import { clock } from '../src/lib/clock';
import { demoPoints } from '../local/demoData';
import { demoQueuesOf } from '../local/demoQueues';
import { createTestCase } from './support/cases';
import { call, type Answer } from './support/http';
import { outbox } from './support/outbox';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';

// Wednesday 2026-11-25 in Baotou, a working day; the clock moves on as the hall's day does.
const TODAY = '2026-11-25';
let now = new Date(`${TODAY}T09:05:00+08:00`);
const advance = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

const hall = demoPoints.find((p) => p.id === 'pt-zwzx')!; // 5 windows: A on 1–2, B on 3, C on 4, D on 5 and 1
const centre = demoPoints.find((p) => p.id === 'pt-lyl')!; // 2 windows: A and D on both
const station = demoPoints.find((p) => p.level === 'community')!;
const t: Record<string, string> = {};

const errorOf = (answer: Answer) => ApiErrorSchema.parse(answer.body).error;

async function resident(name: string): Promise<string> {
  const userId = `u-q-${randomUUID().slice(0, 8)}`;
  await putUser({ id: userId, role: 'resident', name, createdAt: now.toISOString() });
  return (await issueSession({ userId, role: 'resident', name })).token;
}

const take = (token: string, pointId: string, queueId: string, key = randomUUID()) =>
  call<TicketView>(handler, { method: 'POST', path: '/queue/tickets', token, body: { pointId, queueId }, headers: { 'Idempotency-Key': key } });
const queuesAt = (pointId: string, token?: string) => call(handler, { path: `/network/points/${pointId}/queues`, token });
const ticket = async (token: string, id: string) => TicketViewSchema.parse((await call(handler, { path: `/queue/tickets/${id}`, token })).body);
const callNext = (token: string, window: number) => call<Ticket>(handler, { method: 'POST', path: '/queue/window/call', token, body: { window } });
const act = (token: string, id: string, action: string, version: number) =>
  call<Ticket>(handler, { method: 'POST', path: `/queue/tickets/${id}/actions`, token, body: { action, version } });
const windowOf = async (token: string, window: number) => WindowResponse.parse((await call(handler, { path: '/queue/window', token, query: { window: String(window) } })).body);
const board = (code: string, since?: number) => call(handler, { path: `/queue/boards/${code}`, query: since === undefined ? {} : { since: String(since) } });

/** Serves a called ticket: 开始办理 then 办结, a few minutes apart. */
async function serve(token: string, called: Ticket, minutes = 0): Promise<void> {
  const started = await act(token, called.id, 'start', called.version);
  expect(started.status).toBe(200);
  advance(minutes);
  const finished = await act(token, called.id, 'finish', started.body.version);
  expect(finished.status).toBe(200);
}

beforeAll(async () => {
  await useFreshTable({ seed: true });
  for (const who of ['u-resident-1', 'u-resident-2', 'u-bureau-1', 'agt-zwzx-1', 'agt-zwzx-2', 'agt-lyl-1', 'agt-scjg-1']) t[who] = await tokenOf(who);
});
beforeEach(() => jest.spyOn(clock, 'now').mockImplementation(() => now));
afterEach(() => jest.restoreAllMocks());

test('a point shows its queues with the people waiting; a Sunday and the evening are closed, and say so', async () => {
  const answer = await queuesAt(hall.id);
  expect(answer.status).toBe(200);
  const view = PointQueuesResponse.parse(answer.body);
  expect(view).toMatchObject({ pointId: hall.id, open: true, windows: 5 });
  expect(view.queues.map((q) => `${q.prefix} ${q.name}`)).toEqual(['A 代办帮办咨询', 'B 企业开办', 'C 投资项目', 'D 民生服务']);
  expect(view.queues.every((q) => q.waiting === 0 && q.issuedToday === 0)).toBe(true);

  const saved = now;
  now = new Date('2026-11-29T10:00:00+08:00'); // a Sunday
  expect(PointQueuesResponse.parse((await queuesAt(centre.id)).body)).toMatchObject({ open: false, closedLabel: '今日休息，不能取号' });
  now = new Date(`${TODAY}T18:30:00+08:00`); // after the centre's hours
  expect(PointQueuesResponse.parse((await queuesAt(centre.id)).body)).toMatchObject({ open: false, closedLabel: '今日取号已结束，请明日再来或预约' });
  now = saved;
  expect((await queuesAt('pt-none')).status).toBe(404);
});

test('100 residents taking a number in one queue at the same instant get 100 distinct consecutive numbers', async () => {
  const crowd = await Promise.all(Array.from({ length: 100 }, (_, i) => resident(`排队居民${i}`)));
  const answers = await Promise.all(crowd.map((token) => take(token, hall.id, 'consult')));
  expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body])).toEqual([]);
  const numbers = answers.map((a) => a.body.number).sort();
  expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
  const view = PointQueuesResponse.parse((await queuesAt(hall.id)).body);
  expect(view.queues.find((q) => q.id === 'consult')).toMatchObject({ waiting: 100, issuedToday: 100 });
  // Each ticket knows how many are ahead of it: A050 has 49.
  const fiftieth = answers.find((a) => a.body.number === 'A050')!;
  expect((await ticket(crowd[answers.indexOf(fiftieth)], fiftieth.body.id)).ahead).toBe(49);
});

test('two agents pressing 叫号 at the same instant, 50 times, never get the same ticket, and call in number order', async () => {
  const called: string[] = [];
  for (let round = 0; round < 50; round += 1) {
    advance(1);
    const [one, two] = await Promise.all([callNext(t['agt-zwzx-1'], 1), callNext(t['agt-zwzx-2'], 2)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body.id).not.toBe(two.body.id);
    expect([one.body.window, two.body.window]).toEqual([1, 2]);
    called.push(one.body.number, two.body.number);
    await Promise.all([serve(t['agt-zwzx-1'], one.body), serve(t['agt-zwzx-2'], two.body)]);
  }
  expect(new Set(called).size).toBe(100);
  expect([...called].sort()).toEqual(Array.from({ length: 100 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
  // Each round took the two lowest numbers left.
  for (let round = 0; round < 50; round += 1) expect(called.slice(round * 2, round * 2 + 2).sort()).toEqual([`A${String(round * 2 + 1).padStart(3, '0')}`, `A${String(round * 2 + 2).padStart(3, '0')}`]);
  const nobody = await callNext(t['agt-zwzx-1'], 1);
  expect([nobody.status, errorOf(nobody).reason]).toEqual([409, 'nobodyWaiting']);
});

test('refusals say why and write nothing: unknown queue, paused, closed, cap reached, a second live ticket, a stale config', async () => {
  const someone = await resident('取号居民');
  const first = await take(someone, centre.id, 'consult');
  expect(first.status).toBe(200);
  // The bureau pauses D and caps A at the two numbers already taken.
  const config = (await call(handler, { path: `/network/points/${centre.id}/queue-config`, token: t['u-bureau-1'] })).body;
  const queues = demoQueuesOf(centre).map((q) => (q.id === 'livelihood' ? { ...q, active: false } : { ...q, dailyCap: 2 }));
  const saved = await call(handler, { method: 'PUT', path: `/network/points/${centre.id}/queue-config`, token: t['u-bureau-1'], body: { queues, version: config.version } });
  expect(saved.status).toBe(200);
  const stale = await call(handler, { method: 'PUT', path: `/network/points/${centre.id}/queue-config`, token: t['u-bureau-1'], body: { queues, version: config.version } });
  expect([stale.status, errorOf(stale).reason]).toEqual([409, 'staleVersion']);
  const secondToken = await resident('第二位');
  const second = await take(secondToken, centre.id, 'consult');
  expect(second.body.number).toBe('A002');

  const late = await resident('来晚的居民');
  const before = await tableSnapshot();
  const cases: [string, Answer, number, string][] = [];
  cases.push(['unknown queue', await take(late, centre.id, 'nope'), 400, 'unknownQueue']);
  cases.push(['paused', await take(late, centre.id, 'livelihood'), 409, 'queuePaused']);
  cases.push(['cap reached', await take(late, centre.id, 'consult'), 409, 'dailyCapReached']);
  cases.push(['second live ticket', await take(someone, centre.id, 'consult'), 409, 'liveTicketExists']);
  const evening = now;
  now = new Date(`${TODAY}T18:30:00+08:00`);
  cases.push(['closed', await take(late, station.id, 'consult'), 409, 'queueClosed']);
  now = evening;
  cases.push(['no queue at all', await take(late, 'pt-none', 'consult'), 404, '']);
  for (const [what, answer, status, reason] of cases) {
    expect([what, answer.status]).toEqual([what, status]);
    if (reason) expect([what, errorOf(answer).reason]).toEqual([what, reason]);
  }
  expect(errorOf(cases[0][1]).issues?.[0]).toMatchObject({ path: ['body', 'queueId'], message: '该网点没有这个队列' });
  // Nothing refused was written: the table is as it was.
  expect(await tableSnapshot()).toBe(before);

  // A bad configuration is refused with the field: a window the point does not have, a letter twice.
  const bad = await call(handler, {
    method: 'PUT',
    path: `/network/points/${centre.id}/queue-config`,
    token: t['u-bureau-1'],
    body: { queues: [{ ...queues[0], windows: [3] }, { ...queues[1], prefix: queues[0].prefix }], version: config.version + 1 },
  });
  expect(bad.status).toBe(400);
  expect(errorOf(bad).issues?.map((i) => i.message)).toContain('与第 1 个队列的字母重复');
  expect((await call(handler, { method: 'PUT', path: `/network/points/${centre.id}/queue-config`, token: t['agt-lyl-1'], body: { queues, version: 2 } })).status).toBe(403);
  // Both give their numbers up: the centre's line is empty again.
  for (const [token, id] of [[someone, first.body.id], [secondToken, second.body.id]]) {
    expect((await call<TicketView>(handler, { method: 'POST', path: `/queue/tickets/${id}/cancel`, token })).body.state).toBe('cancelled');
  }
});

test('a booked resident who checks in is called before walk-ins once the slot has started; one who came early waits for them', async () => {
  now = new Date(`${TODAY}T10:05:00+08:00`);
  const walkIn = await take(await resident('走进来的居民'), hall.id, 'consult');
  const booked = await resident('预约的居民');
  const early = await resident('来早了的居民');
  const bookAt = async (token: string, time: string) =>
    (await call(bookings, { method: 'POST', path: '/bookings', token, body: { pointId: hall.id, date: TODAY, time }, headers: { 'Idempotency-Key': randomUUID() } })).body;
  const [slotNow, slotLater] = [await bookAt(booked, '10:00'), await bookAt(early, '11:00')];
  const checkedIn = await call(bookings, { method: 'POST', path: `/bookings/${slotNow.id}/check-in`, token: booked, body: { pointCode: hall.code } });
  expect(checkedIn.status).toBe(200);
  expect(checkedIn.body.ticketId).toEqual(expect.any(String));
  const priority = await ticket(booked, checkedIn.body.ticketId);
  expect(priority).toMatchObject({ number: 'Y001', priority: true, slotTime: '10:00', queueName: '预约签到', ahead: 0 });
  const earlyIn = (await call(bookings, { method: 'POST', path: `/bookings/${slotLater.id}/check-in`, token: early, body: { pointCode: hall.code } })).body;
  // A second walk-in number is refused to someone holding the priority one.
  expect(errorOf(await take(booked, hall.id, 'consult')).reason).toBe('liveTicketExists');

  const first = await callNext(t['agt-zwzx-1'], 1);
  expect(first.body.number).toBe('Y001');
  const second = await callNext(t['agt-zwzx-2'], 2);
  expect(second.body.id).toBe(walkIn.body.id);
  await serve(t['agt-zwzx-1'], first.body, 6);
  const third = await callNext(t['agt-zwzx-1'], 1);
  expect(third.body).toMatchObject({ id: earlyIn.ticketId, number: 'Y002' });
  await serve(t['agt-zwzx-2'], second.body, 4);
  await serve(t['agt-zwzx-1'], third.body, 5);
});

test('过号 only after the third call; the resident queues again once, at the end; a double-tapped 重呼 counts once', async () => {
  now = new Date(`${TODAY}T14:00:00+08:00`);
  const holder = await resident('没听到叫号的居民');
  const mine = await take(holder, centre.id, 'livelihood');
  expect(mine.status).toBe(409); // D is paused at the centre (the refusal story): ask the bureau for it back
  const config = (await call(handler, { path: `/network/points/${centre.id}/queue-config`, token: t['u-bureau-1'] })).body;
  await call(handler, { method: 'PUT', path: `/network/points/${centre.id}/queue-config`, token: t['u-bureau-1'], body: { queues: demoQueuesOf(centre), version: config.version } });
  const taken = await take(holder, centre.id, 'livelihood');
  const others: TicketView[] = [];
  for (const i of [1, 2]) {
    advance(1);
    others.push((await take(await resident(`后来的居民${i}`), centre.id, 'livelihood')).body);
  }

  const agent = t['agt-lyl-1'];
  const called = (await callNext(agent, 2)).body;
  expect(called.id).toBe(taken.body.id);
  const early = await act(agent, called.id, 'miss', called.version);
  expect([early.status, errorOf(early).reason]).toEqual([409, 'tooFewCalls']);
  const [tap1, tap2] = await Promise.all([act(agent, called.id, 'recall', called.version), act(agent, called.id, 'recall', called.version)]);
  expect([tap1.status, tap2.status].sort()).toEqual([200, 409]);
  const recalled = [tap1, tap2].find((a) => a.status === 200)!.body;
  expect(recalled.calls).toBe(2);
  const busy = await callNext(agent, 2);
  expect([busy.status, errorOf(busy).reason]).toEqual([409, 'windowBusy']);
  const third = await act(agent, called.id, 'recall', recalled.version);
  expect(third.body.calls).toBe(3);
  const missed = await act(agent, called.id, 'miss', third.body.version);
  expect(missed.body.state).toBe('missed');
  // Missed: the window is free, the resident's live ticket released, and they may queue again once, at the end.
  expect((await windowOf(agent, 2)).current).toBeUndefined();
  advance(1);
  const again = await call<TicketView>(handler, { method: 'POST', path: `/queue/tickets/${called.id}/requeue`, token: holder });
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({ state: 'waiting', requeued: true, calls: 0, number: called.number, ahead: 2 });
  expect((await callNext(agent, 2)).body.id).toBe(others[0].id);
  const next = await callNext(agent, 1);
  expect(next.body.id).toBe(others[1].id);
  await serve(agent, (await windowOf(agent, 2)).current!);
  const last = (await callNext(agent, 2)).body;
  expect(last.id).toBe(called.id);
  let version = last.version;
  for (let i = 0; i < 2; i += 1) version = (await act(agent, last.id, 'recall', version)).body.version;
  expect((await act(agent, last.id, 'miss', version)).status).toBe(200);
  const twice = await call(handler, { method: 'POST', path: `/queue/tickets/${called.id}/requeue`, token: holder });
  expect([twice.status, errorOf(twice).reason]).toEqual([409, 'alreadyRequeued']);
  await serve(agent, next.body);
});

test('the resident is told when three are ahead and when called (请到 N 号窗口), and the ticket shows the window at once', async () => {
  now = new Date(`${TODAY}T15:00:00+08:00`);
  const crowd = await Promise.all(Array.from({ length: 5 }, (_, i) => resident(`候号居民${i}`)));
  const tickets: TicketView[] = [];
  for (const token of crowd) tickets.push((await take(token, hall.id, 'enterprise')).body);
  const last = tickets[4];
  expect(last.ahead).toBe(4);
  const called = (await callNext(t['agt-zwzx-1'], 3)).body;
  expect(called.id).toBe(tickets[0].id);
  const notices = await outbox();
  const calledNotice = notices.find((n) => n.kind === 'ticketCalled' && n.ticketId === tickets[0].id);
  expect(calledNotice).toMatchObject({ summary: `请到 3 号窗口办理（${tickets[0].number}）`, itemName: hall.name });
  const near = notices.filter((n) => n.kind === 'ticketNear' && n.ticketId === last.id);
  expect(near.map((n) => n.summary)).toEqual([`前面还有 3 人，请留意叫号（${last.number}）`]);
  // Nobody taken with three or fewer ahead is told again.
  expect(notices.filter((n) => n.kind === 'ticketNear' && tickets.slice(0, 4).some((x) => x.id === n.ticketId))).toEqual([]);
  expect(await ticket(crowd[0], tickets[0].id)).toMatchObject({ state: 'called', window: 3, ahead: 0 });
  // Someone else's ticket is nobody's business.
  expect((await call(handler, { path: `/queue/tickets/${tickets[0].id}`, token: crowd[1] })).status).toBe(404);
  await serve(t['agt-zwzx-1'], called, 12);
});

test('a ticket becomes a window entrustment or is linked to a case by its number; the case timeline shows it', async () => {
  now = new Date(`${TODAY}T15:30:00+08:00`);
  const visitor = await resident('来办事的居民');
  const mine = (await take(visitor, hall.id, 'investment')).body;
  const called = (await callNext(t['agt-zwzx-2'], 4)).body;
  expect(called.id).toBe(mine.id);
  const record = await createTestCase({ number: 'KDL-20261125-Q7M2XA', servicePointId: hall.id });
  const keys = await import('../src/lib/keys');
  const { documentClient } = await import('../src/lib/dynamo');
  const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
  await documentClient().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.caseNumber(record.number), entity: 'caseNumber', caseId: record.id } }));

  const unknown = await call(handler, { method: 'POST', path: `/queue/tickets/${called.id}/link`, token: t['agt-zwzx-2'], body: { caseNumber: 'KDL-20261125-ZZZZZZ' } });
  expect([unknown.status, errorOf(unknown).reason]).toEqual([404, 'caseNotFound']);
  const linked = await call<Ticket>(handler, { method: 'POST', path: `/queue/tickets/${called.id}/link`, token: t['agt-zwzx-2'], body: { caseNumber: 'kdl-20261125-q7m2xa' } });
  expect(linked.status).toBe(200);
  expect(linked.body).toMatchObject({ caseId: record.id, caseNumber: record.number });
  const timeline = (await loadCaseBundle(record.id))!.events;
  expect(timeline.find((e) => e.action === 'queueTicket')?.data).toMatchObject({ number: mine.number, pointName: hall.name, window: 4 });
  // A case of another unit is not the hall agent's to link: it reveals nothing.
  const elsewhere = await createTestCase({ servicePointId: centre.id });
  const foreign = await call(handler, { method: 'POST', path: `/queue/tickets/${called.id}/link`, token: t['agt-zwzx-2'], body: { caseId: elsewhere.id } });
  expect([foreign.status, errorOf(foreign).reason]).toEqual([404, 'caseNotFound']);
  const other = await createTestCase({ servicePointId: hall.id });
  const relink = await call(handler, { method: 'POST', path: `/queue/tickets/${called.id}/link`, token: t['agt-zwzx-2'], body: { caseId: other.id } });
  expect([relink.status, errorOf(relink).reason]).toEqual([409, 'linkedToOtherCase']);
  // An agent of another point neither sees nor links it.
  expect((await call(handler, { method: 'POST', path: `/queue/tickets/${called.id}/link`, token: t['agt-lyl-1'], body: { caseId: other.id } })).status).toBe(404);

  await serve(t['agt-zwzx-2'], linked.body, 8);

  // 窗口登记: the agent registers the visit as a case, then links the ticket to it.
  const next = (await take(await resident('第一次来的居民'), hall.id, 'investment')).body;
  const serving = (await callNext(t['agt-zwzx-2'], 4)).body;
  expect(serving.id).toBe(next.id);
  const registered = await call(cases, {
    method: 'POST',
    path: '/cases',
    token: t['agt-zwzx-2'],
    headers: { 'Idempotency-Key': randomUUID() },
    body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'appointment', servicePointId: hall.id, channel: 'window', applicant: { name: '王芳', phone: '13904720011' } },
  });
  expect(registered.status).toBe(200);
  const fromWindow = await call<Ticket>(handler, { method: 'POST', path: `/queue/tickets/${serving.id}/link`, token: t['agt-zwzx-2'], body: { caseId: registered.body.id } });
  expect(fromWindow.body.caseNumber).toBe(registered.body.number);
  expect((await loadCaseBundle(registered.body.id))!.events.some((e) => e.action === 'queueTicket')).toBe(true);
  await serve(t['agt-zwzx-2'], (await windowOf(t['agt-zwzx-2'], 4)).current!, 20);
});

test('the hall display answers its cheap poll with `changed: false` until a call, then shows it with the waiting counts', async () => {
  now = new Date(`${TODAY}T16:00:00+08:00`);
  const first = BoardResponse.parse((await board(hall.code)).body);
  expect(first.changed).toBe(true);
  const still = BoardResponse.parse((await board(hall.code, first.version)).body);
  expect(still).toMatchObject({ changed: false, version: first.version, current: [] });
  const waiting = (await take(await resident('看大屏的居民'), hall.id, 'livelihood')).body;
  const afterTaking = BoardResponse.parse((await board(hall.code, first.version)).body);
  expect(afterTaking.changed).toBe(true);
  expect(afterTaking.waiting.find((q) => q.queueId === 'livelihood')?.count).toBe(1);
  const called = (await callNext(t['agt-zwzx-1'], 5)).body;
  expect(called.id).toBe(waiting.id);
  const shown = BoardResponse.parse((await board(hall.code, afterTaking.version)).body);
  expect(shown.current).toContainEqual(expect.objectContaining({ number: waiting.number, window: 5, calls: 1 }));
  expect(shown.waiting.find((q) => q.queueId === 'livelihood')?.count).toBe(0);
  expect(shown.recent.length).toBeGreaterThan(0);
  await serve(t['agt-zwzx-1'], called, 7);
  const served = BoardResponse.parse((await board(hall.code, shown.version)).body);
  expect(served.current.some((c) => c.id === called.id)).toBe(false);
  expect(served.recent[0]).toMatchObject({ id: called.id, window: 5 });
  expect((await board('ZZZZZZ')).status).toBe(404);
});

test('a desk number for someone without a phone; only a point’s own agents issue one or work its windows', async () => {
  now = new Date(`${TODAY}T16:10:00+08:00`);
  const printed = await call<TicketView>(handler, { method: 'POST', path: '/queue/desk-tickets', token: t['agt-lyl-1'], body: { queueId: 'livelihood' }, headers: { 'Idempotency-Key': 'desk-key-1' } });
  expect(printed.status).toBe(200);
  expect(printed.body).toMatchObject({ atDesk: true, pointId: centre.id, state: 'waiting', number: 'D004' });
  const retried = await call<TicketView>(handler, { method: 'POST', path: '/queue/desk-tickets', token: t['agt-lyl-1'], body: { queueId: 'livelihood' }, headers: { 'Idempotency-Key': 'desk-key-1' } });
  expect(retried.body.id).toBe(printed.body.id);
  const deptAgent = await call(handler, { method: 'POST', path: '/queue/desk-tickets', token: t['agt-scjg-1'], body: { queueId: 'consult' }, headers: { 'Idempotency-Key': randomUUID() } });
  expect([deptAgent.status, errorOf(deptAgent).reason]).toEqual([403, 'notPointAgent']);
  const noWindow = await call(handler, { path: '/queue/window', token: t['agt-lyl-1'], query: { window: '9' } });
  expect([noWindow.status, errorOf(noWindow).reason]).toEqual([400, 'unknownWindow']);
  const cancelled = await call<TicketView>(handler, { method: 'POST', path: `/queue/tickets/${printed.body.id}/cancel`, token: t['agt-lyl-1'] });
  expect(cancelled.body.state).toBe('cancelled');
});

test('supervision reads issued, served, missed, waits and service times per point and queue, in the CSV and on the scorecard', async () => {
  const figures = QueueFiguresResponse.parse((await call(supervision, { path: '/supervision/queues', token: t['u-bureau-1'], query: { from: TODAY, to: TODAY } })).body);
  const hallA = figures.queues.find((q) => q.pointId === hall.id && q.queueId === 'consult')!;
  expect(hallA.issued).toBe(101);
  expect(hallA.served).toBe(101);
  expect(hallA.averageWaitMinutes).toBeGreaterThan(0);
  expect(hallA.longestWaitMinutes).toBeGreaterThanOrEqual(hallA.averageWaitMinutes!);
  expect(hallA.issuedByHour[9]).toBe(100);
  const centreD = figures.queues.find((q) => q.pointId === centre.id && q.queueId === 'livelihood')!;
  expect(centreD).toMatchObject({ missed: 2 });
  // The default period is the last 30 days to today: the same figures here (a table with no history).
  const month = QueueFiguresResponse.parse((await call(supervision, { path: '/supervision/queues', token: t['u-bureau-1'] })).body);
  expect(month.queues.find((q) => q.pointId === hall.id && q.queueId === 'consult')).toEqual(hallA);
  const csv = (await call(supervision, { path: '/supervision/export', token: t['u-bureau-1'], query: { from: TODAY, to: TODAY } })).body.csv as string;
  expect(csv).toContain('类型,服务网点,队列,取号数,办结数,过号数');
  expect(csv).toContain(`取号叫号,${hall.name},代办帮办咨询,101,101,0`);
  const scorecard = (await call(supervision, { path: '/scorecard' })).body;
  expect(scorecard.pointWaits.points.find((p: { pointId: string }) => p.pointId === hall.id)).toMatchObject({ averageWaitMinutes: expect.any(Number) });
  expect((await call(supervision, { path: '/supervision/queues', token: t['agt-zwzx-1'] })).status).toBe(403);
});
