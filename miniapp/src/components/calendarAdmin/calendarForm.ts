// The bureau's draft of a year's holiday arrangement: rows as typed, checked with the same shared
// schema the API uses, and the API's issues put back on the rows they name.
import { CalendarDayKind, PublishCalendarYearRequest, rangesOutsideYear, type CalendarRange, type CalendarYear } from '@app/shared';

export interface RangeDraft {
  /** A stable key for the list while rows are added and removed. */
  key: string;
  kind: CalendarRange['kind'];
  name: string;
  from: string;
  to: string;
}

export interface CalendarDraft {
  ranges: RangeDraft[];
  notice: string;
}

/** Errors by field: `ranges.3.to`, `notice`, `form`. */
export type CalendarErrors = Record<string, string>;

let keys = 0;
const nextKey = () => `r${++keys}`;

export const emptyRange = (year: number, kind: CalendarRange['kind'] = 'holiday'): RangeDraft => ({ key: nextKey(), kind, name: '', from: `${year}-01-01`, to: `${year}-01-01` });

export function draftOf(record: CalendarYear | undefined, year: number): CalendarDraft {
  if (!record) return { ranges: [emptyRange(year)], notice: '' };
  return { ranges: record.ranges.map((r) => ({ key: nextKey(), kind: r.kind, name: r.name, from: r.from, to: r.to })), notice: record.notice };
}

export const requestOf = (draft: CalendarDraft, version: number): PublishCalendarYearRequest => ({
  ranges: draft.ranges.map(({ kind, name, from, to }) => ({ kind, name: name.trim(), from, to })),
  notice: draft.notice.trim(),
  version,
});

/** Issues as `['body', 'ranges', 3, 'to']` (the API's) or `['ranges', 3, 'to']` (the schema's) → `ranges.3.to`. */
export function errorsOf(issues: readonly { path: readonly (string | number)[]; message: string }[]): CalendarErrors {
  const errors: CalendarErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    const key = path.length ? path.join('.') : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** What the API would refuse, found before sending: the same schema, and every range inside the year. */
export function localErrors(draft: CalendarDraft, year: number, version: number): CalendarErrors {
  const request = requestOf(draft, version);
  const parsed = PublishCalendarYearRequest.safeParse(request);
  const errors = parsed.success ? {} : errorsOf(parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })));
  for (const { index, field } of rangesOutsideYear(year, request.ranges)) errors[`ranges.${index}.${field}`] ??= `日期须在${year}年内（跨年的安排请分别录入两个年度）`;
  request.ranges.forEach((r, i) => {
    if (!r.name) errors[`ranges.${i}.name`] ??= '请填写节日名称，如 春节';
  });
  return errors;
}

export const KIND_OPTIONS = CalendarDayKind.values.map((value) => ({ value, label: CalendarDayKind.labels[value] }));

/**
 * A date as typed from the notice, within `year`: 2027-02-06, 2-6, 02-06, 2/6 or 2月6日. Undefined
 * when it is not a real date.
 */
export function parseDay(year: number, text: string): string | undefined {
  const t = text.trim().replace(/[／/.]/g, '-').replace(/月/, '-').replace(/日$/, '');
  const m = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!m) return undefined;
  const date = `${m[1] ?? year}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? undefined : date;
}
