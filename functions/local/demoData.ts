// Demo reference data for the local stack: the Kundulun District departments, the three-level
// service network (district hall, street/town centres, community points, the industrial park),
// their agents, a catalogue of service items across the policy's four scopes, and a few
// non-agent users. Names and addresses follow the district's real structure; people, phone
// numbers and house numbers are fictitious.
import type { AgentRecord } from '../src/network/repository';
import { departmentsMn, itemsMn, pointsMn } from './demoMongolian';
import { describeHours, type Department, type MaterialSpec, type OpeningPeriod, type PointSchedule, type Role, type ServiceItem, type ServicePoint } from '@app/shared';

/** An agent of the demo network, exactly as the data layer stores it. */
export type DemoAgent = AgentRecord;

export interface DemoUser {
  userId: string;
  role: Role;
  name: string;
  agentId?: string;
  description: string;
  /** A resident's own mobile as WeChat verified it (their profile phone). */
  phone?: string;
}

// ---------------------------------------------------------------------------------------------
// Departments (部门)
// ---------------------------------------------------------------------------------------------

const HALL = '内蒙古自治区包头市昆都仑区政务服务中心';

const departmentRecords: Department[] = [
  {
    id: 'dept-zwfw',
    name: '昆都仑区政务服务局',
    kind: 'bureau',
    phone: '0472-2101001',
    address: `${HALL}三楼 代办帮办工作专班`,
    headAgentId: 'agt-zwfw-1',
  },
  {
    id: 'dept-fgw',
    name: '昆都仑区发展和改革委员会',
    kind: 'department',
    phone: '0472-2101012',
    address: `${HALL}二楼 投资项目审批综合窗口`,
    headAgentId: 'agt-fgw-1',
  },
  {
    id: 'dept-scjg',
    name: '昆都仑区市场监督管理局',
    kind: 'department',
    phone: '0472-2101023',
    address: `${HALL}一楼 企业开办专区`,
    headAgentId: 'agt-scjg-1',
  },
  {
    id: 'dept-zjj',
    name: '昆都仑区住房和城乡建设局',
    kind: 'department',
    phone: '0472-2101034',
    address: `${HALL}二楼 工程建设项目审批综合窗口`,
    headAgentId: 'agt-zjj-1',
  },
  {
    id: 'dept-zrzy',
    name: '包头市自然资源局昆都仑区分局',
    kind: 'department',
    phone: '0472-2101045',
    address: `${HALL}二楼 规划用地窗口`,
    headAgentId: 'agt-zrzy-1',
  },
  {
    id: 'dept-rsj',
    name: '昆都仑区人力资源和社会保障局',
    kind: 'department',
    phone: '0472-2101056',
    address: `${HALL}一楼 社会保障综合窗口`,
    headAgentId: 'agt-rsj-1',
  },
  {
    id: 'dept-mzj',
    name: '昆都仑区民政局',
    kind: 'department',
    phone: '0472-2101067',
    address: `${HALL}一楼 社会救助窗口`,
    headAgentId: 'agt-mzj-1',
  },
  {
    id: 'dept-wjw',
    name: '昆都仑区卫生健康委员会',
    kind: 'department',
    phone: '0472-2101078',
    address: `${HALL}二楼 卫生健康窗口`,
    headAgentId: 'agt-wjw-1',
  },
  {
    id: 'dept-ybj',
    name: '昆都仑区医疗保障局',
    kind: 'department',
    phone: '0472-2101089',
    address: `${HALL}一楼 医疗保障窗口`,
    headAgentId: 'agt-ybj-1',
  },
  {
    id: 'dept-swj',
    name: '国家税务总局包头市昆都仑区税务局',
    kind: 'department',
    phone: '0472-2101090',
    address: `${HALL}一楼 企业开办专区 税务窗口`,
    headAgentId: 'agt-swj-1',
  },
  {
    id: 'dept-gaj',
    name: '包头市公安局昆都仑区分局',
    kind: 'department',
    phone: '0472-2101101',
    address: `${HALL}一楼 企业开办专区 印章刻制窗口`,
    headAgentId: 'agt-gaj-1',
  },
  {
    id: 'dept-park',
    name: '包头金属深加工园区管委会',
    kind: 'parkCommittee',
    phone: '0472-2101112',
    address: '内蒙古自治区包头市昆都仑区卜尔汉图镇 包头金属深加工园区管委会办公楼',
    headAgentId: 'agt-park-1',
  },
];

/** With their draft Mongolian names (demoMongolian.ts). */
export const demoDepartments: Department[] = departmentRecords.map((d) => ({ ...d, ...departmentsMn[d.id] }));

// ---------------------------------------------------------------------------------------------
// Service points (三级代办帮办服务体系: 区 — 街镇 — 嘎查村社区, extended to the park)
// ---------------------------------------------------------------------------------------------

