// 取号: a point's queues (the bureau configures them), taking a number by scanning the point's code
// (one live ticket per resident per point, a daily cap per queue, numbers restarting each day), a
// number at the desk for someone without a phone, a booked resident's priority number at check-in,
// giving a number up, re-queueing once after a missed call, and a ticket as its holder reads it:
// people ahead and the estimated wait.
import { createHash } from 'node:crypto';
import {
  chinaDate,
  dayPlan,
  PRIORITY_QUEUE_ID,
  type PointQueues,
  type Principal,
  type Queue,
  type QueueConfigResponse,
  type QueueRefusal,
  type ServicePoint,
  type TicketView,
  type WorkCalendar,
} from '@app/shared';
import { ulid } from 'ulid';
import { chinaTime } from '../bookings/slots';
import { workCalendar } from '../calendar/store';
import { clock } from '../lib/clock';
import { AppError, notFound } from '../lib/errors';
import { findPoint } from '../network/repository';
import { estimateFor, recentServiceSeconds, todayFigures, type DayFigures } from './estimate';
import * as repo from './repository';

const DAY_SECONDS = 24 * 60 * 60;
const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** A refusal the app words (shared QueueRefusal): 409 unless another code says it better. */
export const refused = (reason: QueueRefusal, code: 'conflict' | 'forbidden' | 'transition_refused' | 'stale_version' = 'conflict') => new AppError(code, reason, { reason });

const unknownQueue = () =>
  new AppError('validation_failed', 'unknown queue', { reason: 'unknownQueue', issues: [{ path: ['body', 'queueId'], code: 'custom', message: '该网点没有这个队列' }] });

export async function pointOrNotFound(pointId: string, consistent = false): Promise<ServicePoint> {
  const point = await findPoint(pointId, consistent);
  if (!point) throw notFound('service point');
  return point;
}

/** Whether numbers can be taken now: the point is open today (its schedule on the calendar) and within its hours. */
export function openNow(point: ServicePoint, calendar: WorkCalendar, now: Date): { open: true } | { open: false; label: string } {
  const plan = dayPlan(point.schedule, calendar, chinaDate(now));
  if (!plan.open) return { open: false, label: `今日${plan.label}，不能取号` };
  const time = chinaTime(now);
  const first = plan.slots[0].time;
  const last = plan.slots.reduce((end, s) => (s.endTime > end ? s.endTime : end), plan.slots[0].endTime);
  if (time < first) return { open: false, label: `今日 ${first} 开始取号` };
  if (time >= last) return { open: false, label: '今日取号已结束，请明日再来或预约' };
  return { open: true };
}

/** The queues a ticket can be in at a point: the configured ones and the priority queue. */
export const queuesOf = (config: repo.StoredQueueConfig): Queue[] => [...config.queues, repo.PRIORITY_QUEUE];

/** Windows that call from a queue: its own list, or every window of the point. */
export const windowsServing = (queue: Queue | undefined, point: ServicePoint): number[] =>
  queue && queue.windows.length ? queue.windows.filter((w) => w <= point.schedule.windows) : Array.from({ length: point.schedule.windows }, (_, i) => i + 1);

// ---- Configuration (the bureau) ----

export async function getQueueConfig(principal: Principal, pointId: string): Promise<QueueConfigResponse> {
  const point = await pointOrNotFound(pointId);
  if (principal.role === 'agent' && principal.servicePointId !== pointId) throw notFound('service point');
  const config = await repo.findQueueConfig(pointId, true);
  return { pointId, pointName: point.name, windows: point.schedule.windows, queues: config.queues, version: config.version };
}

