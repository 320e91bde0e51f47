// The official working-day calendar as data: one record per year of the State Council's holiday
// arrangement (放假 and 调休上班 date ranges), entered or corrected by the bureau. The arithmetic in
// deadline.ts takes the calendar built from these records as a value; nothing here does I/O.
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { DateSchema, DateTimeSchema, coercedInt, requiredText } from './schemas/common';
import { vocabulary } from './vocabulary';

export const CalendarDayKind = vocabulary({ holiday: '放假', workday: '调休上班' });
export type CalendarDayKind = z.infer<typeof CalendarDayKind.schema>;

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;
export const CalendarYearNumber = lazy(() => coercedInt().check(z.minimum(MIN_CALENDAR_YEAR), z.maximum(MAX_CALENDAR_YEAR)));

/** One line of an arrangement: 春节 2月15日至23日放假, or 2月14日调休上班. */
export const CalendarRangeSchema = lazy(() => z.strictObject({
  kind: CalendarDayKind.schema,
  from: DateSchema,
  to: DateSchema,
  /** The festival it belongs to: 元旦, 春节, 清明节 … */
  name: requiredText(20),
}));
export type CalendarRange = z.infer<typeof CalendarRangeSchema>;
export { CalendarRefusal } from './refusalVocabularies/calendar';

/** Where a year's arrangement came from: seeded from the `chinese-days` package, or entered by the bureau. */
export const CalendarSource = vocabulary({ package: '系统内置', bureau: '政务服务局录入' });

export const CalendarYearSchema = lazy(() => z.object({
  year: z.int(),
  ranges: z.array(z.object({ kind: CalendarDayKind.schema, from: DateSchema, to: DateSchema, name: z.string() })),
  /** The notice it comes from, e.g. 国办发明电〔2025〕7号 or the notice's title and date. */
  notice: z.string(),
  source: CalendarSource.schema,
  enteredBy: z.object({ userId: z.optional(z.string()), name: z.string() }),
  enteredAt: DateTimeSchema,
  /** Bumped by every publish of this year: an edit names the version it was made from. */
  version: z.int().check(z.minimum(1)),
}));
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

/** Every year on record, and the calendar's version (bumped by any publish; caches compare it). */
export const CalendarResponse = lazy(() => z.object({
  version: z.int().check(z.minimum(0)),
  years: z.array(CalendarYearSchema),
}));

/** A year as the app reads it: published (official) or provisional (weekends only), with its record. */
export const CalendarYearResponse = lazy(() => z.object({
  year: z.int(),
  official: z.boolean(),
  record: z.optional(CalendarYearSchema),
  calendarVersion: z.int().check(z.minimum(0)),
}));
export const CalendarYearParams = lazy(() => z.strictObject({ year: CalendarYearNumber }));

const dayMs = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/** No arrangement spans more than a few weeks; a longer range is a typing error. */
export const MAX_RANGE_DAYS = 31;

/**
 * A year's arrangement as the bureau publishes it. Ranges lie inside the year (a range across New
 * Year is entered as its days in each year), run forwards, are at most a month long and never
 * overlap; `version` is the one the editor started from (0 for a year not yet on record).
 */
export const PublishCalendarYearRequest = lazy(() => z
  .strictObject({
    ranges: z.array(CalendarRangeSchema).check(z.minLength(1, '请至少录入一条放假或调休安排'), z.maxLength(60)),
    notice: requiredText(80),
    version: z.int().check(z.minimum(0)),
  })
  .check(
    z.superRefine((body, ctx) => {
      body.ranges.forEach((r, i) => {
        if (r.to < r.from) ctx.addIssue({ code: 'custom', path: ['ranges', i, 'to'], message: '结束日期不能早于开始日期' });
        else if (daysBetween(r.from, r.to) >= MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['ranges', i, 'to'], message: `一段安排最长 ${MAX_RANGE_DAYS} 天` });
      });
      const sorted = body.ranges.map((r, i) => ({ r, i })).sort((a, b) => a.r.from.localeCompare(b.r.from));
      for (let k = 1; k < sorted.length; k += 1) {
        const [prev, next] = [sorted[k - 1], sorted[k]];
        if (next.r.from <= prev.r.to) {
          ctx.addIssue({ code: 'custom', path: ['ranges', next.i, 'from'], message: `与第 ${prev.i + 1} 条安排的日期重叠` });
        }
      }
    }),
  ));