// Schedules (网点作息): regular hours Monday to Friday; extended hours (延时服务) at lunch time, in
// the evening or on Saturday mornings where a point publishes them, with fewer windows open.
const WEEKDAYS = [1, 2, 3, 4, 5];
const OFFICE: OpeningPeriod[] = [
  { weekdays: WEEKDAYS, from: '09:00', to: '12:00', kind: 'regular' },
  { weekdays: WEEKDAYS, from: '13:30', to: '17:30', kind: 'regular' },
];
const LUNCH: OpeningPeriod = { weekdays: WEEKDAYS, from: '12:00', to: '13:30', kind: 'extended', windows: 1, slotMinutes: 90 };
const EVENING: OpeningPeriod = { weekdays: WEEKDAYS, from: '17:30', to: '19:00', kind: 'extended', windows: 1, slotMinutes: 90 };
const SATURDAY: OpeningPeriod = { weekdays: [6], from: '09:00', to: '12:00', kind: 'extended', windows: 1 };

/** A point's schedule: one-hour slots, bookable 30 days ahead, places = windows × per window. */
function schedule(extended: OpeningPeriod[], staffing: { windows: number; perWindowSlot: number }): PointSchedule {
  return { periods: [...OFFICE, ...extended], slotMinutes: 60, ...staffing, bookingDays: 30, closures: [], version: 1 };
}
const HALL_STAFFING = { windows: 5, perWindowSlot: 1 };
const CENTRE_STAFFING = { windows: 2, perWindowSlot: 2 };
const STATION_STAFFING = { windows: 1, perWindowSlot: 3 };

/** The published hours a point's schedule gives (the API generates them the same way on every read). */
const withHours = (p: Omit<ServicePoint, 'hours'>): ServicePoint => ({ ...p, hours: describeHours(p.schedule, '2026-11-26') });

const demoPointRecords: Omit<ServicePoint, 'hours'>[] = [
  {
    id: 'pt-zwzx',
    code: 'P01ZWZX',
    name: '昆都仑区政务服务中心',
    level: 'district',
    address: '内蒙古自治区包头市昆都仑区钢铁大街与白云路交汇处 昆都仑区政务服务中心一楼 代办帮办服务窗口',
    phone: '0472-2101000',
    shortCode: 'K01',
    schedule: schedule([{ ...LUNCH, windows: 2 }, { ...EVENING, windows: 2 }, { ...SATURDAY, windows: 2 }], HALL_STAFFING),
    location: { lat: 40.6612, lng: 109.8226 },
  },
  // Street and town convenience-service centres (街镇便民服务中心).
  {
    id: 'pt-sxl',
    code: 'P02SXL',
    name: '少先路街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区少先路街道 少先路28号 街道办事处一楼',
    phone: '0472-2202101',
    shortCode: 'K02',
    schedule: schedule([LUNCH, SATURDAY], CENTRE_STAFFING),
    location: { lat: 40.6578, lng: 109.8364 },
  },
  {
    id: 'pt-lyl',
    code: 'P03LYL',
    name: '林荫路街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区林荫路街道 林荫路16号 街道党群服务中心一楼',
    phone: '0472-2202102',
    shortCode: 'K03',
    schedule: schedule([], CENTRE_STAFFING),
    location: { lat: 40.6531, lng: 109.8452 },
  },
  {
    id: 'pt-qjd',
    code: 'P04QJD',
    name: '前进道街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区前进道街道 前进道41号 街道办事处一楼',
    phone: '0472-2202103',
    shortCode: 'K04',
    schedule: schedule([], CENTRE_STAFFING),
    location: { lat: 40.6487, lng: 109.8296 },
  },
  {
    id: 'pt-yydj',
    code: 'P05YYDJ',
    name: '友谊大街街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区友谊大街街道 友谊大街57号 街道办事处一楼',
    phone: '0472-2202104',
    shortCode: 'K05',
    schedule: schedule([LUNCH, EVENING, SATURDAY], CENTRE_STAFFING),
    location: { lat: 40.6443, lng: 109.8175 },
  },
  {
    id: 'pt-tjdj',
    code: 'P06TJDJ',
    name: '团结大街街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区团结大街街道 团结大街63号 街道办事处一楼',
    phone: '0472-2202105',
    shortCode: 'K06',
    schedule: schedule([], CENTRE_STAFFING),
    location: { lat: 40.6391, lng: 109.8263 },
  },
  {
    id: 'pt-zt',
    code: 'P07ZT',
    name: '沼潭街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区沼潭街道 沼潭路12号 街道办事处一楼',
    phone: '0472-2202106',
    shortCode: 'K07',
    schedule: schedule([], CENTRE_STAFFING),
    location: { lat: 40.665, lng: 109.8018 },
  },
  {
    id: 'pt-kb',
    code: 'P08KB',
    name: '昆北街道便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区昆北街道 阿尔丁大街北段9号 街道办事处一楼',
    phone: '0472-2202107',
    shortCode: 'K08',
    schedule: schedule([], CENTRE_STAFFING),
    location: { lat: 40.6886, lng: 109.8240 },
  },
  {
    id: 'pt-behtz',
    code: 'P09BEHTZ',
    name: '卜尔汉图镇便民服务中心',
    level: 'streetTown',
    address: '内蒙古自治区包头市昆都仑区卜尔汉图镇人民政府一楼',
    phone: '0472-2202108',
    shortCode: 'K09',
    schedule: schedule([{ ...SATURDAY, validFrom: '2027-04-01', validTo: '2027-10-31' }], CENTRE_STAFFING),
    location: { lat: 40.6965, lng: 109.7892 },
  },
  // Community and village service points (社区、村便民服务站).
  {
    id: 'pt-sxl-hp',
    code: 'P10SXLHP',
    name: '少先路街道和平社区便民服务站',
    level: 'community',
    parentId: 'pt-sxl',
    parentName: '少先路街道便民服务中心',
    address: '内蒙古自治区包头市昆都仑区少先路街道和平社区党群服务站一楼',
    phone: '0472-2202201',
    shortCode: 'K10',
    schedule: schedule([], STATION_STAFFING),
    location: { lat: 40.6559, lng: 109.8391 },
  },
  {
    id: 'pt-lyl-kx',
    code: 'P11LYLKX',
    name: '林荫路街道凯旋社区便民服务站',
    level: 'community',
    parentId: 'pt-lyl',
    parentName: '林荫路街道便民服务中心',
    address: '内蒙古自治区包头市昆都仑区林荫路街道凯旋社区党群服务站一楼',
    phone: '0472-2202202',
    shortCode: 'K11',
    schedule: schedule([SATURDAY], STATION_STAFFING),
    location: { lat: 40.6514, lng: 109.8476 },
  },
  {
    id: 'pt-behtz-hynb',
    code: 'P12BEHTZHYNB',
    name: '卜尔汉图镇哈业脑包村便民服务站',
    level: 'community',
    parentId: 'pt-behtz',
    parentName: '卜尔汉图镇便民服务中心',
    address: '内蒙古自治区包头市昆都仑区卜尔汉图镇哈业脑包村村委会一楼',
    phone: '0472-2202203',
    shortCode: 'K12',
    schedule: schedule([], STATION_STAFFING),
    location: { lat: 40.6931, lng: 109.7836 },
  },
  // The industrial park, where investment projects are handled end to end.
  {
    id: 'pt-park',
    code: 'P13JSYQ',
    name: '包头金属深加工园区代办帮办服务站',
    level: 'park',
    address: '内蒙古自治区包头市昆都仑区卜尔汉图镇 包头金属深加工园区管委会办公楼一楼',
    phone: '0472-2101113',
    shortCode: 'K13',
    schedule: schedule([EVENING], CENTRE_STAFFING),
    location: { lat: 40.6842, lng: 109.7968 },
  },
];

