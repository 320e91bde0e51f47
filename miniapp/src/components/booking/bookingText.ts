// How booking pages word dates, states and refusals, and what a booking's QR ticket encodes.
import { chinaDate, isRefusalReason, type Booking } from '@app/shared';
import { ApiCallError } from '../../api/client';
import { t } from '../../lib/i18n';

/** Today's date in China, whatever the phone's time zone. */
export const chinaToday = () => chinaDate(new Date());

export const weekday = (date: string) => t(`common.weekdays.d${new Date(`${date}T00:00:00Z`).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6}`);
export const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** 2026-12-01 → 12月1日 */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return t('common.monthDay', { m, d });
}

/** 2026-12-01 → 12月1日 周二 */
export const dayLabel = (date: string) => `${monthDay(date)} ${weekday(date)}`;

/** What the QR ticket encodes; a window's scanner reads the booking id after the prefix. */
export const ticketPayload = (bookingId: string) => `KDLBOOKING:${bookingId}`;

/** A booking that can still be used: booked, and its day has not passed. */
export const isLive = (b: Pick<Booking, 'state' | 'date'>, today = chinaToday()) => b.state === 'booked' && b.date >= today;

export type BookingTone = 'live' | 'expired' | 'cancelled' | 'checkedIn' | 'noShow';

export function bookingTone(b: Pick<Booking, 'state' | 'date'>, today = chinaToday()): BookingTone {
  if (b.state === 'booked') return b.date >= today ? 'live' : 'expired';
  return b.state;
}

export const toneLabel = (tone: BookingTone): string => t(`booking.tone.${tone}`);

/**
 * The Chinese sentence for a failed call: a refusal the API named by its reason (the client makes
 * it the message) first, then `fallback` for one named only by its code, then the code's sentence.
 */
export function errorText(error: unknown, fallback?: Partial<Record<string, string>>): string {
  if (!(error instanceof ApiCallError)) return t('common.systemError');
  if (isRefusalReason(error.reason)) return error.message;
  return fallback?.[error.code] ?? error.message;
}

/** Whether retrying the same request may help: nothing came back, or the API was busy. */
export const isTransient = (error: unknown) => error instanceof ApiCallError && (error.status === 0 || error.status >= 500);

