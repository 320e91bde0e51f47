// The tallies of a period counted from the cases themselves: a paged read of each department's
// history index (GSI6), whose cost grows with the cases entrusted in the period. No request path
// uses it; it is the reference the rollups are checked against (functions/test/supervisionRollups.test.ts)
// and what a rebuild of the rollups would read.
import { chinaDate } from '@app/shared';
import { workCalendar } from '../calendar/store';
import { departmentCases } from './repository';
import type { TallySource } from './rollups';
import { addTally, tallyOf, type Tally } from './tally';

export const historySource: TallySource = {
  async departmentDays(departmentId, from, to) {
    const [cases, calendar] = await Promise.all([departmentCases(departmentId, from, to), workCalendar()]);
    const byDay = new Map<string, Tally>();
    for (const c of cases) {
      const day = chinaDate(c.createdAt);
      byDay.set(day, addTally(byDay.get(day) ?? {}, tallyOf(c, calendar)));
    }
    return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, tally]) => ({ day, tally }));
  },
  async ownerTallies(departmentId, from, to) {
    const [cases, calendar] = await Promise.all([departmentCases(departmentId, from, to), workCalendar()]);
    const byOwner = new Map<string, Tally>();
    for (const c of cases) byOwner.set(c.ownerAgentId ?? '', addTally(byOwner.get(c.ownerAgentId ?? '') ?? {}, tallyOf(c, calendar)));
    return byOwner;
  },
};
