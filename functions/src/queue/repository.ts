// 取号叫号 on the single table. A ticket is its own item (TICKET#id), indexed by point and day
// (GSI3), by resident (GSI1) and, while it waits, in the point's sparse waiting index (GSI4). A
// point's day lives in its own partition under QDAY#<date>#: one sequence per queue (numbers and
// tickets per hour), one figures item per queue, and the board (the hall display's last calls and
// the window each live call holds), so one Query reads the whole day.
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PRIORITY_QUEUE_ID, PRIORITY_QUEUE_NAME, PRIORITY_PREFIX, type BoardCall, type Queue, type Ticket } from '@app/shared';
import { eventItem } from '../cases/record';
import type { CaseEvent } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, getItem, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { transact, type TransactItem } from '../lib/transact';
import { outboxItem, type Notice } from '../notices/outbox';

/** A ticket as stored: the holder (none for a desk ticket), who called it, and its notice flags. */
export interface TicketRecord extends Ticket {
  userId?: string;
  agentId?: string;
  /** Its place in the waiting index: `0#slot#…` for booked check-ins, `1#<queued at>#…` for the rest. */
  queueOrder?: string;
  /** The "three ahead" notice went out (or was not needed: it was taken with three or fewer ahead). */
  nearNotified?: boolean;
  /** When it last went into the waiting line (taking it, or re-queueing). */
  queuedAt: string;
}

const DAY_SECONDS = 24 * 60 * 60;

/** The priority queue every point with queues has: booked residents who checked in. */
export const PRIORITY_QUEUE: Queue = { id: PRIORITY_QUEUE_ID, name: PRIORITY_QUEUE_NAME, prefix: PRIORITY_PREFIX, dailyCap: 999, active: true, windows: [] };

export interface StoredQueueConfig {
  queues: Queue[];
  version: number;
}

export async function findQueueConfig(pointId: string, consistent = false): Promise<StoredQueueConfig> {
  const item = await getItem(keys.queueConfig(pointId), consistent);
  return item ? { queues: item.queues as Queue[], version: Number(item.version) } : { queues: [], version: 0 };
}

/** Stores a point's queues conditioned on the version read; false when someone saved meanwhile. */
export async function putQueueConfig(pointId: string, queues: Queue[], readVersion: number, at: string): Promise<boolean> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.queueConfig(pointId),
        UpdateExpression: 'SET entity = :e, pointId = :p, queues = :q, version = :next, updatedAt = :at',
        ConditionExpression: readVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ExpressionAttributeValues: { ':e': 'queueConfig', ':p': pointId, ':q': queues, ':next': readVersion + 1, ':at': at, ...(readVersion === 0 ? {} : { ':v': readVersion }) },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

export function ticketToItem(t: TicketRecord): Item {
  const waiting = t.state === 'waiting';
  return {
    ...keys.ticket(t.id),
    entity: 'ticket',
    gsi1pk: t.userId ? keys.userTickets(t.userId) : undefined,
    gsi1sk: t.userId ? `${t.issuedAt}#${t.id}` : undefined,
    gsi3pk: keys.pointDayTickets(t.pointId, t.date),
    gsi3sk: `${t.issuedAt}#${t.id}`,
    gsi4pk: waiting ? keys.pointWaiting(t.pointId, t.date) : undefined,
    gsi4sk: waiting ? t.queueOrder : undefined,
    // Tickets are the day's business; a year on, TTL removes them (the day's figures stay).
    expiresAt: Math.floor(Date.parse(t.issuedAt) / 1000) + 366 * DAY_SECONDS,
    ...t,
  };
}

const toTicket = (item: Item): TicketRecord => withoutKeys<TicketRecord & { expiresAt?: number }>(item);


/**
 * A waiting ticket's place: booked check-ins by slot, walk-ins by the time they queued; within the
 * same millisecond the number decides (it was drawn in that order), then the id.
 */
