// Service-point schedules (网点作息): the bureau edits a point's hours, slot length, windows and
// booking window; the bureau or the point's own agents close it for days (暂停服务). A change that
// takes away places already booked is refused until confirmed, then cancels those bookings with a
// notice, through the same resumable follow-up as a calendar publish.
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  addCalendarDays,
  chinaDate,
  describeHours,
  type Closure,
  type PointSchedule,
  type Principal,
  type ScheduleSettings,
  type ServicePoint,
} from '@app/shared';
import { ulid } from 'ulid';
import { workCalendar } from '../calendar/store';
import { pointImpact, type Affected } from '../changes/bookings';
import { newChangeItem, ZERO_COUNTS, type ChangeJob } from '../changes/repository';
import { advanceChange, inlineBudgetMs } from '../changes/runner';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { findPoint } from '../network/repository';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** How far ahead a closure may reach. */
const CLOSURE_HORIZON_DAYS = 366;
/** Bookings named in a refusal; the count says how many there are in all. */
const NAMED_IN_REFUSAL = 5;

async function pointOrNotFound(pointId: string): Promise<ServicePoint> {
  const point = await findPoint(pointId, true);
  if (!point) throw notFound('service point');
  return point;
}

const view = (point: ServicePoint, schedule: PointSchedule, cancelled: Affected[] = []) => ({
  pointId: point.id,
  schedule,
  hours: describeHours(schedule, chinaDate(clock.now())),
  cancelled: cancelled.map(({ booking, why }) => ({ bookingId: booking.id, date: booking.date, time: booking.time, why })),
});

export async function getSchedule(pointId: string) {
  const point = await pointOrNotFound(pointId);
  return view(point, point.schedule);
}

const stale = () => new AppError('stale_version', 'the schedule changed meanwhile', { reason: 'scheduleChanged' });

/**
 * Stores a point's new schedule conditioned on the version read, with the follow-up that cancels
 * what it no longer has room for. Without `confirmed`, a change that would cancel bookings is 409
 * `bookingsAffected`, naming them, and nothing is written.
 */
async function commitSchedule(principal: Principal, point: ServicePoint, next: PointSchedule, confirmed: boolean) {
  const now = clock.now();
  const today = chinaDate(now);
  const impact = await pointImpact({ ...point, schedule: next }, await workCalendar(), today);
  if (impact.length > 0 && !confirmed) {
    const named = impact.slice(0, NAMED_IN_REFUSAL).map(({ booking }) => `${booking.date} ${booking.time}`).join('、');
    throw new AppError('conflict', 'bookings would be cancelled', {
      reason: 'bookingsAffected',
      issues: [{ path: ['body', 'confirmCancellations'], code: 'custom', message: `此调整将取消 ${impact.length} 个已有预约（${named}${impact.length > NAMED_IN_REFUSAL ? ' 等' : ''}），确认后将通知预约人` }],
    });
  }
  const at = now.toISOString();
  const job: ChangeJob = { id: ulid(), kind: 'point', state: 'running', startedAt: at, by: principal.name, pointId: point.id, changedDates: [], cursor: {}, counts: { ...ZERO_COUNTS } };
  const items: TransactItem[] = [
    {
      Update: {
        TableName: config().tableName,
        Key: keys.point(point.id),
        UpdateExpression: 'SET #schedule = :next',
        ConditionExpression: '#schedule.#version = :read',
        ExpressionAttributeNames: { '#schedule': 'schedule', '#version': 'version' },
        ExpressionAttributeValues: { ':next': next, ':read': point.schedule.version },
      },
    },
    // Always: a booking made under the old schedule while this one was being saved is caught too.
    newChangeItem(job),
  ];
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') throw stale();
    throw error;
  }
  await advanceChange(job.id, inlineBudgetMs());
  return view(point, next, impact);
}

export async function updateSchedule(principal: Principal, pointId: string, body: ScheduleSettings & { version: number; confirmCancellations?: boolean }) {
  const point = await pointOrNotFound(pointId);
  if (body.version !== point.schedule.version) throw stale();
  const next: PointSchedule = {
    periods: body.periods,
    slotMinutes: body.slotMinutes,
    windows: body.windows,
    perWindowSlot: body.perWindowSlot,
    bookingDays: body.bookingDays,
    closures: point.schedule.closures,
    version: point.schedule.version + 1,
    updatedAt: clock.now().toISOString(),
    updatedBy: principal.name,
  };
  return commitSchedule(principal, point, next, Boolean(body.confirmCancellations));
}

/** The bureau, or an agent of this very point. */
function requireClosureRights(principal: Principal, pointId: string): void {
  if (principal.role === 'bureau') return;
  if (principal.role === 'agent' && principal.servicePointId === pointId) return;
  throw new AppError('forbidden', 'not an agent of this service point', { reason: 'notThisPointsAgent' });
}

const invalidDate = (field: 'from' | 'to', message: string) => new AppError('validation_failed', `invalid ${field}`, { issues: [{ path: ['body', field], code: 'custom', message }] });

/** Closures that ended before today are history: dropped when the list is next written. */
const current = (closures: Closure[], today: string) => closures.filter((c) => c.to >= today);

export async function addClosure(principal: Principal, pointId: string, body: { from: string; to: string; reason: string; confirmCancellations?: boolean }) {
  requireClosureRights(principal, pointId);
  const point = await pointOrNotFound(pointId);
  const now = clock.now();
  const today = chinaDate(now);
  if (body.from < today) throw invalidDate('from', '不能为已过去的日期设置暂停服务');
  if (body.to > addCalendarDays(today, CLOSURE_HORIZON_DAYS)) throw invalidDate('to', '暂停服务最多可提前一年设置');
  const closure: Closure = { id: ulid(), from: body.from, to: body.to, reason: body.reason, by: { name: principal.name, role: principal.role === 'bureau' ? 'bureau' : 'agent' }, at: now.toISOString() };
  const next: PointSchedule = { ...point.schedule, closures: [...current(point.schedule.closures, today), closure], version: point.schedule.version + 1, updatedAt: closure.at, updatedBy: principal.name };
  return commitSchedule(principal, point, next, Boolean(body.confirmCancellations));
}

export async function removeClosure(principal: Principal, pointId: string, closureId: string) {
  requireClosureRights(principal, pointId);
  const point = await pointOrNotFound(pointId);
  if (!point.schedule.closures.some((c) => c.id === closureId)) throw notFound('closure');
  const today = chinaDate(clock.now());
  const next: PointSchedule = {
    ...point.schedule,
    closures: current(point.schedule.closures, today).filter((c) => c.id !== closureId),
    version: point.schedule.version + 1,
    updatedAt: clock.now().toISOString(),
    updatedBy: principal.name,
  };
  // Lifting a closure only adds places: nothing to cancel.
  return commitSchedule(principal, point, next, false);
}
