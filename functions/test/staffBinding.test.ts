// Staff accounts over HTTP, on DynamoDB Local with the fake WeChat server: the bureau issues a
// one-time invitation code, a WeChat user binds to an agent record with it and works as that
// agent; an agent who leaves is unbound and their open cases go to the least-loaded colleague
// (or back to the department queue when nobody is left).
import { ApiErrorSchema, INVITATION_ALPHABET, InvitationResponse, SessionResponse, StaffingReportResponse, UnbindAgentResponse } from '@app/shared';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { demoAgents, demoDepartments } from '../local/demoData';
import { countWrittenOpenWork } from '../src/cases/openWork';
import { subTaskToItem } from '../src/cases/record';
import { pickAgent } from '../src/cases/routing';
import { findCase, loadCaseBundle } from '../src/cases/repository';
import { handler as cases } from '../src/handlers/cases';
import { handler as identity } from '../src/handlers/identity';
import { handler as network } from '../src/handlers/network';
import { handler as staff } from '../src/handlers/staff';
import { handler as noticesHandler } from '../src/handlers/notices';
import { findUser } from '../src/identity/repository';
import { clock } from '../src/lib/clock';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import { findAgent, putAgent } from '../src/network/repository';
import { listNotices } from '../src/notices/inbox';
import { drainOutbox } from '../src/notices/notifier';
import { createTestCase } from './support/cases';
import { startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call, type Answer } from './support/http';
import { tokenOf } from './support/people';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';

let wechat: FakeWechat;
let bureau: string;
const fgw = demoDepartments.find((d) => d.id === 'dept-fgw')!;
const zrzy = demoDepartments.find((d) => d.id === 'dept-zrzy')!;
const CODE = new RegExp(`^[${INVITATION_ALPHABET}]{8}$`);

beforeAll(async () => {
  await useFreshTable({ seed: true });
  wechat = await startFakeWechat(process.env.WECHAT_APP_ID!, process.env.WECHAT_APP_SECRET!);
  process.env.WECHAT_API_BASE = wechat.baseUrl;
  bureau = await tokenOf('u-bureau-1');
});
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);
afterAll(async () => {
  delete process.env.WECHAT_API_BASE;
  await wechat.close();
});
afterEach(() => jest.restoreAllMocks());

const errorOf = (answer: Answer) => ApiErrorSchema.parse(answer.body).error;

let logins = 0;
/** A person signing in through WeChat (as a resident the first time); the same openid signs in again. */
async function wechatLogin(openid = `oSTAFF${ulid()}`): Promise<{ openid: string; session: SessionResponse }> {
  logins += 1;
  const code = `staff${logins}${Date.now()}`;
  wechat.codes.set(code, openid);
  const answer = await call(identity, { method: 'POST', path: '/auth/wechat', body: { code } });
  expect(answer.status).toBe(200);
  return { openid, session: SessionResponse.parse(answer.body) };
}

const invite = (agentId: string, token = bureau, key: string = ulid()) =>
  call(staff, { method: 'POST', path: `/network/agents/${agentId}/invitations`, token, headers: { 'Idempotency-Key': key } });
const bind = (token: string, code: string) => call(identity, { method: 'POST', path: '/auth/bind', token, body: { code } });
const unbind = (agentId: string, token = bureau) => call(staff, { method: 'POST', path: `/network/agents/${agentId}/unbind`, token });
const inbox = (token: string) => call(cases, { path: '/agent/inbox', query: { view: 'mine' }, token });
async function agentsOf(departmentId: string) {
  const answer = await call(network, { path: '/network/agents', query: { departmentId }, token: bureau });
  expect(answer.status).toBe(200);
  return answer.body.agents as { id: string; binding: string; active: boolean }[];
}

