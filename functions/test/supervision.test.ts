// Supervision (督查考评) against DynamoDB Local with a fixed clock: the figures of a hand-made set
// of cases around National Day 2026, the CSV export, the public scorecard and its cache, period
// validation, access, and the rectification of a bad rating made through real case actions.
//
// 2026 calendar used below: Mid-Autumn Fri 09-25 … Sun 09-27 and National Day Thu 10-01 … Wed
// 10-07 are holidays; Sun 09-20 and Sat 10-10 are make-up working days. Today in Baotou is Tue 2026-10-20, 10:00, so the default period is
// 2026-09-21 … 2026-10-20.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  AGREEMENT_VERSION,
  CaseDetailSchema,
  ListRectificationsResponse,
  RatingLevel,
  ScorecardResponse,
  SupervisionAgentsResponse,
  SupervisionDepartmentsResponse,
  type RatingDistribution,
  type RatingLevel as RatingLevelValue,
  type SupervisionFigures,
} from '@app/shared';
import { ulid } from 'ulid';
import { demoDepartments } from '../local/demoData';
import { countWrittenOpenWork } from '../src/cases/openWork';
import { rollUpWrittenCases } from '../src/supervision/rollups';
import { caseToItem, type CaseRecord } from '../src/cases/record';
import { handler as cases } from '../src/handlers/cases';
import { handler } from '../src/handlers/supervision';
import { clock } from '../src/lib/clock';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import { putAgent, putDepartment } from '../src/network/repository';
import { OUTBOX_SHARDS } from '../src/notices/outbox';
import { readScorecardCache, writeScorecardCache } from '../src/supervision/repository';
import { useTestBucket } from './support/bucket';
import { call } from './support/http';
import { acceptAll, handInRequired } from './support/materials';
import { tokenOf } from './support/people';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';

const NOW = new Date('2026-10-20T02:00:00Z'); // 10:00 in Baotou
let now = NOW;

/** A case as stored, with only what a test states differing from an ordinary accepted case. */
function fixture(overrides: Partial<CaseRecord> & Pick<CaseRecord, 'departmentId' | 'createdAt'>): CaseRecord {
  return {
    id: ulid(),
    number: `KDL-TEST-${Math.floor(Math.random() * 1e6)}`,
    kind: 'entrustment',
    state: 'accepted',
    version: 5,
    itemId: 'item-fixture',
    itemName: '测试事项',
    departmentName: '测试部门',
    commitmentDays: 5,
    serviceKind: 'handleOnBehalf',
    serviceMode: 'online',
    channel: 'window',
    applicant: { name: '测试申请人', phone: '13904729999' },
    openSubTasks: 0,
    subTaskDepartmentIds: [],
    rated: false,
    updatedAt: overrides.createdAt,
    ...overrides,
  };
}
const rating = (level: RatingLevelValue, at: string) => ({ rated: true, rating: { level, at } });
const result = (at: string) => ({ result: { outcome: 'approved' as const, summary: '已办结', at } });

