// Does this case need something from the resident? (the "needs me" badge.) Its own module: the home
// page counts these, and importing lib/format would bring the vocabularies and zod into the H5 first
// load (decisions §89).
import type { CaseSummary } from '@app/shared';

export const needsApplicant = (c: Pick<CaseSummary, 'awaiting'>) => c.awaiting === 'applicant';