describe('invitation codes', () => {
  test('only the bureau issues them: 8 unambiguous characters, valid 72 hours, the same code for a retried request', async () => {
    const agent = 'agt-scjg-2';
    expect((await invite(agent, await tokenOf('u-resident-1'))).status).toBe(403);
    expect((await invite(agent, await tokenOf('agt-scjg-1'))).status).toBe(403);
    expect((await call(staff, { method: 'POST', path: `/network/agents/${agent}/invitations`, token: bureau })).status).toBe(400);
    expect((await invite('agt-nobody')).status).toBe(404);

    const key = ulid();
    const before = Date.now();
    const first = await invite(agent, bureau, key);
    expect(first.status).toBe(200);
    const invitation = InvitationResponse.parse(first.body);
    expect(invitation.code).toMatch(CODE);
    const hours = (Date.parse(invitation.expiresAt) - before) / 3600_000;
    expect(hours).toBeGreaterThan(71.99);
    expect(hours).toBeLessThanOrEqual(72.01);
    const retried = await invite(agent, bureau, key);
    expect(retried.body).toEqual(first.body);
    // Another key used for another agent is fine; the same key for another agent is a conflict.
    expect((await invite('agt-zjj-2', bureau, key)).status).toBe(409);
    // A new code replaces the unused one: the first stops working.
    const second = InvitationResponse.parse((await invite(agent)).body);
    expect(second.code).not.toBe(invitation.code);
    const someone = await wechatLogin();
    const stale = await bind(someone.session.token, invitation.code);
    expect(stale.status).toBe(404);
    expect(errorOf(stale).reason).toBe('invitationUnknown');
  });
});

describe('binding with a code', () => {
  test('a WeChat resident becomes the agent, sees their inbox; the code cannot be used again; the agent shows as bound', async () => {
    const agentId = 'agt-fgw-2';
    expect((await agentsOf('dept-fgw')).find((a) => a.id === agentId)?.binding).toBe('unbound');
    const { code } = InvitationResponse.parse((await invite(agentId)).body);
    const staff = await wechatLogin();
    expect(staff.session.user.role).toBe('resident');
    expect((await inbox(staff.session.token)).status).toBe(403);

    // Typed in lower case on a phone: still the code.
    const bound = await bind(staff.session.token, code.toLowerCase());
    expect(bound.status).toBe(200);
    const session = SessionResponse.parse(bound.body);
    expect(session.user).toMatchObject({ userId: staff.session.user.userId, role: 'agent', agentId, departmentId: 'dept-fgw', name: '周婷' });
    expect((await inbox(session.token)).status).toBe(200);
    expect(await findAgent(agentId, true)).toMatchObject({ userId: staff.session.user.userId, openid: staff.openid, active: true });
    expect((await agentsOf('dept-fgw')).find((a) => a.id === agentId)?.binding).toBe('bound');

    // Signing in again through WeChat finds the agent.
    const again = await wechatLogin(staff.openid);
    expect(again.session.user).toMatchObject({ role: 'agent', agentId });

    const other = await wechatLogin();
    const reused = await bind(other.session.token, code);
    expect(reused.status).toBe(409);
    expect(errorOf(reused).reason).toBe('invitationUsed');
    expect((await findUser(other.session.user.userId, true))?.role).toBe('resident');
    // A bound agent gets no new code; an agent cannot bind a second time.
    expect((await invite(agentId)).status).toBe(409);
    expect((await bind(session.token, code)).status).toBe(403);
    expect((await bind(other.session.token, 'NOT-A-CODE')).status).toBe(400);
  });

  test('two people racing with one code: exactly one 200, the other 409, and the agent has the winner', async () => {
    const agentId = 'agt-scjg-2';
    const { code } = InvitationResponse.parse((await invite(agentId)).body);
    const [a, b] = await Promise.all([wechatLogin(), wechatLogin()]);
    const answers = await Promise.all([bind(a.session.token, code), bind(b.session.token, code)]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    const winner = answers[0].status === 200 ? a : b;
    const loser = winner === a ? b : a;
    expect((await findAgent(agentId, true))?.userId).toBe(winner.session.user.userId);
    expect(await findUser(loser.session.user.userId, true)).toMatchObject({ role: 'resident' });
    expect((await findUser(loser.session.user.userId, true))?.agentId).toBeUndefined();
  });

  test('an expired code (72 hours later) is refused with a Chinese reason and binds nobody', async () => {
    const agentId = 'agt-zjj-2';
    const issuedAt = Date.now();
    const { code } = InvitationResponse.parse((await invite(agentId)).body);
    const staff = await wechatLogin();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(issuedAt + 72 * 3600_000 + 1000));
    const late = await bind(staff.session.token, code);
    expect(late.status).toBe(404);
    expect(errorOf(late).reason).toBe('invitationUnknown');
    expect((await findAgent(agentId, true))?.userId).toBeUndefined();
    expect((await findUser(staff.session.user.userId, true))?.role).toBe('resident');
    expect((await bind(staff.session.token, 'ABCDEFGH')).status).toBe(404);
  });
});