// 区市场监管局 (dept-scjg): agents agt-scjg-1 马文静 and agt-scjg-2 高磊.
const SCJG: CaseRecord[] = [
  // A1 accepted Thu 09-24, 5 working days → due Fri 10-09 (09-28, 29, 30, 10-08, 09: Mid-Autumn and
  // National Day in between); result 10-08 → on time; working days (09-24, 10-08] = 09-28, 29, 30, 10-08 = 4.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-09-24T01:00:00.000Z', state: 'rated', ownerAgentId: 'agt-scjg-1', acceptedAt: '2026-09-24T02:00:00.000Z', dueDate: '2026-10-09', ...result('2026-10-08T03:00:00.000Z'), ...rating('verySatisfied', '2026-10-09T02:00:00.000Z') }),
  // A2 accepted Tue 09-29, 3 working days → due Fri 10-09 (09-30, 10-08, 10-09); result Mon 10-12 →
  // late; working days (09-29, 10-12] = 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12 = 5.
  // Rated 不满意 on 10-13: rectification due 10-20 (5 working days), still open, not yet overdue today.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-09-29T01:00:00.000Z', state: 'resultFedBack', ownerAgentId: 'agt-scjg-1', acceptedAt: '2026-09-29T01:30:00.000Z', dueDate: '2026-10-09', ...result('2026-10-12T02:00:00.000Z'), ...rating('dissatisfied', '2026-10-13T02:00:00.000Z'), rectification: { dueDate: '2026-10-20', state: 'open' } }),
  // A3 accepted Fri 10-09, due Thu 10-15 (10-10 make-up, 12, 13, 14, 15); still coordinating → overdue open.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-10-09T01:00:00.000Z', state: 'coordinating', ownerAgentId: 'agt-scjg-2', acceptedAt: '2026-10-09T02:00:00.000Z', dueDate: '2026-10-15' }),
  // A4 accepted Wed 10-14, due Wed 10-21: open, on track.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-10-14T01:00:00.000Z', state: 'accepted', ownerAgentId: 'agt-scjg-2', acceptedAt: '2026-10-14T02:00:00.000Z', dueDate: '2026-10-21' }),
  // A5 signed, routed to agt-scjg-1 but not accepted: open, no due date, unaccepted.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-10-19T01:00:00.000Z', state: 'agreementSigned', assigneeAgentId: 'agt-scjg-1' }),
  // A6 withdrawn before acceptance: received, neither open nor done, unaccepted.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-09-22T01:00:00.000Z', state: 'withdrawn' }),
  // A7 a pre-consultation: not counted at all.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-10-05T01:00:00.000Z', kind: 'preConsultation', state: 'earlyIntervention', ownerAgentId: 'agt-scjg-1' }),
  // A8 entrusted Sun 09-20 23:00 in Baotou (15:00Z): the day before the period, not counted (nor its bad rating).
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-09-20T15:00:00.000Z', state: 'rated', ownerAgentId: 'agt-scjg-1', acceptedAt: '2026-09-20T15:30:00.000Z', dueDate: '2026-09-21', ...result('2026-09-21T02:00:00.000Z'), ...rating('veryDissatisfied', '2026-09-22T02:00:00.000Z'), rectification: { dueDate: '2026-09-29', state: 'open' } }),
  // A9 entrusted Mon 09-21 00:00 in Baotou (09-20 16:00Z): the period's first instant, counted.
  // Accepted 09-21, 1 working day → due 09-22; result 09-22 → on time; (09-21, 09-22] = 1 working day.
  fixture({ departmentId: 'dept-scjg', createdAt: '2026-09-20T16:00:00.000Z', state: 'archived', ownerAgentId: 'agt-scjg-1', acceptedAt: '2026-09-21T01:00:00.000Z', dueDate: '2026-09-22', ...result('2026-09-22T08:00:00.000Z'), ...rating('satisfied', '2026-09-23T02:00:00.000Z') }),
];

// 区人社局 (dept-rsj): agents agt-rsj-1 杨丽萍 and agt-rsj-2 韩冬梅.
const RSJ: CaseRecord[] = [
  // B1 accepted Fri 09-25 (Mid-Autumn, a window open on a holiday), 10 working days → due 10-15 (09-28, 29, 30, 10-08, 09, 10, 12, 13, 14, 15);
  // result 10-15 17:00 → on time; 10 working days.
  fixture({ departmentId: 'dept-rsj', createdAt: '2026-09-25T01:00:00.000Z', state: 'archived', ownerAgentId: 'agt-rsj-1', acceptedAt: '2026-09-25T02:00:00.000Z', dueDate: '2026-10-15', ...result('2026-10-15T09:00:00.000Z'), ...rating('basicallySatisfied', '2026-10-16T02:00:00.000Z') }),
  // B2 accepted Wed 09-30, 2 working days → due Fri 10-09; result at 10-09 16:30Z = 10-10 00:30 in
  // Baotou → late; working days (09-30, 10-10] = 10-08, 10-09, 10-10 = 3. 非常不满意, rectification done.
  fixture({ departmentId: 'dept-rsj', createdAt: '2026-09-30T01:00:00.000Z', state: 'rated', ownerAgentId: 'agt-rsj-1', acceptedAt: '2026-09-30T01:00:00.000Z', dueDate: '2026-10-09', ...result('2026-10-09T16:30:00.000Z'), ...rating('veryDissatisfied', '2026-10-12T02:00:00.000Z'), rectification: { dueDate: '2026-10-19', state: 'done' } }),
  // B3 accepted Sat 10-10 (make-up day), due 10-14; a supplement paused the clock on 10-13, so today
  // the due date is 10-14 plus the 5 paused working days (10-14 … 10-20) = 10-21: not overdue.
  fixture({ departmentId: 'dept-rsj', createdAt: '2026-10-10T01:00:00.000Z', state: 'supplementRequested', ownerAgentId: 'agt-rsj-2', acceptedAt: '2026-10-10T02:00:00.000Z', dueDate: '2026-10-14', pausedOn: '2026-10-13' }),
  // B4 accepted Fri 10-16, 1 working day → due Mon 10-19; materials submitted, still open → overdue open.
  fixture({ departmentId: 'dept-rsj', createdAt: '2026-10-16T01:00:00.000Z', state: 'materialsSubmitted', ownerAgentId: 'agt-rsj-2', acceptedAt: '2026-10-16T02:00:00.000Z', dueDate: '2026-10-19' }),
  // B5 accepted 09-23, due 09-24, result 09-24 → on time, 1 working day; 不满意 on 09-25 → the
  // rectification was due 10-09 (09-28, 29, 30, 10-08, 09) and is still open: overdue.
  fixture({ departmentId: 'dept-rsj', createdAt: '2026-09-23T01:00:00.000Z', state: 'resultFedBack', ownerAgentId: 'agt-rsj-2', acceptedAt: '2026-09-23T02:00:00.000Z', dueDate: '2026-09-24', ...result('2026-09-24T02:00:00.000Z'), ...rating('dissatisfied', '2026-09-25T02:00:00.000Z'), rectification: { dueDate: '2026-10-09', state: 'open' } }),
  // B6 accepted Mon 10-12, due 10-13, result 10-13 → on time, 1 working day; not rated.
  fixture({ departmentId: 'dept-rsj', createdAt: '2026-10-12T01:00:00.000Z', state: 'resultFedBack', ownerAgentId: 'agt-rsj-1', acceptedAt: '2026-10-12T01:00:00.000Z', dueDate: '2026-10-13', ...result('2026-10-13T03:00:00.000Z') }),
];