export const orderOf = (t: Pick<TicketRecord, 'priority' | 'slotTime' | 'id' | 'number'>, queuedAt: string) =>
  t.priority ? `0#${t.slotTime ?? '00:00'}#${queuedAt}#${t.number}#${t.id}` : `1#${queuedAt}#${t.number}#${t.id}`;

export async function findTicket(id: string, consistent = true): Promise<TicketRecord | undefined> {
  const item = await getItem(keys.ticket(id), consistent);
  return item && toTicket(item);
}

/** Tickets waiting at a point today, in index order (the index is eventually consistent: a call re-checks). */
export async function waitingTickets(pointId: string, date: string): Promise<TicketRecord[]> {
  const out: TicketRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        IndexName: 'GSI4',
        KeyConditionExpression: 'gsi4pk = :p',
        ExpressionAttributeValues: { ':p': keys.pointWaiting(pointId, date) },
        ExclusiveStartKey: start,
      }),
    );
    out.push(...(page.Items ?? []).map(toTicket));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

/** A resident's tickets taken on or after `since` (an instant), oldest first. */
export async function userTicketsSince(userId: string, since: string): Promise<TicketRecord[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk >= :since',
      ExpressionAttributeValues: { ':p': keys.userTickets(userId), ':since': since },
      Limit: 50,
    }),
  );
  return (out.Items ?? []).map(toTicket);
}

/** The live-ticket guard of a resident at a point today, if one is held. */
export async function findLiveGuard(userId: string, pointId: string, date: string): Promise<string | undefined> {
  const item = await getItem(keys.liveTicket(userId, pointId, date), true);
  return item ? String(item.ticketId) : undefined;
}

/**
 * Draws the next number of a queue's day (1, 2, 3 …), never past its daily cap, and counts the
 * ticket in its hour. Answers null when the cap is reached; nothing is written then.
 */
export async function drawNumber(pointId: string, date: string, queue: Queue, hour: number): Promise<number | null> {
  const hourName = `h${String(hour).padStart(2, '0')}`;
  try {
    const out = await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.queueSequence(pointId, date, queue.id),
        UpdateExpression: 'SET entity = :e, pointId = :p, queueId = :q, queueName = :n, #date = :d ADD seq :one, #hour :one',
        ConditionExpression: 'attribute_not_exists(seq) OR seq < :cap',
        ExpressionAttributeNames: { '#date': 'date', '#hour': hourName },
        ExpressionAttributeValues: { ':e': 'queueSequence', ':p': pointId, ':q': queue.id, ':n': queue.name, ':d': date, ':one': 1, ':cap': queue.dailyCap },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(out.Attributes?.seq);
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return null;
    throw error;
  }
}

export interface IdempotencyRecord {
  ticketId: string;
  requestHash: string;
}

export async function findIdempotency(scope: string, callerId: string, key: string, nowEpoch: number): Promise<IdempotencyRecord | undefined> {
  const item = await getItem(keys.idempotency(scope, callerId, key), true);
  if (!item || Number(item.expiresAt) <= nowEpoch) return undefined;
  return { ticketId: String(item.ticketId), requestHash: String(item.requestHash) };
}

const TableName = () => config().tableName;

