// The network capability: departments, service points at every level, agents, and the staffing rule.
import {
  AgentPublicSchema,
  AgentSchema,
  checkStaffing,
  maskPhone,
  type Agent,
  type AgentBinding,
  type AgentPublic,
  type Department,
  type Principal,
  type ServicePoint,
} from '@app/shared';
import { requireUnit } from '../identity/access';
import { notFound } from '../lib/errors';
import * as repo from './repository';
import type { AgentRecord } from './repository';

const toAgentPublic = (a: AgentRecord): AgentPublic => AgentPublicSchema.parse(a);

/** Left (离岗) wins over bound: a record that is no longer active serves nobody. */
export const bindingOf = (a: AgentRecord): AgentBinding => (!a.active ? 'left' : a.userId ? 'bound' : 'unbound');

/** What colleagues and the bureau see of an agent: never the openid, the user or a pending code. */
export const toAgent = (a: AgentRecord): Agent =>
  AgentSchema.parse({
    id: a.id, name: a.name, title: a.title, departmentId: a.departmentId, servicePointId: a.servicePointId,
    phoneMasked: maskPhone(a.phone), isHead: a.isHead, active: a.active, binding: bindingOf(a), boundAt: a.boundAt, leftAt: a.leftAt,
  });

export async function listDepartments(): Promise<{ departments: Department[] }> {
  return { departments: await repo.listDepartments() };
}

export async function listServicePoints(filter: { level?: string; parentId?: string }): Promise<{ points: ServicePoint[] }> {
  return { points: await repo.listPoints(filter) };
}

async function pointDetail(point: ServicePoint | undefined) {
  if (!point) throw notFound('service point');
  const agents = (await repo.listAgentsOf({ servicePointId: point.id })).filter((a) => a.active);
  return { point, agents: agents.map(toAgentPublic) };
}

export const getServicePoint = async (id: string) => pointDetail(await repo.findPoint(id));
export const getServicePointByCode = async (code: string) => pointDetail(await repo.findPointByCode(code));

/** Colleagues' directory: an agent may list their own department's or point's agents; the bureau any. */
export async function listAgents(principal: Principal, unit: { departmentId?: string; servicePointId?: string }): Promise<{ agents: Agent[] }> {
  requireUnit(principal, unit);
  return { agents: (await repo.listAgentsOf(unit)).map(toAgent) };
}

/**
 * The staffing rule for every unit; each department's finding also counts the open cases in its
 * queue that nobody holds (e.g. sent back to the queue when its last agent left), so the bureau
 * sees work waiting for staff.
 */
export async function staffingReport() {
  const [departments, points, agents] = await Promise.all([repo.listDepartments(), repo.listPoints(), repo.listAgentsOf({})]);
  const findings = checkStaffing(departments, points, agents);
  const unassigned = new Map(await Promise.all(departments.map(async (d) => [d.id, await repo.countUnassignedOpen(d.id)] as const)));
  return {
    findings: findings.map((f) => (f.unitKind === 'department' ? { ...f, unassignedOpenCases: unassigned.get(f.unitId) ?? 0 } : f)),
    compliant: findings.every((f) => f.ok),
  };
}
