// The whole test table, for stories that prove a refused request changed nothing. Scan is fine
// here: tests compare whole tables; no request path ever scans (docs/data-model.md).
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/lib/config';
import { documentClient, type Item } from '../../src/lib/dynamo';

/** Every item, read consistently, in key order. */
export async function scanTable(): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(new ScanCommand({ TableName: config().tableName, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

/** The table as one string to compare; `keep` leaves out items a read may refresh (a cache). */
export async function tableSnapshot(keep: (item: Item) => boolean = () => true): Promise<string> {
  return (await scanTable())
    .filter(keep)
    .map((item) => JSON.stringify(item))
    .join('\n');
}
