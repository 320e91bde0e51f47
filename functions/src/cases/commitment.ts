// The commitment clock of a case (承诺时限) on the official calendar: started at the first
// acceptance, paused while the applicant owes a supplement or an upper-level authority holds the
// case, and given back the working days it was paused when it resumes.
import { addWorkingDays, chinaDate, dueDateOf, pausedWorkingDays, workingDaysBetween, type CommitmentClock, type WorkCalendar } from '@app/shared';
import type { CaseRecord } from './record';

type Deadline = Pick<CaseRecord, 'dueDate' | 'dueClock'>;

/** The clock starts the day after the first acceptance; a transfer and a re-acceptance keep it. */
export function startCommitment(calendar: WorkCalendar, record: CaseRecord, now: Date): Deadline {
  if (record.dueDate) return { dueDate: record.dueDate, dueClock: record.dueClock };
  const dueClock: CommitmentClock = { startedOn: chinaDate(now), workingDays: record.commitmentDays };
  return { dueDate: dueDateOf(calendar, dueClock), dueClock };
}

/** A paused clock resumes `today`: the working days it stood still are given back. */
export function resumeCommitment(calendar: WorkCalendar, record: CaseRecord, today: string): Deadline & { pausedOn: undefined } {
  if (!record.dueDate || !record.pausedOn) return { dueDate: record.dueDate, dueClock: record.dueClock, pausedOn: undefined };
  const given = pausedWorkingDays(calendar, record.pausedOn, today);
  if (!record.dueClock) return { dueDate: addWorkingDays(calendar, record.dueDate, given), dueClock: undefined, pausedOn: undefined };
  const dueClock = { ...record.dueClock, workingDays: record.dueClock.workingDays + given };
  return { dueDate: dueDateOf(calendar, dueClock), dueClock, pausedOn: undefined };
}

/** The due date that applies today: a paused clock counts as if it resumed now. */
export function dueDateToday(calendar: WorkCalendar, record: Pick<CaseRecord, 'dueDate' | 'pausedOn'>, today: string): string | undefined {
  if (!record.dueDate) return undefined;
  return record.pausedOn ? addWorkingDays(calendar, record.dueDate, pausedWorkingDays(calendar, record.pausedOn, today)) : record.dueDate;
}

/**
 * The clock of a case, or for one stored before clocks were recorded, the one its due date
 * implies on the calendar it was computed with.
 */
export function clockOf(record: CaseRecord, calendarThen: WorkCalendar): CommitmentClock | undefined {
  if (record.dueClock) return record.dueClock;
  if (!record.dueDate || !record.acceptedAt) return undefined;
  const startedOn = chinaDate(record.acceptedAt);
  return { startedOn, workingDays: Math.max(0, workingDaysBetween(calendarThen, startedOn, record.dueDate)) };
}
