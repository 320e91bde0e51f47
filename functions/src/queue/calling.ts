// 叫号: an agent's window at their service point. The window view (the ticket in front of them,
// what waits, what it would call next), 叫号 (booked check-ins whose slot has started first, then
// walk-ins by the time they queued, then booked residents who came early), 重呼, 过号 after the
// third call, 开始办理 / 办结, and linking a ticket to a case. Two windows calling at once never get
// the same ticket: the call is conditioned on the ticket still waiting and on the board's version.
import { chinaDate, type CaseEvent, type Principal, type Queue, type ServicePoint, type Ticket, type TicketAction, type WindowView } from '@app/shared';
import { ulid } from 'ulid';
import { chinaTime } from '../bookings/slots';
import { actorOf } from '../cases/lookup';
import { findCase } from '../cases/repository';
import { caseRelation } from '../identity/access';
import { clock } from '../lib/clock';
import { getItem } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { logger } from '../lib/log';
import { noticeWords } from '../notices/noticeText';
import type { Notice } from '../notices/outbox';
import * as repo from './repository';
import { aheadOf, pointOrNotFound, queuesOf, refused, ticketFor, windowsServing } from './service';

/** The agent's own point: only a point's agents work its windows. */
function agentPoint(principal: Principal): string {
  if (!principal.servicePointId) throw refused('notPointAgent', 'forbidden');
  return principal.servicePointId;
}

const unknownWindow = (where: 'body' | 'query', windows: number) =>
  new AppError('validation_failed', 'unknown window', { reason: 'unknownWindow', issues: [{ path: [where, 'window'], code: 'custom', message: `该网点只有 ${windows} 个窗口` }] });

const byOrder = (a: repo.TicketRecord, b: repo.TicketRecord) => ((a.queueOrder ?? '') < (b.queueOrder ?? '') ? -1 : 1);

/**
 * The order a window calls waiting tickets in: booked check-ins whose slot has started (by slot,
 * then arrival), then walk-ins of the queues this window serves (by the time they queued), then
 * booked residents who came before their slot (rather than leave the window idle).
 */
export function callingOrder(waiting: repo.TicketRecord[], queues: Queue[], window: number, point: ServicePoint, timeNow: string): repo.TicketRecord[] {
  const serves = (t: repo.TicketRecord) => t.priority || windowsServing(queues.find((q) => q.id === t.queueId), point).includes(window);
  const eligible = waiting.filter((t) => t.state === 'waiting' && serves(t));
  const started = eligible.filter((t) => t.priority && (t.slotTime ?? '') <= timeNow).sort(byOrder);
  const walkIns = eligible.filter((t) => !t.priority).sort(byOrder);
  const early = eligible.filter((t) => t.priority && (t.slotTime ?? '') > timeNow).sort(byOrder);
  return [...started, ...walkIns, ...early];
}

export async function windowView(principal: Principal, window: number): Promise<WindowView> {
  const pointId = agentPoint(principal);
  const point = await pointOrNotFound(pointId);
  if (window > point.schedule.windows) throw unknownWindow('query', point.schedule.windows);
  const now = clock.now();
  const today = chinaDate(now);
  const [board, config, waiting] = await Promise.all([repo.readBoard(pointId, today), repo.findQueueConfig(pointId), repo.waitingTickets(pointId, today)]);
  const currentId = board.busy[String(window)];
  const current = currentId ? await repo.findTicket(currentId) : undefined;
  const queues = queuesOf(config);
  const counts = queues
    .map((q) => ({ queueId: q.id, queueName: q.name, prefix: q.prefix, count: waiting.filter((t) => t.queueId === q.id).length }))
    .filter((q) => q.count > 0 || config.queues.some((c) => c.id === q.queueId));
  return {
    pointId,
    window,
    windows: point.schedule.windows,
    current,
    waiting: counts,
    next: callingOrder(waiting, queues, window, point, chinaTime(now)).slice(0, 5).map((t) => ({ id: t.id, number: t.number, priority: t.priority })),
    recent: board.calls.filter((c) => c.window === window).slice(0, 6),
  };
}

const calledNotice = (t: repo.TicketRecord, window: number, calls: number): Notice | undefined =>
  t.userId
    ? {
        kind: 'ticketCalled',
        recipient: { userId: t.userId },
        ticketId: t.id,
        itemName: t.pointName,
        ...noticeWords('ticketCalled', { calls, window, number: t.number }),
      }
    : undefined;

/** Tells the holders who now have three or fewer ahead, once each; best effort (the ticket page shows it anyway). */
async function notifyNear(waiting: repo.TicketRecord[], timeNow: string, at: string): Promise<void> {
  for (const t of waiting) {
    if (!t.userId || t.nearNotified || t.state !== 'waiting') continue;
    const ahead = aheadOf(t, waiting, timeNow);
    if (ahead > 3) continue;
    const notice: Notice = {
      kind: 'ticketNear',
      recipient: { userId: t.userId },
      ticketId: t.id,
      itemName: t.pointName,
      ...(ahead === 0 ? noticeWords('ticketNext', { number: t.number }) : noticeWords('ticketAhead', { ahead, number: t.number })),
    };
    try {
      await repo.markNearNotified(t, notice, at);
    } catch (error) {
      logger.warn('near notice not recorded', { ticketId: t.id, errorName: (error as Error).name });
    }
  }
}

/** How often one press of 叫号 re-reads the board or moves to the next ticket after losing a race. */
const CALL_ATTEMPTS = 10;