export type PublishCalendarYearRequest = z.infer<typeof PublishCalendarYearRequest>;

/** The year-bound checks that need the path's year: every range inside that year. */
export function rangesOutsideYear(year: number, ranges: readonly CalendarRange[]): { index: number; field: 'from' | 'to' }[] {
  const out: { index: number; field: 'from' | 'to' }[] = [];
  ranges.forEach((r, index) => {
    if (!r.from.startsWith(`${year}-`)) out.push({ index, field: 'from' });
    else if (!r.to.startsWith(`${year}-`)) out.push({ index, field: 'to' });
  });
  return out;
}

/** What the publish did: the calendar's new version and the follow-up it started. */
export const PublishCalendarYearResponse = lazy(() => z.object({
  year: CalendarYearSchema,
  calendarVersion: z.int(),
  /** Dates whose status changed (working ↔ rest); the cases and bookings touching them are being updated. */
  changedDates: z.array(DateSchema),
  change: z.optional(z.lazy(() => CalendarChangeSchema)),
}));

/** The resumable follow-up of a publish: due dates moved, bookings cancelled. */
export const CalendarChangeSchema = lazy(() => z.object({
  id: z.string(),
  year: z.int(),
  state: z.enum(['running', 'done']),
  changedDates: z.array(DateSchema),
  casesChecked: z.int(),
  casesAdjusted: z.int(),
  bookingsCancelled: z.int(),
  startedAt: DateTimeSchema,
  finishedAt: z.optional(DateTimeSchema),
}));
export type CalendarChange = z.infer<typeof CalendarChangeSchema>;

/**
 * The calendar the arithmetic runs on: holidays and make-up working days by date (with their
 * names), and the years whose arrangement is on record. A year not on record is provisional:
 * only weekends are rest days.
 */
export interface WorkCalendar {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
  readonly officialYears: readonly number[];
  readonly version: number;
}

function* datesOf(range: Pick<CalendarRange, 'from' | 'to'>): Generator<string> {
  for (let ms = Date.parse(`${range.from}T00:00:00Z`); ms <= Date.parse(`${range.to}T00:00:00Z`); ms += dayMs) {
    yield new Date(ms).toISOString().slice(0, 10);
  }
}

/** Builds the calendar from the year records (later records of a year replace earlier ones). */
export function buildWorkCalendar(years: readonly Pick<CalendarYear, 'year' | 'ranges'>[], version = 0): WorkCalendar {
  const holidays: Record<string, string> = {};
  const workdays: Record<string, string> = {};
  for (const y of years) {
    for (const r of y.ranges) for (const date of datesOf(r)) (r.kind === 'holiday' ? holidays : workdays)[date] = r.name;
  }
  return { holidays, workdays, officialYears: [...new Set(years.map((y) => y.year))].sort(), version };
}

/** Weekends only: what the arithmetic falls back to where no arrangement is on record. */
export const WEEKENDS_ONLY: WorkCalendar = buildWorkCalendar([], 0);

/** Whether the State Council's arrangement for `year` is on record; otherwise its deadlines are provisional. */
export const isOfficialYear = (calendar: WorkCalendar, year: number): boolean => calendar.officialYears.includes(year);

/** Every date whose status (rest or working) differs between two versions of a year's ranges. */
export function changedDates(before: readonly CalendarRange[], after: readonly CalendarRange[]): string[] {
  const status = (ranges: readonly CalendarRange[]) => {
    const map = new Map<string, CalendarDayKind>();
    for (const r of ranges) for (const d of datesOf(r)) map.set(d, r.kind);
    return map;
  };
  const [a, b] = [status(before), status(after)];
  const dates = new Set<string>();
  for (const d of new Set([...a.keys(), ...b.keys()])) if (a.get(d) !== b.get(d)) dates.add(d);
  return [...dates].sort();
}