const ratings = (counts: Partial<RatingDistribution>): RatingDistribution => ({ ...Object.fromEntries(RatingLevel.values.map((l) => [l, 0])), ...counts }) as RatingDistribution;
const NOTHING: SupervisionFigures = {
  received: 0, accepted: 0, done: 0, onTime: 0, lateDone: 0, open: 0, overdueOpen: 0, onTimeRate: null, averageWorkingDays: null,
  ratings: ratings({}), badRatings: 0, rectifications: { open: 0, overdue: 0, done: 0 },
};

// 区市场监管局: A1, A2, A3, A4, A5, A6, A9 counted (A7 a pre-consultation, A8 before the period).
const SCJG_FIGURES: SupervisionFigures = {
  received: 7, // A1–A6, A9 minus A7
  accepted: 5, // A1, A2, A3, A4, A9
  done: 3, // A1, A2, A9
  onTime: 2, // A1, A9
  lateDone: 1, // A2
  open: 3, // A3, A4, A5 (A6 is withdrawn)
  overdueOpen: 1, // A3
  onTimeRate: 2 / 3,
  averageWorkingDays: 3.3, // (4 + 5 + 1) / 3 = 3.33
  ratings: ratings({ verySatisfied: 1, satisfied: 1, dissatisfied: 1 }), // A1, A9, A2
  badRatings: 1, // A2
  rectifications: { open: 1, overdue: 0, done: 0 }, // A2, due today
};
const RSJ_FIGURES: SupervisionFigures = {
  received: 6,
  accepted: 6,
  done: 4, // B1, B2, B5, B6
  onTime: 3, // B1, B5, B6
  lateDone: 1, // B2 (result after midnight in Baotou)
  open: 2, // B3, B4
  overdueOpen: 1, // B4 (B3's clock is paused)
  onTimeRate: 0.75,
  averageWorkingDays: 3.8, // (10 + 3 + 1 + 1) / 4 = 3.75
  ratings: ratings({ basicallySatisfied: 1, veryDissatisfied: 1, dissatisfied: 1 }), // B1, B2, B5
  badRatings: 2, // B2, B5
  rectifications: { open: 1, overdue: 1, done: 1 }, // B5 open and past 10-09; B2 done
};
const TOTAL: SupervisionFigures = {
  received: 13, // 7 + 6
  accepted: 11, // 5 + 6
  done: 7, // 3 + 4
  onTime: 5, // 2 + 3
  lateDone: 2,
  open: 5, // 3 + 2
  overdueOpen: 2,
  onTimeRate: 5 / 7,
  averageWorkingDays: 3.6, // (10 + 15) / 7 = 3.57
  ratings: ratings({ verySatisfied: 1, satisfied: 1, basicallySatisfied: 1, dissatisfied: 2, veryDissatisfied: 1 }),
  badRatings: 3,
  rectifications: { open: 2, overdue: 1, done: 1 },
};

