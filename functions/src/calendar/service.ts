// The calendar capability (节假日安排): every year on record, one year official or provisional,
// and the bureau publishing (or correcting) a year — which starts the follow-up that moves due
// dates and cancels bookings on days that closed, in the same transaction as the publish.
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  changedDates,
  rangesOutsideYear,
  type CalendarYear,
  type Principal,
  type PublishCalendarYearRequest,
} from '@app/shared';
import { ulid } from 'ulid';
import { newChangeItem, ZERO_COUNTS, type ChangeJob } from '../changes/repository';
import { advanceChange, inlineBudgetMs } from '../changes/runner';
import { clock } from '../lib/clock';
import { documentClient } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import { calendarRecords, forgetCalendar } from './store';
import { findCalendarYear, publishItems } from './repository';

export async function getCalendar() {
  const { calendar, years } = await calendarRecords();
  return { version: calendar.version, years: [...years].sort((a, b) => a.year - b.year) };
}

export async function getCalendarYear(year: number) {
  const { calendar, years } = await calendarRecords();
  const record = years.find((y) => y.year === year);
  return { year, official: Boolean(record), record, calendarVersion: calendar.version };
}

const outsideYear = (year: number, body: PublishCalendarYearRequest) => {
  const bad = rangesOutsideYear(year, body.ranges);
  if (bad.length === 0) return;
  throw new AppError('validation_failed', 'range outside the year', {
    issues: bad.map(({ index, field }) => ({ path: ['body', 'ranges', index, field], code: 'custom', message: `日期须在${year}年内（跨年的安排请分别录入两个年度）` })),
  });
};

/**
 * Publishes a year at the version the editor read: the year, the calendar's version bump and the
 * follow-up in one transaction (a stale version is 409 and writes nothing), then works on the
 * follow-up for a few seconds so a district's changes are usually done when the bureau sees the answer.
 */
export async function publishCalendarYear(principal: Principal, year: number, body: PublishCalendarYearRequest) {
  outsideYear(year, body);
  const current = await findCalendarYear(year);
  const readVersion = current?.version ?? 0;
  if (body.version !== readVersion) throw new AppError('stale_version', `calendar year ${year} is at version ${readVersion}`, { reason: 'calendarChanged' });
  const at = clock.now().toISOString();
  const ranges = [...body.ranges].sort((a, b) => a.from.localeCompare(b.from));
  const record: CalendarYear = {
    year,
    ranges,
    notice: body.notice,
    source: 'bureau',
    enteredBy: { userId: principal.userId, name: principal.name },
    enteredAt: at,
    version: readVersion + 1,
  };
  const dates = changedDates(current?.ranges ?? [], ranges);
  const job: ChangeJob = {
    id: ulid(),
    kind: 'calendar',
    state: 'running',
    startedAt: at,
    by: principal.name,
    year,
    before: current?.ranges,
    changedDates: dates,
    cursor: {},
    counts: { ...ZERO_COUNTS },
  };
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: [...publishItems(record, readVersion, at), newChangeItem(job)] }));
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    if ((error as Error).name === 'TransactionCanceledException' && reasons.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) {
      throw new AppError('stale_version', `calendar year ${year} changed meanwhile`, { reason: 'calendarChanged' });
    }
    throw error;
  }
  forgetCalendar();
  const followUp = (await advanceChange(job.id, inlineBudgetMs())) ?? job;
  const { calendar } = await calendarRecords();
  return {
    year: record,
    calendarVersion: calendar.version,
    changedDates: dates,
    change: {
      id: followUp.id,
      year,
      state: followUp.state,
      changedDates: dates,
      casesChecked: followUp.counts.casesChecked,
      casesAdjusted: followUp.counts.casesAdjusted,
      bookingsCancelled: followUp.counts.bookingsCancelled,
      startedAt: followUp.startedAt,
      finishedAt: followUp.finishedAt,
    },
  };
}