export async function updateQueueConfig(principal: Principal, pointId: string, body: { queues: Queue[]; version: number }): Promise<QueueConfigResponse> {
  void principal;
  const point = await pointOrNotFound(pointId, true);
  const current = await repo.findQueueConfig(pointId, true);
  if (current.version !== body.version) throw new AppError('stale_version', 'queues changed meanwhile', { reason: 'staleVersion' });
  body.queues.forEach((q, i) => {
    const beyond = q.windows.find((w) => w > point.schedule.windows);
    if (beyond !== undefined) {
      throw new AppError('validation_failed', 'window beyond the point’s windows', {
        reason: 'unknownWindow',
        issues: [{ path: ['body', 'queues', i, 'windows'], code: 'custom', message: `该网点只有 ${point.schedule.windows} 个窗口` }],
      });
    }
    if (q.id === PRIORITY_QUEUE_ID) {
      throw new AppError('validation_failed', 'reserved queue id', { issues: [{ path: ['body', 'queues', i, 'id'], code: 'custom', message: '该编号留给预约签到队列' }] });
    }
  });
  const at = clock.now().toISOString();
  if (!(await repo.putQueueConfig(pointId, body.queues, current.version, at))) throw new AppError('stale_version', 'queues changed meanwhile', { reason: 'staleVersion' });
  return { pointId, pointName: point.name, windows: point.schedule.windows, queues: body.queues, version: current.version + 1 };
}

// ---- What a resident sees ----

/** Waiting tickets ahead of one, in the order windows call them (see calling.ts). */
export function aheadOf(t: repo.TicketRecord, waiting: repo.TicketRecord[], timeNow: string): number {
  if (t.state !== 'waiting') return 0;
  const order = t.queueOrder ?? '';
  if (t.priority) return waiting.filter((w) => w.id !== t.id && w.priority && (w.queueOrder ?? '') < order).length;
  // Walk-ins of the same queue taken earlier, and booked check-ins whose slot has started (called first).
  return waiting.filter((w) => w.id !== t.id && ((!w.priority && w.queueId === t.queueId && (w.queueOrder ?? '') < order) || (w.priority && (w.slotTime ?? '') <= timeNow))).length;
}

export interface TicketContext {
  point: ServicePoint;
  queues: Queue[];
  waiting: repo.TicketRecord[];
  figures: DayFigures;
  recent: Map<string, number | null>;
  timeNow: string;
}

export async function ticketContext(pointId: string, date: string, point?: ServicePoint): Promise<TicketContext> {
  const [p, config, waiting, figures] = await Promise.all([point ?? pointOrNotFound(pointId), repo.findQueueConfig(pointId), repo.waitingTickets(pointId, date), todayFigures(pointId, date)]);
  const queues = queuesOf(config);
  const recent = await recentServiceSeconds(pointId, date, figures);
  return { point: p, queues, waiting, figures, recent, timeNow: chinaTime(clock.now()) };
}

export function viewOf(t: repo.TicketRecord, ctx: TicketContext): TicketView {
  const ahead = aheadOf(t, ctx.waiting, ctx.timeNow);
  const queue = ctx.queues.find((q) => q.id === t.queueId);
  return {
    ...t,
    ahead,
    estimatedWaitMinutes: t.state === 'waiting' ? estimateFor(t.queueId, ahead, windowsServing(queue, ctx.point).length, ctx.recent) : null,
  };
}

async function viewTicket(t: repo.TicketRecord): Promise<TicketView> {
  return viewOf(t, await ticketContext(t.pointId, t.date));
}

export async function pointQueues(principal: Principal | undefined, pointId: string): Promise<PointQueues> {
  const now = clock.now();
  const today = chinaDate(now);
  const [ctx, calendar, mine] = await Promise.all([
    ticketContext(pointId, today),
    workCalendar(),
    principal?.role === 'resident' ? repo.findLiveGuard(principal.userId, pointId, today) : Promise.resolve(undefined),
  ]);
  const open = openNow(ctx.point, calendar, now);
  const config = ctx.queues.filter((q) => q.id !== PRIORITY_QUEUE_ID);
  return {
    pointId,
    pointName: ctx.point.name,
    open: open.open && config.length > 0,
    closedLabel: config.length === 0 ? '该网点尚未开通取号' : open.open ? undefined : open.label,
    windows: ctx.point.schedule.windows,
    queues: config.map((q) => {
      const waiting = ctx.waiting.filter((w) => w.queueId === q.id).length;
      const ahead = waiting + ctx.waiting.filter((w) => w.priority && (w.slotTime ?? '') <= ctx.timeNow).length;
      return {
        id: q.id,
        name: q.name,
        prefix: q.prefix,
        active: q.active,
        waiting,
        issuedToday: ctx.figures.issued.get(q.id) ?? 0,
        dailyCap: q.dailyCap,
        estimatedWaitMinutes: estimateFor(q.id, ahead, windowsServing(q, ctx.point).length, ctx.recent),
      };
    }),
    myTicketId: mine,
  };
}

