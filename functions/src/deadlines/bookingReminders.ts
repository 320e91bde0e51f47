// 预约提醒: residents hear of a booked appointment the day before it, or on the day itself when they
// booked after the previous day's run. Each booking is reminded at most once: a marker in the
// booking's partition is written in the same transaction as the outbox notice.
import { addCalendarDays, chinaDate, type Booking } from '@app/shared';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { liveBookingsOn } from '../bookings/repository';
import { chinaTime } from '../bookings/slots';
import { findCase } from '../cases/repository';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import { cancellationCodes, type TransactItem } from '../notices/inbox';
import { noticeWords } from '../notices/noticeText';
import { outboxItem, type Notice } from '../notices/outbox';

// belongs in lib/keys.ts
/** Booking-reminder keys: one marker per booking, next to the booking item (`BOOKING#<id>` / `BOOKING`). */
export const bookingReminderKeys = {
  marker: (bookingId: string) => ({ pk: `BOOKING#${bookingId}`, sk: 'REMINDED' }),
} as const;

/** The marker outlives the appointment by a week, then TTL removes it. */
const MARKER_TTL_AFTER_DAYS = 7;

export interface BookingReminderResult {
  /** Bookings still in state 'booked' read for today and tomorrow. */
  checked: number;
  /** Bookings whose resident was reminded in this run. */
  reminded: number;
}

/** The reminder's outbox item: about the booked case when there is one. */
async function reminderItem(b: Booking, at: string): Promise<Item> {
  const said = noticeWords('bookingReminder', { point: b.pointName, date: b.date, time: b.time });
  const record = b.caseId ? await findCase(b.caseId) : undefined;
  const notice: Notice = {
    kind: 'bookingReminder',
    recipient: { userId: b.userId },
    caseId: record?.id,
    caseNumber: record?.number,
    itemName: record?.itemName,
    ...said,
  };
  return outboxItem(notice, at);
}

/** Writes the marker and the notice together; false when another run already reminded this booking. */
async function remindOnce(b: Booking, now: Date): Promise<boolean> {
  const TableName = config().tableName;
  const at = now.toISOString();
  const expiresAt = Math.floor(Date.parse(`${addCalendarDays(b.date, MARKER_TTL_AFTER_DAYS)}T00:00:00+08:00`) / 1000);
  const marker: TransactItem = {
    Put: {
      TableName,
      Item: { ...bookingReminderKeys.marker(b.id), entity: 'bookingReminderMarker', bookingId: b.id, date: b.date, at, expiresAt },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: [marker, { Put: { TableName, Item: await reminderItem(b, at) } }] }));
    return true;
  } catch (error) {
    const codes = cancellationCodes(error);
    if (codes?.[0] === 'ConditionalCheckFailed') return false;
    // Another run is writing the same marker; if it fails, the next run reminds.
    if (codes?.includes('TransactionConflict')) return false;
    throw error;
  }
}

/**
 * One pass of the reminder job: the live bookings of today and tomorrow (China dates) at every
 * point, read from the live-bookings-by-date index (one Query per date, whatever the number of
 * points). Today's appointments whose time has already come are skipped.
 */
export async function runBookingReminders(now: Date = clock.now()): Promise<BookingReminderResult> {
  const today = chinaDate(now);
  const timeNow = chinaTime(now);
  const result: BookingReminderResult = { checked: 0, reminded: 0 };
  await Promise.all(
    [today, addCalendarDays(today, 1)].map(async (date) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await liveBookingsOn(date, start);
        for (const b of page.bookings) {
          if (b.state !== 'booked' || (b.date === today && b.time <= timeNow)) continue;
          result.checked += 1;
          if (await remindOnce(b, now)) result.reminded += 1;
        }
        start = page.next;
      } while (start);
    }),
  );
  return result;
}