/** Rates are fractions: compared to ten decimals, everything else exactly. */
function expectFigures(actual: SupervisionFigures, expected: SupervisionFigures) {
  const { onTimeRate, ...rest } = actual;
  const { onTimeRate: expectedRate, ...expectedRest } = expected;
  expect(rest).toEqual(expectedRest);
  if (expectedRate === null) expect(onTimeRate).toBeNull();
  else expect(onTimeRate).toBeCloseTo(expectedRate, 10);
}

const COMMA_DEPARTMENT = { ...demoDepartments.find((d) => d.id === 'dept-swj')!, id: 'dept-csv', name: '区营商环境"服务"中心,一科', headAgentId: 'agt-csv-1' };

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await useTestBucket();
  await putDepartment(COMMA_DEPARTMENT);
  await putAgent({ id: 'agt-csv-1', name: '王五,赵六', title: '代办帮办员', departmentId: 'dept-csv', phone: '13904720999', isHead: true, active: true });
  for (const c of [...SCJG, ...RSJ, fixture({ departmentId: 'dept-csv', createdAt: '2026-10-15T01:00:00.000Z', ownerAgentId: 'agt-csv-1', acceptedAt: '2026-10-15T02:00:00.000Z', dueDate: '2026-10-22' })]) {
    await documentClient().send(new PutCommand({ TableName: config().tableName, Item: caseToItem(c) }));
    await countWrittenOpenWork([caseToItem(c)]);
    await rollUpWrittenCases([c]);
  }
});
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);
beforeEach(() => {
  jest.spyOn(clock, 'now').mockImplementation(() => now);
});
afterEach(() => {
  jest.restoreAllMocks();
  now = NOW;
});

async function get(path: string, who?: string, query?: Record<string, string>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return call<any>(handler, { path, query, token: who ? await tokenOf(who) : undefined });
}

describe('the dashboard figures', () => {
  test('per department and for the district, over the default period (the last 30 days)', async () => {
    const { status, body } = await get('/supervision/departments', 'u-bureau-1');
    expect(status).toBe(200);
    const answer = SupervisionDepartmentsResponse.parse(body);
    expect(answer).toMatchObject({ from: '2026-09-21', to: '2026-10-20', computedAt: NOW.toISOString() });
    const of = (id: string) => answer.departments.find((d) => d.departmentId === id)!.figures;
    expectFigures(of('dept-scjg'), SCJG_FIGURES);
    expectFigures(of('dept-rsj'), RSJ_FIGURES);
    // The CSV department's one open case, accepted 10-15 and due 10-22.
    expectFigures(of('dept-csv'), { ...NOTHING, received: 1, accepted: 1, open: 1 });
    expectFigures(of('dept-fgw'), NOTHING);
    expect(answer.departments).toHaveLength(demoDepartments.length + 1);
    expectFigures(answer.total, { ...TOTAL, received: 14, accepted: 12, open: 6 }); // with the CSV department's case
  });

  test('an explicit period: only 10-09 … 10-20 (A3, A4, A5 of 市场监管局; B3, B4, B6 of 人社局)', async () => {
    const { body } = await get('/supervision/departments', 'u-bureau-1', { from: '2026-10-09', to: '2026-10-20' });
    const answer = SupervisionDepartmentsResponse.parse(body);
    const of = (id: string) => answer.departments.find((d) => d.departmentId === id)!.figures;
    // A3 (overdue), A4, A5: all open; A3, A4 accepted.
    expectFigures(of('dept-scjg'), { ...NOTHING, received: 3, accepted: 2, open: 3, overdueOpen: 1 });
    // B3 (paused), B4 (overdue) open; B6 done on time in 1 working day.
    expectFigures(of('dept-rsj'), { ...NOTHING, received: 3, accepted: 3, done: 1, onTime: 1, open: 2, overdueOpen: 1, onTimeRate: 1, averageWorkingDays: 1 });
  });

  test('per agent of a department, with the cases nobody accepted', async () => {
    const scjg = SupervisionAgentsResponse.parse((await get('/supervision/agents', 'u-bureau-1', { departmentId: 'dept-scjg' })).body);
    expect(scjg).toMatchObject({ departmentId: 'dept-scjg', departmentName: demoDepartments.find((d) => d.id === 'dept-scjg')!.name, from: '2026-09-21', to: '2026-10-20' });
    expect(scjg.unaccepted).toBe(2); // A5 (routed, not accepted) and A6 (withdrawn before acceptance)
    expect(scjg.agents.map((a) => [a.agentId, a.agentName])).toEqual([
      ['agt-scjg-1', '马文静'], // 3 received
      ['agt-scjg-2', '高磊'], // 2 received
    ]);
    // 马文静: A1 (on time, 4 days), A2 (late, 5 days, 不满意, rectification open), A9 (on time, 1 day).
    expectFigures(scjg.agents[0].figures, {
      received: 3, accepted: 3, done: 3, onTime: 2, lateDone: 1, open: 0, overdueOpen: 0, onTimeRate: 2 / 3, averageWorkingDays: 3.3, // (4 + 5 + 1) / 3
      ratings: ratings({ verySatisfied: 1, dissatisfied: 1, satisfied: 1 }), badRatings: 1, rectifications: { open: 1, overdue: 0, done: 0 },
    });
    // 高磊: A3 (overdue) and A4, both open.
    expectFigures(scjg.agents[1].figures, { ...NOTHING, received: 2, accepted: 2, open: 2, overdueOpen: 1 });

    const rsj = SupervisionAgentsResponse.parse((await get('/supervision/agents', 'u-bureau-1', { departmentId: 'dept-rsj' })).body);
    expect(rsj.unaccepted).toBe(0);
    // Both have 3 cases (the order between equals is by name).
    const byId = new Map(rsj.agents.map((a) => [a.agentId, a.figures]));
    expect(rsj.agents).toHaveLength(2);
    // 杨丽萍: B1 (on time, 10 days, 基本满意), B2 (late, 3 days, 非常不满意, rectification done), B6 (on time, 1 day).
    expectFigures(byId.get('agt-rsj-1')!, {
      received: 3, accepted: 3, done: 3, onTime: 2, lateDone: 1, open: 0, overdueOpen: 0, onTimeRate: 2 / 3, averageWorkingDays: 4.7, // 14 / 3 = 4.67
      ratings: ratings({ basicallySatisfied: 1, veryDissatisfied: 1 }), badRatings: 1, rectifications: { open: 0, overdue: 0, done: 1 },
    });
    // 韩冬梅: B3 (paused), B4 (overdue), B5 (on time, 1 day, 不满意, rectification overdue).
    expectFigures(byId.get('agt-rsj-2')!, {
      received: 3, accepted: 3, done: 1, onTime: 1, lateDone: 0, open: 2, overdueOpen: 1, onTimeRate: 1, averageWorkingDays: 1,
      ratings: ratings({ dissatisfied: 1 }), badRatings: 1, rectifications: { open: 1, overdue: 1, done: 0 },
    });
  });

  test('an unknown department is a 400', async () => {
    const { status, body } = await get('/supervision/agents', 'u-bureau-1', { departmentId: 'dept-nope' });
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toEqual(['query', 'departmentId']);
  });
});

