// Property-based bad input (fast-check) against every route of the shared route table: malformed,
// oversized, wrongly typed and unicode-edge path ids, queries, headers and bodies, sent anonymously
// and as a caller the route admits. Never a 5xx; every refusal in the stable error shape; and a
// route whose every request was refused leaves the table exactly as it was.
import { ApiErrorSchema, ROUTES, type RouteDef, type RouteId } from '@app/shared';
import fc from 'fast-check';
import { createTestCase } from './support/cases';
import { call, type Handler } from './support/http';
import { admittedCredentials } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';

/** The cached public scorecard may be refreshed by a read; everything else must stay. */
const snapshot = () => tableSnapshot((item) => item.pk !== 'SCORECARD');

/** Runs per route and caller; FUZZ_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const routes = Object.entries(ROUTES) as [RouteId, RouteDef][];
const handlers: Record<string, Handler> = {};
let caseId: string;
const tally = { requests: 0, fiveXx: 0, refused: 0, accepted: 0 };

beforeAll(async () => {
  await useFreshTable({ seed: true });
  caseId = (await createTestCase()).id;
  for (const group of new Set(routes.map(([, r]) => r.group))) handlers[group] = (await import(`../src/handlers/${group}`)).handler;
  for (const [, route] of routes) await admittedCredentials(route);
}, 60_000);

afterAll(() => {
  console.log(
    `fuzz: ${tally.requests} requests over ${routes.length} routes (anonymous or an admitted caller), ${tally.fiveXx} answered 5xx (${tally.refused} refused in the error shape, ${tally.accepted} accepted)`,
  );
});

// Strings that have broken parsers before: control characters, lone surrogates, RTL overrides,
// astral characters, path tricks, SQL/NoSQL-looking text, very long values.
const edgeString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', '\uD800', '\uDFFF', '\u202Eabc', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '👨‍👩‍👧', '../../etc/passwd', '%00', '%E0%A4%A', "' OR '1'='1", '{"$ne":null}', 'null', 'undefined', '-1', '1e309', 'NaN'),
  fc.integer({ min: 1000, max: 70_000 }).map((n) => 'x'.repeat(n)),
);
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  edgeString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(edgeString, { maxLength: 5 }),
  fc.dictionary(edgeString, edgeString, { maxKeys: 4 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308, -1, 0),
);

/** Field names the route's body schema knows (when it is an object), plus some it does not. */
function fieldNames(route: RouteDef): string[] {
  const shape = (route.body as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  const known = shape ? Object.keys(shape) : ['action', 'version', 'note', 'level', 'reason', 'code', 'items'];
  return [...known, '__proto__', 'constructor', 'extra'];
}

const requestOf = (route: RouteDef) =>
  fc.record({
    pathValues: fc.array(fc.oneof(edgeString, fc.constant(caseId)), { minLength: 2, maxLength: 2 }),
    query: fc.dictionary(fc.oneof(fc.constantFrom('limit', 'cursor', 'from', 'to', 'state', 'date', 'view', 'q', 'departmentId', 'source'), edgeString), edgeString, { maxKeys: 4 }),
    body: fc.oneof(
      fc.dictionary(fc.constantFrom(...fieldNames(route)), edgeValue, { maxKeys: 6 }),
      edgeValue,
      fc.json().map((raw) => ({ raw })),
      fc.string({ maxLength: 30 }).map((raw) => ({ raw })),
    ),
    contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json-seq', 'text/plain', 'application/x-www-form-urlencoded', ''),
    idempotencyKey: fc.oneof(fc.constant(undefined), edgeString),
  });

test.each(routes)('%s: bad input never answers 5xx and a refused request changes nothing', async (_id, route) => {
  const handler = handlers[route.group];
  // Half the requests come with no credentials, half as a caller the route admits.
  const admittedCaller = await admittedCredentials(route);
  const callers = [{ token: undefined, headers: {} as Record<string, string> }, admittedCaller];
  const before = await snapshot();
  let acceptedHere = 0;
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(requestOf(route), fc.constantFrom(...callers), async (req, { token, headers: credentials }) => {
      let n = 0;
      // Lone surrogates cannot be percent-encoded (a client could not send them either): replaced.
      const path = route.path.replace(/\{\w+\}/g, () => encodeURIComponent(String(req.pathValues[n++] ?? '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')));
      const body = req.body as { raw?: string } | unknown;
      const rawBody =
        route.method === 'GET' ? undefined : body && typeof body === 'object' && 'raw' in (body as object) && typeof (body as { raw: unknown }).raw === 'string' ? (body as { raw: string }).raw : JSON.stringify(body);
      const headers: Record<string, string> = { ...credentials };
      if (typeof req.idempotencyKey === 'string') headers['Idempotency-Key'] = req.idempotencyKey;
      // '' sends the body with no Content-Type at all.
      const answer = await call(handler, { method: route.method, path, query: req.query as Record<string, string>, rawBody, token, headers, contentType: req.contentType || null });
      tally.requests += 1;
      if (answer.status >= 500) {
        tally.fiveXx += 1;
        failures.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        return false;
      }
      if (answer.status >= 400) {
        tally.refused += 1;
        return ApiErrorSchema.safeParse(answer.body).success;
      }
      tally.accepted += 1;
      acceptedHere += 1;
      return true;
    }),
    { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
  );
  expect(failures).toEqual([]);
  if (acceptedHere === 0 || route.method === 'GET') expect(await snapshot()).toBe(before);
});
