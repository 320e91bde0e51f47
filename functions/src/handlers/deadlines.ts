// Lambda: deadlines — the hourly 限时办结 check (schedule): warns holders of cases about to run out,
// flags overdue ones to the department head and the bureau; then reminds residents of tomorrow's
// (and today's late-booked) appointments. Logs only the counts.
import { runBookingReminders } from '../deadlines/bookingReminders';
import { runDeadlineCheck, type DeadlineCheckResult } from '../deadlines/service';
import { logger } from '../lib/log';

export const handler = async (): Promise<DeadlineCheckResult> => {
  const result = await runDeadlineCheck();
  logger.info('deadline check done', { ...result });
  const reminders = await runBookingReminders();
  logger.info('booking reminders done', { ...reminders });
  return result;
};
