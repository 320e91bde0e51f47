// The network capability: departments, service points at every level, agents, and the staffing rule.
import {
  AgentPublicSchema,
  AgentSchema,
  checkStaffing,
  maskPhone,
  type Agent,
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
const toAgent = (a: AgentRecord): Agent => AgentSchema.parse({ ...a, phoneMasked: maskPhone(a.phone) });

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

export async function staffingReport() {
  const [departments, points, agents] = await Promise.all([repo.listDepartments(), repo.listPoints(), repo.listAgentsOf({})]);
  const findings = checkStaffing(departments, points, agents);
  return { findings, compliant: findings.every((f) => f.ok) };
}