/** A resident's tickets of today, every point, newest last. */
export async function myTickets(principal: Principal): Promise<{ tickets: TicketView[] }> {
  const now = clock.now();
  const today = chinaDate(now);
  const since = new Date(Date.parse(`${today}T00:00:00+08:00`)).toISOString();
  const tickets = (await repo.userTicketsSince(principal.userId, since)).filter((t) => t.date === today);
  const contexts = new Map<string, Promise<TicketContext>>();
  const views = await Promise.all(
    tickets.map(async (t) => {
      if (!contexts.has(t.pointId)) contexts.set(t.pointId, ticketContext(t.pointId, t.date));
      return viewOf(t, await contexts.get(t.pointId)!);
    }),
  );
  return { tickets: views };
}

/** A ticket for its holder, or for an agent of its point; anyone else learns nothing (404). */
export async function ticketFor(principal: Principal, id: string): Promise<repo.TicketRecord> {
  const t = await repo.findTicket(id);
  if (!t) throw notFound('ticket');
  if (principal.role === 'resident' && t.userId !== principal.userId) throw notFound('ticket');
  if (principal.role === 'agent' && principal.servicePointId !== t.pointId) throw notFound('ticket');
  if (principal.role !== 'resident' && principal.role !== 'agent') throw notFound('ticket');
  return t;
}

export async function getTicket(principal: Principal, id: string): Promise<TicketView> {
  return viewTicket(await ticketFor(principal, id));
}

// ---- Taking a number ----

