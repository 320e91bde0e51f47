// The bookings capability (预约服务): a point's bookable days and slots (its schedule on the
// official calendar), booking a place without ever overbooking or passing the live-bookings cap,
// cancelling, checking in with the point's QR code, marking no-shows, and the lists people read.
import { createHash } from 'node:crypto';
import {
  addCalendarDays,
  BookingRefusal,
  chinaDate,
  dayKind,
  dayPlan,
  isOfficialYear,
  isWorkingDay,
  MAX_LIVE_BOOKINGS,
  PROVISIONAL_BOOKING_NOTE,
  TERMINAL_STATES,
  type Booking,
  type BookingDay,
  type CaseEvent,
  type Principal,
  type ServicePoint,
  type Slot,
  type WorkCalendar,
} from '@app/shared';
import { ulid } from 'ulid';
import { workCalendar } from '../calendar/store';
import { actorOf, caseForCaller } from '../cases/lookup';
import { findCase } from '../cases/repository';
import { caseRelation, requireUnit } from '../identity/access';
import { clock } from '../lib/clock';
import { AppError, forbidden, notFound } from '../lib/errors';
import { findPoint, findPointByCode } from '../network/repository';
import type { Notice } from '../notices/outbox';
import { touchBoard } from '../queue/repository';
import { priorityTicketForCheckIn } from '../queue/service';
import * as repo from './repository';
import { chinaTime, slotHasEnded } from './slots';

const DAY_SECONDS = 24 * 60 * 60;
const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

export interface BookSlotInput {
  pointId: string;
  date: string;
  time: string;
  caseId?: string;
}

async function pointOrNotFound(pointId: string): Promise<ServicePoint> {
  const point = await findPoint(pointId);
  if (!point) throw notFound('service point');
  return point;
}

/** A 409 whose reason the app words (shared BookingRefusal). */
export const refused = (reason: BookingRefusal) => new AppError('conflict', reason, { reason });

const invalid = (field: 'date' | 'time', message: string) =>
  new AppError('validation_failed', `invalid ${field}`, { issues: [{ path: ['body', field], code: 'custom', message }] });

/** The last date a point takes bookings for, counted from today. */
const lastBookableDate = (point: ServicePoint, today: string) => addCalendarDays(today, point.schedule.bookingDays);

/** Why a date is outside the point's booking window (in Chinese), or null. */
function outsideWindow(point: ServicePoint, date: string, today: string): string | null {
  if (date < today) return '不能预约过去的日期';
  if (date > lastBookableDate(point, today)) return `该网点最多可预约${point.schedule.bookingDays}天内的时段`;
  return null;
}

const provisional = (calendar: WorkCalendar, date: string) => !isOfficialYear(calendar, Number(date.slice(0, 4)));

export async function listSlots(pointId: string, date: string) {
  const [point, calendar] = await Promise.all([pointOrNotFound(pointId), workCalendar()]);
  const now = clock.now();
  const [today, timeNow] = [chinaDate(now), chinaTime(now)];
  const base = { pointId, date, workingDay: isWorkingDay(calendar, date), provisional: provisional(calendar, date) };
  const note = base.provisional ? PROVISIONAL_BOOKING_NOTE : undefined;
  const why = outsideWindow(point, date, today);
  if (why) return { ...base, open: false, closedLabel: why, note, slots: [] };
  const plan = dayPlan(point.schedule, calendar, date);
  if (!plan.open) return { ...base, open: false, closedLabel: plan.label, note, slots: [] };
  const counts = await repo.slotCounts(pointId, date);
  const slots = plan.slots.map((t): Slot => {
    const booked = counts.get(t.time) ?? 0;
    const available = slotHasEnded(date, t, today, timeNow) ? 0 : Math.max(0, t.capacity - booked);
    return { date, time: t.time, endTime: t.endTime, capacity: t.capacity, booked, available, extended: t.extended };
  });
  return { ...base, open: true, note: plan.makeUp ? `${plan.makeUp}调休上班日，按周一办公时间服务${note ? `；${note}` : ''}` : note, slots };
}

