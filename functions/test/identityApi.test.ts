// Signing in: WeChat's code2session against a fake WeChat server on loopback, the development
// login that only the local stage has, and the session token every other call carries.
import { SessionResponse } from '@app/shared';
import { SignJWT } from 'jose';
import { handler } from '../src/handlers/identity';
import { issueSession } from '../src/identity/session';
import { loadConfig } from '../src/lib/config';
import { demoAgents, demoUsers } from '../local/demoData';
import { startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call } from './support/http';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';

const APP_ID = 'wx0000000000000000';
const APP_SECRET = 'local-wechat-secret';
let wechat: FakeWechat;

beforeAll(async () => {
  await useFreshTable({ seed: true });
  wechat = await startFakeWechat(APP_ID, APP_SECRET);
  process.env.WECHAT_API_BASE = wechat.baseUrl;
});
afterAll(() => wechat.close());
beforeEach(() => (wechat.mode = 'normal'));

const wechatLogin = (code: string) => call(handler, { method: 'POST', path: '/auth/wechat', body: { code } });
const me = (token?: string) => call(handler, { path: '/auth/me', token });

describe('WeChat login', () => {
  test('a first-time resident gets an account and a session; the next login finds the same account', async () => {
    wechat.codes.set('code-a1', 'openid-alice').set('code-a2', 'openid-alice');
    const first = await wechatLogin('code-a1');
    expect(first.status).toBe(200);
    const session = SessionResponse.parse(first.body);
    expect(session.user.role).toBe('resident');
    const second = await wechatLogin('code-a2');
    expect(second.body.user.userId).toBe(session.user.userId);
    expect((await me(session.token)).body.user.userId).toBe(session.user.userId);
    const asked = wechat.requests.at(-1)!;
    expect(asked.searchParams.get('appid')).toBe(APP_ID);
    expect(asked.searchParams.get('js_code')).toBe('code-a2');
  });

  test('a double tap on first login creates one account', async () => {
    wechat.codes.set('tap-1', 'openid-bob').set('tap-2', 'openid-bob');
    const [a, b] = await Promise.all([wechatLogin('tap-1'), wechatLogin('tap-2')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.user.userId).toBe(b.body.user.userId);
  });

  test('an invalid or reused code is 401, and the session key never reaches the client', async () => {
    expect((await wechatLogin('never-issued')).status).toBe(401);
    wechat.codes.set('once', 'openid-carol');
    const ok = await wechatLogin('once');
    expect(JSON.stringify(ok.body)).not.toContain('c2Vzc2lvbmtleQ');
    expect((await wechatLogin('once')).status).toBe(401);
  });

  test.each(['busy', 'down', 'garbage'] as const)('WeChat %s: 503 with Retry-After, nothing created', async (mode) => {
    wechat.mode = mode;
    wechat.codes.set(`c-${mode}`, `openid-${mode}`);
    const answer = await wechatLogin(`c-${mode}`);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(answer.body.error.code).toBe('service_unavailable');
  });

  test('a malformed body is 400 and a non-JSON content type 415', async () => {
    expect((await call(handler, { method: 'POST', path: '/auth/wechat', rawBody: '{"code":' })).status).toBe(400);
    expect((await call(handler, { method: 'POST', path: '/auth/wechat', body: { code: 'a', extra: 1 } })).status).toBe(400);
    expect((await call(handler, { method: 'POST', path: '/auth/wechat', body: {} })).status).toBe(400);
    expect((await call(handler, { method: 'POST', path: '/auth/wechat', rawBody: 'code=a', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await call(handler, { method: 'POST', path: '/auth/wechat', rawBody: JSON.stringify({ code: 'x'.repeat(70_000) }) })).status).toBe(413);
  });
});

describe('the development login', () => {
  test('lists the demo users and signs in as a resident, an agent (with their units) or the bureau', async () => {
    const users = await call(handler, { path: '/auth/dev/users' });
    expect(users.status).toBe(200);
    expect(users.body.users.length).toBe(demoUsers.length + demoAgents.length);
    const agent = demoAgents.find((a) => a.departmentId && !a.servicePointId)!;
    const asAgent = await call(handler, { method: 'POST', path: '/auth/dev', body: { userId: `u-${agent.id}` } });
    expect(asAgent.body.user).toMatchObject({ role: 'agent', agentId: agent.id, departmentId: agent.departmentId });
    const bureau = demoUsers.find((u) => u.role === 'bureau')!;
    expect((await call(handler, { method: 'POST', path: '/auth/dev', body: { userId: bureau.userId } })).body.user.role).toBe('bureau');
    expect((await call(handler, { method: 'POST', path: '/auth/dev', body: { userId: 'u-nobody' } })).status).toBe(404);
  });

  test('cannot be switched on outside the local stage, whatever DEV_LOGIN says', async () => {
    const saved = { STAGE: process.env.STAGE, APP_SECRET_ID: process.env.APP_SECRET_ID };
    Object.assign(process.env, { STAGE: 'prod', DEV_LOGIN: 'on', APP_SECRET_ID: 'daiban/prod/app' });
    try {
      expect((await call(handler, { method: 'POST', path: '/auth/dev', body: { userId: demoUsers[0].userId } })).status).toBe(404);
      expect((await call(handler, { path: '/auth/dev/users' })).status).toBe(404);
      // As if the route did not exist: no validation answer gives it away.
      expect((await call(handler, { method: 'POST', path: '/auth/dev', body: {} })).status).toBe(404);
      expect((await call(handler, { method: 'POST', path: '/auth/dev', rawBody: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(404);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    expect(loadConfig({ STAGE: 'staging', DEV_LOGIN: 'on', APP_SECRET_ID: 's', TABLE_NAME: 't', BUCKET_NAME: 'b' }).devLogin).toBe(false);
  });
});

describe('the session token', () => {
  const principal = { userId: demoUsers[0].userId, role: 'resident' as const, name: demoUsers[0].name };

  test('without one, /auth/me is 401; with a valid one it answers the user', async () => {
    expect((await me()).status).toBe(401);
    const { token } = await issueSession(principal);
    expect((await me(token)).body.user).toMatchObject({ userId: principal.userId, role: 'resident' });
  });

  test('an expired, foreign-signed, tampered or malformed token is 401', async () => {
    const expired = await issueSession(principal, new Date(Date.now() - 3 * 3600 * 1000));
    expect((await me(expired.token)).status).toBe(401);
    const foreign = await new SignJWT({ role: 'bureau', name: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(principal.userId)
      .setIssuer('daiban-bangban')
      .setAudience('daiban-bangban-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect((await me(foreign)).status).toBe(401);
    const { token } = await issueSession(principal);
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const tampered = [h, Buffer.from(JSON.stringify({ ...claims, role: 'bureau' })).toString('base64url'), s].join('.');
    expect((await me(tampered)).status).toBe(401);
    expect((await call(handler, { path: '/auth/me', headers: { authorization: 'Basic abc' } })).status).toBe(401);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
    expect((await me(none)).status).toBe(401);
  });

  test('a validly signed staff token for a user who does not hold that role (any more) is 401', async () => {
    // Correctly signed, but the user is a resident: as after an agent was unbound by the bureau.
    const posing = await issueSession({ ...principal, role: 'agent', agentId: 'agt-fgw-1', departmentId: 'dept-fgw' });
    expect((await me(posing.token)).status).toBe(401);
    const agentUser = { userId: 'u-agt-fgw-1', role: 'agent' as const, name: '李建国', agentId: 'agt-fgw-1', departmentId: 'dept-fgw' };
    expect((await me((await issueSession(agentUser)).token)).status).toBe(200);
  });

  test('binding with an invitation code is for signed-in residents only', async () => {
    expect((await call(handler, { method: 'POST', path: '/auth/bind', body: { code: 'ABCDEFGH' } })).status).toBe(401);
    const bureau = await issueSession({ userId: 'u-bureau-1', role: 'bureau', name: '刘建华' });
    expect((await call(handler, { method: 'POST', path: '/auth/bind', body: { code: 'ABCDEFGH' }, token: bureau.token })).status).toBe(403);
    const resident = await issueSession(principal);
    const malformed = await call(handler, { method: 'POST', path: '/auth/bind', body: { code: 'O0I1L' }, token: resident.token });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues[0].message).toMatch(/邀请码/);
  });
});

describe('the interface language (蒙汉双语)', () => {
  const setLanguage = (token: string | undefined, body: unknown) => call(handler, { method: 'PUT', path: '/auth/me/language', token, body });

  test('a resident who chooses ᠮᠣᠩᠭᠣᠯ has it on their record: me and their next login on another phone say mn', async () => {
    wechat.codes.set('lang-1', 'openid-dalai').set('lang-2', 'openid-dalai');
    const session = SessionResponse.parse((await wechatLogin('lang-1')).body);
    expect(session.language).toBeUndefined();
    const set = await setLanguage(session.token, { language: 'mn' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ language: 'mn' });
    expect((await me(session.token)).body.language).toBe('mn');
    expect(SessionResponse.parse((await wechatLogin('lang-2')).body).language).toBe('mn');
  });

  test('a language the app does not have is 400 and changes nothing; anonymous is 401', async () => {
    wechat.codes.set('lang-3', 'openid-esen');
    const session = SessionResponse.parse((await wechatLogin('lang-3')).body);
    await setLanguage(session.token, { language: 'zh' });
    const before = await tableSnapshot();
    for (const body of [{ language: 'en' }, { language: 'mn', extra: 1 }, {}, 'mn']) expect((await setLanguage(session.token, body)).status).toBe(400);
    expect(await tableSnapshot()).toBe(before);
    expect((await me(session.token)).body.language).toBe('zh');
    expect((await setLanguage(undefined, { language: 'mn' })).status).toBe(401);
  });
});