export const demoPoints: ServicePoint[] = demoPointRecords.map((p) => withHours({ ...p, ...pointsMn[p.id] }));

// ---------------------------------------------------------------------------------------------
// Agents (代办帮办员): 1–2 per department, at least 1 per service point.
// ---------------------------------------------------------------------------------------------

export const demoAgents: DemoAgent[] = [
  // Department agents (no servicePointId).
  { id: 'agt-zwfw-1', name: '赵敏', title: '代办帮办工作专班负责人', departmentId: 'dept-zwfw', phone: '13904720101', isHead: true, active: true },
  { id: 'agt-zwfw-2', name: '孙晓东', title: '代办帮办员', departmentId: 'dept-zwfw', phone: '13904720102', isHead: false, active: true },
  { id: 'agt-fgw-1', name: '李建国', title: '投资项目审批综合窗口负责人', departmentId: 'dept-fgw', phone: '13904720111', isHead: true, active: true },
  { id: 'agt-fgw-2', name: '周婷', title: '代办帮办员', departmentId: 'dept-fgw', phone: '13904720112', isHead: false, active: true },
  { id: 'agt-scjg-1', name: '马文静', title: '企业开办专区负责人', departmentId: 'dept-scjg', phone: '13904720121', officePhone: '0472-2101121', isHead: true, active: true },
  { id: 'agt-scjg-2', name: '高磊', title: '代办帮办员', departmentId: 'dept-scjg', phone: '13904720122', officePhone: '0472-2101122', isHead: false, active: true },
  { id: 'agt-zjj-1', name: '王志刚', title: '工程建设项目审批窗口负责人', departmentId: 'dept-zjj', phone: '13904720131', isHead: true, active: true },
  { id: 'agt-zjj-2', name: '刘佳', title: '代办帮办员', departmentId: 'dept-zjj', phone: '13904720132', isHead: false, active: true },
  { id: 'agt-zrzy-1', name: '张海涛', title: '规划用地窗口负责人', departmentId: 'dept-zrzy', phone: '13904720141', isHead: true, active: true },
  { id: 'agt-rsj-1', name: '杨丽萍', title: '社会保障综合窗口负责人', departmentId: 'dept-rsj', phone: '13904720151', officePhone: '0472-2101151', isHead: true, active: true },
  { id: 'agt-rsj-2', name: '韩冬梅', title: '代办帮办员', departmentId: 'dept-rsj', phone: '13904720152', officePhone: '0472-2101152', isHead: false, active: true },
  { id: 'agt-mzj-1', name: '陈秀英', title: '社会救助窗口负责人', departmentId: 'dept-mzj', phone: '13904720161', officePhone: '0472-2101161', isHead: true, active: true },
  { id: 'agt-wjw-1', name: '吴桂芳', title: '卫生健康窗口负责人', departmentId: 'dept-wjw', phone: '13904720171', isHead: true, active: true },
  { id: 'agt-ybj-1', name: '郭晓燕', title: '医疗保障窗口负责人', departmentId: 'dept-ybj', phone: '13904720181', isHead: true, active: true },
  { id: 'agt-swj-1', name: '何俊峰', title: '税务窗口负责人', departmentId: 'dept-swj', phone: '13904720191', isHead: true, active: true },
  { id: 'agt-gaj-1', name: '宋志强', title: '印章刻制窗口负责人', departmentId: 'dept-gaj', phone: '13904720201', isHead: true, active: true },
  { id: 'agt-park-1', name: '巴特尔', title: '园区项目服务部负责人', departmentId: 'dept-park', phone: '13904720211', isHead: true, active: true },
  { id: 'agt-park-2', name: '乌云其其格', title: '项目代办专员', departmentId: 'dept-park', phone: '13904720212', isHead: false, active: true },
  // Service-point agents. The district hall's agents belong to the bureau as staff but are
  // counted for the hall, not for the bureau (they carry a servicePointId).
  { id: 'agt-zwzx-1', name: '白雪', title: '代办帮办窗口负责人', departmentId: 'dept-zwfw', servicePointId: 'pt-zwzx', phone: '13904720301', officePhone: '0472-2101301', isHead: false, active: true },
  { id: 'agt-zwzx-2', name: '田宇', title: '代办帮办员', departmentId: 'dept-zwfw', servicePointId: 'pt-zwzx', phone: '13904720302', officePhone: '0472-2101302', isHead: false, active: true },
  { id: 'agt-sxl-1', name: '冯淑兰', title: '便民服务中心代办帮办员', servicePointId: 'pt-sxl', phone: '13904720311', isHead: false, active: true },
  { id: 'agt-lyl-1', name: '邓立新', title: '便民服务中心代办帮办员', servicePointId: 'pt-lyl', phone: '13904720321', isHead: false, active: true },
  { id: 'agt-qjd-1', name: '曹玉霞', title: '便民服务中心代办帮办员', servicePointId: 'pt-qjd', phone: '13904720331', isHead: false, active: true },
  { id: 'agt-yydj-1', name: '许文博', title: '便民服务中心代办帮办员', servicePointId: 'pt-yydj', phone: '13904720341', isHead: false, active: true },
  { id: 'agt-yydj-2', name: '彭红', title: '便民服务中心代办帮办员', servicePointId: 'pt-yydj', phone: '13904720342', isHead: false, active: true },
  { id: 'agt-tjdj-1', name: '蒋春燕', title: '便民服务中心代办帮办员', servicePointId: 'pt-tjdj', phone: '13904720351', isHead: false, active: true },
  { id: 'agt-zt-1', name: '潘国庆', title: '便民服务中心代办帮办员', servicePointId: 'pt-zt', phone: '13904720361', isHead: false, active: true },
  { id: 'agt-kb-1', name: '袁芳', title: '便民服务中心代办帮办员', servicePointId: 'pt-kb', phone: '13904720371', isHead: false, active: true },
  { id: 'agt-behtz-1', name: '苏日娜', title: '便民服务中心代办帮办员', servicePointId: 'pt-behtz', phone: '13904720381', isHead: false, active: true },
  { id: 'agt-sxl-hp-1', name: '程美玲', title: '社区代办帮办员', servicePointId: 'pt-sxl-hp', phone: '13904720391', isHead: false, active: true },
  { id: 'agt-lyl-kx-1', name: '魏建军', title: '社区代办帮办员', servicePointId: 'pt-lyl-kx', phone: '13904720401', isHead: false, active: true },
  { id: 'agt-behtz-hynb-1', name: '吕福生', title: '村代办帮办员', servicePointId: 'pt-behtz-hynb', phone: '13904720411', isHead: false, active: true },
  { id: 'agt-pt-park-1', name: '其木格', title: '园区服务站代办帮办员', departmentId: 'dept-park', servicePointId: 'pt-park', phone: '13904720421', isHead: false, active: true },
];

