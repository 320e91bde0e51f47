// Runs the follow-up of a change within a time budget, recording progress as it goes, so a large
// district never times a Lambda out half-way: the request that made the change runs it first, the
// one-minute schedule (or the local poller) finishes what is left. Every step is idempotent.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { buildWorkCalendar, chinaDate, type ServicePoint, type WorkCalendar } from '@app/shared';
import { calendarRecords, freshCalendar } from '../calendar/store';
import { DUE_SHARDS, type CaseRecord } from '../cases/record';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, withoutKeys } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { logger } from '../lib/log';
import { findPoint } from '../network/repository';
import * as bookings from '../bookings/repository';
import { cancelForChange, placeLost, pointImpact } from './bookings';
import { adjustCaseDeadline } from './caseDeadlines';
import { claimChange, findChange, pendingChangeIds, saveProgress, type ChangeJob } from './repository';

/** Cases read per page of the due-date index (CHANGE_PAGE_SIZE: tests walk it in small steps). */
const casePage = () => Number(process.env.CHANGE_PAGE_SIZE) || 50;
/** How long the request that made a change works on its follow-up (CHANGE_INLINE_MS; the schedule does the rest). */
export const inlineBudgetMs = () => Number(process.env.CHANGE_INLINE_MS ?? 8_000);
/** A lease outlives the budget a little, so a crashed runner's follow-up is picked up soon after. */
const LEASE_GRACE_MS = 30_000;

interface Run {
  job: ChangeJob;
  runner: string;
  deadline: number;
  calendar: WorkCalendar;
  now: Date;
}

const outOfTime = (run: Run) => Date.now() >= run.deadline;

/** The calendar as it was before a publish, for cases stored before clocks were recorded. */
async function calendarBefore(job: ChangeJob): Promise<WorkCalendar> {
  const { years } = await calendarRecords();
  const others = years.filter((y) => y.year !== job.year);
  return buildWorkCalendar(job.before ? [...others, { year: job.year!, ranges: job.before }] : others);
}

/** Open cases due on or after the first changed date, shard by shard, page by page. */
async function adjustCases(run: Run): Promise<boolean> {
  const { job } = run;
  const first = job.changedDates[0];
  if (!first) return true;
  const then = await calendarBefore(job);
  const shards = (job.cursor.caseShards ??= {});
  for (let shard = 0; shard < DUE_SHARDS; shard += 1) {
    while (shards[shard] !== 'done') {
      if (outOfTime(run)) return false;
      const start = shards[shard];
      const page = await documentClient().send(
        new QueryCommand({
          TableName: config().tableName,
          IndexName: 'GSI5',
          KeyConditionExpression: 'gsi5pk = :p AND gsi5sk >= :first',
          ExpressionAttributeValues: { ':p': keys.dueShard(shard), ':first': first },
          ExclusiveStartKey: start && start !== 'done' ? start : undefined,
          Limit: casePage(),
        }),
      );
      for (const item of page.Items ?? []) {
        job.counts.casesChecked += 1;
        if (await adjustCaseDeadline(withoutKeys<CaseRecord>(item), run.calendar, then, run.now)) job.counts.casesAdjusted += 1;
      }
      shards[shard] = page.LastEvaluatedKey ?? 'done';
      if (!(await saveProgress(job, run.runner, 'keep', run.now.toISOString()))) return false;
    }
  }
  return true;
}

/** Live bookings on each changed date from today on, at every point: cancelled where the day closed. */
async function revalidateBookingDates(run: Run): Promise<boolean> {
  const { job } = run;
  const today = chinaDate(run.now);
  const dates = job.changedDates.filter((d) => d >= today);
  const points = new Map<string, Promise<ServicePoint | undefined>>();
  const pointOf = (id: string) => {
    if (!points.has(id)) points.set(id, findPoint(id, true));
    return points.get(id)!;
  };
  for (let i = job.cursor.bookingDate ?? 0; i < dates.length; i += 1) {
    let start: Record<string, unknown> | undefined;
    do {
      if (outOfTime(run)) return false;
      const page = await bookings.liveBookingsOn(dates[i], start);
      for (const booking of page.bookings) {
        const point = await pointOf(booking.pointId);
        if (!point) continue;
        job.counts.bookingsChecked += 1;
        const why = placeLost(point, run.calendar, booking);
        if (why && (await cancelForChange({ booking, why }, run.now.toISOString()))) job.counts.bookingsCancelled += 1;
      }
      start = page.next;
    } while (start);
    job.cursor.bookingDate = i + 1;
    if (!(await saveProgress(job, run.runner, 'keep', run.now.toISOString()))) return false;
  }
  return true;
}

/** A point's bookings from today on, checked against its schedule as it now stands. */
async function revalidatePoint(run: Run): Promise<boolean> {
  const point = await findPoint(run.job.pointId!, true);
  if (!point) return true;
  for (const affected of await pointImpact(point, run.calendar, chinaDate(run.now))) {
    if (outOfTime(run)) return false;
    run.job.counts.bookingsChecked += 1;
    if (await cancelForChange(affected, run.now.toISOString())) run.job.counts.bookingsCancelled += 1;
  }
  return true;
}

/**
 * Works on one follow-up for at most `budgetMs`; answers it as it stands afterwards. A follow-up
 * another runner holds is left to it.
 */
export async function advanceChange(id: string, budgetMs: number): Promise<ChangeJob | undefined> {
  const runner = randomUUID();
  const started = Date.now();
  const job = await claimChange(id, runner, started, started + budgetMs + LEASE_GRACE_MS);
  if (!job) return findChange(id);
  const run: Run = { job, runner, deadline: started + budgetMs, calendar: await freshCalendar(), now: clock.now() };
  const finished = job.kind === 'calendar' ? (await adjustCases(run)) && (await revalidateBookingDates(run)) : await revalidatePoint(run);
  if (finished) {
    await saveProgress(job, runner, 'done', clock.now().toISOString());
    logger.info('change done', { changeId: id, kind: job.kind, ...job.counts });
    return { ...job, state: 'done', finishedAt: clock.now().toISOString() };
  }
  await saveProgress(job, runner, 'release', clock.now().toISOString());
  return job;
}

/** The schedule's pass: every follow-up still running gets a share of the budget. */
export async function advancePendingChanges(budgetMs: number): Promise<{ advanced: number; finished: number }> {
  const ids = await pendingChangeIds();
  const result = { advanced: 0, finished: 0 };
  const deadline = Date.now() + budgetMs;
  for (const id of ids) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const job = await advanceChange(id, left);
    result.advanced += 1;
    if (job?.state === 'done') result.finished += 1;
  }
  return result;
}
