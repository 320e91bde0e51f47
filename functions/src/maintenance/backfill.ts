// The one-off rebuild an existing deployment needs before the open-work counters (decisions §80)
// and the supervision rollups (§81) are read: both are kept by the case transactions from then on,
// but a table written before they existed has none. It counts them from what the table holds — each
// agent's open partition (GSI2) and every case — and PUTS each counter and bucket whole, deleting
// those nothing counts any more, so running it twice gives the same table (idempotent). Run while
// no case changes (a maintenance window): a transaction between the scan and the writes would be
// overwritten. `npm run backfill -- --table X` (scripts/backfill.ts).
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import type { CaseFacts } from '../supervision/figures';
import { ROLLUP_ENTITY, rollupItemsOf } from '../supervision/rollups';

export interface BackfillResult {
  counters: number;
  buckets: number;
  /** Counters and buckets deleted because no entry or case counts in them any more. */
  removed: number;
}

const isCounter = (i: Item) => i.entity === 'openCount';
// Buckets as written since decisions §100, and as the day rollups were labelled before it.
const isBucket = (i: Item) => i.entity === ROLLUP_ENTITY || i.entity === 'departmentRollup' || i.entity === 'ownerRollup';

async function scanAll(): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new ScanCommand({ TableName: config().tableName, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Batch writes of 25, unprocessed ones sent again. */
async function writeAll(requests: Record<string, unknown>[]): Promise<void> {
  const TableName = config().tableName;
  for (let i = 0; i < requests.length; i += 25) {
    let pending: Record<string, unknown>[] | undefined = requests.slice(i, i + 25);
    for (let round = 0; pending?.length; round += 1) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** Math.min(round, 6)));
      const out = await documentClient().send(new BatchWriteCommand({ RequestItems: { [TableName]: pending as never } }));
      pending = out.UnprocessedItems?.[TableName] as Record<string, unknown>[] | undefined;
    }
  }
}

export async function backfillCountersAndRollups(): Promise<BackfillResult> {
  const items = await scanAll();
  // Counters: the entries each inbox partition holds, as the invariant of §80 states it.
  const held = new Map<string, number>();
  for (const item of items) {
    if ((item.entity === 'case' || item.entity === 'subTask') && typeof item.gsi2pk === 'string') held.set(item.gsi2pk, (held.get(item.gsi2pk) ?? 0) + 1);
  }
  const counters: Item[] = [...held].map(([partition, n]) => ({ ...keys.openCount(partition), entity: 'openCount', openWork: n }));
  // Rollups: every case's tally in its department's and its owner's buckets of its entrustment day
  // and month, and the month's due items (supervision/rollups.ts).
  const buckets = await rollupItemsOf(items.filter((i) => i.entity === 'case') as unknown as CaseFacts[]);
  const written = new Set([...counters, ...buckets].map((i) => `${i.pk}|${i.sk}`));
  const stale = items.filter((i) => (isCounter(i) || isBucket(i)) && !written.has(`${i.pk}|${i.sk}`));
  await writeAll([
    ...[...counters, ...buckets].map((Item) => ({ PutRequest: { Item } })),
    ...stale.map((i) => ({ DeleteRequest: { Key: { pk: i.pk, sk: i.sk } } })),
  ]);
  return { counters: counters.length, buckets: buckets.length, removed: stale.length };
}