function requestHash(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

async function replay(record: repo.IdempotencyRecord, hash: string): Promise<TicketView> {
  if (record.requestHash !== hash) throw new AppError('conflict', 'idempotency key reused', { reason: 'idempotencyKeyReused' });
  const t = await repo.findTicket(record.ticketId);
  if (!t) throw notFound('ticket');
  return viewTicket(t);
}

/** The guard and the idempotency record outlive the day, then TTL removes them. */
const endOfDayPlus = (date: string) => epochSeconds(new Date(`${date}T00:00:00+08:00`)) + 2 * DAY_SECONDS;

export const ticketNumber = (queue: Pick<Queue, 'prefix'>, n: number) => `${queue.prefix}${String(n).padStart(3, '0')}`;

interface Issue {
  point: ServicePoint;
  queue: Queue;
  userId?: string;
  atDesk: boolean;
  idempotency?: { scope: string; callerId: string; key: string; requestHash: string };
  waiting: repo.TicketRecord[];
}

/**
 * Draws the number (never past the cap) and stores the ticket with its guard and idempotency
 * record. The number is drawn first so that concurrent takers get consecutive numbers; a ticket
 * refused after drawing (a concurrent second ticket of the same resident) leaves its number
 * unused (docs/decisions.md).
 */
async function issue(i: Issue): Promise<repo.TicketRecord> {
  const now = clock.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const n = await repo.drawNumber(i.point.id, today, i.queue, Number(chinaTime(now).slice(0, 2)));
  if (n === null) throw refused('dailyCapReached');
  const id = ulid();
  const ticket: repo.TicketRecord = {
    id,
    number: ticketNumber(i.queue, n),
    pointId: i.point.id,
    pointName: i.point.name,
    date: today,
    queueId: i.queue.id,
    queueName: i.queue.name,
    state: 'waiting',
    priority: false,
    atDesk: i.atDesk,
    issuedAt: at,
    queuedAt: at,
    calls: 0,
    requeued: false,
    version: 1,
    userId: i.userId,
  };
  ticket.queueOrder = repo.orderOf(ticket, at);
  // Taken with three or fewer ahead: the ticket page says so; no "three ahead" notice to come.
  ticket.nearNotified = aheadOf(ticket, i.waiting, chinaTime(now)) <= 3;
  const guardExpiresAt = endOfDayPlus(today);
  const outcome = await repo.insertTicket({
    ticket,
    guardExpiresAt,
    idempotency: i.idempotency && { ...i.idempotency, expiresAt: epochSeconds(now) + DAY_SECONDS, nowEpoch: epochSeconds(now) },
  });
  if (!outcome.ok) {
    if (outcome.refusal === 'keyUsed' && i.idempotency) {
      const winner = await repo.findIdempotency(i.idempotency.scope, i.idempotency.callerId, i.idempotency.key, epochSeconds(now));
      if (winner) throw new ReplayWith(winner);
    }
    if (outcome.refusal === 'liveTicketExists') throw refused('liveTicketExists');
    throw new AppError('conflict', 'contended', { reason: 'concurrentChange' });
  }
  await repo.touchBoard(i.point.id, today);
  return ticket;
}

/** A concurrent request with the same idempotency key won: answer as its retry. */
class ReplayWith extends Error {
  constructor(readonly record: repo.IdempotencyRecord) {
    super('replay');
  }
}

async function checkedQueue(pointId: string, queueId: string, now: Date): Promise<{ point: ServicePoint; queue: Queue; waiting: repo.TicketRecord[] }> {
  const [point, config, calendar] = await Promise.all([pointOrNotFound(pointId), repo.findQueueConfig(pointId), workCalendar()]);
  if (config.queues.length === 0) throw refused('noQueues');
  const queue = config.queues.find((q) => q.id === queueId);
  if (!queue) throw unknownQueue();
  if (!queue.active) throw refused('queuePaused');
  const open = openNow(point, calendar, now);
  if (!open.open) throw new AppError('conflict', 'closed', { reason: 'queueClosed' });
  return { point, queue, waiting: await repo.waitingTickets(pointId, chinaDate(now)) };
}

export async function takeTicket(principal: Principal, body: { pointId: string; queueId: string }, idempotencyKey: string): Promise<TicketView> {
  const now = clock.now();
  const hash = requestHash([body.pointId, body.queueId]);
  const scope = { scope: 'takeTicket', callerId: principal.userId, key: idempotencyKey, requestHash: hash };
  const previous = await repo.findIdempotency(scope.scope, scope.callerId, idempotencyKey, epochSeconds(now));
  if (previous) return replay(previous, hash);
  const { point, queue, waiting } = await checkedQueue(body.pointId, body.queueId, now);
  const live = await repo.findLiveGuard(principal.userId, point.id, chinaDate(now));
  if (live) throw refused('liveTicketExists');
  try {
    return viewTicket(await issue({ point, queue, waiting, userId: principal.userId, atDesk: false, idempotency: scope }));
  } catch (error) {
    if (error instanceof ReplayWith) return replay(error.record, hash);
    throw error;
  }
}

/** At the desk: an agent of the point takes a number for someone without a phone (printed). */
export async function deskTicket(principal: Principal, body: { queueId: string }, idempotencyKey: string): Promise<TicketView> {
  const pointId = principal.servicePointId;
  if (!pointId) throw refused('notPointAgent', 'forbidden');
  const now = clock.now();
  const hash = requestHash([pointId, body.queueId]);
  const scope = { scope: 'deskTicket', callerId: principal.userId, key: idempotencyKey, requestHash: hash };
  const previous = await repo.findIdempotency(scope.scope, scope.callerId, idempotencyKey, epochSeconds(now));
  if (previous) return replay(previous, hash);
  const { point, queue, waiting } = await checkedQueue(pointId, body.queueId, now);
  try {
    return viewTicket(await issue({ point, queue, waiting, atDesk: true, idempotency: scope }));
  } catch (error) {
    if (error instanceof ReplayWith) return replay(error.record, hash);
    throw error;
  }
}

/**
 * The priority ticket a booked resident gets by checking in (Y003): drawn before the check-in's
 * transaction, stored in it. None where the point runs no queues, or when the resident already
 * holds a live ticket there (that one stands).
 */
export async function priorityTicketForCheckIn(b: { pointId: string; userId: string; time: string }, now: Date): Promise<{ ticket: repo.TicketRecord; items: ReturnType<typeof repo.ticketPut>[] } | undefined> {
  const today = chinaDate(now);
  const [point, config, live] = await Promise.all([pointOrNotFound(b.pointId), repo.findQueueConfig(b.pointId), repo.findLiveGuard(b.userId, b.pointId, today)]);
  if (config.queues.length === 0 || live) return undefined;
  const queue = repo.PRIORITY_QUEUE;
  const n = await repo.drawNumber(point.id, today, queue, Number(chinaTime(now).slice(0, 2)));
  if (n === null) return undefined;
  const at = now.toISOString();
  const ticket: repo.TicketRecord = {
    id: ulid(),
    number: ticketNumber(queue, n),
    pointId: point.id,
    pointName: point.name,
    date: today,
    queueId: queue.id,
    queueName: queue.name,
    state: 'waiting',
    priority: true,
    slotTime: b.time,
    atDesk: false,
    issuedAt: at,
    queuedAt: at,
    calls: 0,
    requeued: false,
    version: 1,
    userId: b.userId,
    nearNotified: true,
  };
  ticket.queueOrder = repo.orderOf(ticket, at);
  return { ticket, items: [repo.ticketPut(ticket), repo.liveGuardPut(ticket, endOfDayPlus(today))] };
}

// ---- Giving up, queueing again ----

const transitionRefused = (reason: QueueRefusal) => refused(reason, 'transition_refused');

export async function cancelTicket(principal: Principal, id: string): Promise<TicketView> {
  const t = await ticketFor(principal, id);
  if (t.state !== 'waiting' && t.state !== 'called') throw transitionRefused('ticketEnded');
  const at = clock.now().toISOString();
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const board = await repo.readBoard(t.pointId, t.date);
    const outcome = await repo.cancelTicket(t, { at, board });
    if (outcome.ok) return viewTicket({ ...t, state: 'cancelled', cancelledAt: at, version: t.version + 1 });
    if (outcome.ticket) throw refused('ticketChanged', 'stale_version');
  }
  throw new AppError('conflict', 'contended', { reason: 'concurrentChange' });
}

export async function requeueTicket(principal: Principal, id: string): Promise<TicketView> {
  const t = await ticketFor(principal, id);
  if (t.state !== 'missed') throw transitionRefused('ticketNotMissed');
  if (t.requeued) throw transitionRefused('alreadyRequeued');
  const now = clock.now();
  const today = chinaDate(now);
  if (t.date !== today) throw transitionRefused('ticketEnded');
  const at = now.toISOString();
  const outcome = await repo.requeueTicket(t, { at, guardExpiresAt: endOfDayPlus(today) });
  if (!outcome.ok) {
    if (outcome.guard) throw refused('liveTicketExists');
    if (outcome.ticket) throw refused('ticketChanged', 'stale_version');
    throw new AppError('conflict', 'contended', { reason: 'concurrentChange' });
  }
  await repo.touchBoard(t.pointId, today);
  const next = { ...t, state: 'waiting' as const, requeued: true, calls: 0, queuedAt: at, queueOrder: repo.orderOf({ ...t, priority: false }, at), priority: false, version: t.version + 1 };
  delete next.window;
  return viewTicket(await repo.findTicket(t.id) ?? next);
}

