// The edges of the platform: every answer, success or refusal, carries the headers that stop a
// browser from sniffing, framing, caching or rendering it; CORS admits only the app's origins.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { handler as catalogue } from '../src/handlers/catalogue';
import { handler as fallback } from '../src/handlers/fallback';
import { handler as cases } from '../src/handlers/cases';
import { call } from './support/http';
import { useFreshTable } from './support/stack';

beforeAll(() => useFreshTable({ seed: true }));

const EXPECTED = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

test.each([
  ['a public read (200)', () => call(catalogue, { path: '/catalogue/items', query: { limit: '1' } })],
  ['an anonymous write (401)', () => call(cases, { method: 'POST', path: '/cases', body: {} })],
  ['a bad query (400)', () => call(catalogue, { path: '/catalogue/items', query: { limit: 'many' } })],
  ['an unknown path (404)', () => call(fallback, { path: '/nowhere' })],
])('%s carries the security headers', async (_label, send) => {
  const answer = await send();
  expect(answer.headers).toMatchObject(EXPECTED);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
});

test('CORS admits the mini-program and the H5 origin only, with the headers the app sends', () => {
  // CloudFormation's tags (!GetAtt …) stay unresolved: only provider.httpApi.cors is read.
  const yml = parse(readFileSync(path.join(__dirname, '../../serverless.yml'), 'utf8'), { logLevel: 'silent' });
  const cors = yml.provider.httpApi.cors;
  expect(cors.allowedOrigins).toEqual(['https://servicewechat.com', '${param:h5Origin}']);
  expect(cors.allowedHeaders).toEqual(['Content-Type', 'Authorization', 'Idempotency-Key']);
  expect(JSON.stringify(cors)).not.toContain('*');
  expect(cors.allowCredentials).toBeUndefined();
});
