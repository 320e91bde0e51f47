// A rollup bucket stores its tally under short attribute names (decisions §100): whatever a case
// can count — a paused clock, an open rectification, a rating of every level, counts by due day
// and by due month — is read back exactly as it was written, and a day bucket written before the
// short names, with the long ones and its old labels, still reads the same tally.
import { RatingLevel } from '@app/shared';
import { attributeOf, storedTally, tallyOfItem } from '../src/supervision/rollupItems';
import type { Tally } from '../src/supervision/tally';

const everyCount: Tally = {
  received: 12,
  accepted: 11,
  done: 7,
  onTime: 6,
  open: 4,
  workingDays: 31,
  timed: 7,
  badRatings: 2,
  rectificationsOpen: 1,
  rectificationsDone: 1,
  ...Object.fromEntries(RatingLevel.values.map((level, i) => [`r_${level}`, i + 1])),
  'od_2026-12-09': 2,
  'pd_2026-12-15_2026-12-03': 1,
  'rd_2027-01-04': 1,
  'odm_2026-11': 3,
  'rdm_2027-01': 1,
};

test('every count a bucket can hold is stored under a short name and read back the same', () => {
  const stored = storedTally(everyCount);
  expect(stored).toMatchObject({ n: 12, D20261209: 2, P20261215_20261203: 1, R20270104: 1, DM202611: 3, RM202701: 1 });
  expect(tallyOfItem({ pk: 'ROLLUP#DEPT#dept-x', sk: 'MONTH#2026-12', entity: 'rollup', ...stored })).toEqual(everyCount);
});

test('a day bucket from before the short names reads the same tally, and so does one with both', () => {
  const old = { pk: 'ROLLUP#DEPT#dept-x#OWNERS', sk: 'DAY#2026-12-01#agt-1', entity: 'ownerRollup', departmentId: 'dept-x', day: '2026-12-01', ownerAgentId: 'agt-1', received: 2, 'od_2026-12-09': 1, r_satisfied: 1 };
  expect(tallyOfItem(old)).toEqual({ received: 2, 'od_2026-12-09': 1, r_satisfied: 1 });
  // A case changed since: its ADD went to the short names of the same item.
  expect(tallyOfItem({ ...old, [attributeOf('received')]: 1, [attributeOf('od_2026-12-09')]: -1 })).toEqual({ received: 3, 'od_2026-12-09': 0, r_satisfied: 1 });
});

test('a count the store has no name for is a programming error, not a silent loss', () => {
  expect(() => attributeOf('somethingNew')).toThrow('a tally count without a stored name: somethingNew');
  expect(() => tallyOfItem({ pk: 'p', sk: 's', zz: 1 })).toThrow(/npm run backfill/);
});
