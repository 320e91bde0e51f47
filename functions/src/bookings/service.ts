// The bookings capability (预约服务): a point's slots, booking a place without ever overbooking,
// cancelling, checking in with the point's QR code, and the lists residents and agents read.
import { createHash } from 'node:crypto';
import { addCalendarDays, chinaDate, hasOfficialCalendar, isWorkingDay, TERMINAL_STATES, type Booking, type CaseEvent, type Principal, type Slot } from '@app/shared';
import { ulid } from 'ulid';
import { actorOf, caseForCaller } from '../cases/lookup';
import { findCase } from '../cases/repository';
import { caseRelation, requireUnit } from '../identity/access';
import { clock } from '../lib/clock';
import { AppError, forbidden, notFound } from '../lib/errors';
import { findPoint, findPointByCode } from '../network/repository';
import type { Notice } from '../notices/outbox';
import * as repo from './repository';
import { chinaTime, findSlot, slotHasEnded, slotTemplate } from './slots';

const DAY_SECONDS = 24 * 60 * 60;
const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

export interface BookSlotInput {
  pointId: string;
  date: string;
  time: string;
  caseId?: string;
}

async function pointOrNotFound(pointId: string) {
  const point = await findPoint(pointId);
  if (!point) throw notFound('service point');
  return point;
}

/** How far ahead residents may book, and how many future bookings one person may hold. */
export const BOOKING_HORIZON_DAYS = 30;
export const MAX_LIVE_BOOKINGS = 5;

/** Why a date cannot be booked (in Chinese), or null: within the horizon, on a published calendar. */
function unbookable(date: string, today: string): string | null {
  if (date < today) return '不能预约过去的日期';
  if (date > addCalendarDays(today, BOOKING_HORIZON_DAYS)) return `最多可预约${BOOKING_HORIZON_DAYS}天内的时段`;
  if (!hasOfficialCalendar(Number(date.slice(0, 4)))) return '该年度节假日安排尚未公布，暂不开放预约';
  return null;
}

export async function listSlots(pointId: string, date: string): Promise<{ pointId: string; date: string; workingDay: boolean; slots: Slot[] }> {
  const point = await pointOrNotFound(pointId);
  const now = clock.now();
  const [today, timeNow] = [chinaDate(now), chinaTime(now)];
  if (unbookable(date, today)) return { pointId, date, workingDay: isWorkingDay(date), slots: [] };
  const counts = await repo.slotCounts(pointId, date);
  const slots = slotTemplate(point, date).map((t): Slot => {
    const stored = counts.get(t.time);
    // A slot item keeps the capacity it was created with, so a template change never strands bookings.
    const capacity = stored?.capacity ?? t.capacity;
    const booked = stored?.booked ?? 0;
    const available = slotHasEnded(date, t, today, timeNow) ? 0 : Math.max(0, capacity - booked);
    return { date, time: t.time, endTime: t.endTime, capacity, booked, available, extended: t.extended };
  });
  return { pointId, date, workingDay: isWorkingDay(date), slots };
}

/** The request's fingerprint: a reused key with a different request is refused, not replayed. */
function requestHash(input: BookSlotInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input.pointId, input.date, input.time, input.caseId ?? null]))
    .digest('hex');
}

async function replay(record: repo.IdempotencyRecord, hash: string): Promise<Booking> {
  if (record.requestHash !== hash) throw new AppError('conflict', 'idempotency key already used for a different request');
  const booking = await repo.findBooking(record.bookingId);
  if (!booking) throw notFound('booking');
  return booking;
}

const invalid = (field: 'date' | 'time', message: string) =>
  new AppError('validation_failed', `invalid ${field}`, { issues: [{ path: ['body', field], code: 'custom', message }] });