describe('the CSV export', () => {
  test('BOM, Chinese header, one row per department and agent, quoting of names with commas and quotes', async () => {
    const { status, body } = await get('/supervision/export', 'u-bureau-1', { from: '2026-09-21', to: '2026-10-20' });
    expect(status).toBe(200);
    expect(body.filename).toBe('督查考评_2026-09-21_2026-10-20.csv');
    const csv: string = body.csv;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).toBe(''); // ends with a line break
    expect(lines[0]).toBe(
      '类型,部门,代办帮办员,委托件数,受理件数,办结件数,按时办结,超时办结,在办件数,超期在办,按时办结率,平均办理工作日,非常满意,满意,基本满意,不满意,非常不满意,差评件数,整改中,整改超期,整改完成',
    );
    expect(lines[1]).toBe('全区合计,,,14,12,7,5,2,6,2,71.4%,3.6,1,1,1,2,1,3,2,1,1');
    const scjgName = demoDepartments.find((d) => d.id === 'dept-scjg')!.name;
    expect(lines).toContain(`部门,${scjgName},,7,5,3,2,1,3,1,66.7%,3.3,1,1,0,1,0,1,1,0,0`);
    expect(lines).toContain(`代办帮办员,${scjgName},高磊,2,2,0,0,0,2,1,,,0,0,0,0,0,0,0,0,0`);
    expect(lines).toContain('部门,"区营商环境""服务""中心,一科",,1,1,0,0,0,1,0,,,0,0,0,0,0,0,0,0,0');
    expect(lines).toContain('代办帮办员,"区营商环境""服务""中心,一科","王五,赵六",1,1,0,0,0,1,0,,,0,0,0,0,0,0,0,0,0');
    // Total, then each department followed by its active agents.
    const agentsOfDepartments = lines.filter((l) => l.startsWith('代办帮办员,')).length;
    expect(lines.filter((l) => l.startsWith('部门,'))).toHaveLength(demoDepartments.length + 1);
    expect(agentsOfDepartments).toBeGreaterThanOrEqual(4);
  });
});

