// Throttling per caller, at the real numbers (RATE_LIMIT_SCALE 1): one resident entrusting as fast
// as a script can gets exactly the route's limit through and 429 with Retry-After for the rest,
// while other residents, the same resident's other routes and the next window are untouched; a
// channel system is counted by its key; a malformed request costs nothing.
import { randomUUID } from 'node:crypto';
import { ApiErrorSchema, ERROR_MESSAGES, RATE_LIMITS, ROUTES, type RouteId, type WriteRouteId } from '@app/shared';
import { handler as cases } from '../src/handlers/cases';
import { handler as channels } from '../src/handlers/channels';
import { handler as opinions } from '../src/handlers/opinions';
import { putUser } from '../src/identity/repository';
import { issueSession } from '../src/identity/session';
import { clock } from '../src/lib/clock';
import { getItem } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { call } from './support/http';
import { channelKeyOf } from './support/people';
import { useFreshTable } from './support/stack';

const entrust = { kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } };
const LIMIT = RATE_LIMITS.createCase!;

let scale: string | undefined;
beforeAll(async () => {
  await useFreshTable({ seed: true });
  scale = process.env.RATE_LIMIT_SCALE;
  process.env.RATE_LIMIT_SCALE = '1';
});
afterAll(() => {
  process.env.RATE_LIMIT_SCALE = scale;
});
// Each story runs inside one window: a burst that straddled a window's end would count twice.
let pinned: Date;
beforeEach(() => {
  pinned = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 10_000);
  jest.spyOn(clock, 'now').mockReturnValue(pinned);
});
afterEach(() => jest.restoreAllMocks());

async function newResident(): Promise<{ userId: string; token: string }> {
  const userId = `u-rl-${randomUUID().slice(0, 8)}`;
  await putUser({ id: userId, role: 'resident', name: '赵磊', createdAt: new Date().toISOString() });
  return { userId, token: (await issueSession({ userId, role: 'resident', name: '赵磊' })).token };
}
const entrustAs = (token: string, body: unknown = entrust) => call(cases, { method: 'POST', path: '/cases', token, body, headers: { 'Idempotency-Key': randomUUID() } });

test('every write route has its number, and every function serving one counts its callers', async () => {
  const writes = (Object.entries(ROUTES) as [RouteId, { method: string; access: unknown }][]).filter(([, r]) => r.method !== 'GET');
  for (const [id, route] of writes) {
    const limit = RATE_LIMITS[id as WriteRouteId];
    // Only sign-in itself has no caller to count by.
    expect([id, limit === null]).toEqual([id, route.access === 'public']);
    if (limit) expect([id, limit.requests > 0 && limit.windowSeconds > 0]).toEqual([id, true]);
  }
  // A group with limited routes refuses to load without the limiter: loading them all proves the wiring.
  for (const group of new Set(Object.values(ROUTES).map((r) => r.group))) await import(`../src/handlers/${group}`);
});

test('a resident entrusting faster than the limit: exactly the limit get through, the rest 429 with Retry-After, and the rest leave no case', async () => {
  const { userId, token } = await newResident();
  const answers = await Promise.all(Array.from({ length: LIMIT.requests + 5 }, () => entrustAs(token)));
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT.requests);
  expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  for (const refused of answers.filter((a) => a.status === 429)) {
    expect(ApiErrorSchema.parse(refused.body).error).toMatchObject({ code: 'too_many_requests', message: ERROR_MESSAGES.too_many_requests });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(LIMIT.windowSeconds);
  }
  const mine = await call(cases, { path: '/cases/mine', token, query: { limit: '100' } });
  expect(mine.body.cases).toHaveLength(LIMIT.requests);
  // The counter: one item per caller, route and window, gone by TTL after the window.
  const now = Math.floor(clock.now().getTime() / 1000);
  const windowStart = now - (now % LIMIT.windowSeconds);
  const counter = await getItem(keys.rateWindow(keys.rateCaller({ userId }), 'createCase', windowStart), true);
  expect(counter).toMatchObject({ attempts: LIMIT.requests, expiresAt: windowStart + LIMIT.windowSeconds + 60 });
});

test('the limit is one caller’s: another resident entrusts, and the throttled one still sends an opinion', async () => {
  const busy = await newResident();
  await Promise.all(Array.from({ length: LIMIT.requests }, () => entrustAs(busy.token)));
  expect((await entrustAs(busy.token)).status).toBe(429);
  expect((await entrustAs((await newResident()).token)).status).toBe(200);
  const opinion = await call(opinions, { method: 'POST', path: '/opinions', token: busy.token, body: { kind: 'suggestion', content: '希望增加周末的预约时段，方便上班族。' }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(opinion.status).toBe(200);
});

test('a malformed request costs nothing; the next window lets the caller in again', async () => {
  const { token } = await newResident();
  for (let i = 0; i < LIMIT.requests * 2; i += 1) expect((await entrustAs(token, { ...entrust, serviceKind: 'nonsense' })).status).toBe(400);
  const answers = await Promise.all(Array.from({ length: LIMIT.requests + 1 }, () => entrustAs(token)));
  expect(answers.filter((a) => a.status === 200)).toHaveLength(LIMIT.requests);
  expect((await entrustAs(token)).status).toBe(429);
  jest.spyOn(clock, 'now').mockReturnValue(new Date(pinned.getTime() + LIMIT.windowSeconds * 1000));
  expect((await entrustAs(token)).status).toBe(200);
});

test('a channel system is counted by its API key', async () => {
  const limit = RATE_LIMITS.channelCreateCase!;
  const apiKey = await channelKeyOf();
  const body = { ...entrust, operator: { name: '王敏' } };
  const send = () => call(channels, { method: 'POST', path: '/channel/cases', body, headers: { 'x-api-key': apiKey, 'Idempotency-Key': randomUUID() } });
  const answers = await Promise.all(Array.from({ length: limit.requests + 2 }, send));
  expect(answers.filter((a) => a.status === 200)).toHaveLength(limit.requests);
  expect(answers.filter((a) => a.status === 429)).toHaveLength(2);
});
