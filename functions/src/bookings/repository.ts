// Bookings in the single table: slot counters, booking items, the one-booking-per-slot guard, a
// resident's live-bookings counter and idempotency records. Every change is one TransactWriteItems
// whose conditions do the deciding; the booking number is drawn once the booking is stored.
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking, CaseEvent } from '@app/shared';
import { eventItem } from '../cases/record';
import { config } from '../lib/config';
import { documentClient, getItem, queryPartition, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { transact, type TransactItem, type TransactOutcome } from '../lib/transact';
import { outboxItem, type Notice } from '../notices/outbox';


/** A booking as stored: the public fields plus whether it holds a place in the owner's live counter. */
export type BookingRecord = Booking & { liveCounted?: boolean };

export function bookingToItem(b: BookingRecord): Item {
  const live = b.state === 'booked';
  return {
    ...keys.booking(b.id),
    entity: 'booking',
    gsi1pk: keys.userBookings(b.userId),
    gsi1sk: `${b.date}#${b.time}#${b.id}`,
    gsi3pk: keys.pointDayBookings(b.pointId, b.date),
    gsi3sk: `${b.time}#${b.id}`,
    // Live bookings of a date across points: what a calendar change must look at.
    gsi4pk: live ? keys.liveBookingsOn(b.date) : undefined,
    gsi4sk: live ? `${b.pointId}#${b.time}#${b.id}` : undefined,
    gsi6pk: keys.pointBookingHistory(b.pointId),
    gsi6sk: `${b.date}#${b.time}#${b.id}`,
    ...b,
  };
}

const toBooking = (item: Item): BookingRecord => withoutKeys<BookingRecord>(item);

export async function findBooking(id: string, consistent = true): Promise<BookingRecord | undefined> {
  const item = await getItem(keys.booking(id), consistent);
  return item && toBooking(item);
}

/** Places taken per slot time on a date; slots nobody booked yet have no item. */
export async function slotCounts(pointId: string, date: string): Promise<Map<string, number>> {
  const items = await queryPartition('table', keys.point(pointId).pk, keys.slotPrefix(date));
  return new Map(items.map((i) => [String(i.time), Number(i.booked)]));
}

/** Slot items of a point from a date on that hold at least one place: what a schedule change must re-check. */
export async function bookedSlotsFrom(pointId: string, from: string): Promise<{ date: string; time: string; booked: number }[]> {
  const out: { date: string; time: string; booked: number }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
        FilterExpression: '#booked > :zero',
        ExpressionAttributeNames: { '#booked': 'booked' },
        ExpressionAttributeValues: { ':p': keys.point(pointId).pk, ':from': keys.slotPrefix(from), ':to': 'SLOT#~', ':zero': 0 },
        ExclusiveStartKey: start,
      }),
    );
    out.push(...(page.Items ?? []).map((i) => ({ date: String(i.date), time: String(i.time), booked: Number(i.booked) })));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

/** A resident's bookings, latest date first, capped (the response has no paging). */
export async function listUserBookings(userId: string, limit = 100): Promise<BookingRecord[]> {
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
export async function listPointDayBookings(pointId: string, date: string): Promise<BookingRecord[]> {
  return (await queryPartition('GSI3', keys.pointDayBookings(pointId, date))).map(toBooking);
}

/** Every live booking of one date, at any point: one page (`Limit`) at a time. */
export async function liveBookingsOn(date: string, start?: Record<string, unknown>, limit = 100): Promise<{ bookings: BookingRecord[]; next?: Record<string, unknown> }> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: 'GSI4',
      KeyConditionExpression: 'gsi4pk = :p',
      ExpressionAttributeValues: { ':p': keys.liveBookingsOn(date) },
      ExclusiveStartKey: start,
      Limit: limit,
    }),
  );
  return { bookings: (out.Items ?? []).map(toBooking), next: out.LastEvaluatedKey };
}

/** Every booking of a point with a date in [from, to], any state (supervision). */
export async function pointBookingHistory(pointId: string, from: string, to: string): Promise<Pick<Booking, 'state' | 'date'>[]> {
  const out: Pick<Booking, 'state' | 'date'>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        IndexName: 'GSI6',
        KeyConditionExpression: 'gsi6pk = :p AND gsi6sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#state': 'state', '#date': 'date' },
        ExpressionAttributeValues: { ':p': keys.pointBookingHistory(pointId), ':from': `${from}#`, ':to': `${to}#~` },
        ProjectionExpression: '#state, #date',
        ExclusiveStartKey: start,
      }),
    );
    out.push(...((page.Items ?? []) as Pick<Booking, 'state' | 'date'>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
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

/** A resident's live bookings as counted: booking id → date, and the counter's version (0: none yet). */
export interface LiveCounter {
  bookings: Record<string, string>;
  version: number;
}

export async function readLiveCounter(userId: string): Promise<LiveCounter> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.liveBookings(userId), ConsistentRead: true }));
  return { bookings: (out.Item?.bookings as Record<string, string>) ?? {}, version: Number(out.Item?.version ?? 0) };
}

