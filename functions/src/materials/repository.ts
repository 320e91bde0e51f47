// Materials in the single table: upload tickets and materials live in their case's partition;
// every material write goes with its timeline event and a check that the case is still open, in
// one TransactWriteItems.
import { PutCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { CaseState, materialsReviewable, stateFamily, type CaseEvent, type Material } from '@app/shared';
import { eventItem } from '../cases/record';
import { config } from '../lib/config';
import { documentClient, getItem, withoutKeys, type Item } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** What requestUpload promised: one key, one declared type and size, for one user on one case. */
export interface UploadTicket {
  caseId: string;
  uploadId: string;
  materialSpecId: string;
  materialName: string;
  objectKey: string;
  fileName: string;
  contentType: string;
  size: number;
  userId: string;
  createdAt: string;
  /** When the presigned POST stops working (ISO). */
  uploadExpiresAt: string;
  /** TTL (epoch seconds): the item itself goes away after this. */
  ttl: number;
}

/** A material as stored: the API's shape plus the object key of a file (never returned). */
export type MaterialRecord = Material & { objectKey?: string };

/** States in which the case takes no more materials: done or closed. */
export const NOT_OPEN_STATES: readonly CaseState[] = CaseState.values.filter((s) => stateFamily(s) !== 'open');
/** States in which no material is reviewed any more: archived and after, or closed. */
export const NOT_REVIEWABLE_STATES: readonly CaseState[] = CaseState.values.filter((s) => !materialsReviewable(s));

export async function putUploadTicket(ticket: UploadTicket): Promise<void> {
  const { ttl, ...rest } = ticket;
  await documentClient().send(
    new PutCommand({
      TableName: config().tableName,
      Item: { ...keys.uploadTicket(ticket.caseId, ticket.uploadId), entity: 'uploadTicket', ...rest, expiresAt: ttl },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** The ticket, unless it is missing or past its TTL (DynamoDB deletes expired items lazily). */
export async function findUploadTicket(caseId: string, uploadId: string, now: Date): Promise<UploadTicket | undefined> {
  const item = await getItem(keys.uploadTicket(caseId, uploadId), true);
  if (!item) return undefined;
  const ttl = Number(item.expiresAt);
  if (Number.isFinite(ttl) && ttl * 1000 <= now.getTime()) return undefined;
  return { ...withoutKeys<Omit<UploadTicket, 'ttl'>>(item), ttl };
}

export function materialToItem(material: MaterialRecord): Item {
  return { ...keys.material(material.caseId, material.id), entity: 'material', ...material };
}

export async function findMaterial(caseId: string, materialId: string): Promise<MaterialRecord | undefined> {
  const item = await getItem(keys.material(caseId, materialId), true);
  return item && withoutKeys<MaterialRecord>(item);
}

/** Every material of a case: one Query of its partition's `MAT#` range (bounded by the case). */
export async function listMaterials(caseId: string): Promise<MaterialRecord[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :mat)',
        ExpressionAttributeValues: { ':pk': keys.casePartition(caseId), ':mat': keys.casePrefix.material },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.map((i) => withoutKeys<MaterialRecord>(i));
}

/** The case must exist and be in none of `refused` when the write lands. */
function caseNotIn(caseId: string, refused: readonly CaseState[]): TransactItem {
  const names = refused.map((_, i) => `:s${i}`);
  return {
    ConditionCheck: {
      TableName: config().tableName,
      Key: keys.case(caseId),
      ConditionExpression: `attribute_exists(pk) AND NOT (#state IN (${names.join(', ')}))`,
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: Object.fromEntries(refused.map((s, i) => [names[i], s])),
    },
  };
}

const MATERIAL_INDEX = 0;
const CASE_CHECK_INDEX = 2;

function cancellation(error: unknown): { code?: string }[] | undefined {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (e?.name !== 'TransactionCanceledException') return undefined;
  return (e.CancellationReasons ?? []).map((r) => ({ code: r.Code }));
}

const caseClosed = () => new AppError('transition_refused', 'the case is done or closed', { reason: 'caseClosed' });

/**
 * Records a new material with its event. 'exists' when a material with the same id is already
 * there (a retried confirmation): nothing is written then.
 */
export async function recordMaterial(material: MaterialRecord, event: CaseEvent): Promise<'created' | 'exists'> {
  const TableName = config().tableName;
  const items: TransactItem[] = [
    { Put: { TableName, Item: materialToItem(material), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName, Item: eventItem(material.caseId, event), ConditionExpression: 'attribute_not_exists(pk)' } },
    caseNotIn(material.caseId, NOT_OPEN_STATES),
  ];
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
    return 'created';
  } catch (error) {
    const reasons = cancellation(error);
    if (!reasons) throw error;
    if (reasons[MATERIAL_INDEX]?.code === 'ConditionalCheckFailed') return 'exists';
    if (reasons[CASE_CHECK_INDEX]?.code === 'ConditionalCheckFailed') throw caseClosed();
    if (reasons.some((r) => r.code === 'TransactionConflict')) throw new AppError('conflict', 'a concurrent change won', { reason: 'concurrentChange' });
    throw error;
  }
}

const notReviewable = () => new AppError('transition_refused', 'the case was archived or closed', { reason: 'materialsNotReviewable' });

/** Saves a review, conditioned on the material being as it was read (else 409) and the case still before its archive. */
export async function saveReview(before: MaterialRecord, after: MaterialRecord, event: CaseEvent): Promise<void> {
  const TableName = config().tableName;
  const unchanged = before.reviewedAt === undefined ? 'attribute_not_exists(reviewedAt)' : 'reviewedAt = :reviewedAt';
  const items: TransactItem[] = [
    {
      Put: {
        TableName,
        Item: materialToItem(after),
        ConditionExpression: `attribute_exists(pk) AND #status = :status AND ${unchanged}`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': before.status, ...(before.reviewedAt === undefined ? {} : { ':reviewedAt': before.reviewedAt }) },
      },
    },
    { Put: { TableName, Item: eventItem(after.caseId, event), ConditionExpression: 'attribute_not_exists(pk)' } },
    caseNotIn(after.caseId, NOT_REVIEWABLE_STATES),
  ];
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const reasons = cancellation(error);
    if (!reasons) throw error;
    if (reasons[CASE_CHECK_INDEX]?.code === 'ConditionalCheckFailed') throw notReviewable();
    if (reasons[MATERIAL_INDEX]?.code === 'ConditionalCheckFailed' || reasons.some((r) => r.code === 'TransactionConflict')) {
      throw new AppError('stale_version', 'the material changed meanwhile', { reason: 'staleVersion' });
    }
    throw error;
  }
}