describe('the public scorecard', () => {
  test('needs no session; 30 and 365 days per department', async () => {
    const { status, body } = await get('/scorecard');
    expect(status).toBe(200);
    const card = ScorecardResponse.parse(body);
    expect(card.computedAt).toBe(NOW.toISOString());
    const [month, year] = card.windows;
    expect(month).toMatchObject({ days: 30, from: '2026-09-21', to: '2026-10-20' });
    // The year is counted by whole months (decisions §100): from the first of its first month.
    expect(year).toMatchObject({ days: 365, from: '2025-10-01', to: '2026-10-20' });
    const scjgMonth = month.departments.find((d) => d.departmentId === 'dept-scjg')!;
    expect(scjgMonth).toMatchObject({ received: 7, done: 3, ratings: ratings({ verySatisfied: 1, satisfied: 1, dissatisfied: 1 }) });
    expect(scjgMonth.onTimeRate).toBeCloseTo(2 / 3, 10);
    expect(scjgMonth.satisfactionRate).toBeCloseTo(2 / 3, 10); // 非常满意 + 满意 (+ 基本满意: none) of 3 rated
    expect(scjgMonth.badRatingRate).toBeCloseTo(1 / 3, 10);
    // The year also has A8 (09-20): 8 received, 4 done (A8 on time), one more 非常不满意.
    const scjgYear = year.departments.find((d) => d.departmentId === 'dept-scjg')!;
    expect(scjgYear).toMatchObject({ received: 8, done: 4, ratings: ratings({ verySatisfied: 1, satisfied: 1, dissatisfied: 1, veryDissatisfied: 1 }) });
    expect(scjgYear.onTimeRate).toBeCloseTo(3 / 4, 10);
    expect(scjgYear.satisfactionRate).toBeCloseTo(2 / 4, 10);
    const rsjMonth = month.departments.find((d) => d.departmentId === 'dept-rsj')!;
    // 基本满意, 非常不满意, 不满意: 基本满意 counts as satisfied (as 好差评 reads it), the two bad ones as 差评.
    expect(rsjMonth.satisfactionRate).toBeCloseTo(1 / 3, 10);
    expect(rsjMonth.badRatingRate).toBeCloseTo(2 / 3, 10);
    expect(month.departments.find((d) => d.departmentId === 'dept-fgw')).toMatchObject({ received: 0, done: 0, onTimeRate: null, satisfactionRate: null, badRatingRate: null });
  });

  test('is served from its cache for ten minutes, then computed again', async () => {
    now = new Date(NOW.getTime() + 9 * 60 * 1000);
    const again = ScorecardResponse.parse((await get('/scorecard')).body);
    expect(again.computedAt).toBe(NOW.toISOString());
    now = new Date(NOW.getTime() + 10 * 60 * 1000);
    const fresh = ScorecardResponse.parse((await get('/scorecard')).body);
    expect(fresh.computedAt).toBe(now.toISOString());
  });

  test('concurrent recomputations agree on one stored scorecard', async () => {
    now = new Date(NOW.getTime() + 30 * 60 * 1000);
    const answers = await Promise.all([get('/scorecard'), get('/scorecard'), get('/scorecard')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    now = new Date(NOW.getTime() + 31 * 60 * 1000);
    const stored = new Date(NOW.getTime() + 30 * 60 * 1000).toISOString();
    expect((await get('/scorecard')).body.computedAt).toBe(stored);
    // A recomputation that read an older cache loses to the one stored meanwhile, and changes nothing.
    const late = { ...ScorecardResponse.parse((await get('/scorecard')).body), computedAt: now.toISOString() };
    expect(await writeScorecardCache(late, NOW.toISOString())).toBe(false);
    expect((await readScorecardCache(true))?.computedAt).toBe(stored);
    expect(await writeScorecardCache(late, stored)).toBe(true);
  });
});

describe('periods and access', () => {
  test.each([
    [{ from: '2026-10-21', to: '2026-10-20' }, 'from after to'],
    [{ from: '2025-10-19', to: '2026-10-20' }, '367 days'],
    [{ from: '2026-02-30' }, 'not a date'],
    [{ to: '2026-10-20', extra: 'x' }, 'unknown parameter'],
  ] as [Record<string, string>, string][])('%j is a 400 (%s)', async (query) => {
    for (const path of ['/supervision/departments', '/supervision/export']) {
      const { status, body } = await get(path, 'u-bureau-1', query);
      expect(status).toBe(400);
      expect(body.error.code).toBe('validation_failed');
    }
  });

  test('366 days is the longest period', async () => {
    expect((await get('/supervision/departments', 'u-bureau-1', { from: '2025-10-20', to: '2026-10-20' })).status).toBe(200);
  });

  test('a period longer than two months is counted by whole months, and the answer names them', async () => {
    const sixtyTwoDays = SupervisionDepartmentsResponse.parse((await get('/supervision/departments', 'u-bureau-1', { from: '2026-08-20', to: '2026-10-20' })).body);
    expect(sixtyTwoDays).toMatchObject({ from: '2026-08-20', to: '2026-10-20' });
    const quarter = SupervisionDepartmentsResponse.parse((await get('/supervision/departments', 'u-bureau-1', { from: '2026-07-15', to: '2026-10-20' })).body);
    expect(quarter).toMatchObject({ from: '2026-07-01', to: '2026-10-20' });
    const past = SupervisionDepartmentsResponse.parse((await get('/supervision/departments', 'u-bureau-1', { from: '2026-04-10', to: '2026-06-20' })).body);
    expect(past).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    // The months a year widens to can be asked for again (the page asks for its agents with them);
    // a fourteenth month cannot.
    const year = SupervisionDepartmentsResponse.parse((await get('/supervision/departments', 'u-bureau-1', { from: '2025-10-20', to: '2026-10-20' })).body);
    expect(year).toMatchObject({ from: '2025-10-01', to: '2026-10-20' });
    const again = await get('/supervision/agents', 'u-bureau-1', { departmentId: 'dept-scjg', from: year.from, to: year.to });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ from: '2025-10-01', to: '2026-10-20' });
    const fourteen = await get('/supervision/departments', 'u-bureau-1', { from: '2025-09-01', to: '2026-10-20' });
    expect(fourteen.status).toBe(400);
    expect(fourteen.body.error.issues[0].message).toBe('统计期间最长366天');
  });

  test('only the bureau sees the dashboard: a resident and an agent are 403, nobody signed in 401', async () => {
    for (const path of ['/supervision/departments', '/supervision/export', '/supervision/rectifications']) {
      expect((await get(path)).status).toBe(401);
      expect((await get(path, 'u-resident-1')).status).toBe(403);
    }
    expect((await get('/supervision/agents', 'u-resident-1', { departmentId: 'dept-scjg' })).status).toBe(403);
    expect((await get('/supervision/departments', 'agt-scjg-1')).status).toBe(403);
    expect((await get('/supervision/agents', undefined, { departmentId: 'dept-scjg' })).status).toBe(401);
  });
});

