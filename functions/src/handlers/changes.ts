// Lambda: every minute, finishes the follow-ups of calendar publishes and schedule changes that
// the request making them did not (due dates moved, bookings on closed days cancelled). Logs counts.
import { advancePendingChanges } from '../changes/runner';
import { logger } from '../lib/log';

/** Leaves a margin before the function's own timeout (serverless.yml: 60 s). */
const BUDGET_MS = 45_000;

export const handler = async (): Promise<{ advanced: number; finished: number }> => {
  const result = await advancePendingChanges(BUDGET_MS);
  if (result.advanced > 0) logger.info('changes advanced', result);
  return result;
};
