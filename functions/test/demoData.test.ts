// The demo data the local stack loads must be valid against the shared schemas, internally
// consistent, and satisfy the policy's staffing rule.
import {
  AgentPublicSchema,
  checkStaffing,
  DepartmentSchema,
  IdSchema,
  Level,
  MobileSchema,
  Role,
  Scope,
  ServiceItemSchema,
  ServicePointSchema,
  CaseEventSchema,
  addCalendarDays,
  chinaDate,
} from '@app/shared';
import { demoAgents, demoDepartments, demoItems, demoPoints, demoUsers } from '../local/demoData';
import { demoHistory } from '../local/demoHistory';
import { figuresOf } from '../src/supervision/figures';
import { PACKAGE_CALENDAR } from './support/calendar';

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

const departmentsById = new Map(demoDepartments.map((d) => [d.id, d]));
const pointsById = new Map(demoPoints.map((p) => [p.id, p]));
const agentsById = new Map(demoAgents.map((a) => [a.id, a]));

describe('demo data: schemas', () => {
  test.each(demoDepartments.map((d) => [d.id, d] as const))('department %s parses', (_id, department) => {
    expect(DepartmentSchema.parse(department)).toEqual(department);
  });

  test.each(demoPoints.map((p) => [p.id, p] as const))('service point %s parses', (_id, point) => {
    expect(ServicePointSchema.parse(point)).toEqual(point);
  });

  test.each(demoItems.map((i) => [i.id, i] as const))('service item %s parses', (_id, item) => {
    expect(ServiceItemSchema.parse(item)).toEqual(item);
  });

  test.each(demoAgents.map((a) => [a.id, a] as const))('agent %s parses, with a mobile phone', (_id, agent) => {
    expect(() => AgentPublicSchema.parse(agent)).not.toThrow();
    expect(MobileSchema.safeParse(agent.phone).success).toBe(true);
  });

  test('users have valid ids and roles, and none is an agent user', () => {
    for (const user of demoUsers) {
      expect(IdSchema.safeParse(user.userId).success).toBe(true);
      expect(Role.values).toContain(user.role);
      expect(user.role).not.toBe('agent');
      if (user.agentId) expect(agentsById.has(user.agentId)).toBe(true);
    }
    expect(demoUsers.filter((u) => u.role === 'resident').length).toBeGreaterThanOrEqual(2);
    expect(demoUsers.filter((u) => u.role === 'bureau').length).toBeGreaterThanOrEqual(1);
  });
});

describe('demo data: uniqueness', () => {
  test('ids are unique within each kind', () => {
    expect(duplicates(demoDepartments.map((d) => d.id))).toEqual([]);
    expect(duplicates(demoPoints.map((p) => p.id))).toEqual([]);
    expect(duplicates(demoAgents.map((a) => a.id))).toEqual([]);
    expect(duplicates(demoItems.map((i) => i.id))).toEqual([]);
    expect(duplicates(demoUsers.map((u) => u.userId))).toEqual([]);
  });

  test('service point QR codes are unique', () => {
    expect(duplicates(demoPoints.map((p) => p.code))).toEqual([]);
  });

  test('item codes are unique, and material ids are unique within each item', () => {
    expect(duplicates(demoItems.map((i) => i.code))).toEqual([]);
    for (const item of demoItems) expect(duplicates(item.materials.map((m) => m.id))).toEqual([]);
  });

  test('agent phones are unique', () => {
    expect(duplicates(demoAgents.map((a) => a.phone))).toEqual([]);
  });
});

describe('demo data: references', () => {
  test('every item names an existing department by id and name', () => {
    for (const item of demoItems) {
      const department = departmentsById.get(item.departmentId);
      expect(department).toBeDefined();
      expect(item.departmentName).toBe(department?.name);
    }
  });

  test('every agent belongs to an existing department and/or service point', () => {
    for (const agent of demoAgents) {
      expect(agent.departmentId || agent.servicePointId).toBeTruthy();
      if (agent.departmentId) expect(departmentsById.has(agent.departmentId)).toBe(true);
      if (agent.servicePointId) expect(pointsById.has(agent.servicePointId)).toBe(true);
    }
  });

  test('parent points exist with matching names; communities hang under a street or town', () => {
    for (const point of demoPoints) {
      if (point.parentId === undefined) {
        expect(point.parentName).toBeUndefined();
        continue;
      }
      const parent = pointsById.get(point.parentId);
      expect(parent).toBeDefined();
      expect(point.parentName).toBe(parent?.name);
      expect(parent?.id).not.toBe(point.id);
    }
    for (const point of demoPoints.filter((p) => p.level === 'community')) {
      expect(point.parentId).toBeDefined();
      expect(pointsById.get(point.parentId!)?.level).toBe('streetTown');
    }
    for (const point of demoPoints.filter((p) => p.level === 'district')) expect(point.parentId).toBeUndefined();
  });

  test('each department has exactly one head, and headAgentId names that head', () => {
    for (const department of demoDepartments) {
      const own = demoAgents.filter((a) => a.departmentId === department.id && !a.servicePointId);
      const heads = own.filter((a) => a.isHead);
      expect(heads).toHaveLength(1);
      expect(department.headAgentId).toBe(heads[0].id);
      const head = agentsById.get(department.headAgentId!);
      expect(head?.departmentId).toBe(department.id);
      expect(head?.isHead).toBe(true);
      expect(head?.active).toBe(true);
    }
    // A head flag only makes sense for a department agent.
    for (const agent of demoAgents.filter((a) => a.isHead)) {
      expect(agent.servicePointId).toBeUndefined();
      expect(departmentsById.get(agent.departmentId!)?.headAgentId).toBe(agent.id);
    }
  });
});

