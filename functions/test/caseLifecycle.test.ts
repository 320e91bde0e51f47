// The case lifecycle as people live it, one story per service mode, against DynamoDB Local:
// every step is one transaction with its timeline event, index moves and notices.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_VERSION, CaseDetailSchema, InboxResponse, commitmentDueDate, type CaseDetail } from '@app/shared';
import { ulid } from 'ulid';
import { handler } from '../src/handlers/cases';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { OUTBOX_SHARDS } from '../src/notices/outbox';
import { call } from './support/http';
import { useTestBucket } from './support/bucket';
import { acceptAll, handInRequired, uploadFile } from './support/materials';
import { tokenOf } from './support/people';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';
import { PACKAGE_CALENDAR } from './support/calendar';

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await useTestBucket();
});
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);

/** The lifecycle steps of a timeline, without the material events between them. */
const steps = (timeline: { action: string }[]) => timeline.map((e) => e.action).filter((a) => !['uploadMaterial', 'commitMaterial', 'reviewMaterial'].includes(a));

const applicant = { name: '张丽', phone: '13904720001' };

async function entrust(who: string, body: Record<string, unknown>, key = ulid()) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return call<any>(handler, { method: 'POST', path: '/cases', body, token: await tokenOf(who), headers: { 'Idempotency-Key': key } });
}
async function read(who: string, id: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return call<any>(handler, { path: `/cases/${id}`, token: await tokenOf(who) });
}
/** Takes an action at the case's current version, as the app does after reading it. */
async function act(who: string, c: { id: string; version: number }, body: Record<string, unknown>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const answer = await call<any>(handler, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token: await tokenOf(who) });
  return answer;
}
async function step(who: string, c: { id: string; version: number }, body: Record<string, unknown>, state: string): Promise<CaseDetail> {
  const answer = await act(who, c, body);
  if (answer.status !== 200) throw new Error(`${who} ${String(body.action)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  expect(answer.body.state).toBe(state);
  return CaseDetailSchema.parse(answer.body);
}
async function inbox(agentId: string, view = 'mine') {
  const { status, body } = await call(handler, { path: '/agent/inbox', query: { view }, token: await tokenOf(agentId) });
  expect(status).toBe(200);
  return InboxResponse.parse(body).entries;
}
async function noticesFor(caseId: string) {
  const all = await Promise.all(
    Array.from({ length: OUTBOX_SHARDS }, (_, shard) =>
      documentClient().send(new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `OUTBOX#${shard}` } })),
    ),
  );
  return all.flatMap((o) => o.Items ?? []).filter((i) => i.caseId === caseId);
}
const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };

