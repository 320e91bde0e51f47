// The bureau's draft of a point's schedule: numbers and times as typed, checked with the shared
// schema the API uses, and the API's issues put back on the fields they name.
import { HoursKind, UpdateScheduleRequest, WEEKDAY_LABELS, type OpeningPeriod, type PointSchedule } from '@app/shared';

export interface PeriodDraft {
  key: string;
  kind: OpeningPeriod['kind'];
  weekdays: number[];
  from: string;
  to: string;
  /** Optional overrides and validity, as typed ('' when not set). */
  windows: string;
  slotMinutes: string;
  validFrom: string;
  validTo: string;
}

export interface ScheduleDraft {
  periods: PeriodDraft[];
  slotMinutes: string;
  windows: string;
  perWindowSlot: string;
  bookingDays: string;
}

export type ScheduleErrors = Record<string, string>;

let keys = 0;
const nextKey = () => `p${++keys}`;
const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export const emptyPeriod = (kind: OpeningPeriod['kind'] = 'regular'): PeriodDraft => ({
  key: nextKey(),
  kind,
  weekdays: kind === 'regular' ? [1, 2, 3, 4, 5] : [6],
  from: '09:00',
  to: '12:00',
  windows: '',
  slotMinutes: '',
  validFrom: '',
  validTo: '',
});

export function draftOf(s: PointSchedule): ScheduleDraft {
  return {
    periods: s.periods.map((p) => ({
      key: nextKey(),
      kind: p.kind,
      weekdays: [...p.weekdays],
      from: p.from,
      to: p.to,
      windows: text(p.windows),
      slotMinutes: text(p.slotMinutes),
      validFrom: p.validFrom ?? '',
      validTo: p.validTo ?? '',
    })),
    slotMinutes: String(s.slotMinutes),
    windows: String(s.windows),
    perWindowSlot: String(s.perWindowSlot),
    bookingDays: String(s.bookingDays),
  };
}

/** A number field: a whole number as typed, or NaN (the schema then names the field). */
const num = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);
const optionalNum = (value: string) => (value.trim() === '' ? undefined : num(value));
const optionalDate = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function requestOf(d: ScheduleDraft, version: number, confirmCancellations?: boolean): UpdateScheduleRequest {
  return {
    periods: d.periods.map((p) => ({
      weekdays: [...p.weekdays].sort(),
      from: p.from.trim(),
      to: p.to.trim(),
      kind: p.kind,
      ...(optionalNum(p.windows) !== undefined ? { windows: optionalNum(p.windows) } : {}),
      ...(optionalNum(p.slotMinutes) !== undefined ? { slotMinutes: optionalNum(p.slotMinutes) } : {}),
      ...(optionalDate(p.validFrom) ? { validFrom: optionalDate(p.validFrom) } : {}),
      ...(optionalDate(p.validTo) ? { validTo: optionalDate(p.validTo) } : {}),
    })),
    slotMinutes: num(d.slotMinutes),
    windows: num(d.windows),
    perWindowSlot: num(d.perWindowSlot),
    bookingDays: num(d.bookingDays),
    version,
    ...(confirmCancellations ? { confirmCancellations } : {}),
  };
}

/** Issues as `['body', 'periods', 2, 'to']` or `['periods', 2, 'to']` → `periods.2.to`. */
export function errorsOf(issues: readonly { path: readonly (string | number)[]; message: string }[]): ScheduleErrors {
  const errors: ScheduleErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    // An issue on one weekday of a period belongs to its weekdays.
    const key = (path[0] === 'periods' && path[2] === 'weekdays' ? path.slice(0, 3) : path).join('.') || 'form';
    errors[key] ??= /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '请检查此项';
  }
  return errors;
}

export function localErrors(d: ScheduleDraft, version: number): ScheduleErrors {
  const parsed = UpdateScheduleRequest.safeParse(requestOf(d, version));
  return parsed.success ? {} : errorsOf(parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })));
}

/** The schedule the draft describes (for the preview), or undefined while it does not parse. */
export function scheduleOfDraft(d: ScheduleDraft, current: PointSchedule): PointSchedule | undefined {
  const parsed = UpdateScheduleRequest.safeParse(requestOf(d, current.version));
  if (!parsed.success) return undefined;
  const { version, confirmCancellations, ...settings } = parsed.data;
  void version, confirmCancellations;
  return { ...current, ...settings };
}

export const KIND_OPTIONS = HoursKind.values.map((value) => ({ value, label: HoursKind.labels[value] }));
export const WEEKDAY_OPTIONS = WEEKDAY_LABELS.map((label, i) => ({ value: String(i + 1), label }));
