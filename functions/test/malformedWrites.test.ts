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

/** Media types a JSON body may not come with: the header missing, or naming something else. */
const NOT_JSON: { label: string; contentType: string | null }[] = [
  { label: 'no Content-Type', contentType: null },
  { label: 'text/plain', contentType: 'text/plain' },
  { label: 'a Latin-1 charset', contentType: 'application/json; charset=latin1' },
  { label: 'a JSON look-alike', contentType: 'application/json-seq' },
  { label: 'JSONP', contentType: 'application/jsonp' },
];

test.each(writeRoutes)('%s: a JSON body without application/json (utf-8) is 415 and one that is not UTF-8 is 400, changing nothing', async (_id, route) => {
  const { token, headers } = await admittedCredentials(route);
  const before = await snapshot();
  const answers: string[] = [];
  const send = (extra: { rawBody?: string; bodyBytes?: Buffer; contentType?: string | null }) =>
    call(handlers[route.group], { method: route.method, path: pathOf(route), token, headers: { ...headers, 'Idempotency-Key': 'strict-media-key' }, ...extra });
  for (const { label, contentType } of NOT_JSON) {
    const answer = await send({ rawBody: '{}', contentType });
    if (answer.status !== 415 || answer.body.error.code !== 'unsupported_media_type') answers.push(`${label}: ${answer.status}`);
  }
  // A lone continuation byte and a truncated sequence: passed on as bytes, or already replaced by U+FFFD.
  const broken = [Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x80, 0x22, 0x7d]), Buffer.from('{"note":"王', 'utf8').subarray(0, -1)];
  for (const bytes of broken) {
    for (const answer of [await send({ bodyBytes: bytes }), await send({ rawBody: bytes.toString('utf8') })]) {
      if (answer.status !== 400 || answer.body.error.code !== 'malformed_json') answers.push(`not UTF-8 (${bytes.toString('hex')}): ${answer.status}`);
    }
  }
  expect(answers).toEqual([]);
  expect(await snapshot()).toBe(before);
});

test('a JSON body is accepted with the charset spelled in any case, bare or quoted', async () => {
  const route = ROUTES.markNoticesRead;
  const { token } = await admittedCredentials(route);
  for (const contentType of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"']) {
    const answer = await call(handlers[route.group] ?? (await import('../src/handlers/notices')).handler, { method: 'POST', path: route.path, token, body: {}, contentType });
    expect([contentType, answer.status]).toEqual([contentType, 200]);
  }
});