export interface NewBooking {
  booking: BookingRecord;
  /** The slot's capacity under the point's schedule now (a schedule change applies at once). */
  capacity: number;
  /** The resident's live counter as read, and what it becomes (expired dates dropped, this one added). */
  live: { read: LiveCounter; next: Record<string, string> };
  idempotency: { key: string; requestHash: string; expiresAt: number; nowEpoch: number };
  /** The guard outlives the slot by a day, then TTL removes it. */
  guardExpiresAt: number;
  caseEvent?: { caseId: string; event: CaseEvent };
}

export type BookRefusal = 'keyUsed' | 'slotFull' | 'alreadyBooked' | 'liveChanged' | 'contended';

// `capacity`, `date` and `time` are DynamoDB reserved words: every slot attribute goes by a name.
const SLOT_NAMES = Object.fromEntries(['entity', 'pointId', 'date', 'time', 'capacity', 'booked'].map((n) => [`#${n}`, n]));

// Positions in the booking transaction, read back from CancellationReasons.
const SLOT = 0;
const GUARD = 2;
const IDEMPOTENCY = 3;
const LIVE = 4;

/**
 * Takes a place: slot counter (created lazily, never past the schedule's capacity), booking,
 * guard, idempotency record, and the live counter conditioned on the version read — so even
 * concurrent requests of one resident never hold more than the cap.
 */