// ---------------------------------------------------------------------------------------------
// Service items (事项清单)
// ---------------------------------------------------------------------------------------------

const departmentName = (id: string): string => {
  const department = demoDepartments.find((d) => d.id === id);
  if (!department) throw new Error(`demo data: unknown department ${id}`);
  return department.name;
};

/** A material entry: required unless stated, no 告知承诺 unless stated. */
const material = (
  id: string,
  name: string,
  note?: string,
  options: { required?: boolean; commitmentAllowed?: boolean } = {},
): MaterialSpec => ({
  id,
  name,
  ...(note ? { note } : {}),
  required: options.required ?? true,
  commitmentAllowed: options.commitmentAllowed ?? false,
});

type ItemInput = Omit<ServiceItem, 'departmentName' | 'fee'>;
const item = (input: ItemInput): ServiceItem => ({
  ...input,
  ...itemsMn[input.id],
  departmentName: departmentName(input.departmentId),
  fee: { amount: 0, note: '免费' },
  // Every stored item carries its edit version and whether it is active (catalogue administration).
  version: 1,
  active: true,
});

const idCard = (holder = '申请人') => material('id-card', `${holder}身份证`, '原件核验，复印件1份');
const licence = () => material('business-licence', '营业执照', '原件核验，复印件1份（加盖公章）');
const mandate = () => material('power-of-attorney', '授权委托书及受托人身份证', '委托他人办理时提供', { required: false });

