// The tallies of a period counted from the cases themselves: a paged read of each department's
// history index (GSI6), whose cost grows with the cases entrusted in the period. No request path
// uses it; it is the reference the rollups are checked against (functions/test/supervisionRollups.test.ts)
// and what a rebuild of the rollups would read.
import { workCalendar } from '../calendar/store';
import { departmentCases } from './repository';
import type { TallySource } from './rollups';
import { addTally, sumTallies, tallyOf, type Tally } from './tally';

export const historySource: TallySource = {
  async departmentTally(departmentId, period) {
    const [cases, calendar] = await Promise.all([departmentCases(departmentId, period.from, period.to), workCalendar()]);
    return sumTallies(cases.map((c) => tallyOf(c, calendar)));
  },
  async ownerTallies(departmentId, period) {
    const [cases, calendar] = await Promise.all([departmentCases(departmentId, period.from, period.to), workCalendar()]);
    const byOwner = new Map<string, Tally>();
    for (const c of cases) byOwner.set(c.ownerAgentId ?? '', addTally(byOwner.get(c.ownerAgentId ?? '') ?? {}, tallyOf(c, calendar)));
    return byOwner;
  },
};
