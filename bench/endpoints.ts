// Per-endpoint figures: each main route called in this process through its Lambda handler, after
// a warm-up, with the DynamoDB round trips of every request counted and timed on the wire.
import { randomUUID } from 'node:crypto';
import { AGREEMENT_VERSION, isWorkingDay } from '@app/shared';
import type { DynamoMeter } from './meter';
import { invoke, type Answer, type Call, type Handler } from './invoke';
import { handInRequired } from './materials';
import { coveredTime, percentile } from './math';
import { minimumOf, type DemoFacts, type MeasuredRoute } from './minimums';
import { buildWorkCalendar } from '@app/shared';
import { packageCalendarYears } from '../functions/src/calendar/seed';

const PACKAGE_CALENDAR = buildWorkCalendar(packageCalendarYears(new Date().toISOString()));

export interface EndpointResult {
  route: MeasuredRoute;
  who: string;
  iterations: number;
  /** Round trips per request: the most any measured request made, and the commands of that request. */
  roundTrips: number;
  commands: string;
  minimum: number;
  p50Ms: number;
  p95Ms: number;
  /** Bare DynamoDB time (wall time covered by the request's SDK commands) at p50. */
  dynamoP50Ms: number;
  /** Of which on the wire (wall time covered by the HTTP exchanges with DynamoDB) at p50. */
  wireP50Ms: number;
  /** p50 of (handler time / bare DynamoDB time), request by request. */
  overheadP50: number;
}

interface Scenario {
  route: MeasuredRoute;
  who: string;
  handler: Handler;
  /** The i-th request (warm-up ones included); may use the previous answer. */
  request(i: number, previous: Answer | undefined): Promise<Call> | Call;
  /** Work done after each measured request, outside the measurement (e.g. undoing a booking). */
  after?(answer: Answer): Promise<void>;
}

export interface EndpointOptions {
  iterations: number;
  warmup: number;
  log(line: string): void;
}

const applicant = { name: '张丽', phone: '13904720001' };
const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };

/** The next working day after today (Asia/Shanghai calendar), a few days out so slots are open. */
function bookableDate(): string {
  const day = new Date(Date.now() + 8 * 3600_000);
  for (let i = 0; i < 30; i++) {
    day.setUTCDate(day.getUTCDate() + 1);
    const date = day.toISOString().slice(0, 10);
    if (i >= 2 && isWorkingDay(PACKAGE_CALENDAR, date)) return date;
  }
  throw new Error('no working day in the next month');
}