/** The point's booking calendar: every date from `from` (today by default) to the end of its window. */
export async function bookingDays(pointId: string, from?: string): Promise<{ pointId: string; bookingDays: number; days: BookingDay[] }> {
  const [point, calendar] = await Promise.all([pointOrNotFound(pointId), workCalendar()]);
  const today = chinaDate(clock.now());
  const first = from && from > today ? from : today;
  const last = lastBookableDate(point, today);
  const days: BookingDay[] = [];
  for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
    const plan = dayPlan(point.schedule, calendar, date);
    const kind = dayKind(calendar, date);
    const base = { date, makeUp: kind.kind === 'makeUpWorkday', holiday: kind.kind === 'holiday', provisional: provisional(calendar, date) };
    if (plan.open) {
      const extendedOnly = plan.slots.every((s) => s.extended);
      days.push({ ...base, open: true, extendedOnly, label: base.makeUp ? '班' : extendedOnly ? '延时' : `${Number(date.slice(5, 7))}月` });
    } else {
      const label = plan.reason === 'holiday' ? (kind.name ?? '假日') : plan.reason === 'closure' ? '暂停' : '休息';
      days.push({ ...base, open: false, label, closedLabel: plan.label, extendedOnly: false });
    }
  }
  return { pointId, bookingDays: point.schedule.bookingDays, days };
}

/** The request's fingerprint: a reused key with a different request is refused, not replayed. */
function requestHash(input: BookSlotInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input.pointId, input.date, input.time, input.caseId ?? null]))
    .digest('hex');
}

async function replay(record: repo.IdempotencyRecord, hash: string): Promise<Booking> {
  if (record.requestHash !== hash) throw new AppError('conflict', 'idempotency key reused', { reason: 'idempotencyKeyReused' });
  const booking = await repo.findBooking(record.bookingId);
  if (!booking) throw notFound('booking');
  if (booking.number) return booking;
  // The first answer was lost before its number was drawn: draw it now.
  const point = await pointOrNotFound(booking.pointId);
  return { ...booking, number: await repo.numberBooking(booking, point.shortCode) };
}

/** How often one request re-reads the live counter after another booking of the same resident won. */
const LIVE_ATTEMPTS = 8;