describe('an agent who leaves', () => {
  test('is unbound: open cases go to the least-loaded colleague with a timeline event and a notice; the user is a resident again', async () => {
    // Department fgw: 李建国 (head, 1 open case), a new colleague 陈新 (none), and 周婷 (bound above) leaving with 3.
    const leaving = 'agt-fgw-2';
    const left = await findAgent(leaving, true);
    expect(left?.userId).toBeDefined();
    await putAgent({ id: 'agt-fgw-3', name: '陈新', title: '代办帮办员', departmentId: 'dept-fgw', phone: '13904720113', isHead: false, active: true });
    const department = { departmentId: fgw.id, departmentName: fgw.name };
    await createTestCase({ ...department, ownerAgentId: 'agt-fgw-1' });
    const held = [
      await createTestCase({ ...department, ownerAgentId: leaving }),
      await createTestCase({ ...department, ownerAgentId: leaving }),
      // Routed to her, not accepted yet.
      await createTestCase({ ...department, state: 'agreementSigned', ownerAgentId: undefined, assigneeAgentId: leaving, acceptedAt: undefined, dueDate: undefined }),
    ];
    // And a parallel sub-task of another department's case, assigned to her.
    const helped = await createTestCase({ departmentId: 'dept-scjg', departmentName: '市场监督管理局', ownerAgentId: 'agt-scjg-1', openSubTasks: 1, subTaskDepartmentIds: [fgw.id] });
    const task = { id: ulid(), departmentId: fgw.id, departmentName: fgw.name, title: '项目备案核验', state: 'open' as const, assignedAgentId: leaving, dueDate: '2026-12-20' };
    await documentClient().send(new PutCommand({ TableName: config().tableName, Item: subTaskToItem(helped, task) }));
    await countWrittenOpenWork([subTaskToItem(helped, task)]);
    const oldToken = (await wechatLogin((left as { openid: string }).openid)).session.token;

    expect((await unbind(leaving, await tokenOf('agt-fgw-1'))).status).toBe(403);
    const answer = await unbind(leaving);
    expect(answer.status).toBe(200);
    const result = UnbindAgentResponse.parse(answer.body);
    expect(result.agent).toMatchObject({ id: leaving, binding: 'left', active: false });
    expect(result.queued).toBe(0);
    expect(result.reassigned.map((r) => r.caseId).sort()).toEqual([...held, helped].map((c) => c.id).sort());
    // Loads 1 (head) and 0, four items: 陈新 0→1, tie → 陈新 (the head last) 1→2, 李建国 1→2, tie → 陈新 2→3.
    const counts = result.reassigned.reduce<Record<string, number>>((m, r) => ({ ...m, [r.toAgentName!]: (m[r.toAgentName!] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 陈新: 3, 李建国: 1 });

    const movedTask = result.reassigned.find((r) => r.subTaskId === task.id)!;
    const helpedAfter = (await loadCaseBundle(helped.id))!;
    expect(helpedAfter.record.ownerAgentId).toBe('agt-scjg-1');
    expect(helpedAfter.subTasks.find((t) => t.id === task.id)?.assignedAgentId).toBe(movedTask.toAgentId);
    expect(helpedAfter.events.find((e) => e.action === 'reassign')?.data).toMatchObject({ subTaskId: task.id, toAgentName: movedTask.toAgentName });

    for (const r of result.reassigned.filter((x) => !x.subTaskId)) {
      const bundle = (await loadCaseBundle(r.caseId))!;
      const holder = bundle.record.ownerAgentId ?? bundle.record.assigneeAgentId;
      expect(holder).toBe(r.toAgentId);
      expect([bundle.record.ownerAgentId, bundle.record.assigneeAgentId]).not.toContain(leaving);
      const event = bundle.events.find((e) => e.action === 'reassign');
      expect(event).toMatchObject({ actor: { role: 'bureau' }, data: { fromAgentId: leaving, toAgentId: r.toAgentId, toAgentName: r.toAgentName } });
    }
    const routedOnly = (await findCase(held[2].id, true))!;
    expect(routedOnly.ownerAgentId).toBeUndefined();
    expect(routedOnly.assigneeAgentId).toBe(result.reassigned.find((r) => r.caseId === held[2].id)?.toAgentId);

    await drainOutbox();
    const chenNotices = await listNotices({ agentId: 'agt-fgw-3' }, 20);
    expect(chenNotices.filter((n) => n.kind === 'reassignedToMe')).toHaveLength(3);
    expect((await listNotices({ agentId: 'agt-fgw-1' }, 20)).filter((n) => n.kind === 'reassignedToMe')).toHaveLength(1);

    // Her old agent session stops at once (401 makes the app sign in again); signed in again she is a resident.
    expect((await inbox(oldToken)).status).toBe(401);
    const back = await wechatLogin(left!.openid);
    expect(back.session.user).toMatchObject({ role: 'resident' });
    expect(back.session.user.agentId).toBeUndefined();
    expect((await inbox(back.session.token)).status).toBe(403);
    expect((await agentsOf('dept-fgw')).find((a) => a.id === leaving)?.binding).toBe('left');

    // Routing never picks her again, although her load is now the lowest.
    for (let i = 0; i < 3; i += 1) expect((await pickAgent(department)).agentId).not.toBe(leaving);
    // Unbinding again changes nothing; a left agent gets no invitation.
    expect(UnbindAgentResponse.parse((await unbind(leaving)).body).reassigned).toEqual([]);
    expect((await invite(leaving)).status).toBe(409);
  });

  test('with no colleague left in the department, the cases go back to the department queue and the staffing report shows them', async () => {
    const leaving = 'agt-zrzy-1';
    expect(demoAgents.filter((a) => a.departmentId === zrzy.id && !a.servicePointId)).toHaveLength(1);
    const department = { departmentId: zrzy.id, departmentName: zrzy.name };
    const accepted = await createTestCase({ ...department, ownerAgentId: leaving });
    const routed = await createTestCase({ ...department, state: 'agreementSigned', ownerAgentId: undefined, assigneeAgentId: leaving, acceptedAt: undefined, dueDate: undefined });
    // A demo agent signs in with the development login (no WeChat user on the record).
    const demoToken = await tokenOf(leaving);
    expect((await inbox(demoToken)).status).toBe(200);

    const result = UnbindAgentResponse.parse((await unbind(leaving)).body);
    expect(result.queued).toBe(2);
    expect(result.reassigned.every((r) => r.toAgentId === undefined)).toBe(true);
    for (const c of [accepted, routed]) {
      const bundle = (await loadCaseBundle(c.id))!;
      expect(bundle.record.ownerAgentId).toBeUndefined();
      expect(bundle.record.assigneeAgentId).toBeUndefined();
      expect(bundle.events.find((e) => e.action === 'reassign')?.note).toMatch(/退回部门待办队列/);
    }
    const report = StaffingReportResponse.parse((await call(network, { path: '/network/staffing', token: bureau })).body);
    expect(report.findings.find((f) => f.unitId === zrzy.id)).toMatchObject({ agentCount: 0, ok: false, unassignedOpenCases: 2 });
    expect(report.compliant).toBe(false);
    expect((await pickAgent(department)).agentId).toBeUndefined();
    // The left record stops every session on it, and the demo login picker no longer offers it.
    expect((await inbox(demoToken)).status).toBe(401);
    const picker = await call(identity, { path: '/auth/dev/users' });
    expect(picker.status).toBe(200);
    expect(picker.body.users.map((u: { userId: string }) => u.userId)).not.toContain(`u-${leaving}`);
  });
});

test('GET /notices/subscriptions: no template configured in the local stack, so the app asks for nothing', async () => {
  const { session } = await wechatLogin();
  const answer = await call(noticesHandler, { path: '/notices/subscriptions', token: session.token });
  expect(answer.status).toBe(200);
  expect(answer.body.templates).toEqual([]);
  expect(answer.body.granted).toHaveLength(4);
  expect((await call(noticesHandler, { path: '/notices/subscriptions' })).status).toBe(401);
});
