// Follow-ups of a calendar publish or a point's schedule change, as items in the single table:
// what changed, how far the work got, and a lease so two runners never work one follow-up at once.
import { GetCommand, QueryCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CalendarRange } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export type ChangeKind = 'calendar' | 'point';

export interface ChangeCounts {
  casesChecked: number;
  casesAdjusted: number;
  bookingsChecked: number;
  bookingsCancelled: number;
}

export interface ChangeJob {
  id: string;
  kind: ChangeKind;
  state: 'running' | 'done';
  startedAt: string;
  finishedAt?: string;
  /** Who made the change (for the timeline and the notices). */
  by: string;
  // A calendar publish: the year, its ranges before (absent when it was provisional), the dates whose status changed.
  year?: number;
  before?: CalendarRange[];
  changedDates: string[];
  // A point's schedule change or closure.
  pointId?: string;
  /** Where the work stands: the due-date shards still being read (their last key), then the booking dates. */
  cursor: { caseShards?: Record<string, Record<string, unknown> | 'done'>; bookingDate?: number };
  counts: ChangeCounts;
  leaseBy?: string;
  leaseUntil?: number;
}

export const ZERO_COUNTS: ChangeCounts = { casesChecked: 0, casesAdjusted: 0, bookingsChecked: 0, bookingsCancelled: 0 };

/** The Put that starts a follow-up, written in the same transaction as the change it follows. */
export function newChangeItem(job: ChangeJob): TransactItem {
  return {
    Put: {
      TableName: config().tableName,
      Item: { ...keys.change(job.id), entity: 'change', gsi1pk: keys.pendingChanges(), gsi1sk: `${job.startedAt}#${job.id}`, ...job },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export async function findChange(id: string): Promise<ChangeJob | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.change(id), ConsistentRead: true }));
  return out.Item && withoutKeys<ChangeJob>(out.Item);
}

/** Follow-ups not finished yet, oldest first (a handful at most: they finish within minutes). */
export async function pendingChangeIds(limit = 20): Promise<string[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.pendingChanges() },
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => String(i.id));
}

/** Takes the lease of a running follow-up, unless another runner holds an unexpired one. */
export async function claimChange(id: string, runner: string, nowMs: number, untilMs: number): Promise<ChangeJob | undefined> {
  try {
    const out = await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.change(id),
        UpdateExpression: 'SET leaseBy = :me, leaseUntil = :until',
        ConditionExpression: '#state = :running AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now OR leaseBy = :me)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':me': runner, ':until': untilMs, ':now': nowMs, ':running': 'running' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return withoutKeys<ChangeJob>(out.Attributes as Item);
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return undefined;
    throw error;
  }
}

/**
 * Records progress while holding the lease; false when the lease was lost (another runner goes on).
 * `end`: 'done' finishes the follow-up, 'release' hands it back for the next runner, 'keep' holds on.
 */
export async function saveProgress(job: ChangeJob, runner: string, end: 'keep' | 'release' | 'done', at: string): Promise<boolean> {
  const done = end === 'done';
  const finish = done ? ', #state = :done, finishedAt = :at REMOVE gsi1pk, gsi1sk, leaseBy, leaseUntil' : end === 'release' ? ' REMOVE leaseBy, leaseUntil' : '';
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.change(job.id),
        UpdateExpression: `SET #cursor = :cursor, #counts = :counts${finish}`,
        ConditionExpression: 'leaseBy = :me',
        ExpressionAttributeNames: { '#cursor': 'cursor', '#counts': 'counts', ...(done ? { '#state': 'state' } : {}) },
        ExpressionAttributeValues: { ':cursor': job.cursor, ':counts': job.counts, ':me': runner, ...(done ? { ':done': 'done', ':at': at } : {}) },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
