// The published network: departments and service points for everyone; the staff directory for
// agents within their own units; the staffing rule for the bureau.
import { AgentPublicSchema, AgentSchema, ApiErrorSchema, ServicePointDetailResponse } from '@app/shared';
import { handler } from '../src/handlers/network';
import { handler as staff } from '../src/handlers/staff';
import { handler as identity } from '../src/handlers/identity';
import { demoAgents, demoDepartments, demoPoints, demoUsers } from '../local/demoData';
import { call } from './support/http';
import { useFreshTable } from './support/stack';

const tokens: Record<string, string> = {};
const deptAgent = demoAgents.find((a) => a.departmentId && !a.servicePointId)!;
const otherDeptAgent = demoAgents.find((a) => a.departmentId && !a.servicePointId && a.departmentId !== deptAgent.departmentId)!;
const pointAgent = demoAgents.find((a) => a.servicePointId)!;
const resident = demoUsers.find((u) => u.role === 'resident')!;
const bureau = demoUsers.find((u) => u.role === 'bureau')!;

async function login(userId: string): Promise<string> {
  const { status, body } = await call(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
  expect(status).toBe(200);
  return body.token;
}

beforeAll(async () => {
  await useFreshTable({ seed: true });
  tokens.resident = await login(resident.userId);
  tokens.bureau = await login(bureau.userId);
  tokens.deptAgent = await login(`u-${deptAgent.id}`);
  tokens.pointAgent = await login(`u-${pointAgent.id}`);
});

test('anyone sees the departments and the service points of every level', async () => {
  const departments = await call(handler, { path: '/network/departments' });
  expect(departments.status).toBe(200);
  expect(departments.body.departments).toHaveLength(demoDepartments.length);
  const streets = await call(handler, { path: '/network/points', query: { level: 'streetTown' } });
  expect(streets.body.points.length).toBe(demoPoints.filter((p) => p.level === 'streetTown').length);
  for (const p of streets.body.points) expect(p).toMatchObject({ address: expect.any(String), phone: expect.any(String), hours: { regular: expect.any(String) } });
  const community = demoPoints.find((p) => p.level === 'community')!;
  const under = await call(handler, { path: '/network/points', query: { parentId: community.parentId! } });
  expect(under.body.points.map((p: { id: string }) => p.id)).toContain(community.id);
});

test('a resident scanning a point’s QR code sees the point and its agents, but no agent’s phone', async () => {
  const point = demoPoints.find((p) => demoAgents.some((a) => a.servicePointId === p.id))!;
  const { status, body } = await call(handler, { path: `/network/point-codes/${point.code}` });
  expect(status).toBe(200);
  const detail = ServicePointDetailResponse.parse(body);
  expect(detail.point.id).toBe(point.id);
  expect(detail.agents.length).toBeGreaterThanOrEqual(1);
  for (const agent of body.agents) {
    expect(Object.keys(agent).sort()).toEqual(Object.keys(AgentPublicSchema.shape).filter((k) => k in agent).sort());
    expect(JSON.stringify(agent)).not.toMatch(/1[3-9]\d{9}/);
  }
  const byId = await call(handler, { path: `/network/points/${point.id}` });
  expect(byId.body).toEqual(body);
});

test('an unknown point or QR code is 404; a QR code longer than WeChat’s 32-character scene is 400', async () => {
  expect((await call(handler, { path: '/network/point-codes/NOSUCHCODE' })).status).toBe(404);
  expect((await call(handler, { path: '/network/points/pt-none' })).status).toBe(404);
  expect((await call(handler, { path: `/network/point-codes/${'A'.repeat(33)}` })).status).toBe(400);
});

describe('the staff directory', () => {
  const agents = (token: string | undefined, query: Record<string, string>) => call(handler, { path: '/network/agents', query, token });

  test('is closed to the anonymous (401) and to residents (403)', async () => {
    const anonymous = await agents(undefined, { departmentId: deptAgent.departmentId! });
    expect(anonymous.status).toBe(401);
    expect(ApiErrorSchema.parse(anonymous.body).error.code).toBe('unauthenticated');
    expect((await agents(tokens.resident, { departmentId: deptAgent.departmentId! })).status).toBe(403);
  });

  test('an agent sees their own department’s agents, with phones masked', async () => {
    const { status, body } = await agents(tokens.deptAgent, { departmentId: deptAgent.departmentId! });
    expect(status).toBe(200);
    const me = body.agents.find((a: { id: string }) => a.id === deptAgent.id);
    expect(AgentSchema.parse(me).phoneMasked).toBe(`${deptAgent.phone.slice(0, 3)}****${deptAgent.phone.slice(-4)}`);
    expect(JSON.stringify(body)).not.toContain(deptAgent.phone);
  });

  test('an agent cannot list another department’s agents; a point agent sees their point', async () => {
    expect((await agents(tokens.deptAgent, { departmentId: otherDeptAgent.departmentId! })).status).toBe(403);
    expect((await agents(tokens.pointAgent, { servicePointId: pointAgent.servicePointId! })).status).toBe(200);
    expect((await agents(tokens.deptAgent, { servicePointId: pointAgent.servicePointId! })).status).toBe(403);
  });

  test('the bureau sees any unit; a query must name exactly one unit', async () => {
    expect((await agents(tokens.bureau, { departmentId: otherDeptAgent.departmentId! })).status).toBe(200);
    expect((await agents(tokens.bureau, {})).status).toBe(400);
    expect((await agents(tokens.bureau, { departmentId: 'a', servicePointId: 'b' })).status).toBe(400);
  });
});

test('the bureau reads the staffing rule for every unit; agents cannot', async () => {
  const { status, body } = await call(handler, { path: '/network/staffing', token: tokens.bureau });
  expect(status).toBe(200);
  expect(body.findings).toHaveLength(demoDepartments.length + demoPoints.length);
  expect(body.compliant).toBe(true);
  expect((await call(handler, { path: '/network/staffing', token: tokens.deptAgent })).status).toBe(403);
});

test('the staff directory shows each agent’s WeChat binding, never the bound user, openid or a pending code', async () => {
  const { status, body } = await call(handler, { path: '/network/agents', query: { departmentId: deptAgent.departmentId! }, token: tokens.bureau });
  expect(status).toBe(200);
  for (const agent of body.agents) {
    expect(AgentSchema.parse(agent).binding).toBe(agent.active ? 'unbound' : 'left');
    expect(agent).not.toHaveProperty('userId');
    expect(agent).not.toHaveProperty('openid');
    expect(agent).not.toHaveProperty('invitationCode');
  }
  // Staff-account actions are the bureau's: an agent neither issues codes nor unbinds a colleague.
  const asAgent = await call(staff, { method: 'POST', path: `/network/agents/${deptAgent.id}/invitations`, token: tokens.deptAgent, headers: { 'Idempotency-Key': 'k-agent-invite' } });
  expect(asAgent.status).toBe(403);
  expect((await call(staff, { method: 'POST', path: `/network/agents/${deptAgent.id}/unbind`, token: tokens.deptAgent })).status).toBe(403);
  expect((await call(staff, { method: 'POST', path: '/network/agents/agt-none/unbind', token: tokens.bureau })).status).toBe(404);
});
