// Demo cases for the local stack, made through the same service calls the app makes, so a person
// opening `npm start` sees a living system: cases waiting, in hand, in parallel, escalated, done.
import { AGREEMENT_VERSION, type CaseActionRequest, type CaseDetail, type CreateCaseRequest, type Principal } from '@app/shared';
import { actOnCase, createCase, readCase } from '../src/cases/service';
import { findUser } from '../src/identity/repository';
import { principalOf } from '../src/identity/service';
import { acceptPending, handInRequired } from './demoMaterials';

async function as(who: string): Promise<Principal> {
  const user = await findUser(who.startsWith('agt-') ? `u-${who}` : who, true);
  if (!user) throw new Error(`demo user ${who} missing`);
  return principalOf(user);
}

/** An action body without its version (the story reads the case's version as it goes). */
type ActionBody = CaseActionRequest extends infer T ? (T extends unknown ? Omit<T, 'version'> : never) : never;
/** A lifecycle action, or materials handed in (every required one) or accepted by the agent (every pending one). */
type Step = [who: string, action: ActionBody | { materials: 'handIn' | 'commitOrHandIn' | 'accept' }];

const zhang = { name: '张丽', phone: '13904720001' };
const wang = { name: '王强', phone: '13904720002', enterpriseName: '包头市鑫达建筑有限公司' };
const sign = (signerName: string) => ({ action: 'signAgreement' as const, agreementVersion: AGREEMENT_VERSION, signerName, consentToDataHandling: true as const, acknowledgeFreeOfCharge: true as const });

