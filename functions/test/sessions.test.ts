// Who an agent is comes from the stored record, not the token: a token whose claims name another
// department reads only the agent's own; moving an agent, the bureau's "sign out everywhere" and
// unbinding stop every earlier token at once; tokens without `exp`, with an `iat` in the future or
// older than a session may live are refused.
import { SignJWT } from 'jose';
import { handler as cases } from '../src/handlers/cases';
import { handler as identity } from '../src/handlers/identity';
import { handler as staff } from '../src/handlers/staff';
import { appSecrets, config } from '../src/lib/config';
import { findCase } from '../src/cases/repository';
import { createTestCase } from './support/cases';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

beforeAll(async () => {
  await useFreshTable({ seed: true });
});

/** A fresh development login (the helper in support/people caches tokens per table). */
async function signIn(userId: string): Promise<string> {
  const answer = await call(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
  expect(answer.status).toBe(200);
  return answer.body.token;
}
const me = (token: string) => call(identity, { path: '/auth/me', token });
const departmentQueue = (token: string) => call(cases, { path: '/agent/inbox', query: { view: 'department' }, token });

/** A token signed with the API's own key, with whatever claims a test needs. */
async function signed(claims: Record<string, unknown>, shape: (jwt: SignJWT) => SignJWT = (jwt) => jwt.setIssuedAt().setExpirationTime('1h')): Promise<string> {
  const key = new TextEncoder().encode((await appSecrets()).sessionSecret);
  return shape(new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('daiban-bangban').setAudience('daiban-bangban-api')).sign(key);
}

describe('an agent’s scope is the record’s', () => {
  test('a token whose claims name another department and service point still reads only the agent’s own', async () => {
    const own = await createTestCase({ departmentId: 'dept-scjg', departmentName: '区市场监督管理局', state: 'agreementSigned', ownerAgentId: undefined, assigneeAgentId: undefined });
    const other = await createTestCase({ departmentId: 'dept-fgw', departmentName: '区发展和改革委员会', state: 'agreementSigned', ownerAgentId: undefined, assigneeAgentId: undefined });
    // Correctly signed (a leaked key, or a token minted before a move), claiming another unit.
    const forged = await signed({ sub: 'u-agt-scjg-2', role: 'agent', name: '高磊', agentId: 'agt-scjg-2', sv: 0, departmentId: 'dept-fgw', servicePointId: 'pt-zwzx' });
    expect((await me(forged)).body.user).toMatchObject({ agentId: 'agt-scjg-2', departmentId: 'dept-scjg' });
    expect((await me(forged)).body.user.servicePointId).toBeUndefined();
    const queue = (await departmentQueue(forged)).body.entries.map((e: { caseId: string }) => e.caseId);
    expect(queue).toContain(own.id);
    expect(queue).not.toContain(other.id);
    expect((await call(cases, { path: `/cases/${other.id}`, token: forged })).status).toBe(404);
  });

  test('a token claiming a role or an agent record the user does not hold is refused', async () => {
    for (const claims of [
      { sub: 'u-agt-scjg-2', role: 'bureau', name: '高磊', sv: 0 },
      { sub: 'u-agt-scjg-2', role: 'agent', name: '高磊', agentId: 'agt-fgw-1', sv: 0 },
      { sub: 'u-resident-1', role: 'agent', name: '张丽', agentId: 'agt-scjg-2', sv: 0 },
      { sub: 'u-agt-scjg-2', role: 'agent', name: '高磊', agentId: 'agt-scjg-2' },
    ]) {
      expect([claims, (await me(await signed(claims))).status]).toEqual([claims, 401]);
    }
  });

  test('a resident token naming an agent record or a department gains nothing from it', async () => {
    const forged = await signed({ sub: 'u-resident-1', role: 'resident', name: '张丽', agentId: 'agt-fgw-1', departmentId: 'dept-fgw' });
    expect((await me(forged)).body.user).toEqual({ userId: 'u-resident-1', role: 'resident', name: '张丽' });
    expect((await departmentQueue(forged)).status).toBe(403);
  });
});

describe('sessions stop at once', () => {
  test('an agent moved to another department: the old token is refused, a new sign-in serves the new unit, and held cases stay behind', async () => {
    const held = await createTestCase({ departmentId: 'dept-scjg', departmentName: '区市场监督管理局', ownerAgentId: 'agt-scjg-2', assigneeAgentId: 'agt-scjg-2' });
    const before = await signIn('u-agt-scjg-2');
    expect((await me(before)).status).toBe(200);
    const moved = await call(staff, { method: 'POST', path: '/network/agents/agt-scjg-2/move', token: await tokenOf('u-bureau-1'), body: { departmentId: 'dept-fgw' } });
    expect(moved.status).toBe(200);
    expect(moved.body.agent).toMatchObject({ id: 'agt-scjg-2', departmentId: 'dept-fgw' });
    expect(moved.body.reassigned).toEqual([expect.objectContaining({ caseId: held.id, toAgentId: 'agt-scjg-1' })]);

    expect((await me(before)).status).toBe(401);
    expect((await departmentQueue(before)).status).toBe(401);
    const after = await signIn('u-agt-scjg-2');
    expect((await me(after)).body.user).toMatchObject({ agentId: 'agt-scjg-2', departmentId: 'dept-fgw' });
    const record = await findCase(held.id);
    expect(record).toMatchObject({ ownerAgentId: 'agt-scjg-1', assigneeAgentId: 'agt-scjg-1' });
    const timeline = (await call(cases, { path: `/cases/${held.id}`, token: await tokenOf('u-bureau-1') })).body.timeline;
    expect(timeline.at(-1)).toMatchObject({ action: 'reassign', note: expect.stringContaining('调岗') });
  });

  test('the bureau signs an agent out everywhere: every earlier token is refused, signing in again works', async () => {
    const [phone, computer] = [await signIn('u-agt-fgw-2'), await signIn('u-agt-fgw-2')];
    const out = await call(staff, { method: 'POST', path: '/network/agents/agt-fgw-2/sign-out', token: await tokenOf('u-bureau-1'), body: {} });
    expect(out.status).toBe(200);
    expect((await me(phone)).status).toBe(401);
    expect((await me(computer)).status).toBe(401);
    expect((await me(await signIn('u-agt-fgw-2'))).status).toBe(200);
  });

  test('a department head is not moved, and a unit that does not exist is a 400 naming the field', async () => {
    const bureau = await tokenOf('u-bureau-1');
    const head = await call(staff, { method: 'POST', path: '/network/agents/agt-fgw-1/move', token: bureau, body: { departmentId: 'dept-rsj' } });
    expect(head.status).toBe(409);
    expect(head.body.error.reason).toBe('headCannotMove');
    const nowhere = await call(staff, { method: 'POST', path: '/network/agents/agt-rsj-2/move', token: bureau, body: { servicePointId: 'pt-nowhere' } });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.issues[0].path).toEqual(['body', 'servicePointId']);
    expect((await call(staff, { method: 'POST', path: '/network/agents/agt-rsj-2/move', token: bureau, body: {} })).status).toBe(400);
  });
});

