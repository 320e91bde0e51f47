// The local stack's API Gateway never looks healthy while broken: a function that fails to load or
// throws answers 500 (an answer that is no HTTP result 502) in the API's error shape, never a stack
// trace; a body reaches the function as the client sent it (no Content-Type made up, the bytes as
// they came); CORS answers only the configured origins; routes resolve as API Gateway's do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ApiErrorSchema, ERROR_MESSAGES, ServiceItemSummarySchema } from '@app/shared';
import { startGateway, type GatewayRoute, type LambdaHandler } from '../local/gateway';
import { unhealthy } from '../local/health';
import { loader, type LocalDeployment } from '../local/lambdas';
import { demoItems } from '../local/demoData';

const seen: APIGatewayProxyEventV2[] = [];
const failures: string[] = [];
const ok: LambdaHandler = async (event) => {
  seen.push(event);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: event.routeKey, params: event.pathParameters ?? null }) };
};
const functions: Record<string, () => Promise<LambdaHandler>> = {
  cases: async () => ok,
  fallback: async () => ok,
  thrower: async () => async () => {
    throw new Error('boom at /work/secret/path/handler.ts:12');
  },
  unloadable: async () => {
    throw new Error("Cannot find module '/work/.esbuild/.build/functions/src/handlers/broken.js'");
  },
  shapeless: async () => async () => ({ errorMessage: 'not a result', stackTrace: ['at x'] }),
};
const routes: GatewayRoute[] = [
  { method: 'GET', path: '/cases/mine', fn: 'cases' },
  { method: 'GET', path: '/cases/{id}', fn: 'cases' },
  { method: 'POST', path: '/cases', fn: 'cases' },
  { method: 'GET', path: '/broken/throws', fn: 'thrower' },
  { method: 'GET', path: '/broken/unloadable', fn: 'unloadable' },
  { method: 'GET', path: '/broken/shapeless', fn: 'shapeless' },
  { method: '*', path: '*', fn: 'fallback' },
];
const cors = { allowedOrigins: ['https://servicewechat.com', 'http://127.0.0.1:10086'], allowedHeaders: ['Content-Type', 'Authorization'], allowedMethods: ['GET', 'POST'], maxAge: 600 };

let base: string;
let close: () => void;
beforeAll(async () => {
  const server = await startGateway(0, { routes, cors, handlerOf: (fn) => functions[fn](), onFunctionError: (fn) => failures.push(fn) });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

test.each([
  ['/broken/throws', 500],
  ['/broken/unloadable', 500],
  ['/broken/shapeless', 502],
])('%s answers %i in the API’s error shape, with nothing of the failure in it', async (route, status) => {
  const response = await fetch(base + route);
  const text = await response.text();
  expect(response.status).toBe(status);
  expect(ApiErrorSchema.parse(JSON.parse(text)).error).toEqual({ code: 'internal', message: ERROR_MESSAGES.internal });
  expect(text).not.toMatch(/stack|boom|\/work|esbuild|Cannot find module|not a result/i);
  expect(failures.length).toBeGreaterThan(0);
});

test('a body reaches the function as sent: no Content-Type is made up, the bytes are passed as they came', async () => {
  const bytes = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
  await fetch(`${base}/cases`, { method: 'POST', body: bytes });
  const event = seen.at(-1)!;
  expect(event.headers['content-type']).toBeUndefined();
  expect(event.isBase64Encoded).toBe(true);
  expect(Buffer.from(event.body!, 'base64')).toEqual(bytes);
  await fetch(`${base}/cases`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"a":"王"}' });
  expect(seen.at(-1)!.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(Buffer.from(seen.at(-1)!.body!, 'base64').toString('utf8')).toBe('{"a":"王"}');
});

test('routes resolve as API Gateway’s: the literal path before a parameter, anything else to $default', async () => {
  expect(await (await fetch(`${base}/cases/mine`)).json()).toEqual({ route: 'GET /cases/mine', params: null });
  expect(await (await fetch(`${base}/cases/01ABC`)).json()).toEqual({ route: 'GET /cases/{id}', params: { id: '01ABC' } });
  expect(await (await fetch(`${base}/nowhere?x=1&x=2`)).json()).toEqual({ route: '$default', params: null });
  expect(seen.at(-1)!.queryStringParameters).toEqual({ x: '1,2' });
});

test('CORS as deployed: only the configured origins hear back, on simple requests and preflights alike', async () => {
  const from = (origin: string) => fetch(`${base}/cases/mine`, { headers: { origin } });
  expect((await from('https://servicewechat.com')).headers.get('access-control-allow-origin')).toBe('https://servicewechat.com');
  expect((await from('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  const preflight = (origin: string) => fetch(`${base}/cases`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
  const allowed = await preflight('http://127.0.0.1:10086');
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086');
  expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
  const refused = await preflight('https://evil.example');
  expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  expect(refused.headers.get('access-control-allow-methods')).toBeNull();
});

test('a payload over API Gateway’s 10 MB is 413 before any function runs', async () => {
  const before = seen.length;
  const response = await fetch(`${base}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
  expect(response.status).toBe(413);
  expect(seen.length).toBe(before);
});

test('a function whose bundle fails to load is tried again at the next request, like a Lambda cold start', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daiban-bundle-'));
  const file = path.join(dir, 'broken.js');
  writeFileSync(file, "throw new Error('init failed');");
  const deployment = { entries: { broken: { file: 'x.ts', exportName: 'handler' } } } as unknown as LocalDeployment;
  const bundles = { broken: file };
  const load = loader(bundles, deployment);
  await expect(load('broken')).rejects.toThrow(/init failed/);
  // Rebuilt (to a new file: Jest's module registry, unlike Node's, remembers the failed one).
  bundles.broken = path.join(dir, 'fixed.js');
  writeFileSync(bundles.broken, 'exports.handler = async () => ({ statusCode: 200, body: "ok" });');
  await expect((await load('broken'))({} as APIGatewayProxyEventV2)).resolves.toEqual({ statusCode: 200, body: 'ok' });
});

test('the start-up check reads the body: a 200 carrying an ImportModuleError is not a running API', () => {
  const importError = { errorMessage: "Error: Cannot find module '/work/wt13/.esbuild/.build/functions/src/handlers/catalogue.ts'", errorType: 'Error', stackTrace: ['Runtime.ImportModuleError'] };
  expect(unhealthy(200, importError)).toMatch(/not the catalogue/);
  expect(unhealthy(200, { items: [] })).toMatch(/no service items/);
  expect(unhealthy(502, undefined)).toBe('HTTP 502');
  expect(unhealthy(200, { items: [ServiceItemSummarySchema.parse(demoItems[0])] })).toBeUndefined();
});
