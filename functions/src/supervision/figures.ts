// The supervision figures (督查考评) of a set of cases: pure arithmetic over case records, so the
// dashboard, the per-agent view, the CSV export and the public scorecard count alike.
import { RatingLevel, chinaDate, isBadRating, type RatingDistribution, type SupervisionFigures, type WorkCalendar } from '@app/shared';
import type { CaseRecord } from '../cases/record';
import { figuresOfTally, sumTallies, tallyOf } from './tally';

/** What the figures need of a case (the attributes the history index read projects). */
export type CaseFacts = Pick<
  CaseRecord,
  'id' | 'kind' | 'state' | 'departmentId' | 'createdAt' | 'acceptedAt' | 'dueDate' | 'pausedOn' | 'ownerAgentId' | 'result' | 'rating' | 'rectification'
>;

export const CASE_FACT_ATTRIBUTES = [
  'id', 'kind', 'state', 'departmentId', 'createdAt', 'acceptedAt', 'dueDate', 'pausedOn', 'ownerAgentId', 'result', 'rating', 'rectification',
] as const satisfies readonly (keyof CaseFacts)[];

export { counts } from './tally';

/**
 * The figures of `cases` as of `today` (a China date), on the official calendar: the figures of
 * their summed tallies (supervision/tally.ts says what each figure counts). The caller picks the
 * cases (a unit's cases entrusted in the period); pre-consultations among them are skipped.
 */
export function figuresOf(cases: readonly CaseFacts[], today: string, calendar: WorkCalendar): SupervisionFigures {
  return figuresOfTally(sumTallies(cases.map((c) => tallyOf(c, calendar))), today, calendar);
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
