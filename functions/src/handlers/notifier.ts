// Lambda: notifier — drains the notice outbox. Woken by the table's stream when outbox items are
// written (only their shards are drained) and by a schedule, which picks up retries that are due.
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../lib/log';
import { drainOutbox, type DrainResult } from '../notices/notifier';

/** The outbox shards a stream batch touched; undefined for a scheduled run (all shards). */
function shardsOf(event: unknown): number[] | undefined {
  const records = (event as Partial<DynamoDBStreamEvent> | undefined)?.Records;
  if (!Array.isArray(records)) return undefined;
  const shards = new Set<number>();
  for (const record of records) {
    const match = /^OUTBOX#(\d+)$/.exec(record.dynamodb?.Keys?.pk?.S ?? '');
    if (match) shards.add(Number(match[1]));
  }
  return [...shards];
}

export async function drain(event?: unknown): Promise<DrainResult> {
  const shards = shardsOf(event);
  // A stream batch without outbox shards (a parked item, another entity) has nothing to drain.
  if (shards && shards.length === 0) return { delivered: 0, parked: 0, retried: 0 };
  const result = await drainOutbox({ shards });
  logger.info('outbox drained', { ...result, shards: shards ?? 'all' });
  return result;
}

/** The same function under the name every other handler file exports. */
export const handler = drain;
