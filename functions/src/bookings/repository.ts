// Bookings in the single table: slot counters, booking items, the one-booking-per-slot guard and
// idempotency records. Every change is one TransactWriteItems whose conditions do the deciding.
import { QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Booking, CaseEvent } from '@app/shared';
import { eventItem } from '../cases/record';
import { config } from '../lib/config';
import { documentClient, getItem, queryPartition, withoutKeys, type Item } from '../lib/dynamo';
import { keys } from '../lib/keys';
import { outboxItem, type Notice } from '../notices/outbox';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export function bookingToItem(b: Booking): Item {
  return {
    ...keys.booking(b.id),
    entity: 'booking',
    gsi1pk: keys.userBookings(b.userId),
    gsi1sk: `${b.date}#${b.time}#${b.id}`,
    gsi3pk: keys.pointDayBookings(b.pointId, b.date),
    gsi3sk: `${b.time}#${b.id}`,
    ...b,
  };
}

const toBooking = (item: Item): Booking => withoutKeys<Booking>(item);

export async function findBooking(id: string, consistent = true): Promise<Booking | undefined> {
  const item = await getItem(keys.booking(id), consistent);
  return item && toBooking(item);
}

/** Places taken per slot time on a date; slots nobody booked yet have no item. */
export async function slotCounts(pointId: string, date: string): Promise<Map<string, { capacity: number; booked: number }>> {
  const items = await queryPartition('table', keys.point(pointId).pk, keys.slotPrefix(date));
  return new Map(items.map((i) => [String(i.time), { capacity: Number(i.capacity), booked: Number(i.booked) }]));
}

/** A resident's bookings, latest date first, capped (the response has no paging). */
export async function listUserBookings(userId: string, limit = 100): Promise<Booking[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.userBookings(userId) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(toBooking);
}

/** A point's bookings of one day, by time: bounded by the day's slots. */
export async function listPointDayBookings(pointId: string, date: string): Promise<Booking[]> {
  return (await queryPartition('GSI3', keys.pointDayBookings(pointId, date))).map(toBooking);
}

export interface IdempotencyRecord {
  bookingId: string;
  requestHash: string;
  expiresAt: number;
}

const IDEMPOTENCY_SCOPE = 'bookSlot';

/** A live idempotency record (TTL deletion lags, so an expired one is ignored). */
export async function findIdempotency(userId: string, key: string, nowEpoch: number): Promise<IdempotencyRecord | undefined> {
  const item = await getItem(keys.idempotency(IDEMPOTENCY_SCOPE, userId, key), true);
  if (!item || Number(item.expiresAt) <= nowEpoch) return undefined;
  return { bookingId: String(item.bookingId), requestHash: String(item.requestHash), expiresAt: Number(item.expiresAt) };
}

/**
 * Runs a transaction, retrying while it only lost to concurrent transactions (TransactionConflict
 * with no failed condition): a contended slot must still fill to exactly its capacity. Returns the
 * indexes of the items whose condition failed, or `contended` when the retries ran out.
 */
type Outcome = { ok: true } | { ok: false; failed: Set<number>; contended: boolean };
const MAX_ATTEMPTS = 12;

async function transact(items: TransactItem[]): Promise<Outcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
      return { ok: true };
    } catch (error) {
      const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
      const conflictOnly = e.name === 'TransactionConflictException';
      if (e.name !== 'TransactionCanceledException' && !conflictOnly) throw error;
      const reasons = e.CancellationReasons ?? [];
      const failed = new Set(reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : [])));
      const contended = conflictOnly || reasons.some((r) => r.Code === 'TransactionConflict');
      if (failed.size > 0 || !contended || attempt >= MAX_ATTEMPTS) return { ok: false, failed, contended };
      // Full jitter, growing: contenders spread out instead of colliding again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));
    }
  }
}

export interface NewBooking {
  booking: Booking;
  /** The template's capacity, stored when the slot item is first created. */
  capacity: number;
  idempotency: { key: string; requestHash: string; expiresAt: number; nowEpoch: number };
  /** The guard outlives the slot by a day, then TTL removes it. */
  guardExpiresAt: number;
  caseEvent?: { caseId: string; event: CaseEvent };
}

export type BookRefusal = 'keyUsed' | 'slotFull' | 'alreadyBooked' | 'contended';

// `capacity`, `date` and `time` are DynamoDB reserved words: every slot attribute goes by a name.
const SLOT_NAMES = Object.fromEntries(['entity', 'pointId', 'date', 'time', 'capacity', 'booked'].map((n) => [`#${n}`, n]));

// Positions in the booking transaction, read back from CancellationReasons.
const SLOT = 0;
const GUARD = 2;
const IDEMPOTENCY = 3;

