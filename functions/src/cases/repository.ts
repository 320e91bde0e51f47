// Cases in the single table: reading a case with everything in its partition, appending events,
// and committing a state change as one transaction.
import { randomInt } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CaseEvent, Material, MaterialSpec, SubTask } from '@app/shared';
import { findServiceItem } from '../catalogue/repository';
import { config } from '../lib/config';
import { documentClient, getItem, withoutKeys, type Item } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { outboxItem, type Notice } from '../notices/outbox';
import { rollupUpdates } from '../supervision/rollups';
import { counterUpdates, placementsOf } from './openWork';
import { caseToItem, eventItem, type CaseRecord } from './record';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export async function findCase(id: string, consistent = false): Promise<CaseRecord | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.case(id), ConsistentRead: consistent }));
  return out.Item && withoutKeys<CaseRecord>(out.Item);
}

export interface CaseBundle {
  record: CaseRecord;
  events: CaseEvent[];
  subTasks: SubTask[];
  materials: Material[];
  /** The case's list of materials (the record's own, or for an older record the item's current one). */
  materialSpecs: MaterialSpec[];
}

/**
 * The case's material list: its own item, or — for a case recorded before the list was kept — the
 * service item's current list (kept for the case at the first 补正 that adds to it).
 */
export async function materialSpecsOf(record: Pick<CaseRecord, 'id' | 'itemId'>): Promise<MaterialSpec[]> {
  const list = await getItem(keys.materialList(record.id), true);
  return list ? specsOf(list) : itemMaterials(record);
}

const specsOf = (list: Item): MaterialSpec[] => (list.specs as MaterialSpec[] | undefined) ?? [];
const itemMaterials = async (record: Pick<CaseRecord, 'itemId'>): Promise<MaterialSpec[]> => (await findServiceItem(record.itemId))?.materials ?? [];

/** The case and its events, sub-tasks and materials: one Query of its partition (paged). */
export async function loadCaseBundle(id: string): Promise<CaseBundle | undefined> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.casePartition(id) },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  const record = items.find((i) => i.sk === 'CASE');
  if (!record) return undefined;
  const of = (prefix: string) => items.filter((i) => String(i.sk).startsWith(prefix));
  const caseRecord = withoutKeys<CaseRecord>(record);
  const list = items.find((i) => i.sk === keys.materialList(id).sk);
  return {
    record: caseRecord,
    events: of(keys.casePrefix.event).map(eventOf),
    subTasks: of(keys.casePrefix.subTask).map(subTaskOf),
    materials: of(keys.casePrefix.material).map(materialOf),
    // Read with the partition; only a case from before the list was kept reads its item.
    materialSpecs: list ? specsOf(list) : await itemMaterials(caseRecord),
  };
}

/** A material as the API shows it: the object key of its file stays inside. */
const materialOf = (item: Item): Material => {
  const { objectKey, ...material } = withoutKeys<Material & { objectKey?: string }>(item);
  void objectKey;
  return material;
};

const eventOf = (item: Item): CaseEvent => {
  const { caseId, ...event } = withoutKeys<CaseEvent & { caseId: string }>(item);
  void caseId;
  return event;
};
const subTaskOf = (item: Item): SubTask => {
  const { caseId, ...task } = withoutKeys<SubTask & { caseId: string }>(item);
  void caseId;
  return task;
};

/**
 * The bundle as it stands once a committed change is applied to the one it was computed from (an
 * empty one for a new case): the new record, its events appended, the sub-tasks and materials it
 * wrote replaced or added. Saves reading the partition back to answer the change.
 */
export function bundleAfter(bundle: CaseBundle, change: Change): CaseBundle {
  const written = (change.puts ?? []).map((p) => p.item).filter((i) => i.pk === keys.casePartition(change.after.id));
  const merge = <T extends { id: string }>(current: T[], prefix: string, parse: (i: Item) => T): T[] => {
    const next = [...current];
    for (const item of written.filter((i) => String(i.sk).startsWith(prefix)).map(parse)) {
      const at = next.findIndex((x) => x.id === item.id);
      if (at >= 0) next[at] = item;
      else next.push(item);
    }
    return next;
  };
  const listWritten = written.find((i) => i.sk === keys.materialList(change.after.id).sk);
  const appended = [change.event, ...written.filter((i) => String(i.sk).startsWith(keys.casePrefix.event)).map(eventOf)];
  return {
    record: change.after,
    // In key order (time, then id), as a Query of the partition returns them.
    events: [...bundle.events, ...appended.sort((a, b) => (`${a.at}#${a.id}` < `${b.at}#${b.id}` ? -1 : 1))],
    subTasks: merge(bundle.subTasks, keys.casePrefix.subTask, subTaskOf),
    materials: merge(bundle.materials, keys.casePrefix.material, materialOf),
    materialSpecs: listWritten ? specsOf(listWritten) : bundle.materialSpecs,
  };
}

