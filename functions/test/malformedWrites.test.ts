// Bad input gets a clear answer and loses nothing: every write route of the route table, given
// malformed bodies, answers 400 in the stable error shape, and the table is byte-for-byte unchanged.
import { ApiErrorSchema, ROUTES, type RouteDef, type RouteId } from '@app/shared';
import { createTestCase } from './support/cases';
import { call, type Handler } from './support/http';
import { admittedCredentials } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot as snapshot } from './support/table';

const MALFORMED: { label: string; raw: string }[] = [
  { label: 'truncated JSON', raw: '{"a":' },
  { label: 'an array', raw: '[]' },
  { label: 'null', raw: 'null' },
  { label: 'a string', raw: '"hello"' },
  { label: 'a number', raw: '42' },
  { label: 'an unknown field only', raw: JSON.stringify({ unexpected: true }) },
  { label: 'wrong types everywhere', raw: JSON.stringify({ action: 7, version: 'one', itemId: ['x'], code: {}, userId: 1, pointId: false, materialSpecId: null, uploadId: 3, decision: 'maybe', pointCode: '!!', date: 'tomorrow', time: '25:99' }) },
  { label: 'unicode edges', raw: JSON.stringify({ action: '\u0000accept', version: -1, note: '\uD800', itemId: '𝔘𝔫𝔦', kind: 'ent\u202Erustment' }) },
  { label: 'a deeply nested body', raw: `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}` },
];

const writeRoutes = (Object.entries(ROUTES) as [RouteId, RouteDef][]).filter(([, r]) => r.body !== undefined);
const handlers: Record<string, Handler> = {};
let caseId: string;

beforeAll(async () => {
  await useFreshTable({ seed: true });
  caseId = (await createTestCase()).id;
  for (const group of new Set(writeRoutes.map(([, r]) => r.group))) {
    handlers[group] = (await import(`../src/handlers/${group}`)).handler;
  }
  // Sign everyone in (and issue the channel key) before the first snapshot.
  for (const [, route] of writeRoutes) await admittedCredentials(route);
});

const pathOf = (route: RouteDef) =>
  route.path.replace('{id}', caseId).replace('{materialId}', '01JZZZZZZZZZZZZZZZZZZZZZZZ').replace('{year}', '2027').replace('{closureId}', '01JZZZZZZZZZZZZZZZZZZZZZZZ');

test.each(writeRoutes)('%s: every malformed body is 400 and changes nothing', async (id, route) => {
  const { token, headers } = await admittedCredentials(route);
  const before = await snapshot();
  const answers: string[] = [];
  for (const { label, raw } of MALFORMED) {
    const answer = await call(handlers[route.group], {
      method: route.method,
      path: pathOf(route),
      rawBody: raw,
      token,
      headers: { ...headers, 'Idempotency-Key': `malformed-${id}-key` },
    });
    if (answer.status !== 400 || !ApiErrorSchema.safeParse(answer.body).success) answers.push(`${label}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 120)}`);
  }
  expect(answers).toEqual([]);
  expect(await snapshot()).toBe(before);
});

test.each(writeRoutes)('%s: an oversized body is 413 and a form body 415, changing nothing', async (_id, route) => {
  const { token, headers } = await admittedCredentials(route);
  const before = await snapshot();
  const big = await call(handlers[route.group], { method: route.method, path: pathOf(route), rawBody: JSON.stringify({ note: 'x'.repeat(70_000) }), token, headers });
  expect(big.status).toBe(413);
  const form = await call(handlers[route.group], { method: route.method, path: pathOf(route), rawBody: 'a=1', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, token });
  expect(form.status).toBe(415);
  expect(await snapshot()).toBe(before);
});
