// The policy's staffing rule (组建队伍): each department names 1–2 agents; each street/town
// service centre and service point names at least one.
import type { Agent, Department, ServicePoint, StaffingFinding } from './schemas/network';

export const DEPARTMENT_AGENTS = { min: 1, max: 2 } as const;
export const POINT_AGENTS_MIN = 1;

export function checkStaffing(
  departments: readonly Department[],
  points: readonly ServicePoint[],
  agents: readonly Pick<Agent, 'departmentId' | 'servicePointId' | 'active'>[],
): StaffingFinding[] {
  const active = agents.filter((a) => a.active);
  const byDepartment = (id: string) => active.filter((a) => a.departmentId === id && !a.servicePointId).length;
  const byPoint = (id: string) => active.filter((a) => a.servicePointId === id).length;
  return [
    ...departments.map((d): StaffingFinding => {
      const agentCount = byDepartment(d.id);
      return {
        unitKind: 'department',
        unitId: d.id,
        unitName: d.name,
        agentCount,
        ok: agentCount >= DEPARTMENT_AGENTS.min && agentCount <= DEPARTMENT_AGENTS.max,
        rule: '每个部门明确1—2名代办帮办人员',
      };
    }),
    ...points.map((p): StaffingFinding => {
      const agentCount = byPoint(p.id);
      return {
        unitKind: 'servicePoint',
        unitId: p.id,
        unitName: p.name,
        agentCount,
        ok: agentCount >= POINT_AGENTS_MIN,
        rule: '各便民服务中心及代办点明确至少1名代办帮办人员',
      };
    }),
  ];
}
