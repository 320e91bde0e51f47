// A service point's days, derived from its schedule on the official calendar: which slots a date
// has (or why none), and the published hours text. Pure; apart from the schedule's schemas so the
// app's main package, which only validates, does not carry it.
import type * as z from 'zod/mini';
import type { WorkCalendar } from './calendar';
import { dayKind, isoWeekday } from './deadline';
import { MAKE_UP_DAY_WEEKDAY, WEEKDAY_LABELS, type Closure, type OpeningPeriod, type PointSchedule } from './schedule';
import { vocabulary } from './vocabulary';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------------
// A day's slots
// ---------------------------------------------------------------------------------------------

export interface SlotTemplate {
  time: string;
  endTime: string;
  capacity: number;
  /** 延时服务: outside regular office hours. */
  extended: boolean;
}

export const ClosedReason = vocabulary({ closure: '暂停服务', holiday: '法定节假日', noHours: '休息' });
export type ClosedReason = z.infer<typeof ClosedReason.schema>;

export type DayPlan =
  | { open: true; slots: SlotTemplate[]; makeUp?: string }
  | { open: false; reason: ClosedReason; label: string };

const validOn = (p: OpeningPeriod, date: string) => (!p.validFrom || p.validFrom <= date) && (!p.validTo || date <= p.validTo);

/** The closure covering a date, if any. */
export const closureOn = (schedule: Pick<PointSchedule, 'closures'>, date: string): Closure | undefined =>
  schedule.closures.find((c) => c.from <= date && date <= c.to);

/**
 * The appointment slots of a point on a date: none on a closure or a public holiday; a 调休
 * make-up working day keeps Monday's hours; otherwise the weekday's periods valid on that date,
 * each cut into slots whose capacity is windows × places per window.
 */
export function dayPlan(schedule: Omit<PointSchedule, 'version'>, calendar: WorkCalendar, date: string): DayPlan {
  const closure = closureOn(schedule, date);
  if (closure) return { open: false, reason: 'closure', label: `暂停服务：${closure.reason}` };
  const day = dayKind(calendar, date);
  if (day.kind === 'holiday') return { open: false, reason: 'holiday', label: `${day.name}放假` };
  const weekday = day.kind === 'makeUpWorkday' ? MAKE_UP_DAY_WEEKDAY : isoWeekday(date);
  const slots: SlotTemplate[] = [];
  for (const p of schedule.periods) {
    if (!p.weekdays.includes(weekday) || !validOn(p, date)) continue;
    const step = p.slotMinutes ?? schedule.slotMinutes;
    const capacity = (p.windows ?? schedule.windows) * schedule.perWindowSlot;
    for (let t = minutes(p.from); t + step <= minutes(p.to); t += step) {
      slots.push({ time: hhmm(t), endTime: hhmm(t + step), capacity, extended: p.kind === 'extended' });
    }
  }
  if (slots.length === 0) return { open: false, reason: 'noHours', label: '休息' };
  slots.sort((a, b) => a.time.localeCompare(b.time));
  return day.kind === 'makeUpWorkday' ? { open: true, slots, makeUp: day.name } : { open: true, slots };
}

// ---------------------------------------------------------------------------------------------
// The published hours text
// ---------------------------------------------------------------------------------------------

const clockText = (time: string) => time.replace(/^0(\d)/, '$1');

/** The words the hours text is written with: Chinese here; a bilingual poster passes Mongolian ones. */
export interface HoursWords {
  /** Monday first. */
  weekdays: readonly string[];
  /** A run of days: 周一至周五. */
  run: (first: string, last: string) => string;
  /** Between two periods of one day, and between groups of days. */
  timesSeparator: string;
  groupsSeparator: string;
  /** Dates a period is limited to: （2027年4月1日至2027年10月31日）. */
  validity: (from?: string, to?: string) => string;
  none: string;
}

const dateText = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
export const CHINESE_HOURS_WORDS: HoursWords = {
  weekdays: WEEKDAY_LABELS,
  run: (first, last) => `${first}至${last}`,
  timesSeparator: '，',
  groupsSeparator: '；',
  validity: (from, to) => (from && to ? `（${dateText(from)}至${dateText(to)}）` : from ? `（${dateText(from)}起）` : to ? `（至${dateText(to)}）` : ''),
  none: '暂无固定办公时间，请电话咨询',
};

/** "周一至周五 9:00-12:00，13:30-17:30；周六 9:00-12:00" for one kind of hours, or '' when none. */
function kindText(periods: readonly OpeningPeriod[], words: HoursWords): string {
  const perDay = new Map<number, string>();
  for (let d = 1; d <= 7; d += 1) {
    const times = periods
      .filter((p) => p.weekdays.includes(d))
      .sort((a, b) => a.from.localeCompare(b.from) || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))
      .map((p) => `${clockText(p.from)}-${clockText(p.to)}${words.validity(p.validFrom, p.validTo)}`);
    if (times.length) perDay.set(d, times.join(words.timesSeparator));
  }
  const groups: { days: number[]; text: string }[] = [];
  for (const [day, text] of perDay) {
    const last = groups[groups.length - 1];
    if (last && last.text === text && last.days[last.days.length - 1] === day - 1) last.days.push(day);
    else groups.push({ days: [day], text });
  }
  const dayText = (days: number[]) =>
    days.length === 1 ? words.weekdays[days[0] - 1] : words.run(words.weekdays[days[0] - 1], words.weekdays[days[days.length - 1] - 1]);
  return groups.map((g) => `${dayText(g.days)} ${g.text}`).join(words.groupsSeparator);
}

/** 调休 make-up working days follow Monday's hours; holidays and closures are shown on the booking calendar. */
export function describeHours(schedule: Pick<PointSchedule, 'periods'>, today: string, words: HoursWords = CHINESE_HOURS_WORDS): { regular: string; extended?: string } {
  const current = schedule.periods.filter((p) => !p.validTo || p.validTo >= today);
  const regular = kindText(current.filter((p) => p.kind === 'regular'), words);
  const extended = kindText(current.filter((p) => p.kind === 'extended'), words);
  return { regular: regular || words.none, ...(extended ? { extended } : {}) };
}