describe('demo data: coverage', () => {
  test('at least 20 items, and every scope has at least 4', () => {
    expect(demoItems.length).toBeGreaterThanOrEqual(20);
    for (const scope of Scope.values) {
      expect(demoItems.filter((i) => i.scope === scope).length).toBeGreaterThanOrEqual(4);
    }
  });

  test('every level of the network has a service point', () => {
    for (const level of Level.values) expect(demoPoints.some((p) => p.level === level)).toBe(true);
  });

  test('there is exactly one bureau and a park committee', () => {
    expect(demoDepartments.filter((d) => d.kind === 'bureau')).toHaveLength(1);
    expect(demoDepartments.some((d) => d.kind === 'parkCommittee')).toBe(true);
  });

  test('some materials allow 告知承诺', () => {
    expect(demoItems.some((i) => i.materials.some((m) => m.commitmentAllowed))).toBe(true);
  });

  test('points lie in Kundulun district', () => {
    for (const point of demoPoints) {
      expect(point.location.lat).toBeGreaterThanOrEqual(40.63);
      expect(point.location.lat).toBeLessThanOrEqual(40.7);
      expect(point.location.lng).toBeGreaterThanOrEqual(109.78);
      expect(point.location.lng).toBeLessThanOrEqual(109.86);
    }
  });
});

describe('demo data: staffing', () => {
  test('checkStaffing reports every department and service point ok', () => {
    const findings = checkStaffing(demoDepartments, demoPoints, demoAgents);
    expect(findings).toHaveLength(demoDepartments.length + demoPoints.length);
    expect(findings.filter((f) => !f.ok)).toEqual([]);
  });
});

describe('demo data: a year of history', () => {
  const now = new Date('2026-11-25T02:00:00Z');
  const history = demoHistory(now, PACKAGE_CALENDAR);
  const today = chinaDate(now);

  test('is the same every time for the same day', () => {
    expect(demoHistory(now, PACKAGE_CALENDAR)).toEqual(history);
  });

  test('150–250 cases over the last 365 days, of demo departments, owned by their agents', () => {
    expect(history.cases.length).toBeGreaterThanOrEqual(150);
    expect(history.cases.length).toBeLessThanOrEqual(250);
    const yearAgo = addCalendarDays(today, -364);
    for (const c of history.cases) {
      const day = chinaDate(c.createdAt);
      expect(day >= yearAgo && day < today).toBe(true);
      expect(departmentsById.has(c.departmentId)).toBe(true);
      if (c.ownerAgentId) expect(agentsById.get(c.ownerAgentId)?.departmentId).toBe(c.departmentId);
      if (c.result) expect(c.result.at <= now.toISOString()).toBe(true);
      // Versions count the timeline, as real transactions do.
      expect(history.events.filter((e) => e.caseId === c.id)).toHaveLength(c.version);
    }
    expect(duplicates(history.cases.map((c) => c.id))).toEqual([]);
    expect(duplicates(history.cases.map((c) => c.number))).toEqual([]);
    for (const { event } of history.events) expect(() => CaseEventSchema.parse(event)).not.toThrow();
  });

  test('mostly done on time and well rated, with some late results and a few bad ratings, rectified or not', () => {
    const f = figuresOf(history.cases, today, PACKAGE_CALENDAR);
    expect(f.done / f.received).toBeGreaterThan(0.8);
    expect(f.onTimeRate).toBeGreaterThan(0.75);
    expect(f.onTimeRate).toBeLessThan(0.97);
    expect(f.ratings.verySatisfied + f.ratings.satisfied).toBeGreaterThan(f.done / 2);
    expect(f.badRatings).toBeGreaterThanOrEqual(3);
    expect(f.badRatings / f.done).toBeLessThan(0.12);
    expect(f.rectifications.open).toBeGreaterThanOrEqual(2);
    expect(f.rectifications.done).toBeGreaterThanOrEqual(1);
    expect(f.open).toBeGreaterThan(0);
    // Rectification items match their cases.
    const rectifications = history.items.filter((i) => i.entity === 'rectification');
    expect(rectifications).toHaveLength(f.rectifications.open + f.rectifications.done);
  });
});