export const liveGuardPut = (t: TicketRecord, expiresAt: number): TransactItem => ({
  Put: {
    TableName: TableName(),
    Item: { ...keys.liveTicket(t.userId!, t.pointId, t.date), entity: 'liveTicket', ticketId: t.id, expiresAt },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** Releases the holder's live guard, only if it is still this ticket's. */
const liveGuardRelease = (t: TicketRecord): TransactItem[] =>
  t.userId
    ? [
        {
          Delete: {
            TableName: TableName(),
            Key: keys.liveTicket(t.userId, t.pointId, t.date),
            ConditionExpression: 'attribute_not_exists(pk) OR ticketId = :id',
            ExpressionAttributeValues: { ':id': t.id },
          },
        },
      ]
    : [];

export const ticketPut = (t: TicketRecord): TransactItem => ({ Put: { TableName: TableName(), Item: ticketToItem(t), ConditionExpression: 'attribute_not_exists(pk)' } });

export interface NewTicket {
  ticket: TicketRecord;
  idempotency?: { scope: string; callerId: string; key: string; requestHash: string; expiresAt: number; nowEpoch: number };
  guardExpiresAt: number;
}

export type IssueRefusal = 'keyUsed' | 'liveTicketExists' | 'contended';

/** Stores a new ticket with the holder's live guard and the request's idempotency record, all or nothing. */
export async function insertTicket(n: NewTicket): Promise<{ ok: true } | { ok: false; refusal: IssueRefusal }> {
  const items: TransactItem[] = [ticketPut(n.ticket)];
  const guardAt = n.ticket.userId ? items.push(liveGuardPut(n.ticket, n.guardExpiresAt)) - 1 : -1;
  let idempotencyAt = -1;
  if (n.idempotency) {
    const i = n.idempotency;
    idempotencyAt =
      items.push({
        Put: {
          TableName: TableName(),
          Item: { ...keys.idempotency(i.scope, i.callerId, i.key), entity: 'idempotency', ticketId: n.ticket.id, requestHash: i.requestHash, expiresAt: i.expiresAt },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': i.nowEpoch },
        },
      }) - 1;
  }
  const outcome = await transact(items);
  if (outcome.ok) return { ok: true };
  if (outcome.failed.has(idempotencyAt)) return { ok: false, refusal: 'keyUsed' };
  if (outcome.failed.has(guardAt)) return { ok: false, refusal: 'liveTicketExists' };
  return { ok: false, refusal: 'contended' };
}

// ---- The board: the hall display's state of a point's day ----

/** Calls kept on the board: the display shows the current ones and the last few. */
export const BOARD_CALLS = 12;

export interface BoardState {
  version: number;
  /** Newest first. */
  calls: BoardCall[];
  /** Window number → the ticket it holds (called or being served). */
  busy: Record<string, string>;
}

export async function readBoard(pointId: string, date: string): Promise<BoardState> {
  const out = await documentClient().send(new GetCommand({ TableName: TableName(), Key: keys.queueBoard(pointId, date), ConsistentRead: true }));
  const item = out.Item;
  return item ? { version: Number(item.version ?? 0), calls: (item.calls as BoardCall[]) ?? [], busy: (item.busy as Record<string, string>) ?? {} } : { version: 0, calls: [], busy: {} };
}

/** The board's version alone (the display's cheap question: anything new?). */
export async function boardVersion(pointId: string, date: string): Promise<number> {
  const out = await documentClient().send(
    new GetCommand({ TableName: TableName(), Key: keys.queueBoard(pointId, date), ConsistentRead: true, ProjectionExpression: 'version' }),
  );
  return Number(out.Item?.version ?? 0);
}

/** Writes the board conditioned on the version read (0: none yet). */
function boardPut(pointId: string, date: string, read: BoardState, next: Omit<BoardState, 'version'>): TransactItem {
  return {
    Put: {
      TableName: TableName(),
      Item: { ...keys.queueBoard(pointId, date), entity: 'queueBoard', pointId, date, version: read.version + 1, calls: next.calls.slice(0, BOARD_CALLS), busy: next.busy, expiresAt: Math.floor(Date.now() / 1000) + 30 * DAY_SECONDS },
      ConditionExpression: read.version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
      ExpressionAttributeValues: read.version === 0 ? undefined : { ':v': read.version },
    },
  };
}

/**
 * Bumps the board's version after a change the display counts but no call makes (a ticket taken,
 * cancelled or re-queued): the display then reads the waiting counts again. Best effort: a lost
 * bump only delays the counts until the next change.
 */
export async function touchBoard(pointId: string, date: string): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: TableName(),
          Key: keys.queueBoard(pointId, date),
          UpdateExpression: 'SET entity = :e, pointId = :p, #date = :d ADD version :one',
          ExpressionAttributeNames: { '#date': 'date' },
          ExpressionAttributeValues: { ':e': 'queueBoard', ':p': pointId, ':d': date, ':one': 1 },
        }),
      );
      return;
    } catch (error) {
      if ((error as Error).name !== 'TransactionConflictException') throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

// ---- Figures of a queue's day ----

const statsAdd = (t: TicketRecord, add: Record<string, number>): TransactItem => {
  const names = Object.keys(add);
  return {
    Update: {
      TableName: TableName(),
      Key: keys.queueStats(t.pointId, t.date, t.queueId),
      UpdateExpression: `SET entity = :e, pointId = :p, queueId = :q, queueName = :n, #date = :d ADD ${names.map((n) => `#${n} :${n}`).join(', ')}`,
      ExpressionAttributeNames: { '#date': 'date', ...Object.fromEntries(names.map((n) => [`#${n}`, n])) },
      ExpressionAttributeValues: { ':e': 'queueStats', ':p': t.pointId, ':q': t.queueId, ':n': t.queueName, ':d': t.date, ...Object.fromEntries(names.map((n) => [`:${n}`, add[n]])) },
    },
  };
};

/** Raises the day's longest wait of a queue when this one is longer (monotone: concurrent raises never lower it). */
export async function raiseLongestWait(t: TicketRecord, waitSeconds: number): Promise<void> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: TableName(),
        Key: keys.queueStats(t.pointId, t.date, t.queueId),
        UpdateExpression: 'SET maxWaitSeconds = :w',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(maxWaitSeconds) OR maxWaitSeconds < :w)',
        ExpressionAttributeValues: { ':w': waitSeconds },
      }),
    );
  } catch (error) {
    const name = (error as Error).name;
    if (name !== 'ConditionalCheckFailedException' && name !== 'TransactionConflictException') throw error;
  }
}