/**
 * Appends a timeline event that does not change the case's state (a material uploaded, a
 * booking checked in): events are append-only items, so no version check is needed.
 */
export async function appendCaseEvent(caseId: string, event: CaseEvent): Promise<void> {
  try {
    await documentClient().send(new PutCommand({ TableName: config().tableName, Item: eventItem(caseId, event), ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') throw new AppError('conflict', 'a timeline event is never overwritten', { reason: 'concurrentChange' });
    throw error;
  }
}

/**
 * The timeline is append-only: a write of an event item is always conditioned on the event not
 * existing yet, whoever builds the change. (No code path updates or deletes a timeline event item; a
 * test checks the sources.)
 */
export function appendOnly(item: Item, condition: string | undefined): string | undefined {
  if (!String(item.sk ?? '').startsWith(keys.casePrefix.event)) return condition;
  return condition ? `(${condition}) AND attribute_not_exists(pk)` : 'attribute_not_exists(pk)';
}

export interface Change {
  /** The case as read (null when the change creates it). */
  before: CaseRecord | null;
  after: CaseRecord;
  event: CaseEvent;
  /** Other items written with the change (sub-tasks, agreement, rating, idempotency record …). */
  puts?: { item: Item; condition?: string; values?: Record<string, unknown>; names?: Record<string, string> }[];
  /** ConditionChecks of items the change relied on as read (the materials a precondition counted): a change meanwhile is 409. */
  checks?: TransactItem[];
  notices?: Notice[];
  /** The case's sub-tasks as read, required when the change writes any (the open-work counters move with them). */
  subTasksBefore?: readonly SubTask[];
}

/** Index in TransactItems of the idempotency record, when the change carries one (see entrust). */
export const CASE_ITEM_INDEX = 0;

/**
 * Commits a change as one TransactWriteItems: the case conditioned on the version that was read
 * (or on not existing), the event, the other items and the outbox notices. A lost race is 409.
 */
export async function commitChange(change: Change): Promise<void> {
  const TableName = config().tableName;
  const items: TransactItem[] = [
    {
      Put: {
        TableName,
        Item: caseToItem(change.after),
        ConditionExpression: change.before ? 'version = :v' : 'attribute_not_exists(pk)',
        ExpressionAttributeValues: change.before ? { ':v': change.before.version } : undefined,
      },
    },
    { Put: { TableName, Item: eventItem(change.after.id, change.event), ConditionExpression: 'attribute_not_exists(pk)' } },
    ...(change.puts ?? []).map(
      (p): TransactItem => ({
        Put: { TableName, Item: p.item, ConditionExpression: appendOnly(p.item, p.condition), ExpressionAttributeValues: p.values, ExpressionAttributeNames: p.names },
      }),
    ),
    ...(change.checks ?? []),
    ...(change.notices ?? []).map((n): TransactItem => ({ Put: { TableName, Item: outboxItem(n, change.event.at) } })),
    // Every agent whose inbox gains or loses an entry: their counter moves in the same transaction.
    ...counterUpdates(placementsOf(change)),
    // And the supervision rollups the case counts in, by what the change moved.
    ...(await rollupUpdates(change.before, change.after)),
  ];
  // A transaction cancelled only by a concurrent one (a busy agent's counter, a department's day
  // rollup) is sent again by the client's fault handling (lib/dynamoFaults.ts).
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    throw transactionError(error);
  }
}

/** Maps a cancelled transaction: a failed condition on the case is a stale version. */
export function transactionError(error: unknown): unknown {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (e.name !== 'TransactionCanceledException') return error;
  const reasons = e.CancellationReasons ?? [];
  if (reasons[CASE_ITEM_INDEX]?.Code === 'ConditionalCheckFailed') return new AppError('stale_version', 'the case changed meanwhile', { reason: 'staleVersion' });
  if (reasons.some((r) => r.Code === 'TransactionConflict')) return new AppError('stale_version', 'a concurrent change won', { reason: 'staleVersion' });
  if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) return new AppError('conflict', 'a related item changed meanwhile', { reason: 'concurrentChange' });
  return error;
}

const NUMBER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford: no I, L, O, U

/**
 * A human-readable case number, 办件编号 KDL-20261125-7KQ2XM: the China date and six random
 * characters (30 bits). Its reservation item is written in the case's own transaction, so a
 * rejected request consumes nothing and two cases can never share a number.
 */
export function newCaseNumber(chinaDate: string): string {
  let suffix = '';
  for (let i = 0; i < 6; i += 1) suffix += NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)];
  return `KDL-${chinaDate.replace(/-/g, '')}-${suffix}`;
}