export async function bookSlot(principal: Principal, input: BookSlotInput, idempotencyKey: string): Promise<Booking> {
  const now = clock.now();
  const nowEpoch = epochSeconds(now);
  const hash = requestHash(input);
  // A phone retrying on a bad network gets its first answer back.
  const previous = await repo.findIdempotency(principal.userId, idempotencyKey, nowEpoch);
  if (previous) return replay(previous, hash);

  const point = await pointOrNotFound(input.pointId);
  const slot = findSlot(point, input.date, input.time);
  const why = unbookable(input.date, chinaDate(now));
  if (why) throw invalid('date', why);
  if (!isWorkingDay(input.date)) throw invalid('date', '该日期不是工作日，不提供预约');
  // A soft cap (two bookings racing may both pass it): enough to stop one account hoarding slots.
  const live = (await repo.listUserBookings(principal.userId)).filter((b) => b.state === 'booked' && b.date >= chinaDate(now));
  if (live.length >= MAX_LIVE_BOOKINGS) throw new AppError('conflict', `at most ${MAX_LIVE_BOOKINGS} live bookings`);
  if (!slot) throw invalid('time', '该服务点没有这个预约时段');
  if (slotHasEnded(input.date, slot, chinaDate(now), chinaTime(now))) {
    throw input.date < chinaDate(now) ? invalid('date', '不能预约过去的日期') : invalid('time', '该时段已结束');
  }

  const at = now.toISOString();
  const booking: Booking = {
    id: ulid(),
    pointId: point.id,
    pointName: point.name,
    date: input.date,
    time: slot.time,
    endTime: slot.endTime,
    extended: slot.extended,
    caseId: input.caseId,
    userId: principal.userId,
    state: 'booked',
    createdAt: at,
  };
  let caseEvent: { caseId: string; event: CaseEvent } | undefined;
  if (input.caseId) {
    const { record, relation } = await caseForCaller(input.caseId, principal);
    if (relation !== 'applicant') throw notFound('case');
    if (TERMINAL_STATES.includes(record.state)) throw new AppError('transition_refused', 'case is closed', { reason: 'caseClosed' });
    caseEvent = { caseId: record.id, event: bookingEvent('book', principal, at, booking) };
  }

  const outcome = await repo.insertBooking({
    booking,
    capacity: slot.capacity,
    idempotency: { key: idempotencyKey, requestHash: hash, expiresAt: nowEpoch + DAY_SECONDS, nowEpoch },
    guardExpiresAt: epochSeconds(new Date(`${input.date}T00:00:00+08:00`)) + 2 * DAY_SECONDS,
    caseEvent,
  });
  if (outcome.ok) return booking;
  if (outcome.refusal === 'keyUsed' || outcome.refusal === 'contended') {
    // A concurrent request with the same key may have won: answer as its retry.
    const winner = await repo.findIdempotency(principal.userId, idempotencyKey, nowEpoch);
    if (winner) return replay(winner, hash);
  }
  if (outcome.refusal === 'slotFull') throw new AppError('conflict', 'slot full');
  if (outcome.refusal === 'alreadyBooked') throw new AppError('conflict', 'already booked this slot');
  throw new AppError('conflict', 'the slot is busy, please try again');
}

/** The timeline event a booking puts on its case (the case's event is its own append-only item). */
function bookingEvent(action: 'book' | 'cancelBooking' | 'checkIn', principal: Principal, at: string, b: Booking): CaseEvent {
  return {
    id: ulid(),
    at,
    actor: actorOf(principal),
    action,
    data: { bookingId: b.id, pointId: b.pointId, pointName: b.pointName, date: b.date, time: b.time },
  };
}

const notBooked = () => new AppError('transition_refused', 'booking is not booked', { reason: 'notBooked' });

export async function cancelBooking(principal: Principal, id: string): Promise<Booking> {
  const booking = await repo.findBooking(id);
  // Someone else's booking and no booking look the same.
  if (!booking || booking.userId !== principal.userId) throw notFound('booking');
  if (booking.state !== 'booked') throw notBooked();
  const at = clock.now().toISOString();
  const caseEvent = booking.caseId ? { caseId: booking.caseId, event: bookingEvent('cancelBooking', principal, at, booking) } : undefined;
  const outcome = await repo.cancelBooking(booking, at, caseEvent);
  if (!outcome.ok) throw outcome.refusal === 'notBooked' ? notBooked() : new AppError('conflict', 'the booking changed meanwhile');
  return { ...booking, state: 'cancelled', cancelledAt: at };
}

export async function checkIn(principal: Principal, id: string, pointCode: string): Promise<Booking> {
  const booking = await repo.findBooking(id);
  if (!booking) throw notFound('booking');
  if (principal.role !== 'resident' && principal.role !== 'agent') throw forbidden('only the resident or the point’s agent checks in');
  if (principal.role === 'resident' && booking.userId !== principal.userId) throw notFound('booking');
  if (principal.role === 'agent' && principal.servicePointId !== booking.pointId) {
    // An agent with no tie to the booking or its case learns nothing from its id (404, like a case).
    const related = booking.caseId ? await findCase(booking.caseId) : undefined;
    if (!related || !caseRelation(principal, related)) throw notFound('booking');
    throw forbidden('not an agent of the booked service point');
  }
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
    caseEvent = { caseId: record.id, event: bookingEvent('checkIn', principal, at, booking) };
    const agentId = record.ownerAgentId ?? record.assigneeAgentId;
    if (agentId) {
      notice = {
        kind: 'bookingCheckedIn',
        recipient: { agentId },
        caseId: record.id,
        caseNumber: record.number,
        itemName: record.itemName,
        summary: `预约已签到：${booking.pointName} ${booking.date} ${booking.time}`,
      };
    }
  }
  const outcome = await repo.checkInBooking(booking, at, caseEvent, notice);
  if (!outcome.ok) throw outcome.refusal === 'notBooked' ? notBooked() : new AppError('conflict', 'the booking changed meanwhile');
  return { ...booking, state: 'checkedIn', checkedInAt: at };
}

export async function listMyBookings(principal: Principal): Promise<{ bookings: Booking[] }> {
  return { bookings: await repo.listUserBookings(principal.userId) };
}

/** A point's bookings of a day, for its own agents and the bureau. */
export async function pointBookings(principal: Principal, pointId: string, date: string): Promise<{ bookings: Booking[] }> {
  requireUnit(principal, { servicePointId: pointId });
  await pointOrNotFound(pointId);
  return { bookings: await repo.listPointDayBookings(pointId, date) };
}
