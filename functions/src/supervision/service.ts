// The supervision capability (督查考评): figures per department and per agent over a period, the
// CSV export, the public scorecard, and the rectification (整改) of bad ratings.
import {
  RatingLevel,
  addCalendarDays,
  chinaDate,
  type Principal,
  type Rectification,
  type Scorecard,
  type SupervisionAgents,
  type SupervisionDepartments,
  type SupervisionFigures,
  type WorkCalendar,
} from '@app/shared';
import type * as z from 'zod/mini';
import type { ScorecardWindowSchema } from '@app/shared';
import { workCalendar } from '../calendar/store';
import { actorOf } from '../cases/lookup';
import { newEventId, type CaseRecord } from '../cases/record';
import { commitChange, findCase } from '../cases/repository';
import { caseRelation } from '../identity/access';
import { clock } from '../lib/clock';
import { AppError, forbidden, notFound } from '../lib/errors';
import type { AgentRecord } from '../network/repository';
import { noticeWords } from '../notices/noticeText';
import { pointWaits, queueCsvLines } from './queues';
import { badRatingRate, satisfactionRate } from './figures';
import { rollupSource, type Period, type TallySource } from './rollups';
import { addTally, figuresOfTally, sumTallies, type Tally } from './tally';
import {
  DONE_LIST_LIMIT,
  findRectification,
  listAgentsOf,
  listDepartments,
  readScorecardCache,
  rectificationsOf,
  reportedRectificationItem,
  writeScorecardCache,
  type RectificationRecord,
} from './repository';

/** The longest period a request may ask for, in calendar days (a leap year). */
export const MAX_PERIOD_DAYS = 366;
/** The default period: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;
/** How long the public scorecard is served from its cache before it is computed again. */
export const SCORECARD_TTL_MS = 10 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysIn = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
const periodIssue = (field: 'from' | 'to', message: string) =>
  new AppError('validation_failed', message, { issues: [{ path: ['query', field], code: 'custom', message }] });

const monthsIn = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

/**
 * The period asked for: both ends China dates, inclusive; missing ends default to the last 30 days.
 * At most 366 days — or the whole months such a period widens to (countedPeriod), which is what the
 * answers name and the app asks for again (an agent table, the points' figures of the period shown).
 */
export function resolvePeriod(query: { from?: string; to?: string }, today: string): { from: string; to: string } {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? addCalendarDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to) throw periodIssue('from', '开始日期不能晚于结束日期');
  const wholeMonths = from.endsWith('-01') && monthsIn(from, to) <= MAX_PERIOD_MONTHS;
  if (daysIn(from, to) > MAX_PERIOD_DAYS && !wholeMonths) throw periodIssue('from', `统计期间最长${MAX_PERIOD_DAYS}天`);
  return { from, to };
}

/** Periods up to this many days are counted by day; longer ones by whole months (decisions §100). */
export const LONGEST_DAY_PERIOD = 62;
/** The months a period of MAX_PERIOD_DAYS can touch. */
const MAX_PERIOD_MONTHS = 13;

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * The period the figures count. Up to two months: the days asked for, read one day item each.
 * Longer: widened to whole months — from the first of its first month to the end of its last (or
 * today, when that month has not ended: nothing is entrusted later) — and read one month item each,
 * so a year costs the same at any number of cases. Partial edge months read by day would make the
 * cost follow the cases again; the answer names the period counted and the bureau's page says so.
 */
export function countedPeriod(period: { from: string; to: string }, today: string): Period {
  if (daysIn(period.from, period.to) <= LONGEST_DAY_PERIOD) return { ...period, byMonth: false };
  const monthEnd = lastDayOf(period.to.slice(0, 7));
  const latest = period.to > today ? period.to : today;
  return { from: `${period.from.slice(0, 7)}-01`, to: monthEnd < latest ? monthEnd : latest, byMonth: true };
}

const periodOf = (query: { from?: string; to?: string }, today: string): Period => countedPeriod(resolvePeriod(query, today), today);

// Departments and agents.

/**
 * The figures of every department over a period. `source` is where the tallies come from: the
 * rollups, always, but for the test that checks them against the cases themselves.
 */