describe('rectification of a bad rating', () => {
  const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '王强', consentToDataHandling: true, acknowledgeFreeOfCharge: true };
  let c: { id: string; version: number; owner?: { agentId: string } };

  async function act(who: string, body: Record<string, unknown>) {
    const answer = await call(cases, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token: await tokenOf(who) });
    if (answer.status !== 200) throw new Error(`${who} ${String(body.action)}: ${answer.status} ${JSON.stringify(answer.body)}`);
    c = CaseDetailSchema.parse(answer.body);
  }
  async function report(who: string, caseId: string, measures = '已约谈经办人，优化进度告知流程') {
    return call(handler, { method: 'POST', path: `/cases/${caseId}/rectification`, body: { measures }, token: await tokenOf(who) });
  }
  async function rectifications(who: string, query: Record<string, string> = {}) {
    const { status, body } = await get('/supervision/rectifications', who, query);
    expect(status).toBe(200);
    return ListRectificationsResponse.parse(body).rectifications;
  }

  test('a 不满意 rating through the real case actions opens a rectification for 区税务局', async () => {
    const made = await call(cases, {
      method: 'POST', path: '/cases', token: await tokenOf('u-resident-2'), headers: { 'Idempotency-Key': ulid() },
      body: { kind: 'entrustment', itemId: 'item-qy-invoice', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '王强', phone: '13904720002' } },
    });
    expect(made.status).toBe(200);
    c = CaseDetailSchema.parse(made.body);
    await act('u-resident-2', sign);
    await act('agt-swj-1', { action: 'accept' });
    await handInRequired('u-resident-2', c.id);
    c = await acceptAll('agt-swj-1', c.id);
    await act('u-resident-2', { action: 'submitMaterials' });
    await act('agt-swj-1', { action: 'feedBackResult', outcome: 'approved', summary: '发票已申领' });
    await act('u-resident-2', { action: 'rate', level: 'dissatisfied', categories: ['efficiency'], comment: '进度告知不及时' });

    const open = await rectifications('agt-swj-1');
    expect(open).toEqual([
      {
        caseId: c.id, caseNumber: expect.any(String), itemName: '申领发票', departmentId: 'dept-swj', departmentName: expect.any(String),
        ownerAgentId: 'agt-swj-1', ownerAgentName: '何俊峰', rating: { level: 'dissatisfied', categories: ['efficiency'], comment: '进度告知不及时', at: NOW.toISOString() },
        dueDate: '2026-10-27', // five working days after Tue 10-20
        state: 'open', overdue: false,
      },
    ]);
    // The bureau sees it among every department's, soonest due first, and filtered by department.
    expect((await rectifications('u-bureau-1')).map((r) => r.caseId)).toContain(c.id);
    expect((await rectifications('u-bureau-1', { departmentId: 'dept-swj' })).map((r) => r.caseId)).toEqual([c.id]);
    // Another department's agent sees only their own (none open for 区人社局 in the index: fixtures are records only).
    expect((await rectifications('agt-rsj-1')).map((r) => r.caseId)).not.toContain(c.id);
    expect((await get('/supervision/rectifications', 'agt-rsj-1', { departmentId: 'dept-swj' })).status).toBe(403);
  });

  test('another department’s agent cannot report it (404: the case is not theirs to see); a resident is 403', async () => {
    expect((await report('agt-rsj-1', c.id)).status).toBe(404);
    expect((await report('u-resident-2', c.id)).status).toBe(403);
    expect((await rectifications('agt-swj-1'))[0].state).toBe('open');
  });

  test('a case without a bad rating has nothing to report: 409 noOpenRectification', async () => {
    const b1 = RSJ[0];
    const answer = await report('agt-rsj-1', b1.id);
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ code: 'transition_refused', reason: 'noOpenRectification' });
  });

  test('the owner reports the measures: done, on the timeline, the resident is told; a second report is 409', async () => {
    now = new Date('2026-10-22T03:00:00Z');
    const answer = await report('agt-swj-1', c.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ caseId: c.id, state: 'done', overdue: false, report: { measures: '已约谈经办人，优化进度告知流程', byName: '何俊峰', at: now.toISOString() } });

    expect(await rectifications('agt-swj-1')).toEqual([]);
    const done = await rectifications('agt-swj-1', { state: 'done' });
    expect(done.map((r) => [r.caseId, r.state, r.report?.byName])).toEqual([[c.id, 'done', '何俊峰']]);
    expect((await rectifications('u-bureau-1', { state: 'done' })).map((r) => r.caseId)).toEqual([c.id]);

    const detail = CaseDetailSchema.parse((await call(cases, { path: `/cases/${c.id}`, token: await tokenOf('agt-swj-1') })).body);
    const event = detail.timeline.find((e) => e.action === 'reportRectification');
    expect(event).toMatchObject({ actor: { name: '何俊峰', role: 'agent' }, data: { measures: '已约谈经办人，优化进度告知流程' } });
    expect(detail.version).toBe(c.version + 1);

    const outbox = await Promise.all(
      Array.from({ length: OUTBOX_SHARDS }, (_, s) =>
        documentClient().send(new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `OUTBOX#${s}` } })),
      ),
    );
    const notices = outbox.flatMap((o) => o.Items ?? []).filter((i) => i.caseId === c.id && i.kind === 'rectificationReported');
    expect(notices).toHaveLength(1);
    expect(notices[0].recipient).toEqual({ userId: 'u-resident-2' });

    const twice = await report('agt-swj-1', c.id, '再次提交');
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'transition_refused', reason: 'rectificationAlreadyReported' });
    expect((await rectifications('agt-swj-1', { state: 'done' }))[0].report?.measures).toBe('已约谈经办人，优化进度告知流程');
  });

  test('the rectification counts as done in the figures of its department', async () => {
    const { body } = await get('/supervision/departments', 'u-bureau-1');
    const swj = SupervisionDepartmentsResponse.parse(body).departments.find((d) => d.departmentId === 'dept-swj')!.figures;
    expectFigures(swj, {
      ...NOTHING, received: 1, accepted: 1, done: 1, onTime: 1, onTimeRate: 1, averageWorkingDays: 0, // accepted and done the same day
      ratings: ratings({ dissatisfied: 1 }), badRatings: 1, rectifications: { open: 0, overdue: 0, done: 1 },
    });
  });
});

test('a name a spreadsheet would run as a formula is defused in the CSV', async () => {
  const { csvField } = await import('../src/supervision/service');
  expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvField(-3)).toBe('-3');
  expect(csvField('张三')).toBe('张三');
});