export async function callNext(principal: Principal, window: number): Promise<Ticket> {
  const pointId = agentPoint(principal);
  const point = await pointOrNotFound(pointId);
  if (window > point.schedule.windows) throw unknownWindow('body', point.schedule.windows);
  const now = clock.now();
  const [today, timeNow, at] = [chinaDate(now), chinaTime(now), now.toISOString()];
  const [config, firstWaiting] = await Promise.all([repo.findQueueConfig(pointId), repo.waitingTickets(pointId, today)]);
  const queues = queuesOf(config);
  let waiting = firstWaiting;
  const taken = new Set<string>();
  for (let attempt = 0; attempt < CALL_ATTEMPTS; attempt += 1) {
    const board = await repo.readBoard(pointId, today);
    if (board.busy[String(window)]) throw refused('windowBusy');
    let candidate = callingOrder(waiting, queues, window, point, timeNow).find((t) => !taken.has(t.id));
    if (!candidate && taken.size > 0) {
      // Everyone seen was called by other windows: look again (the index may have caught up).
      waiting = (await repo.waitingTickets(pointId, today)).filter((t) => !taken.has(t.id));
      candidate = callingOrder(waiting, queues, window, point, timeNow)[0];
    }
    if (!candidate) throw refused('nobodyWaiting');
    const waitSeconds = Math.max(0, Math.round((now.getTime() - Date.parse(candidate.queuedAt)) / 1000));
    const outcome = await repo.callTicket(candidate, { window, agentId: principal.agentId ?? principal.userId, at, board, notice: calledNotice(candidate, window, 1), waitSeconds });
    if (outcome.ok) {
      const called: repo.TicketRecord = { ...candidate, state: 'called', window, calls: 1, calledAt: at, version: candidate.version + 1 };
      await repo.raiseLongestWait(called, waitSeconds);
      await notifyNear(waiting.filter((t) => t.id !== called.id && !taken.has(t.id)), timeNow, at);
      return called;
    }
    // Another window called it first: the next one. A board that moved: read it again.
    if (outcome.ticket) taken.add(candidate.id);
  }
  throw new AppError('conflict', 'contended', { reason: 'concurrentChange' });
}

const stale = () => refused('ticketChanged', 'stale_version');

export async function actOnTicket(principal: Principal, id: string, body: { action: TicketAction; version: number }): Promise<Ticket> {
  agentPoint(principal);
  const t = await ticketFor(principal, id);
  if (t.state === 'done' || t.state === 'cancelled') throw refused('ticketEnded', 'transition_refused');
  if (t.version !== body.version) throw stale();
  const now = clock.now();
  const at = now.toISOString();
  const action = body.action;
  if (action === 'start' || action === 'recall' || action === 'miss') {
    if (t.state !== 'called') throw refused('ticketNotCalled', 'transition_refused');
  } else if (t.state !== 'serving') throw refused('ticketNotServing', 'transition_refused');
  if (action === 'miss' && t.calls < 3) throw refused('tooFewCalls', 'transition_refused');

  for (let attempt = 0; attempt < 6; attempt += 1) {
    let outcome: repo.ChangeOutcome;
    let next: repo.TicketRecord;
    if (action === 'start') {
      outcome = await repo.startTicket(t, { version: t.version, at });
      next = { ...t, state: 'serving', startedAt: at };
    } else {
      const board = await repo.readBoard(t.pointId, t.date);
      if (action === 'recall') {
        outcome = await repo.recallTicket(t, { version: t.version, at, board, notice: calledNotice(t, t.window!, t.calls + 1) });
        next = { ...t, calls: t.calls + 1, lastCalledAt: at };
      } else if (action === 'miss') {
        outcome = await repo.missTicket(t, { version: t.version, at, board });
        next = { ...t, state: 'missed', missedAt: at };
      } else {
        const serviceSeconds = Math.max(0, Math.round((now.getTime() - Date.parse(t.startedAt ?? at)) / 1000));
        outcome = await repo.finishTicket(t, { version: t.version, at, board, serviceSeconds });
        next = { ...t, state: 'done', finishedAt: at };
      }
    }
    if (outcome.ok) return { ...next, version: t.version + 1 };
    if (outcome.ticket) throw stale();
  }
  throw new AppError('conflict', 'contended', { reason: 'concurrentChange' });
}

/** The case a ticket's visit is about: named by its number, or just registered at the window. */
export async function linkTicket(principal: Principal, id: string, body: { caseNumber?: string; caseId?: string }): Promise<Ticket> {
  agentPoint(principal);
  const t = await ticketFor(principal, id);
  if (t.state === 'cancelled') throw refused('ticketEnded', 'transition_refused');
  let caseId = body.caseId;
  if (body.caseNumber) {
    const reservation = await getItem(keys.caseNumber(body.caseNumber), true);
    caseId = reservation ? String(reservation.caseId) : undefined;
  }
  // Only a case this agent may see (at their point, or theirs): another unit's case number reveals nothing.
  const record = caseId ? await findCase(caseId, true) : undefined;
  if (!record || !caseRelation(principal, record)) throw new AppError('not_found', 'case not found', { reason: 'caseNotFound' });
  if (t.caseId) {
    if (t.caseId === record.id) return t;
    throw refused('linkedToOtherCase');
  }
  const at = clock.now().toISOString();
  const event: CaseEvent = {
    id: ulid(),
    at,
    actor: actorOf(principal),
    action: 'queueTicket',
    data: { ticketId: t.id, number: t.number, pointId: t.pointId, pointName: t.pointName, date: t.date, ...(t.window ? { window: t.window } : {}) },
  };
  const outcome = await repo.linkTicket(t, { caseId: record.id, caseNumber: record.number, event });
  if (!outcome.ok) {
    const again = await repo.findTicket(t.id);
    if (again?.caseId === record.id) return again;
    if (again?.caseId) throw refused('linkedToOtherCase');
    throw stale();
  }
  return { ...t, caseId: record.id, caseNumber: record.number, version: t.version + 1 };
}
