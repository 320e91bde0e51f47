// A year of past cases for the local stack, so the supervision dashboard (督查考评) and the public
// scorecard have something to show: ~200 cases over the last 365 days across the demo departments
// and their agents, mostly done (on time, some late), mostly well rated, a few bad ratings with
// open and reported rectifications. Deterministic: a fixed seed, dates counted back from `now`.
// Written straight as records (caseToItem) with their timeline events, in BatchWrites: history
// that no service call could make today (it happened in the past).
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  AGREEMENT_VERSION,
  addCalendarDays,
  addWorkingDays,
  chinaDate,
  commitmentDueDate,
  isBadRating,
  isWorkingDay,
  type CaseEvent,
  type Channel,
  type RatingLevel,
  type RatingProblem,
  type WorkCalendar,
} from '@app/shared';
import { encodeTime } from 'ulid';
import { workCalendar } from '../src/calendar/store';
import { RECTIFICATION_DAYS } from '../src/cases/outcomes';
import { countWrittenOpenWork } from '../src/cases/openWork';
import { rollUpWrittenCases } from '../src/supervision/rollups';
import { caseToItem, eventItem, materialListItem, type CaseRecord } from '../src/cases/record';
import { config } from '../src/lib/config';
import { documentClient, type Item } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import type { AgentRecord } from '../src/network/repository';
import { demoAgents, demoItems } from './demoData';

export const HISTORY_SEED = 20261001;
export const HISTORY_CASES = 200;

/** mulberry32: a small, well-known seeded generator (deterministic demo data, not security). */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)],
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof generator>;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const chars = (random: Random, n: number) => Array.from({ length: n }, () => CROCKFORD[random.int(0, 31)]).join('');
/** A ULID stamped at `ms` whose random part comes from the seeded generator. */
const idAt = (random: Random, ms: number) => `${encodeTime(ms, 10)}${chars(random, 16)}`;

/** The instant of a China date at a given hour and minute. */
const at = (date: string, hour: number, minute: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
const nextWorkingDay = (calendar: WorkCalendar, date: string) => (isWorkingDay(calendar, date) ? date : addWorkingDays(calendar, date, 1));

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '乌', '巴', '其'];
const GIVEN = ['建华', '秀英', '志强', '丽娟', '海龙', '晓燕', '文博', '桂兰', '德胜', '春梅', '宏伟', '玉珍', '俊杰', '淑芬', '国庆', '敖登', '其其格', '巴图', '红梅', '永刚'];
const COMPANIES = ['包头市昆区鑫源商贸有限公司', '包头市恒达建材有限公司', '内蒙古北方稀土新材料有限公司', '包头市鹿城餐饮管理有限公司', '包头市青山物流有限公司', '包头市钢城机电设备有限公司'];
const RESULTS: Record<'approved' | 'informed', string[]> = {
  approved: ['已办结，证照已送达', '审批通过，结果已告知申请人', '已办结，待遇已核定', '手续齐全，已一次办结'],
  informed: ['不符合受理条件，已告知申请人所需条件', '已指导申请人补充前置手续'],
};
/** What a bad rating said went wrong: its comment and its problem categories (差评问题类型). */
const BAD_COMMENTS: { comment: string; categories: RatingProblem[] }[] = [
  { comment: '进度告知不及时', categories: ['efficiency'] },
  { comment: '等待时间较长', categories: ['efficiency'] },
  { comment: '材料反复补正，没有一次性告知', categories: ['process', 'policyExplanation'] },
  { comment: '电话多次未接通', categories: ['serviceAttitude'] },
];
const MEASURES = ['已约谈经办人，建立办理进度每日告知制度', '已向申请人致歉并说明原因，优化补正一次性告知流程', '调整窗口人员安排，缩短等待时间'];
const CHANNELS: Channel[] = ['miniProgram', 'miniProgram', 'miniProgram', 'window', 'window', 'webPortal', 'hotline12345'];

