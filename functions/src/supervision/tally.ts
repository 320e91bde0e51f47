// A tally: what a set of cases adds up to for the supervision figures, as plain named counts that
// add and subtract. One case's tally minus its tally before a change is what that change moves in
// a rollup (supervision/rollups.ts); the figures of any set of cases are the figures of its summed
// tally, so the rollups and a count over the cases themselves cannot disagree.
import { RatingLevel, chinaDate, isBadRating, stateFamily, workingDaysBetween, type SupervisionFigures, type WorkCalendar } from '@app/shared';
import { dueDateToday } from '../cases/commitment';
import type { CaseFacts } from './figures';

export type Tally = Record<string, number>;

// Names of the counts. Open cases and open rectifications are kept by due date (and a paused case
// by due date and pause day): whether they are overdue depends on the day the figures are read.
const OPEN_DUE = 'od_';
const PAUSED_DUE = 'pd_';
const RECTIFICATION_DUE = 'rd_';
const RATING = 'r_';
// A month bucket keeps its open cases and rectifications by due month only (decisions §100): one
// count per due month instead of one per due day keeps the item small; the due days of this month
// come from the due items (supervision/rollups.ts).
const OPEN_DUE_MONTH = 'odm_';
const RECTIFICATION_DUE_MONTH = 'rdm_';

/**
 * Whether a case is counted at all. A pre-consultation (提前介入咨询) is advice, not an entrusted
 * case: it has no commitment deadline and no result, so it is left out of every figure until it
 * is entrusted (the entrust action turns its kind into 'entrustment').
 */
export const counts = (c: Pick<CaseFacts, 'kind'>): boolean => c.kind !== 'preConsultation';

const bump = (t: Tally, name: string, by = 1) => {
  t[name] = (t[name] ?? 0) + by;
};

/**
 * One case's contribution. The working days from acceptance to result are counted on `calendar`;
 * the calendar is needed only for a case with a result that was accepted (`needsCalendar`).
 */
export function tallyOf(c: CaseFacts, calendar: WorkCalendar | undefined): Tally {
  const t: Tally = {};
  if (!counts(c)) return t;
  bump(t, 'received');
  if (c.acceptedAt) bump(t, 'accepted');
  if (c.result) {
    bump(t, 'done');
    const resultDate = chinaDate(c.result.at);
    // A result without a due date had no commitment to miss: on time.
    if (!c.dueDate || resultDate <= c.dueDate) bump(t, 'onTime');
    if (c.acceptedAt) {
      if (!calendar) throw new Error('the working days of a result are counted on the calendar');
      bump(t, 'workingDays', Math.max(0, workingDaysBetween(calendar, chinaDate(c.acceptedAt), resultDate)));
      bump(t, 'timed');
    }
  } else if (stateFamily(c.state) === 'open') {
    bump(t, 'open');
    if (c.dueDate) bump(t, c.pausedOn ? `${PAUSED_DUE}${c.dueDate}_${c.pausedOn}` : `${OPEN_DUE}${c.dueDate}`);
  }
  if (c.rating) {
    bump(t, `${RATING}${c.rating.level}`);
    if (isBadRating(c.rating.level)) bump(t, 'badRatings');
  }
  if (c.rectification?.state === 'open') {
    bump(t, 'rectificationsOpen');
    bump(t, `${RECTIFICATION_DUE}${c.rectification.dueDate}`);
  } else if (c.rectification?.state === 'done') {
    bump(t, 'rectificationsDone');
  }
  return t;
}

export const needsCalendar = (c: Pick<CaseFacts, 'result' | 'acceptedAt'> | null): boolean => Boolean(c?.result && c.acceptedAt);

/** `into` plus `t` times `sign` (in place; returns `into`). */
export function addTally(into: Tally, t: Tally, sign: 1 | -1 = 1): Tally {
  for (const [name, n] of Object.entries(t)) bump(into, name, sign * n);
  return into;
}

export const sumTallies = (tallies: Iterable<Tally>): Tally => {
  const sum: Tally = {};
  for (const t of tallies) addTally(sum, t);
  return sum;
};