/** A point's day items (sequences, figures, board) for the dates in [from, to]. */
export async function queueDays(pointId: string, from: string, to: string): Promise<Item[]> {
  const out: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: TableName(),
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':p': keys.point(pointId).pk, ':from': keys.queueDayPrefix(from), ':to': `${keys.queueDayPrefix(to)}~` },
        ExclusiveStartKey: start,
      }),
    );
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

// ---- State changes at the window ----

type Set_ = Record<string, string | number | boolean>;

/** Keeps only the names and values an update's expressions use (DynamoDB refuses unused ones). */
function pruned<T extends { UpdateExpression?: string; ConditionExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> }>(u: T): T {
  const text = `${u.UpdateExpression ?? ''} ${u.ConditionExpression ?? ''}`;
  const used = new Set(text.match(/[#:]\w+/g) ?? []);
  const keep = <V>(m?: Record<string, V>) => (m ? Object.fromEntries(Object.entries(m).filter(([k]) => used.has(k))) : undefined);
  return { ...u, ExpressionAttributeNames: keep(u.ExpressionAttributeNames), ExpressionAttributeValues: keep(u.ExpressionAttributeValues) };
}

interface Expect {
  /** The state it was read in; absent: any. */
  state?: string;
  version?: number;
  window?: number;
  /** A further condition, with its values. */
  extra?: string;
  values?: Record<string, unknown>;
}

/** A ticket update conditioned on the state (and version, window) it was read in; bumps its version. */
function ticketChange(t: TicketRecord, expect: Expect, set: Set_, remove: string[] = []): TransactItem {
  const names = Object.keys(set);
  const conditions = expect.state === undefined ? [] : ['#state = :expect'];
  if (expect.version !== undefined) conditions.push('#version = :expectVersion');
  if (expect.window !== undefined) conditions.push('#window = :expectWindow');
  if (expect.extra) conditions.push(expect.extra);
  const setPart = [...names.map((n) => `#${n} = :${n}`), '#version = #version + :one'].join(', ');
  return {
    Update: pruned({
      TableName: TableName(),
      Key: keys.ticket(t.id),
      UpdateExpression: `SET ${setPart}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: Object.fromEntries([...names, 'state', 'version', 'window', 'calls', 'requeued', 'caseId'].map((n) => [`#${n}`, n])),
      ExpressionAttributeValues: {
        ...Object.fromEntries(names.map((n) => [`:${n}`, set[n]])),
        ':expect': expect.state,
        ':expectVersion': expect.version,
        ':expectWindow': expect.window,
        ':one': 1,
        ...expect.values,
      },
    }),
  };
}

const outboxPut = (n: Notice, at: string): TransactItem => ({ Put: { TableName: TableName(), Item: outboxItem(n, at) } });

export type ChangeOutcome = { ok: true } | { ok: false; ticket: boolean; board: boolean; guard: boolean; contended: boolean };

const outcomeOf = (o: Awaited<ReturnType<typeof transact>>, at: { ticket: number; board?: number; guard?: number }): ChangeOutcome =>
  o.ok
    ? o
    : {
        ok: false,
        ticket: o.failed.has(at.ticket),
        board: at.board !== undefined && o.failed.has(at.board),
        guard: at.guard !== undefined && o.failed.has(at.guard),
        contended: o.contended,
      };

/** 叫号: waiting → called at a window; the board shows it and holds the window; the holder is told. */
export async function callTicket(t: TicketRecord, c: { window: number; agentId: string; at: string; board: BoardState; notice?: Notice; waitSeconds: number }): Promise<ChangeOutcome> {
  const call: BoardCall = { id: t.id, number: t.number, window: c.window, calledAt: c.at, calls: 1 };
  const items: TransactItem[] = [
    ticketChange(t, { state: 'waiting' }, { state: 'called', window: c.window, calls: 1, calledAt: c.at, agentId: c.agentId }, ['gsi4pk', 'gsi4sk']),
    boardPut(t.pointId, t.date, c.board, { calls: [call, ...c.board.calls.filter((x) => x.id !== t.id)], busy: { ...c.board.busy, [String(c.window)]: t.id } }),
    statsAdd(t, { called: 1, waitSeconds: c.waitSeconds }),
  ];
  if (c.notice) items.push(outboxPut(c.notice, c.at));
  return outcomeOf(await transact(items), { ticket: 0, board: 1 });
}

/** 重呼: the same window calls the ticket again; the display shows and speaks it again. */
export async function recallTicket(t: TicketRecord, c: { version: number; at: string; board: BoardState; notice?: Notice }): Promise<ChangeOutcome> {
  const calls = t.calls + 1;
  const call: BoardCall = { id: t.id, number: t.number, window: t.window!, calledAt: c.at, calls };
  const items: TransactItem[] = [
    ticketChange(t, { state: 'called', version: c.version, window: t.window }, { calls, lastCalledAt: c.at }),
    boardPut(t.pointId, t.date, c.board, { calls: [call, ...c.board.calls.filter((x) => x.id !== t.id)], busy: c.board.busy }),
  ];
  if (c.notice) items.push(outboxPut(c.notice, c.at));
  return outcomeOf(await transact(items), { ticket: 0, board: 1 });
}

const freeWindow = (board: BoardState, t: TicketRecord): BoardState['busy'] =>
  Object.fromEntries(Object.entries(board.busy).filter(([, id]) => id !== t.id));

/** 过号 after the third call: the window is free, the holder's guard released (they may re-queue once). */
export async function missTicket(t: TicketRecord, c: { version: number; at: string; board: BoardState }): Promise<ChangeOutcome> {
  const items: TransactItem[] = [
    ticketChange(t, { state: 'called', version: c.version, extra: '#calls >= :three', values: { ':three': 3 } }, { state: 'missed', missedAt: c.at }),
    boardPut(t.pointId, t.date, c.board, { calls: c.board.calls, busy: freeWindow(c.board, t) }),
    statsAdd(t, { missed: 1 }),
    ...liveGuardRelease(t),
  ];
  return outcomeOf(await transact(items), { ticket: 0, board: 1 });
}

/** 开始办理: the resident is at the window. */
export async function startTicket(t: TicketRecord, c: { version: number; at: string }): Promise<ChangeOutcome> {
  return outcomeOf(await transact([ticketChange(t, { state: 'called', version: c.version }, { state: 'serving', startedAt: c.at })]), { ticket: 0 });
}

/** 办结: the window is free; the service time counts in the queue's figures. */
export async function finishTicket(t: TicketRecord, c: { version: number; at: string; board: BoardState; serviceSeconds: number }): Promise<ChangeOutcome> {
  const items: TransactItem[] = [
    ticketChange(t, { state: 'serving', version: c.version }, { state: 'done', finishedAt: c.at }),
    boardPut(t.pointId, t.date, c.board, { calls: c.board.calls, busy: freeWindow(c.board, t) }),
    statsAdd(t, { served: 1, serviceSeconds: c.serviceSeconds }),
    ...liveGuardRelease(t),
  ];
  return outcomeOf(await transact(items), { ticket: 0, board: 1 });
}

/** Gives up a waiting (or called) ticket: it leaves the line, a window it held is free. */
export async function cancelTicket(t: TicketRecord, c: { at: string; board: BoardState }): Promise<ChangeOutcome> {
  const items: TransactItem[] = [
    ticketChange(t, { state: t.state, version: t.version }, { state: 'cancelled', cancelledAt: c.at }, ['gsi4pk', 'gsi4sk']),
    boardPut(t.pointId, t.date, c.board, { calls: c.board.calls, busy: freeWindow(c.board, t) }),
    ...liveGuardRelease(t),
  ];
  return outcomeOf(await transact(items), { ticket: 0, board: 1 });
}

/** Once after a miss: back in line at the end, the holder's guard taken again. */
export async function requeueTicket(t: TicketRecord, c: { at: string; guardExpiresAt: number }): Promise<ChangeOutcome> {
  const order = orderOf({ ...t, priority: false }, c.at);
  const update = ticketChange(
    t,
    { state: 'missed', version: t.version, extra: '#requeued = :no', values: { ':no': false } },
    { state: 'waiting', requeued: true, calls: 0, queuedAt: c.at, queueOrder: order, gsi4pk: keys.pointWaiting(t.pointId, t.date), gsi4sk: order, priority: false },
    ['#window', 'calledAt', 'lastCalledAt', 'missedAt'],
  );
  const items: TransactItem[] = [update];
  const guard = t.userId ? items.push(liveGuardPut(t, c.guardExpiresAt)) - 1 : undefined;
  return outcomeOf(await transact(items), { ticket: 0, guard });
}

/** Links the ticket to a case (unless it is linked to another), with the case's timeline event. */
export async function linkTicket(t: TicketRecord, c: { caseId: string; caseNumber: string; event: CaseEvent }): Promise<ChangeOutcome> {
  const update = ticketChange(t, { extra: 'attribute_exists(pk) AND attribute_not_exists(#caseId) AND #state <> :cancelled', values: { ':cancelled': 'cancelled' } }, { caseId: c.caseId, caseNumber: c.caseNumber });
  return outcomeOf(
    await transact([update, { Put: { TableName: TableName(), Item: eventItem(c.caseId, c.event), ConditionExpression: 'attribute_not_exists(pk)' } }]),
    { ticket: 0 },
  );
}

/** Marks the "three ahead" notice sent, with the notice itself; false when it already went. */
export async function markNearNotified(t: TicketRecord, notice: Notice, at: string): Promise<boolean> {
  const outcome = await transact([
    {
      Update: {
        TableName: TableName(),
        Key: keys.ticket(t.id),
        UpdateExpression: 'SET nearNotified = :yes',
        ConditionExpression: '#state = :waiting AND (attribute_not_exists(nearNotified) OR nearNotified = :no)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':yes': true, ':no': false, ':waiting': 'waiting' },
      },
    },
    outboxPut(notice, at),
  ]);
  return outcome.ok;
}
