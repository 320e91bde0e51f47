// The staffing rule of the policy (组建队伍): every department names 1–2 agents, every street/town
// service centre and service point at least one.
import { DEPARTMENT_AGENTS, POINT_AGENTS_MIN, checkStaffing, type Agent, type Department, type ServicePoint } from '@app/shared';

type StaffAgent = Pick<Agent, 'departmentId' | 'servicePointId' | 'active'>;

const department = (id: string, name: string): Department => ({
  id,
  name,
  kind: 'department',
  phone: '0472-2111111',
  address: '昆都仑区政务服务中心',
});

const point = (id: string, name: string): ServicePoint => ({
  id,
  code: id.toUpperCase().replace(/[^A-Z0-9]/g, ''),
  name,
  level: 'streetTown',
  address: '昆都仑区少先路街道',
  phone: '0472-2222222',
  shortCode: 'K99',
  hours: { regular: '周一至周五 9:00-12:00, 13:30-17:30' },
  schedule: { periods: [], slotMinutes: 60, windows: 1, perWindowSlot: 1, bookingDays: 30, closures: [], version: 1 },
  location: { lat: 40.66, lng: 109.82 },
});

const deptAgent = (departmentId: string, active = true): StaffAgent => ({ departmentId, active });
const pointAgent = (servicePointId: string, departmentId?: string, active = true): StaffAgent => ({ servicePointId, departmentId, active });

const DRC = department('drc', '区发改委');
const MARKET = department('market', '区市场监督管理局');
const SXL = point('sxl-centre', '少先路街道便民服务中心');

const findingFor = (unitId: string, departments: Department[], points: ServicePoint[], agents: StaffAgent[]) => {
  const finding = checkStaffing(departments, points, agents).find((f) => f.unitId === unitId);
  if (!finding) throw new Error(`no finding for ${unitId}`);
  return finding;
};

describe('departments: 1–2 agents each', () => {
  test('the rule is one to two agents per department and at least one per point', () => {
    expect(DEPARTMENT_AGENTS).toEqual({ min: 1, max: 2 });
    expect(POINT_AGENTS_MIN).toBe(1);
  });

  test.each([
    [0, false],
    [1, true],
    [2, true],
    [3, false],
  ])('a department with %i active agents complies: %s', (count, ok) => {
    const agents = Array.from({ length: count }, () => deptAgent('drc'));
    expect(findingFor('drc', [DRC], [], agents)).toEqual({
      unitKind: 'department',
      unitId: 'drc',
      unitName: '区发改委',
      agentCount: count,
      ok,
      rule: '每个部门明确1—2名代办帮办人员',
    });
  });

  test('an agent who left (inactive) does not count toward the department', () => {
    const finding = findingFor('drc', [DRC], [], [deptAgent('drc', false)]);
    expect(finding.agentCount).toBe(0);
    expect(finding.ok).toBe(false);
  });

  test('three agents of whom one is inactive is back within the rule', () => {
    const finding = findingFor('drc', [DRC], [], [deptAgent('drc'), deptAgent('drc'), deptAgent('drc', false)]);
    expect(finding).toMatchObject({ agentCount: 2, ok: true });
  });

  test('agents of another department do not count', () => {
    const findings = checkStaffing([DRC, MARKET], [], [deptAgent('market'), deptAgent('market')]);
    expect(findings.map((f) => [f.unitId, f.agentCount, f.ok])).toEqual([
      ['drc', 0, false],
      ['market', 2, true],
    ]);
  });

  test('an agent posted at a service point does not count toward their department', () => {
    const finding = findingFor('drc', [DRC], [SXL], [pointAgent('sxl-centre', 'drc')]);
    expect(finding).toMatchObject({ agentCount: 0, ok: false });
  });

  test('a department with two desk agents and one posted at a point still complies', () => {
    const agents = [deptAgent('drc'), deptAgent('drc'), pointAgent('sxl-centre', 'drc')];
    expect(findingFor('drc', [DRC], [SXL], agents)).toMatchObject({ agentCount: 2, ok: true });
  });
});

describe('service centres and points: at least 1 agent', () => {
  test.each([
    [0, false],
    [1, true],
    [2, true],
    [5, true],
  ])('a point with %i active agents complies: %s', (count, ok) => {
    const agents = Array.from({ length: count }, () => pointAgent('sxl-centre'));
    expect(findingFor('sxl-centre', [], [SXL], agents)).toEqual({
      unitKind: 'servicePoint',
      unitId: 'sxl-centre',
      unitName: '少先路街道便民服务中心',
      agentCount: count,
      ok,
      rule: '各便民服务中心及代办点明确至少1名代办帮办人员',
    });
  });

  test('an inactive agent does not staff a point', () => {
    expect(findingFor('sxl-centre', [], [SXL], [pointAgent('sxl-centre', undefined, false)])).toMatchObject({ agentCount: 0, ok: false });
  });

  test('a department agent does not staff a point', () => {
    expect(findingFor('sxl-centre', [DRC], [SXL], [deptAgent('drc')])).toMatchObject({ agentCount: 0, ok: false });
  });

  test('a point agent who also belongs to a department counts for the point', () => {
    expect(findingFor('sxl-centre', [DRC], [SXL], [pointAgent('sxl-centre', 'drc')])).toMatchObject({ agentCount: 1, ok: true });
  });
});

describe('the whole report', () => {
  test('one finding per department, then one per point, in the order given', () => {
    const other = point('klx-point', '昆河镇代办点');
    const findings = checkStaffing([DRC, MARKET], [SXL, other], [deptAgent('drc'), pointAgent('klx-point')]);
    expect(findings.map((f) => `${f.unitKind}:${f.unitId}:${f.ok}`)).toEqual([
      'department:drc:true',
      'department:market:false',
      'servicePoint:sxl-centre:false',
      'servicePoint:klx-point:true',
    ]);
  });

  test('no departments and no points gives an empty report', () => {
    expect(checkStaffing([], [], [deptAgent('drc')])).toEqual([]);
  });
});