/** The counts that changed between two tallies (after − before), zeros left out. */
export function tallyDelta(before: Tally, after: Tally): Tally {
  const delta = addTally(addTally({}, after), before, -1);
  for (const name of Object.keys(delta)) if (delta[name] === 0) delete delta[name];
  return delta;
}

/**
 * A tally as a month bucket keeps it: open cases (clock running) and open rectifications counted by
 * due month rather than due day. Paused cases keep their days: whether one is overdue moves with the
 * day it is read, and they are few.
 */
export function byDueMonth(t: Tally): Tally {
  const out: Tally = {};
  for (const [name, n] of Object.entries(t)) {
    if (name.startsWith(OPEN_DUE)) bump(out, `${OPEN_DUE_MONTH}${name.slice(OPEN_DUE.length, OPEN_DUE.length + 7)}`, n);
    else if (name.startsWith(RECTIFICATION_DUE)) bump(out, `${RECTIFICATION_DUE_MONTH}${name.slice(RECTIFICATION_DUE.length, RECTIFICATION_DUE.length + 7)}`, n);
    else bump(out, name, n);
  }
  return out;
}

/** The due-day counts of a tally (open cases with a running clock, open rectifications), by due month. */
export function dueDaysByMonth(t: Tally): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [name, n] of Object.entries(t)) {
    const prefix = name.startsWith(OPEN_DUE) ? OPEN_DUE : name.startsWith(RECTIFICATION_DUE) ? RECTIFICATION_DUE : undefined;
    if (!prefix) continue;
    const month = name.slice(prefix.length, prefix.length + 7);
    const part = out.get(month) ?? {};
    bump(part, name, n);
    out.set(month, part);
  }
  return out;
}

export function emptyRatings(): SupervisionFigures['ratings'] {
  return Object.fromEntries(RatingLevel.values.map((level) => [level, 0])) as SupervisionFigures['ratings'];
}

/**
 * The figures of a tally as of `today` (a China date), on the official calendar:
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
export function figuresOfTally(t: Tally, today: string, calendar: WorkCalendar): SupervisionFigures {
  const n = (name: string) => t[name] ?? 0;
  const ratings = emptyRatings();
  for (const level of RatingLevel.values) ratings[level] = n(`${RATING}${level}`);
  let overdueOpen = 0;
  let rectificationsOverdue = 0;
  for (const [name, count] of Object.entries(t)) {
    if (count === 0) continue;
    if (name.startsWith(OPEN_DUE) && today > name.slice(OPEN_DUE.length)) overdueOpen += count;
    if (name.startsWith(PAUSED_DUE)) {
      const [dueDate, pausedOn] = name.slice(PAUSED_DUE.length).split('_');
      // A paused clock (supplement, escalation) gives its days back.
      const due = dueDateToday(calendar, { dueDate, pausedOn }, today);
      if (due && today > due) overdueOpen += count;
    }
    if (name.startsWith(RECTIFICATION_DUE) && today > name.slice(RECTIFICATION_DUE.length)) rectificationsOverdue += count;
    // By due month: every day of a month before this one is past. (This month's and later months'
    // cases are counted by their due days instead: a month tally read for figures leaves them out.)
    if (name.startsWith(OPEN_DUE_MONTH) && today.slice(0, 7) > name.slice(OPEN_DUE_MONTH.length)) overdueOpen += count;
    if (name.startsWith(RECTIFICATION_DUE_MONTH) && today.slice(0, 7) > name.slice(RECTIFICATION_DUE_MONTH.length)) rectificationsOverdue += count;
  }
  const done = n('done');
  const onTime = n('onTime');
  const timed = n('timed');
  return {
    received: n('received'),
    accepted: n('accepted'),
    done,
    onTime,
    lateDone: done - onTime,
    open: n('open'),
    overdueOpen,
    onTimeRate: done === 0 ? null : onTime / done,
    averageWorkingDays: timed === 0 ? null : Math.round((n('workingDays') / timed) * 10) / 10,
    ratings,
    badRatings: n('badRatings'),
    rectifications: { open: n('rectificationsOpen'), overdue: rectificationsOverdue, done: n('rectificationsDone') },
  };
}