describe('online: a resident has an enterprise set up on her behalf (代办)', () => {
  let c: CaseDetail;

  test('she entrusts the item; it is routed to the least-loaded agent of the department, and why is on the timeline', async () => {
    const answer = await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant, note: '新办餐饮公司' });
    expect(answer.status).toBe(200);
    c = CaseDetailSchema.parse(answer.body);
    expect(c).toMatchObject({ state: 'entrusted', departmentId: 'dept-scjg', channel: 'miniProgram', awaiting: 'applicant' });
    expect(c.number).toMatch(/^KDL-\d{8}-[0-9A-Z]{6}$/);
    expect(c.assignee?.agentId).toMatch(/^agt-scjg-/);
    expect(c.timeline.map((e) => e.action)).toEqual(['entrust', 'route']);
    expect(c.timeline[1].note).toContain('在办');
    expect(c.applicant.phone).toBe(applicant.phone);
    expect(c.availableActions).toEqual(['signAgreement', 'withdraw']);
  });

  test('she signs the agreement: its version, the free-of-charge statement, her consent and the time are kept', async () => {
    c = await step('u-resident-1', c, sign, 'agreementSigned');
    expect(c.agreement).toMatchObject({ version: AGREEMENT_VERSION, signerName: '张丽' });
    const { Items } = await documentClient().send(
      new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p AND sk = :s', ExpressionAttributeValues: { ':p': keys.casePartition(c.id), ':s': 'AGREEMENT' } }),
    );
    expect(Items?.[0]).toMatchObject({ freeOfCharge: expect.stringContaining('免费'), dataConsent: expect.stringContaining('同意'), signedAt: expect.any(String) });
    expect((await noticesFor(c.id)).map((n) => n.kind)).toContain('newTask');
  });

  test('the assigned agent finds it in the inbox; an agent of another department cannot even see it', async () => {
    const assignee = c.assignee!.agentId;
    expect((await inbox(assignee)).map((e) => e.caseId)).toContain(c.id);
    expect((await inbox(assignee, 'department')).map((e) => e.caseId)).toContain(c.id);
    expect((await read('agt-fgw-1', c.id)).status).toBe(404);
    expect((await read('u-resident-2', c.id)).status).toBe(404);
  });

  test('the agent accepts: first-contact owner, commitment deadline counted in working days', async () => {
    c = await step(c.assignee!.agentId, c, { action: 'accept' }, 'accepted');
    expect(c.owner?.agentId).toMatch(/^agt-scjg-/);
    expect(c.owner?.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(c.deadline?.dueDate).toBe(commitmentDueDate(PACKAGE_CALENDAR, new Date(c.acceptedAt!), 1));
    expect(c.deadline?.workingDaysLeft).toBeGreaterThanOrEqual(0);
    const seen = (await read('u-resident-1', c.id)).body;
    expect(seen.owner.name).toBeTruthy();
    expect(seen.owner).not.toHaveProperty('phone');
  });

  test('materials, a supplement request naming what is wrong, the answer, coordination, the result', async () => {
    expect(c.materialSpecs.filter((s) => s.required).map((s) => s.id)).toEqual(['application', 'articles', 'investor-ids', 'premises']);
    c = await handInRequired('u-resident-1', c.id);
    c = await step('u-resident-1', c, { action: 'submitMaterials' }, 'materialsSubmitted');
    c = await step(c.owner!.agentId, c, { action: 'requestSupplement', items: [{ materialSpecId: 'premises', name: '住所使用证明', reason: '租赁合同缺少出租方签章' }] }, 'supplementRequested');
    expect(c.deadline?.paused).toBe(true);
    expect(c.supplement?.items[0].reason).toContain('签章');
    expect(c.awaiting).toBe('applicant');
    await uploadFile('u-resident-1', c.id, 'premises', 'pdf');
    c = (await read('u-resident-1', c.id)).body;
    c = await step('u-resident-1', c, { action: 'answerSupplement', note: '已补充签章' }, 'materialsSubmitted');
    expect(c.deadline?.paused).toBe(false);
    c = await step(c.owner!.agentId, c, { action: 'startCoordination' }, 'coordinating');
    c = await step(c.owner!.agentId, c, { action: 'recordProgress', note: '已报送市场监管局审核' }, 'coordinating');
    c = await acceptAll(c.owner!.agentId, c.id);
    c = await step(c.owner!.agentId, c, { action: 'feedBackResult', outcome: 'approved', summary: '营业执照已核发，可到窗口领取或邮寄' }, 'resultFedBack');
    expect(c.result?.outcome).toBe('approved');
    expect(c.deadline).toBeUndefined();
  });

  test('archive, a 满意 rating, then the follow-up visit closes the case', async () => {
    c = await step(c.owner!.agentId, c, { action: 'archive' }, 'archived');
    c = await step('u-resident-1', c, { action: 'rate', level: 'satisfied', comment: '很方便' }, 'archived');
    expect(c.rating?.level).toBe('satisfied');
    expect(c.rectification).toBeUndefined();
    c = await step(c.owner!.agentId, c, { action: 'recordFollowUpVisit', method: 'phone', note: '电话回访，申请人满意' }, 'rated');
    expect(c.availableActions).toEqual([]);
    expect(steps(c.timeline)).toEqual([
      'entrust', 'route', 'signAgreement', 'accept', 'submitMaterials', 'requestSupplement', 'answerSupplement',
      'startCoordination', 'recordProgress', 'feedBackResult', 'archive', 'rate', 'recordFollowUpVisit',
    ]);
    for (const e of c.timeline.slice(2)) expect(e.actor.name).toBeTruthy();
    const kinds = (await noticesFor(c.id)).map((n) => n.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['caseAccepted', 'supplementRequested', 'supplementAnswered', 'resultReady']));
    expect((await inbox(c.owner!.agentId)).map((e) => e.caseId)).not.toContain(c.id);
  });
});

