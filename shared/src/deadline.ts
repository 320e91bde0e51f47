// Commitment deadlines (承诺时限) in working days on China's official calendar, 调休 make-up days
// included. The calendar comes from `chinese-days`; this module only does the arithmetic.
//
// We read the package's published data (holidays and make-up working days keyed by date string),
// not its date functions: those build their tables with local-time getters and shift by a day on
// machines west of UTC (docs/decisions.md).
import calendar from 'chinese-days/dist/chinese-days.json';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai has no daylight saving
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar date in China at an instant: a case accepted at 23:30 UTC is accepted the next day
 * in Baotou. A string must carry its offset, or its meaning would depend on the machine.
 */
export function chinaDate(instant: Date | string): string {
  if (typeof instant === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(instant)) throw new RangeError(`instant without an offset: ${instant}`);
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function assertDate(date: string): void {
  const ms = DATE_RE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  // Date.parse rolls 2026-02-30 over into March; a real date survives the round trip.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
}

const HOLIDAYS: Readonly<Record<string, string>> = calendar.holidays;
const MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = calendar.workdays;

function officialWorkday(date: string): boolean {
  if (MAKE_UP_WORKDAYS[date]) return true;
  if (HOLIDAYS[date]) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so the machine's time zone never matters. */
export function addCalendarDays(date: string, days: number): string {
  assertDate(date);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  assertDate(date);
  return officialWorkday(date);
}

/**
 * Whether the State Council's holiday arrangement for `year` is in the calendar package. It is
 * published each November for the next year; until the package carries it, only weekends count
 * as rest days, so callers flag such deadlines as provisional.
 */
export function hasOfficialCalendar(year: number): boolean {
  // National Day is a listed holiday in every published year.
  return HOLIDAYS[`${year}-10-01`]?.includes('国庆') ?? false;
}

/** The date of the `days`-th working day after `start` (start itself is not counted). */
export function addWorkingDays(start: string, days: number): string {
  assertDate(start);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${days}`);
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = addCalendarDays(date, 1);
    if (officialWorkday(date)) counted += 1;
  }
  return date;
}

/** Working days in the half-open range (from, to]; negative when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = addCalendarDays(lo, 1); date <= hi; date = addCalendarDays(date, 1)) {
    if (officialWorkday(date)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

/**
 * 承诺时限 counts from the day after acceptance (受理之日的次日起算): a 5-working-day item
 * accepted on Wednesday 2026-09-30 is due on Tuesday 2026-10-13 (National Day week, then the
 * make-up Saturday 10 October).
 */
export function commitmentDueDate(acceptedAt: Date | string, commitmentDays: number): string {
  return addWorkingDays(chinaDate(acceptedAt), commitmentDays);
}

/**
 * Working days after `today` up to and including `due`: 0 means due today, negative means overdue
 * by that many working days — at least 1 once the due date has passed, even over a holiday.
 */
export function workingDaysLeft(today: string, due: string): number {
  const left = workingDaysBetween(today, due);
  return today > due ? Math.min(left, -1) : left;
}

/**
 * A paused clock (补正 supplement, 上报 escalation) gives back the working days it was paused for:
 * the due date moves by the working days in (pausedOn, resumedOn].
 */
export function extendDueDate(due: string, pausedOn: string, resumedOn: string): string {
  const paused = Math.max(0, workingDaysBetween(pausedOn, resumedOn));
  return addWorkingDays(due, paused);
}

export type DeadlineStatus = 'onTrack' | 'near' | 'overdue';

/** 限时办结: yellow within one working day of the deadline, red once past it. */
export function deadlineStatus(today: string, due: string): DeadlineStatus {
  if (today > due) return 'overdue';
  return workingDaysLeft(today, due) <= 1 ? 'near' : 'onTrack';
}

// The wording lives apart from the calendar data so the app can say it without shipping the calendar.
export { describeDaysLeft } from './deadlineText';