export async function bookSlot(principal: Principal, input: BookSlotInput, idempotencyKey: string): Promise<Booking> {
  const now = clock.now();
  const nowEpoch = epochSeconds(now);
  const hash = requestHash(input);
  // A phone retrying on a bad network gets its first answer back.
  const previous = await repo.findIdempotency(principal.userId, idempotencyKey, nowEpoch);
  if (previous) return replay(previous, hash);

  const [point, calendar] = await Promise.all([pointOrNotFound(input.pointId), workCalendar()]);
  const [today, timeNow] = [chinaDate(now), chinaTime(now)];
  const why = outsideWindow(point, input.date, today);
  if (why) throw invalid('date', why);
  const plan = dayPlan(point.schedule, calendar, input.date);
  if (!plan.open) throw refused(plan.reason === 'closure' ? 'pointClosed' : 'notOpenThatDay');
  const slot = plan.slots.find((s) => s.time === input.time);
  if (!slot) throw invalid('time', '该服务点没有这个预约时段');
  if (slotHasEnded(input.date, slot, today, timeNow)) throw invalid('time', '该时段已结束');

  const at = now.toISOString();
  const booking: repo.BookingRecord = {
    id: ulid(),
    pointId: point.id,
    pointName: point.name,
    date: input.date,
    time: slot.time,
    endTime: slot.endTime,
    extended: slot.extended,
    userId: principal.userId,
    state: 'booked',
    createdAt: at,
    liveCounted: true,
  };
  let caseEvent: { caseId: string; event: CaseEvent } | undefined;
  if (input.caseId) {
    const { record, relation } = await caseForCaller(input.caseId, principal);
    if (relation !== 'applicant') throw notFound('case');
    if (TERMINAL_STATES.includes(record.state)) throw new AppError('transition_refused', 'case is closed', { reason: 'caseClosed' });
    Object.assign(booking, { caseId: record.id, caseNumber: record.number, itemName: record.itemName });
    caseEvent = { caseId: record.id, event: bookingEvent('book', actorOf(principal), at, booking) };
  }

  for (let attempt = 0; attempt < LIVE_ATTEMPTS; attempt += 1) {
    const live = await repo.readLiveCounter(principal.userId);
    // Bookings of days gone by no longer count (no-shows nobody marked included).
    const current = Object.fromEntries(Object.entries(live.bookings).filter(([, date]) => date >= today));
    if (Object.keys(current).length >= MAX_LIVE_BOOKINGS) throw refused('tooManyLiveBookings');
    const outcome = await repo.insertBooking({
      booking,
      capacity: slot.capacity,
      live: { read: live, next: { ...current, [booking.id]: booking.date } },
      idempotency: { key: idempotencyKey, requestHash: hash, expiresAt: nowEpoch + DAY_SECONDS, nowEpoch },
      guardExpiresAt: epochSeconds(new Date(`${input.date}T00:00:00+08:00`)) + 2 * DAY_SECONDS,
      caseEvent,
    });
    if (outcome.ok) return publicBooking({ ...booking, number: await repo.numberBooking(booking, point.shortCode) });
    if (outcome.refusal === 'keyUsed' || outcome.refusal === 'contended') {
      // A concurrent request with the same key may have won: answer as its retry.
      const winner = await repo.findIdempotency(principal.userId, idempotencyKey, nowEpoch);
      if (winner) return replay(winner, hash);
    }
    if (outcome.refusal === 'slotFull') throw refused('slotFull');
    if (outcome.refusal === 'alreadyBooked') throw refused('alreadyBookedSlot');
    if (outcome.refusal !== 'liveChanged') break;
  }
  throw refused('slotBusy');
}

const publicBooking = (b: repo.BookingRecord): Booking => {
  const { liveCounted, ...rest } = b;
  void liveCounted;
  return rest;
};

/** The timeline event a booking puts on its case (the case's event is its own append-only item). */
export function bookingEvent(action: 'book' | 'cancelBooking' | 'checkIn' | 'noShow', actor: CaseEvent['actor'], at: string, b: Booking, note?: string): CaseEvent {
  return {
    id: ulid(),
    at,
    actor,
    action,
    note,
    data: { bookingId: b.id, number: b.number, pointId: b.pointId, pointName: b.pointName, date: b.date, time: b.time },
  };
}

/** State refusals keep the state machine's code (409 transition_refused), with the booking's reason. */
const notBooked = () => new AppError('transition_refused', 'booking is not booked', { reason: 'notBooked' });

export async function cancelBooking(principal: Principal, id: string): Promise<Booking> {
  const booking = await repo.findBooking(id);
  // Someone else's booking and no booking look the same.
  if (!booking || booking.userId !== principal.userId) throw notFound('booking');
  if (booking.state !== 'booked') throw notBooked();
  const at = clock.now().toISOString();
  const caseEvent = booking.caseId ? { caseId: booking.caseId, event: bookingEvent('cancelBooking', actorOf(principal), at, booking) } : undefined;
  const outcome = await repo.cancelBooking(booking, at, { caseEvent });
  if (!outcome.ok) throw outcome.refusal === 'notBooked' ? notBooked() : refused('slotBusy');
  return publicBooking({ ...booking, state: 'cancelled', cancelledAt: at });
}

/** An agent acting on a booking must be one of its point's; one with no tie to it learns nothing (404). */
async function requirePointAgent(principal: Principal, booking: Booking, action: string): Promise<void> {
  if (principal.servicePointId === booking.pointId) return;
  const related = booking.caseId ? await findCase(booking.caseId) : undefined;
  if (!related || !caseRelation(principal, related)) throw notFound('booking');
  throw forbidden(`only the booked point’s agents ${action}`);
}

