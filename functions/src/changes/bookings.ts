// Bookings that a change took the place from: a day that became a holiday, a closure, a schedule
// that no longer has the slot or has fewer places in it. Each is cancelled in its own transaction
// (the place freed, the resident's live count released) with a notice saying why.
import { dayPlan, type CaseEvent, type ServicePoint, type WorkCalendar } from '@app/shared';
import { bookingEvent } from '../bookings/service';
import * as bookings from '../bookings/repository';
import { FEWER_PLACES, noticeWords, SLOT_GONE } from '../notices/noticeText';
import type { Notice } from '../notices/outbox';

const SYSTEM_ACTOR: CaseEvent['actor'] = { role: 'system', name: '网点预约调整' };

export interface Affected {
  booking: bookings.BookingRecord;
  /** Why it cannot be kept, in Chinese: 春节放假 / 暂停服务：系统升级 / 该时段不再开放 … */
  why: string;
}

/** Whether a live booking still has its place under the point's schedule on the calendar; why not. */
export function placeLost(point: ServicePoint, calendar: WorkCalendar, b: bookings.BookingRecord): string | null {
  const plan = dayPlan(point.schedule, calendar, b.date);
  if (!plan.open) return plan.label;
  return plan.slots.some((s) => s.time === b.time) ? null : SLOT_GONE.zh;
}

/**
 * The live bookings of a point from `today` on that its schedule no longer has room for: slots
 * that are gone, and the places beyond a reduced capacity (the latest booked go first).
 */
export async function pointImpact(point: ServicePoint, calendar: WorkCalendar, today: string): Promise<Affected[]> {
  const slots = await bookings.bookedSlotsFrom(point.id, today);
  const byDate = new Map<string, { time: string; booked: number }[]>();
  for (const s of slots) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  const affected: Affected[] = [];
  for (const [date, daySlots] of byDate) {
    const plan = dayPlan(point.schedule, calendar, date);
    const template = new Map(plan.open ? plan.slots.map((s) => [s.time, s]) : []);
    const hit = daySlots.filter((s) => !template.has(s.time) || template.get(s.time)!.capacity < s.booked);
    if (hit.length === 0) continue;
    const live = (await bookings.listPointDayBookings(point.id, date)).filter((b) => b.state === 'booked');
    for (const s of hit) {
      // The latest booked first: by time, then by the day's number, which follows commit order.
      const order = (b: bookings.BookingRecord) => `${b.createdAt}#${b.number ?? ''}`;
      const here = live.filter((b) => b.time === s.time).sort((a, b) => order(b).localeCompare(order(a)));
      const slot = template.get(s.time);
      if (!slot) {
        const why = plan.open ? SLOT_GONE.zh : plan.label;
        affected.push(...here.map((booking) => ({ booking, why })));
      } else {
        const excess = Math.min(here.length, s.booked - slot.capacity);
        affected.push(...here.slice(0, excess).map((booking) => ({ booking, why: FEWER_PLACES.zh })));
      }
    }
  }
  return affected.sort((a, b) => `${a.booking.date}${a.booking.time}`.localeCompare(`${b.booking.date}${b.booking.time}`));
}

/** Cancels one booking for a change, with the case's event and the resident's notice; false if it was no longer live. */
export async function cancelForChange({ booking: b, why }: Affected, at: string): Promise<boolean> {
  const reason = `${why}，预约已取消`;
  const said = noticeWords('bookingCancelled', { point: b.pointName, date: b.date, time: b.time, why });
  const notice: Notice = { kind: 'bookingCancelled', recipient: { userId: b.userId }, caseId: b.caseId, caseNumber: b.caseNumber, itemName: b.itemName, ...said };
  const caseEvent = b.caseId ? { caseId: b.caseId, event: bookingEvent('cancelBooking', SYSTEM_ACTOR, at, b, reason) } : undefined;
  const outcome = await bookings.cancelBooking(b, at, { reason, caseEvent, notice });
  return outcome.ok;
}