export const demoItems: ServiceItem[] = [
  // ---- 投资项目审批 -------------------------------------------------------------------------
  item({
    id: 'item-tz-record',
    code: '150203-FGW-TZ-001',
    name: '企业投资项目备案',
    scope: 'investmentApproval',
    level: 'district',
    departmentId: 'dept-fgw',
    summary: '对不属于核准范围的企业投资项目，通过内蒙古自治区投资项目在线审批监管平台实行备案管理。代办帮办员可协助企业在线填报项目信息并跟踪备案结果。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite', 'online'],
    materials: [
      material('record-form', '企业投资项目备案信息表', '在线平台填报后打印，加盖公章'),
      licence(),
      material('project-commitment', '项目单位对备案信息真实性的承诺书', undefined, { commitmentAllowed: true }),
      mandate(),
    ],
    commitmentDays: 1,
    statutoryDays: 3,
    keywords: ['备案', '投资项目', '企业投资', '项目代码'],
  }),
  item({
    id: 'item-tz-proposal',
    code: '150203-FGW-TZ-002',
    name: '政府投资项目建议书审批',
    scope: 'investmentApproval',
    level: 'district',
    departmentId: 'dept-fgw',
    summary: '对区本级政府投资项目的建设必要性、建设规模和投资估算等进行审批。涉及多部门意见的，由区政务服务局组织并联办理。',
    serviceKinds: ['consult', 'guide', 'coordinate', 'handleOnBehalf'],
    serviceModes: ['appointment', 'online'],
    materials: [
      material('request-letter', '项目单位关于审批项目建议书的请示', '原件1份'),
      material('proposal', '项目建议书', '具备相应能力的机构编制，纸质2份及电子版'),
      material('site-opinion', '项目选址意见', '需用地的项目提供', { required: false, commitmentAllowed: true }),
      material('funding-proof', '资金来源说明', '原件1份'),
    ],
    commitmentDays: 5,
    statutoryDays: 20,
    keywords: ['项目建议书', '政府投资', '立项'],
  }),
  item({
    id: 'item-tz-fsr',
    code: '150203-FGW-TZ-003',
    name: '政府投资项目可行性研究报告审批',
    scope: 'investmentApproval',
    level: 'district',
    departmentId: 'dept-fgw',
    summary: '对区本级政府投资项目可行性研究报告进行审批，明确建设内容、建设规模和总投资。',
    serviceKinds: ['consult', 'guide', 'coordinate', 'handleOnBehalf'],
    serviceModes: ['appointment', 'online'],
    materials: [
      material('request-letter', '项目单位关于审批可行性研究报告的请示', '原件1份'),
      material('fsr', '可行性研究报告', '纸质2份及电子版'),
      material('planning-opinion', '规划选址或用地预审意见', '复印件1份', { commitmentAllowed: true }),
      material('energy-review', '节能审查意见', '按规定需节能审查的项目提供', { required: false }),
    ],
    commitmentDays: 10,
    statutoryDays: 20,
    keywords: ['可研', '可行性研究报告', '政府投资'],
  }),
  item({
    id: 'item-tz-energy',
    code: '150203-FGW-TZ-004',
    name: '固定资产投资项目节能审查',
    scope: 'investmentApproval',
    level: 'district',
    departmentId: 'dept-fgw',
    summary: '对年综合能源消费量达到规定标准的固定资产投资项目出具节能审查意见，项目开工建设前取得。',
    serviceKinds: ['consult', 'guide', 'assist'],
    serviceModes: ['appointment', 'online'],
    materials: [
      material('request-letter', '节能审查申请文件', '原件1份'),
      material('energy-report', '项目节能报告', '纸质2份及电子版'),
      material('project-record', '项目核准或备案文件', '复印件1份'),
    ],
    commitmentDays: 10,
    statutoryDays: 20,
    keywords: ['节能审查', '能耗', '节能报告'],
  }),
  item({
    id: 'item-tz-park-record',
    code: '150203-YQ-TZ-001',
    name: '园区企业投资项目备案及全流程代办',
    scope: 'investmentApproval',
    level: 'park',
    departmentId: 'dept-park',
    summary: '包头金属深加工园区管委会对入园企业投资项目提供从项目备案到开工建设的全流程代办帮办，一名项目专员全程跟进，协调各审批部门并联办理。',
    serviceKinds: ['consult', 'guide', 'coordinate', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'extendedHours', 'onSite', 'online'],
    materials: [
      material('entry-agreement', '入园投资协议', '复印件1份'),
      licence(),
      material('record-form', '企业投资项目备案信息表', '加盖公章'),
      material('agency-agreement', '代办帮办协议', '现场签订'),
    ],
    commitmentDays: 2,
    keywords: ['园区', '金属深加工', '入园', '全流程代办', '备案'],
  }),

  // ---- 工程建设项目审批 ---------------------------------------------------------------------
  item({
    id: 'item-gc-construction-permit',
    code: '150203-ZJJ-GC-001',
    name: '建筑工程施工许可证核发',
    scope: 'constructionApproval',
    level: 'district',
    departmentId: 'dept-zjj',
    summary: '在昆都仑区范围内从事各类房屋建筑及其附属设施的建造、装修装饰和城镇市政基础设施工程施工的，建设单位在开工前申请领取施工许可证。',
    serviceKinds: ['consult', 'guide', 'coordinate', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'extendedHours', 'onSite', 'online'],
    materials: [
      material('application', '建筑工程施工许可证申请表', '原件1份'),
      material('planning-permit', '建设工程规划许可证', '复印件1份'),
      material('contract', '施工合同及中标通知书', '依法必须招标的项目提供中标通知书'),
      material('funds-commitment', '建设资金已落实承诺书', undefined, { commitmentAllowed: true }),
      material('safety-measures', '保证工程质量和安全的具体措施', undefined, { commitmentAllowed: true }),
    ],
    commitmentDays: 5,
    statutoryDays: 7,
    keywords: ['施工许可', '开工', '施工许可证', '建筑工程'],
  }),
  item({
    id: 'item-gc-project-planning',
    code: '150203-ZRZY-GC-001',
    name: '建设工程规划许可证核发',
    scope: 'constructionApproval',
    level: 'district',
    departmentId: 'dept-zrzy',
    summary: '在城市规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位申请办理建设工程规划许可证。',
    serviceKinds: ['consult', 'guide', 'coordinate', 'handleOnBehalf'],
    serviceModes: ['appointment', 'online'],
    materials: [
      material('application', '建设工程规划许可申请表', '原件1份'),
      material('land-proof', '使用土地的有关证明文件', '复印件1份'),
      material('design-plan', '建设工程设计方案总平面图', '纸质及电子版各1份'),
      material('drawings', '建筑施工图', '电子版', { commitmentAllowed: true }),
    ],
    commitmentDays: 10,
    statutoryDays: 20,
    keywords: ['规划许可', '工程规划', '规划证'],
  }),
  item({
    id: 'item-gc-land-planning',
    code: '150203-ZRZY-GC-002',
    name: '建设用地规划许可证核发',
    scope: 'constructionApproval',
    level: 'district',
    departmentId: 'dept-zrzy',
    summary: '以划拨或出让方式取得国有土地使用权的建设项目，依法申请核发建设用地规划许可证。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf'],
    serviceModes: ['appointment', 'online'],
    materials: [
      material('application', '建设用地规划许可申请表', '原件1份'),
      material('project-approval', '项目批准、核准或备案文件', '复印件1份'),
      material('land-contract', '国有建设用地使用权出让合同或划拨决定书', '复印件1份'),
      material('site-plan', '标绘用地范围的地形图', '电子版'),
    ],
    commitmentDays: 8,
    statutoryDays: 20,
    keywords: ['用地规划', '规划许可', '土地'],
  }),
  item({
    id: 'item-gc-completion-record',
    code: '150203-ZJJ-GC-002',
    name: '建设工程竣工验收备案',
    scope: 'constructionApproval',
    level: 'district',
    departmentId: 'dept-zjj',
    summary: '房屋建筑和市政基础设施工程竣工验收合格后，建设单位办理竣工验收备案，实行联合验收的与联合验收一并办理。',
    serviceKinds: ['consult', 'guide', 'coordinate', 'assist'],
    serviceModes: ['appointment', 'onSite', 'online'],
    materials: [
      material('record-form', '工程竣工验收备案表', '原件2份'),
      material('acceptance-report', '工程竣工验收报告', '原件1份'),
      material('quality-warranty', '住宅质量保证书和住宅使用说明书', '商品住宅工程提供', { required: false }),
      material('fire-acceptance', '消防验收意见或备案凭证', '复印件1份'),
    ],
    commitmentDays: 5,
    statutoryDays: 15,
    keywords: ['竣工验收', '备案', '联合验收'],
  }),

  // ---- 企业开办 -----------------------------------------------------------------------------
  item({
    id: 'item-qy-setup',
    code: '150203-SCJG-QY-001',
    name: '企业设立登记',
    scope: 'enterpriseEstablishment',
    level: 'district',
    departmentId: 'dept-scjg',
    summary: '有限责任公司、股份有限公司、合伙企业等设立登记，通过企业开办“一网通办”平台一次填报，营业执照、印章、发票和社保登记同步办理。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'extendedHours', 'online'],
    materials: [
      material('application', '企业设立登记申请书', '全体股东或发起人签署'),
      material('articles', '公司章程', '全体股东签署'),
      material('investor-ids', '股东主体资格证明或自然人身份证件', '复印件1份'),
      material('premises', '住所使用证明', '可签署住所（经营场所）申报承诺书代替', { commitmentAllowed: true }),
      mandate(),
    ],
    commitmentDays: 1,
    statutoryDays: 3,
    keywords: ['公司设立', '营业执照', '企业开办', '注册公司'],
  }),
  item({
    id: 'item-qy-seal',
    code: '150203-GAJ-QY-001',
    name: '企业印章刻制',
    scope: 'enterpriseEstablishment',
    level: 'district',
    departmentId: 'dept-gaj',
    summary: '新开办企业在企业开办专区同步申请刻制公章、财务专用章、发票专用章等首套印章，刻制信息实时备案。',
    serviceKinds: ['consult', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'extendedHours', 'online'],
    materials: [
      licence(),
      idCard('法定代表人'),
      mandate(),
    ],
    commitmentDays: 1,
    keywords: ['印章', '刻章', '公章', '企业开办'],
  }),
  item({
    id: 'item-qy-invoice',
    code: '150203-SWJ-QY-001',
    name: '申领发票',
    scope: 'enterpriseEstablishment',
    level: 'district',
    departmentId: 'dept-swj',
    summary: '新办纳税人完成税务信息确认后申领发票，可通过电子税务局线上申领、邮寄送达或在企业开办专区现场领取。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'online'],
    materials: [
      material('invoice-application', '发票领用表', '电子税务局填报'),
      idCard('经办人'),
      material('invoice-seal', '发票专用章印模', '首次申领时提供'),
    ],
    commitmentDays: 1,
    keywords: ['发票', '税控', '新办纳税人', '企业开办'],
  }),
  item({
    id: 'item-qy-individual',
    code: '150203-SCJG-QY-002',
    name: '个体工商户登记',
    scope: 'enterpriseEstablishment',
    level: 'district',
    departmentId: 'dept-scjg',
    summary: '个体工商户设立登记，可在区政务服务中心或就近街镇便民服务中心申请，经营场所可实行申报承诺。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'extendedHours', 'onSite', 'online'],
    materials: [
      material('application', '个体工商户登记申请书', '经营者签署'),
      idCard('经营者'),
      material('premises', '经营场所使用证明', '可签署申报承诺书代替', { commitmentAllowed: true }),
    ],
    commitmentDays: 1,
    statutoryDays: 3,
    keywords: ['个体户', '个体工商户', '营业执照'],
  }),
  item({
    id: 'item-qy-food',
    code: '150203-SCJG-QY-003',
    name: '食品经营许可',
    scope: 'enterpriseEstablishment',
    level: 'district',
    departmentId: 'dept-scjg',
    summary: '从事食品销售和餐饮服务活动的，依法取得食品经营许可。对仅销售预包装食品等低风险情形实行告知承诺。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite', 'online'],
    materials: [
      material('application', '食品经营许可申请书', '原件1份'),
      licence(),
      material('layout', '经营场所平面图和设备布局图', undefined, { commitmentAllowed: true }),
      material('safety-rules', '食品安全管理制度文本', undefined, { commitmentAllowed: true }),
      material('manager-id', '食品安全管理人员身份证明', '复印件1份'),
    ],
    commitmentDays: 3,
    statutoryDays: 10,
    keywords: ['食品经营', '餐饮', '食品许可', '小餐饮'],
  }),
  item({
    id: 'item-qy-public-hygiene',
    code: '150203-WJW-QY-001',
    name: '公共场所卫生许可',
    scope: 'enterpriseEstablishment',
    level: 'district',
    departmentId: 'dept-wjw',
    summary: '开办住宿、沐浴、美容美发、游泳场所等公共场所，依法申请公共场所卫生许可，实行告知承诺的可当场办结。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf'],
    serviceModes: ['appointment', 'onSite', 'online'],
    materials: [
      material('application', '公共场所卫生许可申请表', '原件1份'),
      licence(),
      material('hygiene-rules', '卫生管理制度', undefined, { commitmentAllowed: true }),
      material('inspection-report', '公共场所卫生检测或评价报告', '可承诺在规定期限内补交', { commitmentAllowed: true }),
    ],
    commitmentDays: 3,
    statutoryDays: 20,
    keywords: ['卫生许可', '公共场所', '美容美发', '宾馆'],
  }),

  // ---- 民生服务 -----------------------------------------------------------------------------
  item({
    id: 'item-ms-pension',
    code: '150203-RSJ-MS-001',
    name: '城乡居民基本养老保险参保登记',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-rsj',
    summary: '年满16周岁（不含在校学生）、未参加职工基本养老保险的本区户籍居民，可在户籍所在地街镇便民服务中心办理参保登记。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite', 'online'],
    materials: [idCard(), material('household-register', '户口簿', '原件核验')],
    commitmentDays: 1,
    keywords: ['养老保险', '城乡居民', '参保', '社保'],
  }),
  item({
    id: 'item-ms-unemployment',
    code: '150203-RSJ-MS-002',
    name: '失业保险金申领',
    scope: 'livelihood',
    level: 'district',
    departmentId: 'dept-rsj',
    summary: '符合条件的失业人员办理失业登记后申领失业保险金，可通过线上渠道申领，代办帮办员协助核对参保缴费记录。',
    serviceKinds: ['consult', 'guide', 'assist'],
    serviceModes: ['appointment', 'online'],
    materials: [
      idCard(),
      material('termination-proof', '解除或终止劳动合同证明', '原件1份'),
      material('bank-card', '本人社会保障卡或银行卡', '原件核验'),
    ],
    commitmentDays: 5,
    statutoryDays: 10,
    keywords: ['失业金', '失业保险', '失业登记'],
  }),
  item({
    id: 'item-ms-employment-difficulty',
    code: '150203-RSJ-MS-003',
    name: '就业困难人员认定',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-rsj',
    summary: '已办理失业登记的大龄、残疾、零就业家庭等人员申请就业困难人员认定，认定后享受就业援助和岗位补贴等政策。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite'],
    materials: [
      idCard(),
      material('application', '就业困难人员认定申请表', '原件1份'),
      material('category-proof', '相应类别证明材料', '如残疾人证、低保证等', { commitmentAllowed: true }),
    ],
    commitmentDays: 10,
    keywords: ['就业困难', '就业援助', '公益性岗位'],
  }),
  item({
    id: 'item-ms-dibao',
    code: '150203-MZJ-MS-001',
    name: '最低生活保障申请',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-mzj',
    summary: '共同生活的家庭成员人均收入低于本地低保标准且财产状况符合规定的家庭，向户籍所在地街镇申请最低生活保障。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite'],
    materials: [
      material('application', '最低生活保障申请书', '申请人签署'),
      material('family-ids', '家庭成员身份证和户口簿', '原件核验'),
      material('income-statement', '家庭收入和财产状况声明及授权核对书', '签署后由民政部门核对', { commitmentAllowed: true }),
    ],
    commitmentDays: 15,
    statutoryDays: 30,
    keywords: ['低保', '最低生活保障', '社会救助'],
  }),
  item({
    id: 'item-ms-disability-subsidy',
    code: '150203-MZJ-MS-002',
    name: '残疾人两项补贴申请',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-mzj',
    summary: '困难残疾人生活补贴和重度残疾人护理补贴的申请，可由本人或其监护人在户籍所在地街镇提出，行动不便的可申请上门服务。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite', 'online'],
    materials: [
      material('application', '残疾人两项补贴申请审批表', '原件1份'),
      idCard(),
      material('disability-card', '第二代残疾人证', '原件核验'),
      material('bank-card', '本人银行卡', '复印件1份'),
    ],
    commitmentDays: 15,
    statutoryDays: 20,
    keywords: ['残疾人', '两项补贴', '护理补贴', '生活补贴'],
  }),
  item({
    id: 'item-ms-temporary-relief',
    code: '150203-MZJ-MS-003',
    name: '临时救助申请',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-mzj',
    summary: '因遭遇突发事件、意外伤害、重大疾病等导致基本生活暂时出现严重困难的家庭或个人申请临时救助，情况紧急的可先行救助。',
    serviceKinds: ['consult', 'coordinate', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite'],
    materials: [
      material('application', '临时救助申请书', '申请人签署'),
      idCard(),
      material('hardship-proof', '困难情况证明材料', '如医疗费用票据等', { commitmentAllowed: true }),
    ],
    commitmentDays: 10,
    keywords: ['临时救助', '急难', '社会救助'],
  }),
  item({
    id: 'item-ms-senior-allowance',
    code: '150203-MZJ-MS-004',
    name: '高龄津贴申领',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-mzj',
    summary: '本区户籍年满80周岁的老年人申领高龄津贴，行动不便的老人可由社区代办帮办员上门办理。',
    serviceKinds: ['consult', 'handleOnBehalf', 'assist'],
    serviceModes: ['appointment', 'onSite'],
    materials: [
      idCard('老年人'),
      material('household-register', '户口簿', '原件核验'),
      material('bank-card', '本人银行卡或社会保障卡', '复印件1份'),
    ],
    commitmentDays: 10,
    keywords: ['高龄津贴', '老年人', '养老'],
  }),
  item({
    id: 'item-ms-medical-transfer',
    code: '150203-YBJ-MS-001',
    name: '医保异地就医备案',
    scope: 'livelihood',
    level: 'district',
    departmentId: 'dept-ybj',
    summary: '异地长期居住、异地转诊或临时外出就医的参保人员办理异地就医备案，可通过国家医保服务平台或窗口即时办理。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
    serviceModes: ['extendedHours', 'online'],
    materials: [
      material('record-form', '异地就医备案登记表', '线上填报'),
      idCard('参保人'),
      material('residence-proof', '异地居住证明', '可签署个人承诺书代替', { required: false, commitmentAllowed: true }),
    ],
    commitmentDays: 1,
    keywords: ['异地就医', '医保', '备案', '转诊'],
  }),
  item({
    id: 'item-ms-birth-registration',
    code: '150203-WJW-MS-001',
    name: '生育登记服务',
    scope: 'livelihood',
    level: 'streetTown',
    departmentId: 'dept-wjw',
    summary: '夫妻双方生育子女的，可在一方户籍地或现居住地街镇办理生育登记，也可通过线上平台自助登记。',
    serviceKinds: ['consult', 'guide', 'handleOnBehalf'],
    serviceModes: ['onSite', 'online'],
    materials: [
      material('couple-ids', '夫妻双方身份证', '原件核验'),
      material('marriage-certificate', '结婚证', '原件核验', { commitmentAllowed: true }),
    ],
    commitmentDays: 1,
    keywords: ['生育登记', '准生', '母婴'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Users other than agents (the seed derives one agent user per agent).
// ---------------------------------------------------------------------------------------------

export const demoUsers: DemoUser[] = [
  {
    userId: 'u-resident-1',
    role: 'resident',
    name: '张丽',
    description: '少先路街道居民，为母亲申请高龄津贴和医保异地就医备案',
    phone: '13904720001',
  },
  {
    userId: 'u-resident-2',
    role: 'resident',
    name: '王强',
    description: '包头市鑫达金属制品有限公司经办人，在金属深加工园区办理投资项目备案和施工许可',
    phone: '13904720002',
  },
  {
    userId: 'u-bureau-1',
    role: 'bureau',
    name: '刘建华',
    description: '昆都仑区政务服务局督查考评负责人，管理事项清单、服务网络和代办帮办队伍',
  },
];