export async function insertBooking(n: NewBooking): Promise<{ ok: true } | { ok: false; refusal: BookRefusal }> {
  const TableName = config().tableName;
  const b = n.booking;
  const items: TransactItem[] = [
    {
      Update: {
        TableName,
        Key: keys.slot(b.pointId, b.date, b.time),
        UpdateExpression: 'SET #entity = :entity, #pointId = :pointId, #date = :date, #time = :time, #capacity = :cap, #booked = if_not_exists(#booked, :zero) + :one',
        ConditionExpression: 'attribute_not_exists(pk) OR #booked < :cap',
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
    {
      Put: {
        TableName,
        Item: { ...keys.liveBookings(b.userId), entity: 'liveBookings', bookings: n.live.next, version: n.live.read.version + 1 },
        ConditionExpression: n.live.read.version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ExpressionAttributeValues: n.live.read.version === 0 ? undefined : { ':v': n.live.read.version },
      },
    },
  ];
  if (n.caseEvent) items.push({ Put: { TableName, Item: eventItem(n.caseEvent.caseId, n.caseEvent.event), ConditionExpression: 'attribute_not_exists(pk)' } });
  const outcome = await transact(items);
  if (outcome.ok) return { ok: true };
  if (outcome.failed.has(IDEMPOTENCY)) return { ok: false, refusal: 'keyUsed' };
  if (outcome.failed.has(SLOT)) return { ok: false, refusal: 'slotFull' };
  if (outcome.failed.has(GUARD)) return { ok: false, refusal: 'alreadyBooked' };
  if (outcome.failed.has(LIVE)) return { ok: false, refusal: 'liveChanged' };
  return { ok: false, refusal: 'contended' };
}

/**
 * Gives a stored booking its number (K07-023): the point's sequence of the day, bumped only
 * after the booking exists, so a refused booking never uses one. Answers the number it has.
 */
export async function numberBooking(b: Booking, shortCode: string): Promise<string> {
  if (b.number) return b.number;
  const TableName = config().tableName;
  const seq = await documentClient().send(
    new UpdateCommand({
      TableName,
      Key: keys.bookingSequence(b.pointId, b.date),
      UpdateExpression: 'SET entity = :e ADD #seq :one',
      ExpressionAttributeNames: { '#seq': 'seq' },
      ExpressionAttributeValues: { ':e': 'bookingSequence', ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const number = `${shortCode}-${String(seq.Attributes?.seq).padStart(3, '0')}`;
  try {
    await documentClient().send(
      new UpdateCommand({ TableName, Key: keys.booking(b.id), UpdateExpression: 'SET #n = :n', ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#n)', ExpressionAttributeNames: { '#n': 'number' }, ExpressionAttributeValues: { ':n': number } }),
    );
    return number;
  } catch (error) {
    // A concurrent retry numbered it first: that number stands.
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    return (await findBooking(b.id))?.number ?? number;
  }
}

/** Moves a booking out of `booked`: conditioned on still being booked; it leaves the live-by-date index. */
function leaveBooked(b: Booking, set: Record<string, string>): TransactItem {
  const names = Object.keys(set);
  return {
    Update: {
      TableName: config().tableName,
      Key: keys.booking(b.id),
      UpdateExpression: `SET ${names.map((n) => `#${n} = :${n}`).join(', ')} REMOVE gsi4pk, gsi4sk`,
      ConditionExpression: '#state = :booked',
      ExpressionAttributeNames: Object.fromEntries([...names, 'state'].map((n) => [`#${n}`, n])),
      ExpressionAttributeValues: { ...Object.fromEntries(names.map((n) => [`:${n}`, set[n]])), ':booked': 'booked' },
    },
  };
}

/** Frees the booking's entry in its owner's live counter (bookings made before the counter had none). */
function releaseLive(b: BookingRecord): TransactItem[] {
  if (!b.liveCounted) return [];
  return [
    {
      Update: {
        TableName: config().tableName,
        Key: keys.liveBookings(b.userId),
        UpdateExpression: 'REMOVE #b.#id ADD #v :one',
        ConditionExpression: 'attribute_exists(#b)',
        ExpressionAttributeNames: { '#b': 'bookings', '#id': b.id, '#v': 'version' },
        ExpressionAttributeValues: { ':one': 1 },
      },
    },
  ];
}

const eventPut = (e: { caseId: string; event: CaseEvent }): TransactItem => ({
  Put: { TableName: config().tableName, Item: eventItem(e.caseId, e.event), ConditionExpression: 'attribute_not_exists(pk)' },
});
const outboxPut = (n: Notice, at: string): TransactItem => ({ Put: { TableName: config().tableName, Item: outboxItem(n, at) } });

export type StateChange = { ok: true } | { ok: false; refusal: 'notBooked' | 'contended' };

const BOOKING = 0;
const stateChange = (o: TransactOutcome): StateChange =>
  o.ok ? o : { ok: false, refusal: o.failed.has(BOOKING) ? 'notBooked' : 'contended' };

/**
 * Cancels: booking → cancelled (with the reason when the point or the calendar cancels it), one
 * place back on the slot, the guard and the live entry released, the case's event and the notice.
 */
export async function cancelBooking(
  b: BookingRecord,
  at: string,
  extra: { reason?: string; caseEvent?: { caseId: string; event: CaseEvent }; notice?: Notice } = {},
): Promise<StateChange> {
  const TableName = config().tableName;
  const items: TransactItem[] = [
    leaveBooked(b, { state: 'cancelled', cancelledAt: at, ...(extra.reason ? { cancelReason: extra.reason } : {}) }),
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
    ...releaseLive(b),
  ];
  if (extra.caseEvent) items.push(eventPut(extra.caseEvent));
  if (extra.notice) items.push(outboxPut(extra.notice, at));
  return stateChange(await transact(items));
}

/**
 * Checks in: booking → checkedIn (the place stays taken), with the case's event and the notice it
 * causes, and at a point with queues the priority ticket and its guard.
 */
export async function checkInBooking(
  b: BookingRecord,
  at: string,
  caseEvent?: { caseId: string; event: CaseEvent },
  notice?: Notice,
  priority?: { ticket: { id: string }; items: TransactItem[] },
): Promise<StateChange> {
  const set: Record<string, string> = priority ? { state: 'checkedIn', checkedInAt: at, ticketId: priority.ticket.id } : { state: 'checkedIn', checkedInAt: at };
  const items: TransactItem[] = [leaveBooked(b, set), ...releaseLive(b), ...(priority?.items ?? [])];
  if (caseEvent) items.push(eventPut(caseEvent));
  if (notice) items.push(outboxPut(notice, at));
  return stateChange(await transact(items));
}

/** 未到: booking → noShow after its slot (the place was held and lost); the live entry is released. */
export async function markNoShow(b: BookingRecord, at: string, caseEvent?: { caseId: string; event: CaseEvent }): Promise<StateChange> {
  const items: TransactItem[] = [leaveBooked(b, { state: 'noShow', noShowAt: at }), ...releaseLive(b)];
  if (caseEvent) items.push(eventPut(caseEvent));
  return stateChange(await transact(items));
}
