// The whole test table, for stories that prove a refused request changed nothing. Scan is fine
// here: tests compare whole tables; no request path ever scans (docs/data-model.md).
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/lib/config';
import { documentClient, type Item } from '../../src/lib/dynamo';
import * as keys from '../../src/lib/keys';

/**
 * Every item, read consistently, in key order — but the rate-limit counters (keys.ratePrefix): a
 * well-formed request counts against its caller's limit before the service may refuse it, and that
 * count is the one thing a refused request writes (docs/decisions.md, per-caller rate limits).
 */
export async function scanTable(): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(new ScanCommand({ TableName: config().tableName, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.filter((item) => !String(item.pk).startsWith(keys.ratePrefix)).sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

/** The table as one string to compare; `keep` leaves out items a read may refresh (a cache). */
export async function tableSnapshot(keep: (item: Item) => boolean = () => true): Promise<string> {
  return (await scanTable())
    .filter(keep)
    .map((item) => JSON.stringify(item))
    .join('\n');
}