function expectOk(what: string, answer: Answer): Answer {
  if (answer.status !== 200) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

export async function measureEndpoints(meter: DynamoMeter, options: EndpointOptions): Promise<EndpointResult[]> {
  const [{ handler: identity }, { handler: catalogue }, { handler: cases }, { handler: notices }, { handler: bookings }, { handler: supervision }, { handler: opinions }, { handler: network }] =
    await Promise.all([
      import('../functions/src/handlers/identity'),
      import('../functions/src/handlers/catalogue'),
      import('../functions/src/handlers/cases'),
      import('../functions/src/handlers/notices'),
      import('../functions/src/handlers/bookings'),
      import('../functions/src/handlers/supervision'),
      import('../functions/src/handlers/opinions'),
      import('../functions/src/handlers/network'),
    ]);
  const tokenOf = async (userId: string): Promise<string> =>
    expectOk(`dev login ${userId}`, await invoke(identity, { method: 'POST', path: '/auth/dev', body: { userId } })).body.token;
  const resident = await tokenOf('u-resident-1');
  const bureau = await tokenOf('u-bureau-1');
  const facts = await demoFacts('item-qy-setup');
  options.log(`seeded data: ${facts.departments} departments, ${facts.routingCandidates} routing candidates for the entrusted item`);

  // A case of the resident's, taken to 'coordinating' so that its owner can record progress on it.
  const entrust = (token: string) =>
    invoke(cases, {
      method: 'POST',
      path: '/cases',
      token,
      headers: { 'Idempotency-Key': randomUUID() },
      body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant, note: '基准测试' },
    });
  let c = expectOk('entrust', await entrust(resident)).body;
  const act = async (token: string, body: Record<string, unknown>) => {
    c = expectOk(`action ${String(body.action)}`, await invoke(cases, { method: 'POST', path: `/cases/${c.id}/actions`, token, body: { version: c.version, ...body } })).body;
  };
  const agent = await tokenOf(`u-${c.assignee.agentId as string}`);
  await act(resident, sign);
  await act(agent, { action: 'accept' });
  const { handler: materials } = (await import('../functions/src/handlers/materials')) as { handler: Handler };
  const sendMaterials = (_step: string, request: Call) => invoke(materials, request);
  await handInRequired(sendMaterials, resident, c);
  c = expectOk('read the case', await invoke(cases, { path: `/cases/${c.id}`, token: resident })).body;
  await act(resident, { action: 'submitMaterials' });
  await act(agent, { action: 'startCoordination' });
  const caseId = c.id as string;
  const date = bookableDate();
  const pointId = 'pt-zwzx';
  const slots = expectOk('slots', await invoke(bookings, { path: `/network/points/${pointId}/slots`, query: { date } })).body;
  const slot = (slots.slots as { time: string; available: number }[]).find((s) => s.available > 0);
  if (!slot) throw new Error(`no open slot at ${pointId} on ${date}`);

  const agentDepartment = c.departmentId as string;
  const point = expectOk('point', await invoke(network, { path: `/network/points/${pointId}` })).body.point as { code: string };
  // A booking of the resident's, made (not measured) for each measured cancellation.
  const book = async (): Promise<string> =>
    expectOk(
      'book before cancel',
      await invoke(bookings, { method: 'POST', path: '/bookings', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { pointId, date, time: slot.time } }),
    ).body.id as string;
  // An open opinion of the resident's, sent (not measured) for each measured answer.
  const openOpinion = async (): Promise<string> =>
    expectOk(
      'opinion before answer',
      await invoke(opinions, { method: 'POST', path: '/opinions', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { kind: 'complaint', content: '窗口排队时间较长，希望增加叫号提醒。' } }),
    ).body.id as string;
  const answerBody = { text: '感谢您的建议，已转相关部门研究。' };
  const someOpinion = await openOpinion();
  expectOk('answer', await invoke(opinions, { method: 'POST', path: `/opinions/${someOpinion}/answer`, token: bureau, body: answerBody }));

  let version = c.version as number;
  const scenarios: Scenario[] = [
    { route: 'GET /catalogue/items', who: 'anyone', handler: catalogue, request: () => ({ path: '/catalogue/items' }) },
    { route: 'GET /catalogue/items/{id}', who: 'anyone', handler: catalogue, request: () => ({ path: '/catalogue/items/item-qy-setup' }) },
    { route: 'GET /network/points', who: 'anyone', handler: network, request: () => ({ path: '/network/points' }) },
    { route: 'GET /auth/me', who: 'agent', handler: identity, request: () => ({ path: '/auth/me', token: agent }) },
    { route: 'POST /cases', who: 'resident', handler: cases, request: () => ({ method: 'POST', path: '/cases', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant } }) },
    { route: 'GET /cases/mine', who: 'resident', handler: cases, request: () => ({ path: '/cases/mine', token: resident }) },
    { route: 'GET /cases/{id}', who: 'resident', handler: cases, request: () => ({ path: `/cases/${caseId}`, token: resident }) },
    { route: 'GET /cases/{id}', who: 'agent', handler: cases, request: () => ({ path: `/cases/${caseId}`, token: agent }) },
    {
      route: 'POST /cases/{id}/actions',
      who: 'agent (recordProgress)',
      handler: cases,
      request: (_i, previous) => {
        if (previous?.status === 200 && previous.body?.version) version = previous.body.version;
        return { method: 'POST', path: `/cases/${caseId}/actions`, token: agent, body: { version, action: 'recordProgress', note: '已报送审核' } };
      },
    },
    { route: 'GET /agent/inbox', who: 'agent', handler: cases, request: () => ({ path: '/agent/inbox', query: { view: 'mine' }, token: agent }) },
    { route: 'GET /notices', who: 'resident', handler: notices, request: () => ({ path: '/notices', token: resident }) },
    { route: 'GET /network/points/{id}/slots', who: 'anyone', handler: bookings, request: () => ({ path: `/network/points/${pointId}/slots`, query: { date } }) },
    {
      route: 'POST /bookings',
      who: 'resident',
      handler: bookings,
      request: () => ({ method: 'POST', path: '/bookings', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { pointId, date, time: slot.time } }),
      // Cancelled again (not measured) so the resident never reaches the five-live-bookings limit.
      after: async (answer) => {
        expectOk('cancel after book', await invoke(bookings, { method: 'POST', path: `/bookings/${answer.body.id as string}/cancel`, token: resident, body: {} }));
      },
    },
    { route: 'GET /supervision/departments', who: 'bureau', handler: supervision, request: () => ({ path: '/supervision/departments', token: bureau }) },
    { route: 'GET /scorecard', who: 'anyone', handler: supervision, request: () => ({ path: '/scorecard' }) },
    {
      route: 'POST /opinions',
      who: 'resident',
      handler: opinions,
      request: () => ({ method: 'POST', path: '/opinions', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { kind: 'suggestion', content: '建议在便民服务中心增加周六上午的延时服务时段。' } }),
      // Answered (not measured) so the resident never reaches the limit of ten open opinions.
      after: async (answer) => {
        expectOk('answer after opinion', await invoke(opinions, { method: 'POST', path: `/opinions/${answer.body.id as string}/answer`, token: bureau, body: answerBody }));
      },
    },
    // Further routes, reads first.
    { route: 'GET /network/departments', who: 'anyone', handler: network, request: () => ({ path: '/network/departments' }) },
    { route: 'GET /network/points/{id}', who: 'anyone', handler: network, request: () => ({ path: `/network/points/${pointId}` }) },
    { route: 'GET /network/point-codes/{code}', who: 'anyone', handler: network, request: () => ({ path: `/network/point-codes/${point.code}` }) },
    { route: 'GET /network/agents', who: 'agent', handler: network, request: () => ({ path: '/network/agents', query: { departmentId: agentDepartment }, token: agent }) },
    { route: 'GET /network/staffing', who: 'bureau', handler: network, request: () => ({ path: '/network/staffing', token: bureau }) },
    { route: 'GET /catalogue/admin/items', who: 'bureau', handler: catalogue, request: () => ({ path: '/catalogue/admin/items', token: bureau }) },
    { route: 'GET /bookings/mine', who: 'resident', handler: bookings, request: () => ({ path: '/bookings/mine', token: resident }) },
    { route: 'GET /network/points/{id}/bookings', who: 'bureau', handler: bookings, request: () => ({ path: `/network/points/${pointId}/bookings`, query: { date }, token: bureau }) },
    {
      route: 'POST /bookings/{id}/cancel',
      who: 'resident',
      handler: bookings,
      request: async () => ({ method: 'POST', path: `/bookings/${await book()}/cancel`, token: resident, body: {} }),
    },
    { route: 'GET /opinions/mine', who: 'resident', handler: opinions, request: () => ({ path: '/opinions/mine', token: resident }) },
    { route: 'GET /opinions/{id}', who: 'resident', handler: opinions, request: () => ({ path: `/opinions/${someOpinion}`, token: resident }) },
    { route: 'GET /opinions', who: 'bureau', handler: opinions, request: () => ({ path: '/opinions', query: { state: 'answered' }, token: bureau }) },
    {
      route: 'POST /opinions/{id}/answer',
      who: 'bureau',
      handler: opinions,
      request: async () => ({ method: 'POST', path: `/opinions/${await openOpinion()}/answer`, token: bureau, body: answerBody }),
    },
    { route: 'GET /supervision/agents', who: 'bureau', handler: supervision, request: () => ({ path: '/supervision/agents', query: { departmentId: agentDepartment }, token: bureau }) },
    { route: 'GET /cases/{id}/access-log', who: 'bureau', handler: cases, request: () => ({ path: `/cases/${caseId}/access-log`, token: bureau }) },
    { route: 'GET /notices/subscriptions', who: 'resident', handler: notices, request: () => ({ path: '/notices/subscriptions', token: resident }) },
  ];

  const results: EndpointResult[] = [];
  for (const s of scenarios) {
    let previous: Answer | undefined;
    const times: number[] = [];
    const dynamoTimes: number[] = [];
    const wireTimes: number[] = [];
    const ratios: number[] = [];
    let roundTrips = 0;
    let commands = '';
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      const request = await s.request(i, previous);
      meter.reset();
      const answer = await invoke(s.handler, request);
      const { calls, commands: sdkCommands } = meter;
      meter.reset();
      if (answer.status !== 200) throw new Error(`${s.route} (${s.who}): ${answer.status} ${JSON.stringify(answer.body)}`);
      previous = answer;
      if (s.after) await s.after(answer);
      if (i < options.warmup) continue;
      times.push(answer.ms);
      const bare = coveredTime(sdkCommands);
      dynamoTimes.push(bare);
      wireTimes.push(coveredTime(calls));
      if (bare > 0) ratios.push(answer.ms / bare);
      if (calls.length >= roundTrips) {
        roundTrips = calls.length;
        commands = summarise(calls.map((x) => x.command));
      }
    }
    const result: EndpointResult = {
      route: s.route,
      who: s.who,
      iterations: options.iterations,
      roundTrips,
      commands,
      minimum: minimumOf(s.route, s.who, facts),
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      dynamoP50Ms: percentile(dynamoTimes, 50),
      wireP50Ms: percentile(wireTimes, 50),
      overheadP50: ratios.length ? percentile(ratios, 50) : Number.NaN,
    };
    options.log(`${s.route} (${s.who}): ${roundTrips} round trips [${commands}], p50 ${result.p50Ms.toFixed(1)} ms, overhead ×${result.overheadP50.toFixed(2)}`);
    results.push(result);
  }
  return results;
}

/** 'GetItemCommand, GetItemCommand, QueryCommand' → 'GetItem×2 + Query'. */
function summarise(commands: string[]): string {
  const counts = new Map<string, number>();
  for (const c of commands) counts.set(c.replace(/Command$/, ''), (counts.get(c.replace(/Command$/, '')) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name}×${n}` : name)).join(' + ');
}

/** The seeded data's counts that some minimums depend on, read the way the handlers read them. */
async function demoFacts(itemId: string): Promise<DemoFacts> {
  const { listDepartments, listAgentsOf } = await import('../functions/src/network/repository');
  const { findServiceItem } = await import('../functions/src/catalogue/repository');
  const item = await findServiceItem(itemId);
  if (!item) throw new Error(`no service item ${itemId} in the seeded data`);
  const agents = await listAgentsOf({ departmentId: item.departmentId });
  return {
    departments: (await listDepartments()).length,
    routingCandidates: agents.filter((a) => a.active && !a.servicePointId).length,
  };
}
