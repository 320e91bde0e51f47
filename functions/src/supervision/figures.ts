// The supervision figures (督查考评) of a set of cases: pure arithmetic over case records, so the
// dashboard, the per-agent view, the CSV export and the public scorecard count alike.
import {
  RatingLevel,
  chinaDate,
  isBadRating,
  stateFamily,
  workingDaysBetween,
  type RatingDistribution,
  type SupervisionFigures,
  type WorkCalendar,
} from '@app/shared';
import { dueDateToday } from '../cases/commitment';
import type { CaseRecord } from '../cases/record';

/** What the figures need of a case (the attributes the history index read projects). */
export type CaseFacts = Pick<
  CaseRecord,
  'id' | 'kind' | 'state' | 'departmentId' | 'createdAt' | 'acceptedAt' | 'dueDate' | 'pausedOn' | 'ownerAgentId' | 'result' | 'rating' | 'rectification'
>;

export const CASE_FACT_ATTRIBUTES = [
  'id', 'kind', 'state', 'departmentId', 'createdAt', 'acceptedAt', 'dueDate', 'pausedOn', 'ownerAgentId', 'result', 'rating', 'rectification',
] as const satisfies readonly (keyof CaseFacts)[];

/**
 * Whether a case is counted at all. A pre-consultation (提前介入咨询) is advice, not an entrusted
 * case: it has no commitment deadline and no result, so it is left out of every figure until it
 * is entrusted (the entrust action turns its kind into 'entrustment').
 */
export const counts = (c: Pick<CaseFacts, 'kind'>): boolean => c.kind !== 'preConsultation';

export function emptyRatings(): RatingDistribution {
  return Object.fromEntries(RatingLevel.values.map((level) => [level, 0])) as RatingDistribution;
}

/**
 * The figures of `cases` as of `today` (a China date), on the official calendar. The caller picks the cases (a unit's cases
 * entrusted in the period); pre-consultations among them are skipped here.
 *
 * - received: every counted case; accepted: ever accepted (acceptedAt survives a transfer).
 * - done: has a result; onTime: the result's China date is on or before the due date (a result
 *   without a due date had no commitment to miss, so it is on time); lateDone: the rest.
 * - open: still being worked (state family 'open'); withdrawn cases are neither open nor done.
 * - overdueOpen: open and today is after the due date (extended while the clock is paused).
 * - averageWorkingDays: mean Chinese working days from acceptance to result, over done cases that
 *   were accepted, rounded to one decimal.
 * - rectifications: open (and past their own due date: overdue) and done, of bad ratings.
 */
export function figuresOf(cases: readonly CaseFacts[], today: string, calendar: WorkCalendar): SupervisionFigures {
  const ratings = emptyRatings();
  let received = 0;
  let accepted = 0;
  let done = 0;
  let onTime = 0;
  let open = 0;
  let overdueOpen = 0;
  let badRatings = 0;
  let workingDaysSum = 0;
  let timed = 0;
  const rectifications = { open: 0, overdue: 0, done: 0 };

  for (const c of cases) {
    if (!counts(c)) continue;
    received += 1;
    if (c.acceptedAt) accepted += 1;
    if (c.result) {
      done += 1;
      const resultDate = chinaDate(c.result.at);
      if (!c.dueDate || resultDate <= c.dueDate) onTime += 1;
      if (c.acceptedAt) {
        workingDaysSum += Math.max(0, workingDaysBetween(calendar, chinaDate(c.acceptedAt), resultDate));
        timed += 1;
      }
    } else if (stateFamily(c.state) === 'open') {
      open += 1;
      // A paused clock (supplement, escalation) gives its days back.
      const due = dueDateToday(calendar, c, today);
      if (due && today > due) overdueOpen += 1;
    }
    if (c.rating) {
      ratings[c.rating.level] += 1;
      if (isBadRating(c.rating.level)) badRatings += 1;
    }
    if (c.rectification?.state === 'open') {
      rectifications.open += 1;
      if (today > c.rectification.dueDate) rectifications.overdue += 1;
    } else if (c.rectification?.state === 'done') {
      rectifications.done += 1;
    }
  }

  return {
    received,
    accepted,
    done,
    onTime,
    lateDone: done - onTime,
    open,
    overdueOpen,
    onTimeRate: done === 0 ? null : onTime / done,
    averageWorkingDays: timed === 0 ? null : Math.round((workingDaysSum / timed) * 10) / 10,
    ratings,
    badRatings,
    rectifications,
  };
}

const ratedCount = (ratings: RatingDistribution): number => RatingLevel.values.reduce((sum, level) => sum + ratings[level], 0);

/**
 * 满意率: share of rated cases rated 非常满意, 满意 or 基本满意 — every level that is not a 差评, as
 * 好差评 reads it (docs/decisions.md §45); null when none is rated.
 */
export function satisfactionRate(ratings: RatingDistribution): number | null {
  const rated = ratedCount(ratings);
  return rated === 0 ? null : RatingLevel.values.filter((level) => !isBadRating(level)).reduce((sum, level) => sum + ratings[level], 0) / rated;
}

/** 差评率: share of rated cases rated 不满意 or 非常不满意; null when none is rated. */
export function badRatingRate(ratings: RatingDistribution): number | null {
  const rated = ratedCount(ratings);
  return rated === 0 ? null : RatingLevel.values.filter(isBadRating).reduce((sum, level) => sum + ratings[level], 0) / rated;
}

/** Whether a case was entrusted within [from, to] (China dates, inclusive). */
export const entrustedWithin = (c: Pick<CaseFacts, 'createdAt'>, from: string, to: string): boolean => {
  const day = chinaDate(c.createdAt);
  return day >= from && day <= to;
};