describe('tokens carry their own limits', () => {
  const claims = { sub: 'u-resident-1', role: 'resident', name: '张丽' };
  const now = () => Math.floor(Date.now() / 1000);

  test('a token without exp, without iat, with an iat in the future or older than a session may live is refused', async () => {
    const ttl = config().sessionTtlSeconds;
    const tokens = {
      noExp: await signed(claims, (jwt) => jwt.setIssuedAt()),
      noIat: await signed(claims, (jwt) => jwt.setExpirationTime('1h')),
      futureIat: await signed(claims, (jwt) => jwt.setIssuedAt(now() + 600).setExpirationTime(now() + 3600)),
      tooOld: await signed(claims, (jwt) => jwt.setIssuedAt(now() - ttl - 60).setExpirationTime(now() + 3600)),
      noSubject: await signed({ role: 'resident', name: '张丽' }),
    };
    for (const [label, token] of Object.entries(tokens)) expect([label, (await me(token)).status]).toEqual([label, 401]);
    expect((await me(await signed(claims))).status).toBe(200);
  });

  test('what a token carries: the role, the name, an agent’s record and its session version, never the unit', async () => {
    const { token } = (await call(identity, { method: 'POST', path: '/auth/dev', body: { userId: 'u-agt-zjj-2' } })).body;
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(Object.keys(payload).sort()).toEqual(['agentId', 'aud', 'exp', 'iat', 'iss', 'name', 'role', 'sub', 'sv']);
    expect(payload.exp - payload.iat).toBe(config().sessionTtlSeconds);
  });
});
