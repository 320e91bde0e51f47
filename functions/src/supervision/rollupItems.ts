// How a rollup bucket's tally is stored: one number attribute per count, under a short name. A
// Query is charged by the bytes it reads (0.5 read units per 4 KB, eventually consistent) and an
// attribute's name counts as much as its value, so the names are what make a year of month items
// of one department fit in one 4 KB unit, and a month of day items nearly so (decisions §100).
// The long names are what the code and the docs say (supervision/tally.ts); this is the one
// translation between them.
import { RatingLevel } from '@app/shared';
import type { Item } from '../lib/dynamo';
import type { Tally } from './tally';

const FIXED: Record<string, string> = {
  received: 'n',
  accepted: 'a',
  done: 'd',
  onTime: 't',
  open: 'o',
  workingDays: 'w',
  timed: 'm',
  badRatings: 'b',
  rectificationsOpen: 'ro',
  rectificationsDone: 'rc',
};
const RATING_CODES: Record<RatingLevel, string> = { verySatisfied: 'r5', satisfied: 'r4', basicallySatisfied: 'r3', dissatisfied: 'r2', veryDissatisfied: 'r1' };
/** Counts by date: `od_2026-05-12` is stored as `D20260512`, `odm_2026-05` as `DM202605`. */
const DATED: { long: string; short: string; stored: RegExp }[] = [
  { long: 'odm_', short: 'DM', stored: /^DM(\d{4})(\d{2})$/ },
  { long: 'rdm_', short: 'RM', stored: /^RM(\d{4})(\d{2})$/ },
  { long: 'od_', short: 'D', stored: /^D(\d{4})(\d{2})(\d{2})$/ },
  { long: 'rd_', short: 'R', stored: /^R(\d{4})(\d{2})(\d{2})$/ },
  { long: 'pd_', short: 'P', stored: /^P(\d{4})(\d{2})(\d{2})_(\d{4})(\d{2})(\d{2})$/ },
];

const LONG_OF = new Map([...Object.entries(FIXED), ...Object.entries(RATING_CODES).map(([level, code]) => [`r_${level}`, code] as const)].map(([long, short]) => [short, long]));
const SHORT_OF = new Map([...LONG_OF].map(([short, long]) => [long, short]));

/** The attribute a count is stored under. */
export function attributeOf(name: string): string {
  const fixed = SHORT_OF.get(name);
  if (fixed) return fixed;
  for (const { long, short } of DATED) if (name.startsWith(long)) return short + name.slice(long.length).replace(/-/g, '');
  throw new Error(`a tally count without a stored name: ${name}`);
}

/**
 * Day buckets written before §100 hold their counts under the long names: still read as such. The
 * fixed ones are the keys of SHORT_OF; the dated ones (by due day) are these.
 */
const LONG_DATED_NAME = /^(?:(?:od|rd)_\d{4}-\d{2}-\d{2}|pd_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2})$/;

/** The count an attribute holds, or undefined for an attribute that is not a count. */
function countOf(attribute: string): string | undefined {
  const fixed = LONG_OF.get(attribute);
  if (fixed) return fixed;
  if (SHORT_OF.has(attribute) || LONG_DATED_NAME.test(attribute)) return attribute;
  for (const { long, stored } of DATED) {
    const m = stored.exec(attribute);
    if (!m) continue;
    const [, y, mo, d, py, pm, pday] = m;
    const date = d ? `${y}-${mo}-${d}` : `${y}-${mo}`;
    return pday ? `${long}${date}_${py}-${pm}-${pday}` : `${long}${date}`;
  }
  return undefined;
}

/** A bucket's tally as attributes to store or ADD. */
export const storedTally = (t: Tally): Record<string, number> => Object.fromEntries(Object.entries(t).map(([name, n]) => [attributeOf(name), n]));

/** The tally a bucket item holds (its keys and label are text, and are left out). */
export function tallyOfItem(item: Item): Tally {
  const t: Tally = {};
  for (const [attribute, value] of Object.entries(item)) {
    if (typeof value !== 'number') continue;
    const name = countOf(attribute);
    if (!name) throw new Error(`a rollup item with an unknown count ${attribute}: rebuild the rollups (npm run backfill)`);
    t[name] = (t[name] ?? 0) + value;
  }
  return t;
}