export async function departmentFigures(query: { from?: string; to?: string }, source: TallySource = rollupSource): Promise<SupervisionDepartments> {
  const now = clock.now();
  const today = chinaDate(now);
  const period = periodOf(query, today);
  const [departments, calendar] = await Promise.all([listDepartments(), workCalendar()]);
  const tallies = await Promise.all(departments.map((d) => source.departmentTally(d.id, period, today)));
  return {
    from: period.from,
    to: period.to,
    total: figuresOfTally(sumTallies(tallies), today, calendar),
    departments: departments.map((d, i) => ({ departmentId: d.id, departmentName: d.name, figures: figuresOfTally(tallies[i], today, calendar) })),
    computedAt: now.toISOString(),
  };
}

interface AgentFigures {
  agentId: string;
  agentName: string;
  figures: SupervisionFigures;
}

/**
 * A department's cases by the agent who owns them (首问负责: the one who accepted, or received a
 * transfer and accepted). Listed: the department's active agents, and anyone else owning one of
 * its cases (a service point's agent). `unaccepted`: counted cases without an owner — never
 * accepted, or transferred in and not yet accepted here — so the agents' received plus
 * unaccepted is the department's received. `owners` are the period's owner rollups ('' for none).
 */
function byAgent(departmentId: string, owners: Map<string, Tally>, agents: Map<string, AgentRecord>, today: string, calendar: WorkCalendar): { agents: AgentFigures[]; unaccepted: number } {
  const owned = new Map<string, Tally>();
  for (const a of agents.values()) if (a.departmentId === departmentId && a.active) owned.set(a.id, {});
  let unaccepted = 0;
  for (const [owner, tally] of owners) {
    const received = tally.received ?? 0;
    if (owner === '') {
      unaccepted += received;
      continue;
    }
    // A bucket whose cases all moved on (transferred, reassigned) owns nothing in the period.
    if (received > 0 || owned.has(owner)) owned.set(owner, addTally(owned.get(owner) ?? {}, tally));
  }
  const rows = [...owned].map(([agentId, own]) => ({ agentId, agentName: agents.get(agentId)?.name ?? '（已删除的代办帮办员）', figures: figuresOfTally(own, today, calendar) }));
  rows.sort((a, b) => b.figures.received - a.figures.received || a.agentName.localeCompare(b.agentName, 'zh-Hans-CN') || a.agentId.localeCompare(b.agentId));
  return { agents: rows, unaccepted };
}

const agentsById = async () => new Map((await listAgentsOf({})).map((a) => [a.id, a]));

export async function agentFigures(query: { departmentId: string; from?: string; to?: string }, source: TallySource = rollupSource): Promise<SupervisionAgents> {
  const now = clock.now();
  const today = chinaDate(now);
  const period = periodOf(query, today);
  const department = (await listDepartments()).find((d) => d.id === query.departmentId);
  if (!department) {
    throw new AppError('validation_failed', 'unknown department', { issues: [{ path: ['query', 'departmentId'], code: 'custom', message: '部门不存在' }] });
  }
  const [owners, agents, calendar] = await Promise.all([source.ownerTallies(department.id, period, today), agentsById(), workCalendar()]);
  const grouped = byAgent(department.id, owners, agents, today, calendar);
  return { departmentId: department.id, departmentName: department.name, from: period.from, to: period.to, ...grouped, computedAt: now.toISOString() };
}

// The CSV export.

const CSV_HEADER = [
  '类型', '部门', '代办帮办员', '委托件数', '受理件数', '办结件数', '按时办结', '超时办结', '在办件数', '超期在办', '按时办结率', '平均办理工作日',
  ...RatingLevel.values.map((level) => RatingLevel.labels[level]),
  '差评件数', '整改中', '整改超期', '整改完成',
];

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const percent = (rate: number | null) => (rate === null ? '' : `${(rate * 100).toFixed(1)}%`);

function csvRow(kind: string, department: string, agent: string, f: SupervisionFigures): string {
  return [
    kind, department, agent, f.received, f.accepted, f.done, f.onTime, f.lateDone, f.open, f.overdueOpen, percent(f.onTimeRate), f.averageWorkingDays,
    ...RatingLevel.values.map((level) => f.ratings[level]),
    f.badRatings, f.rectifications.open, f.rectifications.overdue, f.rectifications.done,
  ].map(csvField).join(',');
}