export async function checkIn(principal: Principal, id: string, pointCode: string): Promise<Booking> {
  const booking = await repo.findBooking(id);
  if (!booking) throw notFound('booking');
  if (principal.role !== 'resident' && principal.role !== 'agent') throw forbidden('only the resident or the point’s agent checks in');
  if (principal.role === 'resident' && booking.userId !== principal.userId) throw notFound('booking');
  if (principal.role === 'agent') await requirePointAgent(principal, booking, 'check in');
  // The code on the poster proves presence at the booked point.
  const point = await findPointByCode(pointCode);
  if (!point || point.id !== booking.pointId) throw forbidden('the code is not the booked service point’s');
  if (booking.state !== 'booked') throw notBooked();
  const now = clock.now();
  if (chinaDate(now) !== booking.date) throw new AppError('transition_refused', 'check-in only on the booked day', { reason: 'notBookingDay' });

  const at = now.toISOString();
  let caseEvent: { caseId: string; event: CaseEvent } | undefined;
  let notice: Notice | undefined;
  const record = booking.caseId ? await findCase(booking.caseId, true) : undefined;
  if (record) {
    caseEvent = { caseId: record.id, event: bookingEvent('checkIn', actorOf(principal), at, booking) };
    const agentId = record.ownerAgentId ?? record.assigneeAgentId;
    if (agentId) {
      notice = {
        kind: 'bookingCheckedIn',
        recipient: { agentId },
        caseId: record.id,
        caseNumber: record.number,
        itemName: record.itemName,
        summary: `预约已签到：${booking.number ?? ''} ${booking.pointName} ${booking.date} ${booking.time}`.replace('： ', '：'),
      };
    }
  }
  // At a point that runs 取号叫号, checking in puts the resident in the priority queue for their slot.
  const priority = await priorityTicketForCheckIn(booking, now);
  const outcome = await repo.checkInBooking(booking, at, caseEvent, notice, priority);
  if (!outcome.ok) throw outcome.refusal === 'notBooked' ? notBooked() : refused('slotBusy');
  if (priority) await touchBoard(booking.pointId, booking.date);
  return publicBooking({ ...booking, state: 'checkedIn', checkedInAt: at, ticketId: priority?.ticket.id });
}

/** 未到: the point's agent marks a booking nobody came for, once its slot is over. */
export async function markNoShow(principal: Principal, id: string): Promise<Booking> {
  const booking = await repo.findBooking(id);
  if (!booking) throw notFound('booking');
  await requirePointAgent(principal, booking, 'mark no-shows');
  if (booking.state !== 'booked') throw notBooked();
  const now = clock.now();
  if (!slotHasEnded(booking.date, booking, chinaDate(now), chinaTime(now))) throw new AppError('transition_refused', 'the slot is not over', { reason: 'slotNotOver' });
  const at = now.toISOString();
  const caseEvent = booking.caseId ? { caseId: booking.caseId, event: bookingEvent('noShow', actorOf(principal), at, booking, '预约未到') } : undefined;
  const outcome = await repo.markNoShow(booking, at, caseEvent);
  if (!outcome.ok) throw outcome.refusal === 'notBooked' ? notBooked() : refused('slotBusy');
  return publicBooking({ ...booking, state: 'noShow', noShowAt: at });
}

export async function listMyBookings(principal: Principal): Promise<{ bookings: Booking[] }> {
  return { bookings: (await repo.listUserBookings(principal.userId)).map(publicBooking) };
}

/** A point's bookings of a day, for its own agents and the bureau. */
export async function pointBookings(principal: Principal, pointId: string, date: string): Promise<{ bookings: Booking[] }> {
  requireUnit(principal, { servicePointId: pointId });
  await pointOrNotFound(pointId);
  return { bookings: (await repo.listPointDayBookings(pointId, date)).map(publicBooking) };
}
