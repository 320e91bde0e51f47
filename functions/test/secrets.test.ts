// Deployed stages read the session key and WeChat credentials from Secrets Manager at cold start
// (a fake Secrets Manager on loopback stands in for AWS's); configuration mistakes fail loudly.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handler } from '../src/handlers/identity';
import { issueSession } from '../src/identity/session';
import { loadConfig } from '../src/lib/config';
import { call } from './support/http';
import { useFreshTable } from './support/stack';

let server: http.Server;
let secret: unknown = { sessionSecret: 'deployed-session-secret-0123456789abcdef', wechatAppId: 'wx1', wechatAppSecret: 's' };
let up = true;
const asked: string[] = [];

beforeAll(async () => {
  await useFreshTable({ seed: true });
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      asked.push(`${req.headers['x-amz-target']} ${body}`);
      if (!up) {
        res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1' });
        return res.end(JSON.stringify({ __type: 'InternalServiceError', message: 'down' }));
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ ARN: 'arn:aws-cn:secretsmanager:cn-north-1:1:secret:daiban/dev/app-abc', Name: 'daiban/dev/app', SecretString: JSON.stringify(secret), VersionId: 'v1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  Object.assign(process.env, {
    STAGE: 'dev',
    APP_SECRET_ID: 'daiban/dev/app',
    SECRETS_ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  });
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

test('a dev-stage session is signed with the key from Secrets Manager, fetched once', async () => {
  const { token } = await issueSession({ userId: 'u-resident-1', role: 'resident', name: '张丽' });
  const answer = await call(handler, { path: '/auth/me', token });
  expect(answer.status).toBe(200);
  expect(asked.filter((a) => a.includes('GetSecretValue'))).toHaveLength(1);
  expect(asked[0]).toContain('daiban/dev/app');
});

test('a token signed with the local key is refused by the dev stage', async () => {
  const { token } = await (async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { STAGE: 'local', APP_SECRET_ID: '' });
    try {
      return await issueSession({ userId: 'u-resident-1', role: 'resident', name: '张丽' });
    } finally {
      Object.assign(process.env, { STAGE: saved.STAGE, APP_SECRET_ID: saved.APP_SECRET_ID });
    }
  })();
  expect((await call(handler, { path: '/auth/me', token })).status).toBe(401);
});

test('Secrets Manager down: 503 with Retry-After, and the next request tries again', async () => {
  process.env.APP_SECRET_ID = 'daiban/dev/app-2'; // a new secret id: nothing cached
  up = false;
  const down = await call(handler, { path: '/auth/me', token: 'a.b.c' });
  expect(down.status).toBe(503);
  expect(down.headers['retry-after']).toBe('5');
  up = true;
  const { token } = await issueSession({ userId: 'u-resident-1', role: 'resident', name: '张丽' });
  expect((await call(handler, { path: '/auth/me', token })).status).toBe(200);
});

test('a malformed secret is a configuration error, never a working weak key', async () => {
  process.env.APP_SECRET_ID = 'daiban/dev/app-3';
  secret = { sessionSecret: 'short', wechatAppId: 'wx1', wechatAppSecret: 's' };
  await expect(issueSession({ userId: 'u', role: 'resident', name: 'x' })).rejects.toThrow(/malformed/);
});

describe('configuration that must not start', () => {
  test('no STAGE at all', () => expect(() => loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' })).toThrow(/STAGE/));
  test('a deployed stage without its secret id', () =>
    expect(() => loadConfig({ STAGE: 'prod', TABLE_NAME: 't', BUCKET_NAME: 'b' })).toThrow(/APP_SECRET_ID/));
  test('the local stage on a real Lambda, whatever else the environment claims', () => {
    const local = { STAGE: 'local', TABLE_NAME: 't', BUCKET_NAME: 'b', DEV_LOGIN: 'on', AWS_LAMBDA_FUNCTION_NAME: 'daiban-local-identity' };
    expect(() => loadConfig(local)).toThrow(/local stage cannot run on AWS Lambda/);
    expect(() => loadConfig({ ...local, IS_OFFLINE: 'true' })).toThrow(/local stage cannot run on AWS Lambda/);
    expect(loadConfig({ STAGE: 'local', TABLE_NAME: 't', BUCKET_NAME: 'b', DEV_LOGIN: 'on' }).devLogin).toBe(true);
  });
});
