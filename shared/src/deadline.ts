// Commitment deadlines (承诺时限) in working days on China's official calendar, 调休 make-up days
// included. The calendar is a value (calendar.ts: the bureau's year records, built into a
// WorkCalendar); this module only does the arithmetic, so it runs alike in a Lambda and in the app.
import { isOfficialYear, type WorkCalendar } from './calendar';

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

/** ISO day of the week of a calendar date, in UTC: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

function officialWorkday(calendar: WorkCalendar, date: string): boolean {
  if (calendar.workdays[date] !== undefined) return true;
  if (calendar.holidays[date] !== undefined) return false;
  return isoWeekday(date) <= 5;
}

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so the machine's time zone never matters. */
export function addCalendarDays(date: string, days: number): string {
  assertDate(date);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  assertDate(date);
  return officialWorkday(calendar, date);
}

/** What a date is on the calendar: a working day, a weekend, a public holiday, or a 调休 make-up working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';
export function dayKind(calendar: WorkCalendar, date: string): { kind: DayKind; name?: string } {
  assertDate(date);
  if (calendar.workdays[date] !== undefined) return { kind: 'makeUpWorkday', name: calendar.workdays[date] };
  if (calendar.holidays[date] !== undefined) return { kind: 'holiday', name: calendar.holidays[date] };
  return { kind: isoWeekday(date) <= 5 ? 'workday' : 'weekend' };
}

/** The date of the `days`-th working day after `start` (start itself is not counted). */
export function addWorkingDays(calendar: WorkCalendar, start: string, days: number): string {
  assertDate(start);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${days}`);
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = addCalendarDays(date, 1);
    if (officialWorkday(calendar, date)) counted += 1;
  }
  return date;
}

/** Working days in the half-open range (from, to]; negative when `to` is before `from`. */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = addCalendarDays(lo, 1); date <= hi; date = addCalendarDays(date, 1)) {
    if (officialWorkday(calendar, date)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

/**
 * 承诺时限 counts from the day after acceptance (受理之日的次日起算): a 5-working-day item
 * accepted on Wednesday 2026-09-30 is due on Tuesday 2026-10-13 (National Day week, then the
 * make-up Saturday 10 October).
 */
export function commitmentDueDate(calendar: WorkCalendar, acceptedAt: Date | string, commitmentDays: number): string {
  return addWorkingDays(calendar, chinaDate(acceptedAt), commitmentDays);
}

/**
 * Working days after `today` up to and including `due`: 0 means due today, negative means overdue
 * by that many working days — at least 1 once the due date has passed, even over a holiday.
 */
export function workingDaysLeft(calendar: WorkCalendar, today: string, due: string): number {
  const left = workingDaysBetween(calendar, today, due);
  return today > due ? Math.min(left, -1) : left;
}

/** Working days a paused clock (补正 supplement, 上报 escalation) gives back: those in (pausedOn, resumedOn]. */
export function pausedWorkingDays(calendar: WorkCalendar, pausedOn: string, resumedOn: string): number {
  return Math.max(0, workingDaysBetween(calendar, pausedOn, resumedOn));
}

/**
 * A paused clock gives back the working days it was paused for: the due date moves by the working
 * days in (pausedOn, resumedOn].
 */
export function extendDueDate(calendar: WorkCalendar, due: string, pausedOn: string, resumedOn: string): string {
  return addWorkingDays(calendar, due, pausedWorkingDays(calendar, pausedOn, resumedOn));
}

/**
 * A case's commitment clock as data: the China date it started (its first acceptance) and the
 * working days it is allowed (the item's commitment plus every paused stretch given back). The due
 * date is derived from these on the calendar, so a corrected calendar moves it exactly.
 */
export interface CommitmentClock {
  startedOn: string;
  workingDays: number;
}
export const dueDateOf = (calendar: WorkCalendar, clock: CommitmentClock): string => addWorkingDays(calendar, clock.startedOn, clock.workingDays);

/** Whether the due date falls in a year whose arrangement is not yet on record (weekends-only count). */
export const isProvisionalDate = (calendar: WorkCalendar, date: string): boolean => !isOfficialYear(calendar, Number(date.slice(0, 4)));

export type DeadlineStatus = 'onTrack' | 'near' | 'overdue';

/** 限时办结: yellow within one working day of the deadline, red once past it. */
export function deadlineStatus(calendar: WorkCalendar, today: string, due: string): DeadlineStatus {
  if (today > due) return 'overdue';
  return workingDaysLeft(calendar, today, due) <= 1 ? 'near' : 'onTrack';
}

// The wording lives apart from the calendar data so the app can say it without shipping the calendar.
export { describeDaysLeft } from './deadlineText';