/** Rating levels, mostly good: 57% 非常满意, 30% 满意, 10% 基本满意, 2% 不满意, 1% 非常不满意. */
function ratingLevel(random: Random): RatingLevel {
  const x = random.next();
  if (x < 0.57) return 'verySatisfied';
  if (x < 0.87) return 'satisfied';
  if (x < 0.97) return 'basicallySatisfied';
  if (x < 0.99) return 'dissatisfied';
  return 'veryDissatisfied';
}

export interface DemoHistory {
  cases: CaseRecord[];
  events: { caseId: string; event: CaseEvent }[];
  /** Case numbers, ratings and rectifications: the items the real actions write alongside. */
  items: Item[];
}

/** The history as records, counted back from `now`; the same `now` gives the same history. */
export function demoHistory(now: Date, calendar: WorkCalendar, count = HISTORY_CASES, seed = HISTORY_SEED): DemoHistory {
  const random = generator(seed);
  const today = chinaDate(now);
  const agentsOf = new Map<string, AgentRecord[]>();
  for (const a of demoAgents) if (a.departmentId && !a.servicePointId && a.active) agentsOf.set(a.departmentId, [...(agentsOf.get(a.departmentId) ?? []), a]);
  const items = demoItems.filter((i) => agentsOf.has(i.departmentId) && i.serviceKinds.some((k) => k !== 'consult'));
  const history: DemoHistory = { cases: [], events: [], items: [] };

  const quickItems = items.filter((i) => i.commitmentDays <= 3);
  for (let n = 0; n < count; n += 1) {
    // The last two are recent bad ratings whose rectification is still open (the dashboard's
    // to-do list); every hundredth is a bad rating too, so there are reported ones to look at.
    const recentBad = n >= count - 2;
    const forcedBad = recentBad || n % 100 === 7;
    const item = random.pick(recentBad ? quickItems : items);
    const owner = random.pick(agentsOf.get(item.departmentId)!);
    const applicantName = `${random.pick(SURNAMES)}${random.pick(GIVEN)}`;
    const enterprise = item.scope === 'livelihood' ? undefined : random.pick(COMPANIES);
    // Entrusted on a working day within the last year (a little more often recently), office hours.
    const back = recentBad ? 10 + (n % 2) * 4 : Math.min(364, Math.floor(random.next() ** 1.3 * 364) + 1);
    const day = nextWorkingDay(calendar, addCalendarDays(today, -back));
    if (day >= today) continue;
    const created = at(day, random.int(8, 16), random.int(0, 59));
    const createdAt = created.toISOString();
    const id = idAt(random, created.getTime());
    const events: CaseEvent[] = [];
    const event = (when: Date, actor: CaseEvent['actor'], action: CaseEvent['action'], from: CaseRecord['state'] | undefined, to: CaseRecord['state'] | undefined, extra: Partial<CaseEvent> = {}) =>
      events.push({ id: idAt(random, when.getTime()), at: when.toISOString(), actor, action, from, to, ...extra });
    const resident = { userId: `u-hist-${String(n).padStart(3, '0')}`, role: 'resident' as const, name: applicantName };
    const agent = { userId: `u-${owner.id}`, role: 'agent' as const, name: owner.name, agentId: owner.id };

    const record: CaseRecord = {
      id,
      number: `KDL-${day.replace(/-/g, '')}-${chars(random, 6)}`,
      kind: 'entrustment',
      state: 'agreementSigned',
      version: 3,
      itemId: item.id,
      itemName: item.name,
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      commitmentDays: item.commitmentDays,
      serviceKind: item.serviceKinds.find((k) => k !== 'consult')!,
      serviceMode: random.pick(item.serviceModes.some((m) => m !== 'onSite') ? item.serviceModes.filter((m) => m !== 'onSite') : ['online']),
      channel: random.pick(CHANNELS),
      // Residents of the district who are not demo users: their cases stay out of the demo lists.
      applicantUserId: resident.userId,
      applicant: { name: applicantName, phone: `139047${String(random.int(10000, 99999))}`, enterpriseName: enterprise },
      assigneeAgentId: owner.id,
      agreement: { version: AGREEMENT_VERSION, signerName: applicantName, signedAt: new Date(created.getTime() + 5 * 60 * 1000).toISOString() },
      openSubTasks: 0,
      subTaskDepartmentIds: [],
      rated: false,
      createdAt,
      updatedAt: createdAt,
    };
    event(created, resident, 'entrust', undefined, 'entrusted', { data: { channel: record.channel } });
    event(new Date(created.getTime() + 5 * 60 * 1000), resident, 'signAgreement', 'entrusted', 'agreementSigned', { data: { agreementVersion: AGREEMENT_VERSION, signerName: applicantName } });

    // 3%: withdrawn before anyone accepted it.
    if (!forcedBad && random.chance(0.03)) {
      const gone = new Date(created.getTime() + 2 * 60 * 60 * 1000);
      record.state = 'withdrawn';
      event(gone, resident, 'withdraw', 'agreementSigned', 'withdrawn', { note: '已自行办理' });
      finish(history, record, events);
      continue;
    }

    // Accepted within the hour, or the next working day for a late entrustment.
    const accepted = recentBad || random.chance(0.8) ? new Date(created.getTime() + random.int(10, 60) * 60 * 1000) : at(addWorkingDays(calendar, day, 1), 9, random.int(0, 30));
    if (accepted > now) {
      finish(history, record, events);
      continue;
    }
    const acceptDate = chinaDate(accepted);
    Object.assign(record, {
      state: 'accepted',
      ownerAgentId: owner.id,
      assigneeAgentId: undefined,
      acceptedAt: accepted.toISOString(),
      dueDate: commitmentDueDate(calendar, accepted, item.commitmentDays),
      dueClock: { startedOn: acceptDate, workingDays: item.commitmentDays },
    });
    event(accepted, agent, 'accept', 'agreementSigned', 'accepted');

    // About 88% within the commitment; the rest one to four working days late.
    const late = !recentBad && random.chance(0.12);
    const workingDays = recentBad ? 1 : late ? item.commitmentDays + random.int(1, 4) : random.int(Math.min(1, item.commitmentDays), item.commitmentDays);
    const resulted = at(addWorkingDays(calendar, acceptDate, workingDays), random.int(10, 17), random.int(0, 59));
    if (resulted > now) {
      // Still in hand today: coordinating (a few past their due date already).
      const coordinating = new Date(accepted.getTime() + 60 * 60 * 1000);
      if (coordinating <= now) {
        record.state = 'coordinating';
        event(coordinating, agent, 'startCoordination', 'accepted', 'coordinating');
      }
      finish(history, record, events);
      continue;
    }
    const outcome = random.chance(0.93) ? 'approved' : 'informed';
    record.result = { outcome, summary: random.pick(RESULTS[outcome]), at: resulted.toISOString() };
    record.state = 'resultFedBack';
    event(resulted, agent, 'feedBackResult', 'accepted', 'resultFedBack', { note: record.result.summary, data: { outcome } });

    // The owner archives within days; most residents rate it by then; the follow-up visit comes last.
    const archiveDate = addWorkingDays(calendar, chinaDate(resulted), recentBad ? 1 : random.int(1, 3));
    const rateDate = addWorkingDays(calendar, archiveDate, recentBad ? 0 : random.int(0, 2));
    const rates = (forcedBad || random.chance(0.85)) && rateDate < today;
    const visitDate = addWorkingDays(calendar, rateDate, random.int(1, 4));
    if (archiveDate < today) {
      const archived = at(archiveDate, 10, random.int(0, 59));
      record.state = 'archived';
      event(archived, agent, 'archive', 'resultFedBack', 'archived');
    }
    if (rates) {
      const level = forcedBad ? (n % 2 === 0 ? 'dissatisfied' : 'veryDissatisfied') : ratingLevel(random);
      const rated = at(rateDate, random.int(18, 21), random.int(0, 59));
      const bad = isBadRating(level) ? random.pick(BAD_COMMENTS) : undefined;
      const comment = bad?.comment;
      record.rated = true;
      record.rating = { level, categories: bad?.categories, comment, at: rated.toISOString() };
      event(rated, resident, 'rate', record.state, record.state, { note: comment, data: { level, ...(bad ? { categories: bad.categories } : {}) } });
      history.items.push({ ...keys.rating(id), entity: 'rating', ...record.rating, departmentId: record.departmentId, ownerAgentId: owner.id });
      if (isBadRating(level)) {
        const dueDate = addWorkingDays(calendar, rateDate, RECTIFICATION_DAYS);
        const reportDate = addWorkingDays(calendar, rateDate, random.int(2, 6));
        const base = { ...keys.rectification(id), entity: 'rectification', caseId: id, caseNumber: record.number, itemName: record.itemName, departmentId: record.departmentId, departmentName: record.departmentName, ownerAgentId: owner.id, level, categories: bad?.categories, comment, dueDate, openedAt: rated.toISOString() };
        if (!recentBad && reportDate < today) {
          const reported = at(reportDate, 15, random.int(0, 59));
          const measures = random.pick(MEASURES);
          record.rectification = { dueDate, state: 'done' };
          history.items.push({ ...base, state: 'done', report: { measures, byName: owner.name, byAgentId: owner.id, at: reported.toISOString() }, gsi3pk: keys.departmentRectificationsDone(record.departmentId), gsi3sk: `${reported.toISOString()}#${id}` });
          event(reported, agent, 'reportRectification', undefined, undefined, { note: measures, data: { measures } });
        } else {
          record.rectification = { dueDate, state: 'open' };
          history.items.push({ ...base, state: 'open', gsi3pk: keys.departmentRectifications(record.departmentId), gsi3sk: `${dueDate}#${id}` });
        }
      }
    }
    if (record.state === 'archived' && visitDate < today) {
      const visited = at(visitDate, 11, random.int(0, 59));
      const to = record.rated ? 'rated' : 'followUpVisited';
      event(visited, agent, 'recordFollowUpVisit', 'archived', to, { data: { method: 'phone' } });
      record.state = to;
    }
    finish(history, record, events);
  }
  return history;
}

