// Service items in the single table: one item each, reachable by scope, department and level while
// active (the public indexes), and always from the bureau's own index; one reservation per code.
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AdminServiceItem, ServiceItem } from '@app/shared';
import { config } from '../lib/config';
import { getItem, documentClient, queryPartition, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export function serviceItemToItem(item: ServiceItem): Item {
  // A withdrawn item carries no public index attributes, so it leaves every resident list and
  // search page (pagination stays exact) while the bureau's index still holds it.
  const listed = item.active !== false;
  return {
    ...keys.serviceItem(item.id),
    entity: 'serviceItem',
    ...(listed
      ? {
          gsi1pk: keys.itemsOfScope(item.scope),
          gsi1sk: item.code,
          gsi2pk: keys.itemsOfDepartment(item.departmentId),
          gsi2sk: item.code,
          gsi3pk: keys.allItems(),
          gsi3sk: `${item.level}#${item.code}`,
        }
      : {}),
    gsi4pk: keys.allItemsAdmin(),
    gsi4sk: `${item.code}#${item.id}`,
    ...item,
  };
}

/** Items written before versions existed count as version 1, active. */
const toAdminItem = (item: Item): AdminServiceItem => {
  const stored = withoutKeys<ServiceItem>(item);
  return { ...stored, version: stored.version ?? 1, active: stored.active ?? true };
};

const codeReservation = (code: string, itemId: string): Item => ({ ...keys.itemCode(code), entity: 'itemCode', itemId });

/** Runs a transaction; on a refusal, the indexes of the items whose condition failed. */
async function transact(items: TransactItem[]): Promise<{ ok: true } | { ok: false; failed: Set<number> }> {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
    return { ok: true };
  } catch (error) {
    const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
    if (e.name !== 'TransactionCanceledException' && e.name !== 'TransactionConflictException') throw error;
    const reasons = e.CancellationReasons ?? [];
    return { ok: false, failed: new Set(reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : []))) };
  }
}

/**
 * Writes an item with the reservation of its code (the demo seed and tests use it): a code held
 * by another item is refused.
 */
export async function putServiceItem(item: ServiceItem): Promise<void> {
  const TableName = config().tableName;
  const outcome = await transact([
    {
      Put: {
        TableName,
        Item: codeReservation(item.code, item.id),
        ConditionExpression: 'attribute_not_exists(pk) OR itemId = :id',
        ExpressionAttributeValues: { ':id': item.id },
      },
    },
    { Put: { TableName, Item: serviceItemToItem(item) } },
  ]);
  if (!outcome.ok) throw new Error(`item code ${item.code} is taken or the write was contended`);
}

export async function findServiceItem(id: string, consistent = false): Promise<AdminServiceItem | undefined> {
  const item = await getItem(keys.serviceItem(id), consistent);
  return item && toAdminItem(item);
}

/**
 * The narrowest public index for a filter: a department's items, a scope's, a level's, or all.
 * The catalogue is bounded (a district publishes hundreds of items, not millions).
 */
export async function queryServiceItems(filter: { scope?: string; departmentId?: string; level?: string }): Promise<ServiceItem[]> {
  const items = filter.departmentId
    ? await queryPartition('GSI2', keys.itemsOfDepartment(filter.departmentId))
    : filter.scope
      ? await queryPartition('GSI1', keys.itemsOfScope(filter.scope))
      : await queryPartition('GSI3', keys.allItems(), filter.level ? `${filter.level}#` : undefined);
  return items.map((i) => withoutKeys<ServiceItem>(i));
}

/** Every item, withdrawn ones included: the bureau's index. */
export async function queryAllServiceItemsForBureau(): Promise<AdminServiceItem[]> {
  return (await queryPartition('GSI4', keys.allItemsAdmin())).map(toAdminItem);
}

export type CreateOutcome = { ok: true } | { ok: false; refusal: 'keyUsed' | 'codeTaken' | 'contended' };

/** A new item, its code reservation and the create's idempotency record: one transaction. */
export async function insertServiceItem(
  item: AdminServiceItem,
  idempotency: { key: { pk: string; sk: string }; requestHash: string; expiresAt: number; nowEpoch: number },
): Promise<CreateOutcome> {
  const TableName = config().tableName;
  const outcome = await transact([
    {
      Put: {
        TableName,
        Item: { ...idempotency.key, entity: 'idempotency', itemId: item.id, requestHash: idempotency.requestHash, expiresAt: idempotency.expiresAt },
        // An expired record TTL has not yet removed no longer holds the key.
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
        ExpressionAttributeValues: { ':now': idempotency.nowEpoch },
      },
    },
    { Put: { TableName, Item: codeReservation(item.code, item.id), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName, Item: serviceItemToItem(item), ConditionExpression: 'attribute_not_exists(pk)' } },
  ]);
  if (outcome.ok) return outcome;
  if (outcome.failed.has(0)) return { ok: false, refusal: 'keyUsed' };
  if (outcome.failed.has(1)) return { ok: false, refusal: 'codeTaken' };
  return { ok: false, refusal: 'contended' };
}

export type ReplaceOutcome = { ok: true } | { ok: false; refusal: 'stale' | 'codeTaken' | 'contended' };

/**
 * Replaces an item conditioned on the version it was read at; a changed code moves its
 * reservation in the same transaction.
 */
export async function replaceServiceItem(before: AdminServiceItem, after: AdminServiceItem): Promise<ReplaceOutcome> {
  const TableName = config().tableName;
  const items: TransactItem[] = [
    {
      Put: {
        TableName,
        Item: serviceItemToItem(after),
        // Items stored before versions existed have none: they stand at version 1.
        ConditionExpression:
          before.version === 1 ? 'attribute_exists(pk) AND (#version = :v OR attribute_not_exists(#version))' : 'attribute_exists(pk) AND #version = :v',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':v': before.version },
      },
    },
  ];
  if (after.code !== before.code) {
    items.push(
      {
        Put: {
          TableName,
          Item: codeReservation(after.code, after.id),
          ConditionExpression: 'attribute_not_exists(pk) OR itemId = :id',
          ExpressionAttributeValues: { ':id': after.id },
        },
      },
      {
        Delete: {
          TableName,
          Key: keys.itemCode(before.code),
          ConditionExpression: 'attribute_not_exists(pk) OR itemId = :id',
          ExpressionAttributeValues: { ':id': after.id },
        },
      },
    );
  }
  const outcome = await transact(items);
  if (outcome.ok) return outcome;
  if (outcome.failed.has(0)) return { ok: false, refusal: 'stale' };
  if (outcome.failed.has(1)) return { ok: false, refusal: 'codeTaken' };
  return { ok: false, refusal: 'contended' };
}