/**
 * The period's figures as CSV: the district total, then each department followed by its agents.
 * UTF-8 with a byte-order mark and CRLF line ends, which is what Excel on Windows opens cleanly.
 * (Quoting is the few lines above; a CSV library would add weight to every Lambda for nothing.)
 */
export async function exportCsv(query: { from?: string; to?: string }, source: TallySource = rollupSource): Promise<{ filename: string; csv: string }> {
  const now = clock.now();
  const today = chinaDate(now);
  const period = periodOf(query, today);
  const { from, to } = period;
  const [departments, agents, calendar] = await Promise.all([listDepartments(), agentsById(), workCalendar()]);
  const [tallies, owners] = await Promise.all([
    Promise.all(departments.map((d) => source.departmentTally(d.id, period, today))),
    Promise.all(departments.map((d) => source.ownerTallies(d.id, period, today))),
  ]);
  const lines = [CSV_HEADER.map(csvField).join(','), csvRow('全区合计', '', '', figuresOfTally(sumTallies(tallies), today, calendar))];
  departments.forEach((d, i) => {
    lines.push(csvRow('部门', d.name, '', figuresOfTally(tallies[i], today, calendar)));
    for (const a of byAgent(d.id, owners[i], agents, today, calendar).agents) lines.push(csvRow('代办帮办员', d.name, a.agentName, a.figures));
  });
  lines.push('', ...(await queueCsvLines(from, to)));
  return { filename: `督查考评_${from}_${to}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
}

// The public scorecard.

type ScorecardWindow = z.infer<typeof ScorecardWindowSchema>;

export async function computeScorecard(now: Date, source: TallySource = rollupSource): Promise<Scorecard> {
  const today = chinaDate(now);
  const [departments, calendar] = await Promise.all([listDepartments(), workCalendar()]);
  // Per department the last 30 days by day and the year by month (§100): two small reads each.
  const windowOf = async (days: 30 | 365): Promise<ScorecardWindow> => {
    const period = countedPeriod({ from: addCalendarDays(today, -(days - 1)), to: today }, today);
    const tallies = await Promise.all(departments.map((d) => source.departmentTally(d.id, period, today)));
    return {
      days,
      from: period.from,
      to: period.to,
      departments: departments.map((d, i) => {
        const f = figuresOfTally(tallies[i], today, calendar);
        return { departmentId: d.id, departmentName: d.name, received: f.received, done: f.done, onTimeRate: f.onTimeRate, ratings: f.ratings, satisfactionRate: satisfactionRate(f.ratings), badRatingRate: badRatingRate(f.ratings) };
      }),
    };
  };
  const [month, year, waits] = await Promise.all([windowOf(30), windowOf(365), pointWaits(today)]);
  return { windows: [month, year], pointWaits: waits, computedAt: now.toISOString() };
}

/**
 * The scorecard from its cache while younger than ten minutes; otherwise computed again and
 * stored with a condition on the version that was read, so concurrent callers never overwrite a
 * newer one: the loser answers with the winner's (equally fresh) scorecard.
 */
export async function scorecard(): Promise<Scorecard> {
  const now = clock.now();
  const cached = await readScorecardCache();
  // A scorecard cached before it carried the points' waits is computed again.
  if (cached && cached.scorecard.pointWaits) {
    const age = now.getTime() - Date.parse(cached.computedAt);
    if (age >= 0 && age < SCORECARD_TTL_MS) return cached.scorecard;
  }
  const fresh = await computeScorecard(now);
  if (await writeScorecardCache(fresh, cached?.computedAt)) return fresh;
  return (await readScorecardCache(true))?.scorecard ?? fresh;
}

// Rectifications.

/** Named refusals of the rectification report (the app shows RectificationRefusal's labels). */
const refuse = (reason: 'noOpenRectification' | 'rectificationAlreadyReported', message: string) => new AppError('transition_refused', message, { reason });

async function viewsOf(records: RectificationRecord[], today: string): Promise<Rectification[]> {
  const needNames = records.some((r) => r.ownerAgentId || !r.departmentName);
  const [agents, departments] = needNames ? await Promise.all([agentsById(), listDepartments()]) : [new Map<string, AgentRecord>(), []];
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  return Promise.all(
    records.map(async (r) => {
      // Items written before the rate action recorded the item name: read it off the case.
      const itemName = r.itemName ?? (await findCase(r.caseId))?.itemName ?? '';
      return {
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        itemName,
        departmentId: r.departmentId,
        departmentName: r.departmentName ?? departmentName.get(r.departmentId) ?? '',
        ownerAgentId: r.ownerAgentId,
        ownerAgentName: r.ownerAgentId ? agents.get(r.ownerAgentId)?.name : undefined,
        rating: { level: r.level, categories: r.categories, comment: r.comment, at: r.openedAt },
        dueDate: r.dueDate,
        state: r.state,
        overdue: r.state === 'open' && today > r.dueDate,
        report: r.report && { measures: r.report.measures, byName: r.report.byName, at: r.report.at },
      };
    }),
  );
}

/**
 * Open rectifications (soonest due first) or reported ones (newest first, the latest
 * DONE_LIST_LIMIT). Agents see their own department's only; the bureau all, or one department's.
 */
export async function listRectifications(principal: Principal, query: { state: 'open' | 'done'; departmentId?: string }): Promise<{ rectifications: Rectification[] }> {
  let departmentIds: string[];
  if (principal.role === 'agent') {
    if (!principal.departmentId) throw forbidden('the agent serves no department');
    if (query.departmentId && query.departmentId !== principal.departmentId) throw forbidden('another department’s rectifications');
    departmentIds = [principal.departmentId];
  } else {
    departmentIds = query.departmentId ? [query.departmentId] : (await listDepartments()).map((d) => d.id);
  }
  const records = (await Promise.all(departmentIds.map((id) => rectificationsOf(id, query.state)))).flat();
  if (query.state === 'open') records.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.caseId.localeCompare(b.caseId));
  else records.sort((a, b) => (b.report?.at ?? '').localeCompare(a.report?.at ?? '') || a.caseId.localeCompare(b.caseId));
  const today = chinaDate(clock.now());
  return { rectifications: await viewsOf(records.slice(0, query.state === 'done' ? DONE_LIST_LIMIT : undefined), today) };
}

/**
 * An agent of the case's department (or its owner) reports what was done about a bad rating:
 * one transaction moves the rectification item to done (conditioned on it being open), marks the
 * case's rectification done at the version read, appends the timeline event and tells the
 * resident. Like every case read, a case the agent cannot see is 404.
 */
export async function reportRectification(principal: Principal, caseId: string, body: { measures: string }): Promise<Rectification> {
  const record = await findCase(caseId, true);
  const relation = record ? caseRelation(principal, record) : null;
  if (!record || !relation) throw notFound('case');
  const isOwner = record.ownerAgentId !== undefined && record.ownerAgentId === principal.agentId;
  if (principal.role !== 'agent' || (principal.departmentId !== record.departmentId && !isOwner)) {
    throw forbidden('only an agent of the case’s department reports its rectification');
  }
  if (!record.rectification) throw refuse('noOpenRectification', 'the case has no rectification');
  if (record.rectification.state === 'done') throw refuse('rectificationAlreadyReported', 'the rectification was already reported');
  const item = await findRectification(caseId);
  if (!item || item.state !== 'open') throw refuse('rectificationAlreadyReported', 'the rectification was already reported');

  const now = clock.now();
  const at = now.toISOString();
  const reported: RectificationRecord = { ...item, state: 'done', report: { measures: body.measures, byName: principal.name, byAgentId: principal.agentId, at } };
  const after: CaseRecord = { ...record, rectification: { ...record.rectification, state: 'done' }, version: record.version + 1, updatedAt: at };
  await commitChange({
    before: record,
    after,
    event: { id: newEventId(), at, actor: actorOf(principal), action: 'reportRectification', note: body.measures, data: { measures: body.measures } },
    puts: [{ item: reportedRectificationItem(reported), condition: '#state = :open', values: { ':open': 'open' }, names: { '#state': 'state' } }],
    notices: record.applicantUserId
      ? [
          {
            kind: 'rectificationReported',
            recipient: { userId: record.applicantUserId },
            caseId: record.id,
            caseNumber: record.number,
            itemName: record.itemName,
            itemId: record.itemId,
            ...noticeWords('rectificationReported', { item: record.itemName }),
          },
        ]
      : [],
  });
  const [view] = await viewsOf([{ ...reported, itemName: reported.itemName ?? record.itemName }], chinaDate(now));
  return view;
}