function finish(history: DemoHistory, record: CaseRecord, events: CaseEvent[]) {
  events.sort((a, b) => a.at.localeCompare(b.at));
  // One version per change, as the real transactions count; last changed at the last event.
  record.version = events.length;
  record.updatedAt = events[events.length - 1].at;
  history.cases.push(record);
  history.items.push({ ...keys.caseNumber(record.number), entity: 'caseNumber', caseId: record.id });
  history.items.push(materialListItem(record.id, demoItems.find((i) => i.id === record.itemId)?.materials ?? []));
  for (const event of events) history.events.push({ caseId: record.id, event });
}

/** Writes the history as records. */
export async function seedDemoHistory(now: Date): Promise<number> {
  // Counted on the calendar the table holds (seeded from the package on its first read).
  const history = demoHistory(now, await workCalendar());
  const all: Item[] = [...history.cases.map(caseToItem), ...history.events.map((e) => eventItem(e.caseId, e.event)), ...history.items];
  await writeItems(all);
  // The owners still holding a case (awaiting archive or follow-up) count it as open work.
  await countWrittenOpenWork(all);
  // And every case counts in its department's and owner's supervision rollups.
  await rollUpWrittenCases(history.cases);
  return history.cases.length;
}

/** Writes records in BatchWrites of 25, a few at a time, asking again for what DynamoDB leaves unprocessed. */
export async function writeItems(all: Item[]): Promise<void> {
  const { tableName } = config();
  const batches: Item[][] = [];
  for (let i = 0; i < all.length; i += 25) batches.push(all.slice(i, i + 25));
  const write = async (batch: Item[]) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= 8) throw new Error('demo history: writes kept coming back unprocessed');
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const out = await documentClient().send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (out.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  };
  // A few batches at a time: quick on DynamoDB Local, gentle on a shared machine.
  for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map(write));
}