/** Each story: who entrusts what, then the steps taken so far. The holder of a step is resolved at run time. */
const STORIES: { by: string; request: Omit<CreateCaseRequest, 'channel'> & { channel?: CreateCaseRequest['channel'] }; steps: Step[] }[] = [
  // Waiting for the applicant's signature.
  { by: 'u-resident-1', request: { kind: 'entrustment', itemId: 'item-qy-seal', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: zhang }, steps: [] },
  // Signed, waiting for an agent of 区发改委 to accept.
  { by: 'u-resident-2', request: { kind: 'entrustment', itemId: 'item-tz-record', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: wang }, steps: [['u-resident-2', sign('王强')]] },
  // A pre-consultation answered by an agent.
  {
    by: 'u-resident-1',
    request: { kind: 'preConsultation', itemId: 'item-qy-food', serviceKind: 'consult', serviceMode: 'online', applicant: zhang, note: '开小餐馆需要办哪些许可？' },
    steps: [['assignee', { action: 'recordConsultation', note: '需先办营业执照，再办食品经营许可；已发送材料清单。' }]],
  },
  // Accepted, with a supplement owed by the applicant.
  {
    by: 'u-resident-1',
    request: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'appointment', servicePointId: 'pt-zwzx', applicant: zhang, note: '注册一家餐饮公司' },
    steps: [
      ['u-resident-1', sign('张丽')],
      ['assignee', { action: 'accept' }],
      ['u-resident-1', { materials: 'handIn' }],
      ['u-resident-1', { action: 'submitMaterials' }],
      ['owner', { action: 'requestSupplement', items: [{ materialSpecId: 'premises', name: '住所使用证明', reason: '租赁合同缺少出租方签章' }] }],
    ],
  },
  // At a street service point, transferred, now in parallel with two departments.
  {
    by: 'u-resident-2',
    request: { kind: 'entrustment', itemId: 'item-gc-construction-permit', serviceKind: 'coordinate', serviceMode: 'appointment', servicePointId: 'pt-sxl', applicant: wang },
    steps: [
      ['u-resident-2', sign('王强')],
      ['assignee', { action: 'accept' }],
      ['owner', { action: 'transfer', departmentId: 'dept-zrzy', reason: '需先取得建设工程规划许可' }],
      ['assignee', { action: 'accept' }],
      ['owner', { materials: 'handIn' }],
      ['owner', { action: 'submitMaterials', note: '代为报送申请材料' }],
      ['owner', { action: 'splitSubTasks', tasks: [{ departmentId: 'dept-zjj', title: '施工许可审查' }, { departmentId: 'dept-wjw', title: '卫生学评价' }] }],
    ],
  },
  // On-site service, escalated to the city.
  {
    by: 'u-resident-1',
    request: {
      kind: 'entrustment', itemId: 'item-ms-dibao', serviceKind: 'assist', serviceMode: 'onSite', applicant: { name: '赵秀英', phone: '13904720005' },
      onSite: { address: '昆都仑区少先路街道和平社区3栋2单元501', preferredDate: '2026-12-02', preferredPeriod: 'morning' },
    },
    steps: [
      ['u-resident-1', sign('赵秀英')],
      ['assignee', { action: 'accept' }],
      ['owner', { action: 'escalate', authorityKind: 'upperLevel', authority: '包头市民政局', reason: '涉及跨区户籍核查' }],
    ],
  },
  // Done and well rated.
  {
    by: 'u-resident-2',
    request: { kind: 'entrustment', itemId: 'item-qy-invoice', serviceKind: 'assist', serviceMode: 'online', applicant: wang },
    steps: [
      ['u-resident-2', sign('王强')],
      ['assignee', { action: 'accept' }],
      ['u-resident-2', { materials: 'handIn' }],
      ['u-resident-2', { action: 'submitMaterials' }],
      ['owner', { materials: 'accept' }],
      ['owner', { action: 'startCoordination' }],
      ['owner', { action: 'feedBackResult', outcome: 'approved', summary: '发票已申领，税控设备已发行' }],
      ['owner', { action: 'archive' }],
      ['u-resident-2', { action: 'rate', level: 'verySatisfied', comment: '一次都没跑' }],
      ['owner', { action: 'recordFollowUpVisit', method: 'phone', note: '电话回访，企业非常满意' }],
    ],
  },
  // Done, badly rated: a rectification is open.
  {
    by: 'u-resident-1',
    request: { kind: 'entrustment', itemId: 'item-ms-unemployment', serviceKind: 'assist', serviceMode: 'online', applicant: zhang },
    steps: [
      ['u-resident-1', sign('张丽')],
      ['assignee', { action: 'accept' }],
      ['u-resident-1', { materials: 'commitOrHandIn' }],
      ['u-resident-1', { action: 'submitMaterials' }],
      ['owner', { materials: 'accept' }],
      ['owner', { action: 'feedBackResult', outcome: 'approved', summary: '失业保险金已核定，按月发放' }],
      ['u-resident-1', { action: 'rate', level: 'dissatisfied', categories: ['efficiency'], comment: '进度告知不及时，等了一周才有回音' }],
    ],
  },
  // Withdrawn by the applicant.
  {
    by: 'u-resident-2',
    request: { kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: wang },
    steps: [['u-resident-2', { action: 'withdraw', reason: '已自行办理' }]],
  },
  // Keyed in from the 12345 hotline by an agent.
  {
    by: 'agt-rsj-1',
    request: { kind: 'entrustment', itemId: 'item-ms-pension', serviceKind: 'handleOnBehalf', serviceMode: 'online', channel: 'hotline12345', applicant: { name: '李桂兰', phone: '13904720003' } },
    steps: [['agt-rsj-1', sign('李桂兰')], ['agt-rsj-1', { action: 'accept' }]],
  },
];

export async function seedDemoCases(): Promise<number> {
  let made = 0;
  for (const [index, story] of STORIES.entries()) {
    const creator = await as(story.by);
    let c: CaseDetail = await createCase(creator, { channel: 'miniProgram', ...story.request } as CreateCaseRequest, `demo-case-${index}-v1`);
    // A reseed finds the story's case again (same idempotency key): it has lived on, leave it be.
    if (c.version > 1) continue;
    for (const [who, step] of story.steps) {
      const agentId = who === 'assignee' ? c.assignee?.agentId : who === 'owner' ? c.owner?.agentId : undefined;
      const principal = await as(agentId ?? who);
      if ('materials' in step) {
        if (step.materials === 'accept') await acceptPending(principal, c.id);
        else await handInRequired(principal, c.id, { commit: step.materials === 'commitOrHandIn' });
        c = await readCase(c.id, principal);
        continue;
      }
      c = await actOnCase(principal, c.id, { ...step, version: c.version } as CaseActionRequest);
    }
    made += 1;
  }
  return made;
}