/** Takes a place: slot counter (created lazily, never past capacity), booking, guard, idempotency record. */
export async function insertBooking(n: NewBooking): Promise<{ ok: true } | { ok: false; refusal: BookRefusal }> {
  const TableName = config().tableName;
  const b = n.booking;
  const items: TransactItem[] = [
    {
      Update: {
        TableName,
        Key: keys.slot(b.pointId, b.date, b.time),
        UpdateExpression:
          'SET #entity = :entity, #pointId = :pointId, #date = :date, #time = :time, #capacity = if_not_exists(#capacity, :cap), #booked = if_not_exists(#booked, :zero) + :one',
        ConditionExpression: 'attribute_not_exists(pk) OR #booked < #capacity',
        ExpressionAttributeNames: SLOT_NAMES,
        ExpressionAttributeValues: { ':entity': 'slot', ':pointId': b.pointId, ':date': b.date, ':time': b.time, ':cap': n.capacity, ':zero': 0, ':one': 1 },
      },
    },
    { Put: { TableName, Item: bookingToItem(b), ConditionExpression: 'attribute_not_exists(pk)' } },
    {
      Put: {
        TableName,
        Item: { ...keys.bookingGuard(b.userId, b.pointId, b.date, b.time), entity: 'bookingGuard', bookingId: b.id, expiresAt: n.guardExpiresAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName,
        Item: {
          ...keys.idempotency(IDEMPOTENCY_SCOPE, b.userId, n.idempotency.key),
          entity: 'idempotency',
          bookingId: b.id,
          requestHash: n.idempotency.requestHash,
          expiresAt: n.idempotency.expiresAt,
        },
        // An expired record TTL has not yet removed no longer holds the key.
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
        ExpressionAttributeValues: { ':now': n.idempotency.nowEpoch },
      },
    },
  ];
  if (n.caseEvent) items.push({ Put: { TableName, Item: eventItem(n.caseEvent.caseId, n.caseEvent.event), ConditionExpression: 'attribute_not_exists(pk)' } });
  const outcome = await transact(items);
  if (outcome.ok) return { ok: true };
  if (outcome.failed.has(IDEMPOTENCY)) return { ok: false, refusal: 'keyUsed' };
  if (outcome.failed.has(SLOT)) return { ok: false, refusal: 'slotFull' };
  if (outcome.failed.has(GUARD)) return { ok: false, refusal: 'alreadyBooked' };
  return { ok: false, refusal: 'contended' };
}

/** Moves a booking out of `booked`: the booking conditioned on still being booked, plus its side items. */
function leaveBooked(b: Booking, set: Record<string, string>): TransactItem {
  const names = Object.keys(set);
  return {
    Update: {
      TableName: config().tableName,
      Key: keys.booking(b.id),
      UpdateExpression: `SET ${names.map((n) => `#${n} = :${n}`).join(', ')}`,
      ConditionExpression: '#state = :booked',
      ExpressionAttributeNames: Object.fromEntries([...names, 'state'].map((n) => [`#${n}`, n])),
      ExpressionAttributeValues: { ...Object.fromEntries(names.map((n) => [`:${n}`, set[n]])), ':booked': 'booked' },
    },
  };
}

const eventPut = (e: { caseId: string; event: CaseEvent }): TransactItem => ({
  Put: { TableName: config().tableName, Item: eventItem(e.caseId, e.event), ConditionExpression: 'attribute_not_exists(pk)' },
});

export type StateChange = { ok: true } | { ok: false; refusal: 'notBooked' | 'contended' };

const BOOKING = 0;
const stateChange = (o: Outcome): StateChange =>
  o.ok ? o : { ok: false, refusal: o.failed.has(BOOKING) ? 'notBooked' : 'contended' };

/** Cancels: booking → cancelled, one place back on the slot, the guard released. */
export async function cancelBooking(b: Booking, at: string, caseEvent?: { caseId: string; event: CaseEvent }): Promise<StateChange> {
  const TableName = config().tableName;
  const items: TransactItem[] = [
    leaveBooked(b, { state: 'cancelled', cancelledAt: at }),
    {
      Update: {
        TableName,
        Key: keys.slot(b.pointId, b.date, b.time),
        UpdateExpression: 'SET #booked = #booked - :one',
        ConditionExpression: '#booked > :zero',
        ExpressionAttributeNames: { '#booked': 'booked' },
        ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
      },
    },
    { Delete: { TableName, Key: keys.bookingGuard(b.userId, b.pointId, b.date, b.time) } },
  ];
  if (caseEvent) items.push(eventPut(caseEvent));
  return stateChange(await transact(items));
}

/** Checks in: booking → checkedIn, with the case's timeline event and the notice it causes. */
export async function checkInBooking(b: Booking, at: string, caseEvent?: { caseId: string; event: CaseEvent }, notice?: Notice): Promise<StateChange> {
  const items: TransactItem[] = [leaveBooked(b, { state: 'checkedIn', checkedInAt: at })];
  if (caseEvent) items.push(eventPut(caseEvent));
  if (notice) items.push({ Put: { TableName: config().tableName, Item: outboxItem(notice, at) } });
  return stateChange(await transact(items));
}