describe('appointment at a street service point, transferred, handled in parallel (一窗受理、并联办理)', () => {
  let c: CaseDetail;

  test('entrusted at 少先路街道 it goes to that point’s agent', async () => {
    const answer = await entrust('u-resident-2', {
      kind: 'entrustment', itemId: 'item-gc-construction-permit', serviceKind: 'coordinate', serviceMode: 'appointment',
      servicePointId: 'pt-sxl', applicant: { name: '王强', phone: '13904720002', enterpriseName: '包头市鑫达建筑有限公司', creditCode: '91150203MA0N0XXX1A' },
    });
    expect(answer.status).toBe(200);
    c = answer.body;
    expect(c.assignee?.agentId).toBe('agt-sxl-1');
    expect(c.timeline[1].note).toContain('少先路');
    expect((await inbox('agt-sxl-1', 'servicePoint')).map((e) => e.caseId)).toContain(c.id);
    c = await step('u-resident-2', c, { ...sign, signerName: '王强' }, 'agreementSigned');
    c = await step('agt-sxl-1', c, { action: 'accept' }, 'accepted');
  });

  test('the point agent transfers it to 住建局’s colleague... of 自然资源局; the new department accepts, the clock runs on', async () => {
    const due = c.deadline!.dueDate;
    c = await step('agt-sxl-1', c, { action: 'transfer', departmentId: 'dept-zrzy', reason: '需先办理规划许可' }, 'transferred');
    expect(c).toMatchObject({ departmentId: 'dept-zrzy', awaiting: 'department' });
    expect(c.assignee?.agentId).toBe('agt-zrzy-1');
    // The point it was entrusted at hands it over entirely: its agent no longer sees the case.
    expect((await act('agt-sxl-1', c, { action: 'recordProgress', note: 'x' })).status).toBe(404);
    expect(c.servicePointName).toContain('少先路');
    c = await step('agt-zrzy-1', c, { action: 'accept' }, 'accepted');
    expect(c.owner?.agentId).toBe('agt-zrzy-1');
    expect(c.deadline?.dueDate).toBe(due);
  });

  test('split into sub-tasks for two departments; the result waits for both; the applicant sees one case', async () => {
    // 代办: the agent hands the materials in and submits them on the applicant's behalf.
    c = await handInRequired('agt-zrzy-1', c.id);
    c = await step('agt-zrzy-1', c, { action: 'submitMaterials', note: '代为报送' }, 'materialsSubmitted');
    c = await step('agt-zrzy-1', c, { action: 'splitSubTasks', tasks: [{ departmentId: 'dept-zjj', title: '施工许可审查' }, { departmentId: 'dept-wjw', title: '卫生学评价' }] }, 'coordinating');
    expect(c.subTasks).toHaveLength(2);
    const zjjTask = c.subTasks.find((t) => t.departmentId === 'dept-zjj')!;
    const wjwTask = c.subTasks.find((t) => t.departmentId === 'dept-wjw')!;
    expect((await inbox(zjjTask.assignedAgentId!)).find((e) => e.kind === 'subTask')?.subTask?.id).toBe(zjjTask.id);
    expect((await inbox('agt-wjw-1', 'department')).some((e) => e.subTask?.id === wjwTask.id)).toBe(true);

    const early = await act('agt-zrzy-1', c, { action: 'feedBackResult', outcome: 'approved', summary: '办结' });
    expect(early.status).toBe(409);
    expect(early.body.error.reason).toBe('subTasksOpen');

    // A sub-task department sees the case (personal data masked) and completes only its own task.
    const helper = await read('agt-wjw-1', c.id);
    expect(helper.status).toBe(200);
    expect(helper.body.applicant.phone).toBeUndefined();
    expect(helper.body.availableActions).toEqual(['recordProgress', 'completeSubTask']);
    expect((await act('agt-wjw-1', c, { action: 'completeSubTask', taskId: zjjTask.id, result: 'x' })).status).toBe(403);
    c = await step('agt-wjw-1', c, { action: 'completeSubTask', taskId: wjwTask.id, result: '卫生学评价通过' }, 'coordinating');
    c = await step(zjjTask.assignedAgentId!, c, { action: 'completeSubTask', taskId: zjjTask.id, result: '施工许可审查通过' }, 'coordinating');
    // Its task done, the helping department no longer sees the case.
    expect((await read('agt-wjw-1', c.id)).status).toBe(404);
    expect(c.subTasks.every((t) => t.state === 'done')).toBe(true);
    expect((await inbox('agt-wjw-1', 'department')).some((e) => e.subTask?.id === wjwTask.id)).toBe(false);
    c = await acceptAll('agt-zrzy-1', c.id);
    c = await step('agt-zrzy-1', c, { action: 'feedBackResult', outcome: 'approved', summary: '规划许可与施工许可均已办结' }, 'resultFedBack');
    const mine = await call(handler, { path: '/cases/mine', token: await tokenOf('u-resident-2') });
    expect(mine.body.cases.filter((x: { id: string }) => x.id === c.id)).toHaveLength(1);
  });

  test('a 不满意 rating opens a rectification with a deadline for the department, and cannot be given twice', async () => {
    c = await step('u-resident-2', c, { action: 'rate', level: 'dissatisfied', categories: ['efficiency'], comment: '等待时间较长' }, 'resultFedBack');
    expect(c.rating?.categories).toEqual(['efficiency']);
    expect(c.rectification).toMatchObject({ state: 'open', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const again = await act('u-resident-2', c, { action: 'rate', level: 'verySatisfied' });
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toBe('alreadyRated');
    const badNotices = (await noticesFor(c.id)).filter((n) => n.kind === 'badRating');
    expect(badNotices.map((n) => n.recipient)).toEqual(expect.arrayContaining([{ agentId: 'agt-zrzy-1' }, { departmentId: 'dept-zrzy' }]));
    const { Items } = await documentClient().send(
      new QueryCommand({ TableName: config().tableName, IndexName: 'GSI3', KeyConditionExpression: 'gsi3pk = :p', ExpressionAttributeValues: { ':p': keys.departmentRectifications('dept-zrzy') } }),
    );
    expect(Items?.find((i) => i.caseId === c.id)).toMatchObject({ categories: ['efficiency'], comment: '等待时间较长' });
    c = await step('agt-zrzy-1', c, { action: 'archive' }, 'archived');
    c = await step('agt-zrzy-1', c, { action: 'recordFollowUpVisit', method: 'inPerson', note: '上门回访，说明延误原因' }, 'rated');
  });
});

describe('on-site service, escalated to an upper-level authority', () => {
  let c: CaseDetail;

  test('on-site service needs an address and a time', async () => {
    const bare = await entrust('u-resident-2', { kind: 'entrustment', itemId: 'item-ms-dibao', serviceKind: 'assist', serviceMode: 'onSite', applicant });
    expect(bare.status).toBe(400);
    expect(bare.body.error.issues[0].path).toEqual(['body', 'onSite']);
    const answer = await entrust('u-resident-2', {
      kind: 'entrustment', itemId: 'item-ms-dibao', serviceKind: 'assist', serviceMode: 'onSite', applicant,
      onSite: { address: '昆都仑区少先路街道和平社区3栋2单元501', preferredDate: '2026-12-02', preferredPeriod: 'morning' },
    });
    expect(answer.status).toBe(200);
    c = answer.body;
    expect(c.onSite?.address).toContain('和平社区');
    c = await step('u-resident-2', c, sign, 'agreementSigned');
    c = await step('agt-mzj-1', c, { action: 'accept' }, 'accepted');
  });

  test('escalated to 包头市民政局 the case stays trackable, the clock pauses, the bureau records progress', async () => {
    c = await step('agt-mzj-1', c, { action: 'escalate', authorityKind: 'upperLevel', authority: '包头市民政局', reason: '涉及跨区户籍核查' }, 'escalated');
    expect(c.awaiting).toBe('authority');
    expect(c.deadline?.paused).toBe(true);
    const seen = (await read('u-resident-2', c.id)).body;
    expect(seen.escalation).toMatchObject({ authority: '包头市民政局', authorityKind: 'upperLevel' });
    c = await step('u-bureau-1', c, { action: 'recordProgress', note: '已与市民政局协调，预计三个工作日反馈' }, 'escalated');
    // The city bureau checked the materials itself: each required one is waived, with the reason on the timeline.
    const waivers = c.materialSpecs.filter((m) => m.required).map((m) => ({ materialSpecId: m.id, reason: '已由包头市民政局核查' }));
    c = await step('agt-mzj-1', c, { action: 'feedBackResult', outcome: 'approved', summary: '经市局核查，符合低保条件', waivers }, 'resultFedBack');
    expect(c.result?.waivers?.map((w) => w.reason)).toEqual(waivers.map(() => '已由包头市民政局核查'));
    expect(c.timeline.at(-1)?.data).toMatchObject({ outcome: 'approved', waivers: expect.arrayContaining([expect.objectContaining({ reason: '已由包头市民政局核查' })]) });
    const late = await act('u-resident-2', c, { action: 'withdraw' });
    expect(late.status).toBe(409);
  });
});

describe('other ways a case begins', () => {
  test('a pre-consultation (提前介入) becomes an entrustment', async () => {
    const answer = await entrust('u-resident-1', { kind: 'preConsultation', itemId: 'item-tz-fsr', serviceKind: 'consult', serviceMode: 'online', applicant, note: '项目可研报告需要哪些附件？' });
    expect(answer.body.state).toBe('earlyIntervention');
    let c: CaseDetail = answer.body;
    c = await step(c.assignee!.agentId, c, { action: 'recordConsultation', note: '已告知可研报告编制要求' }, 'earlyIntervention');
    c = await step('u-resident-1', c, { action: 'entrust', serviceKind: 'handleOnBehalf', serviceMode: 'online' }, 'entrusted');
    expect(c.kind).toBe('entrustment');
  });

  test('an agent keys in a 12345-hotline request: first-contact responsibility makes it theirs; they record the paper agreement', async () => {
    const answer = await entrust('agt-rsj-1', { kind: 'entrustment', itemId: 'item-ms-pension', serviceKind: 'handleOnBehalf', serviceMode: 'online', channel: 'hotline12345', applicant: { name: '李桂兰', phone: '13904720003' } });
    expect(answer.status).toBe(200);
    let c: CaseDetail = answer.body;
    expect(c).toMatchObject({ channel: 'hotline12345', assignee: { agentId: 'agt-rsj-1' } });
    expect(c.timeline[1].note).toContain('首问负责');
    c = await step('agt-rsj-1', c, { ...sign, signerName: '李桂兰' }, 'agreementSigned');
    c = await step('agt-rsj-1', c, { action: 'accept' }, 'accepted');
  });

  test('a resident withdraws while the case waits for acceptance', async () => {
    const c = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-seal', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    const signed = await step('u-resident-1', c, sign, 'agreementSigned');
    const gone = await step('u-resident-1', signed, { action: 'withdraw', reason: '已自行办理' }, 'withdrawn');
    expect(gone.availableActions).toEqual([]);
    expect((await inbox(c.assignee!.agentId)).map((e) => e.caseId)).not.toContain(c.id);
  });
});

describe('hand-overs that end someone’s view', () => {
  test('an owner who transfers a case gets the transferred case back, though it is no longer theirs', async () => {
    let c: CaseDetail = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    c = await step('u-resident-1', c, sign, 'agreementSigned');
    c = await step(c.assignee!.agentId, c, { action: 'accept' }, 'accepted');
    const owner = c.owner!.agentId;
    c = await step(owner, c, { action: 'transfer', departmentId: 'dept-gaj', reason: '属公安分局职责' }, 'transferred');
    expect(c.departmentId).toBe('dept-gaj');
    expect((await read(owner, c.id)).status).toBe(404);
  });

  test('a transfer while a supplement is owed restarts the clock for the receiving department', async () => {
    let c: CaseDetail = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-food', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    c = await step('u-resident-1', c, sign, 'agreementSigned');
    c = await step(c.assignee!.agentId, c, { action: 'accept' }, 'accepted');
    c = await step(c.owner!.agentId, c, { action: 'requestSupplement', items: [{ name: '平面布局图', reason: '缺少' }] }, 'supplementRequested');
    c = await step(c.owner!.agentId, c, { action: 'transfer', departmentId: 'dept-wjw', reason: '涉及卫生许可' }, 'transferred');
    c = await step('agt-wjw-1', c, { action: 'accept' }, 'accepted');
    expect(c.deadline?.paused).toBe(false);
    expect(c.supplement).toBeUndefined();
  });

  test('withdrawing a case takes its open sub-tasks out of every queue', async () => {
    let c: CaseDetail = (await entrust('u-resident-2', { kind: 'entrustment', itemId: 'item-tz-proposal', serviceKind: 'coordinate', serviceMode: 'online', applicant })).body;
    c = await step('u-resident-2', c, sign, 'agreementSigned');
    c = await step(c.assignee!.agentId, c, { action: 'accept' }, 'accepted');
    c = await handInRequired(c.owner!.agentId, c.id);
    c = await step(c.owner!.agentId, c, { action: 'submitMaterials' }, 'materialsSubmitted');
    c = await step(c.owner!.agentId, c, { action: 'splitSubTasks', tasks: [{ departmentId: 'dept-gaj', title: '安全评估' }] }, 'coordinating');
    const task = c.subTasks[0];
    expect((await inbox(task.assignedAgentId!)).some((e) => e.subTask?.id === task.id)).toBe(true);
    c = await step('u-resident-2', c, { action: 'withdraw', reason: '项目暂缓' }, 'withdrawn');
    expect(c.subTasks[0].state).toBe('cancelled');
    expect((await inbox(task.assignedAgentId!)).some((e) => e.subTask?.id === task.id)).toBe(false);
    expect((await inbox(task.assignedAgentId!, 'department')).some((e) => e.subTask?.id === task.id)).toBe(false);
  });

  test('entrusting from a pre-consultation checks the item offers the mode', async () => {
    const c: CaseDetail = (await entrust('u-resident-1', { kind: 'preConsultation', itemId: 'item-tz-energy', serviceKind: 'consult', serviceMode: 'online', applicant })).body;
    const onSite = await act('u-resident-1', c, { action: 'entrust', serviceKind: 'assist', serviceMode: 'onSite', onSite: { address: '某地', preferredDate: '2026-12-02', preferredPeriod: 'morning' } });
    expect(onSite.status).toBe(400);
    expect(onSite.body.error.issues[0].path).toEqual(['body', 'serviceMode']);
  });

  test('the owner still has a case awaiting archive and visit in the inbox', async () => {
    let c: CaseDetail = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-invoice', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    c = await step('u-resident-1', c, sign, 'agreementSigned');
    c = await step(c.assignee!.agentId, c, { action: 'accept' }, 'accepted');
    c = await step(c.owner!.agentId, c, { action: 'feedBackResult', outcome: 'informed', summary: '已告知办理方式' }, 'resultFedBack');
    expect((await inbox(c.owner!.agentId)).map((e) => e.caseId)).toContain(c.id);
    c = await step(c.owner!.agentId, c, { action: 'archive' }, 'archived');
    expect((await inbox(c.owner!.agentId)).map((e) => e.caseId)).toContain(c.id);
  });
});

describe('races and retries', () => {
  test('two agents accepting at once: one wins, the other gets 409, one owner', async () => {
    const c = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-tz-record', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    const signed = await step('u-resident-1', c, sign, 'agreementSigned');
    const [a, b] = await Promise.all([act('agt-fgw-1', signed, { action: 'accept' }), act('agt-fgw-2', signed, { action: 'accept' })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const final = (await read('u-resident-1', c.id)).body;
    expect(final.timeline.filter((e: { action: string }) => e.action === 'accept')).toHaveLength(1);
    expect(final.owner.agentId).toBe((a.status === 200 ? a : b).body.owner.agentId);
  });

  test('eight entrustments to one department at once: each agent’s counter still equals what they hold', async () => {
    const body = { kind: 'entrustment', itemId: 'item-tz-record', serviceKind: 'assist', serviceMode: 'online', applicant };
    const answers = await Promise.all(Array.from({ length: 8 }, () => entrust('u-resident-1', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    // Then some of them move at once: two signed and accepted, one withdrawn.
    const [first, second, third] = answers.map((a) => a.body);
    const [s1, s2] = await Promise.all([step('u-resident-1', first, sign, 'agreementSigned'), step('u-resident-1', second, sign, 'agreementSigned')]);
    const accepted = await Promise.all([act('agt-fgw-1', s1, { action: 'accept' }), act('agt-fgw-2', s2, { action: 'accept' }), act('u-resident-1', third, { action: 'withdraw', reason: '已自行办理' })]);
    expect(accepted.map((a) => a.status)).toEqual([200, 200, 200]);
    await expectOpenWorkCounted();
  });

  test('a stale version is 409 and changes nothing', async () => {
    const c = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-invoice', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    const stale = await act('u-resident-1', { id: c.id, version: c.version + 5 }, sign);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await read('u-resident-1', c.id)).body).toEqual(c);
  });

  test('an entrustment retried 5 times at once with one Idempotency-Key is one case; another body with that key is 409', async () => {
    const key = ulid();
    const body = { kind: 'entrustment', itemId: 'item-ms-medical-transfer', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant };
    const before = (await call(handler, { path: '/cases/mine', query: { limit: '100' }, token: await tokenOf('u-resident-1') })).body.cases.length;
    const answers = await Promise.all(Array.from({ length: 5 }, () => entrust('u-resident-1', body, key)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const after = (await call(handler, { path: '/cases/mine', query: { limit: '100' }, token: await tokenOf('u-resident-1') })).body.cases.length;
    expect(after).toBe(before + 1);
    expect((await entrust('u-resident-1', { ...body, note: '不同的请求' }, key)).status).toBe(409);
    expect((await call(handler, { method: 'POST', path: '/cases', body, token: await tokenOf('u-resident-1') })).status).toBe(400);
  });
});

describe('who may do what', () => {
  test('a resident cannot accept, an agent cannot rate, another resident cannot act', async () => {
    const c = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    const signed = await step('u-resident-1', c, sign, 'agreementSigned');
    expect((await act('u-resident-1', signed, { action: 'accept' })).status).toBe(403);
    expect((await act('u-resident-2', signed, { action: 'withdraw' })).status).toBe(404);
    expect((await act('agt-fgw-1', signed, { action: 'accept' })).status).toBe(404);
    expect((await act(signed.assignee!.agentId, signed, { action: 'rate', level: 'satisfied' })).status).toBe(403);
    expect((await call(handler, { path: '/agent/inbox', token: await tokenOf('u-resident-1') })).status).toBe(403);
    expect((await call(handler, { path: '/cases/mine', token: await tokenOf('agt-fgw-1') })).status).toBe(403);
  });

  test('the bureau reads any case but sees the applicant’s phone masked', async () => {
    const c = (await entrust('u-resident-1', { kind: 'entrustment', itemId: 'item-qy-food', serviceKind: 'assist', serviceMode: 'online', applicant })).body;
    const seen = (await read('u-bureau-1', c.id)).body;
    expect(seen.applicant.phone).toBeUndefined();
    expect(seen.applicant.phoneMasked).toBe('139****0001');
  });

  test('a cursor from someone else’s list, or not a key at all, is refused with 400', async () => {
    const token = await tokenOf('u-resident-1');
    const forge = (key: object) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const key of [
      { gsi1pk: 'USER#u-resident-2#CASES', gsi1sk: 'x', pk: 'CASE#x', sk: 'CASE' },
      { gsi1pk: 'USER#u-resident-1#CASES' },
      { gsi1pk: 'USER#u-resident-1#CASES', gsi1sk: 'x', pk: 'CASE#x', sk: 'CASE', extra: 'y' },
    ]) {
      expect((await call(handler, { path: '/cases/mine', query: { cursor: forge(key) }, token })).status).toBe(400);
    }
    const agent = await tokenOf('agt-fgw-1');
    expect((await call(handler, { path: '/agent/inbox', query: { cursor: forge({ gsi2pk: 'AGENT#agt-fgw-1#OPEN' }) }, token: agent })).status).toBe(400);
  });
});
