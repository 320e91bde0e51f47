// Every notice waiting in the outbox, across its shards, read consistently: what a change caused.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../../src/lib/config';
import { documentClient, type Item } from '../../src/lib/dynamo';
import { OUTBOX_SHARDS, outboxKeys } from '../../src/notices/outbox';

export async function outbox(): Promise<Item[]> {
  const shards = await Promise.all(
    Array.from({ length: OUTBOX_SHARDS }, async (_, s) => {
      const out = await documentClient().send(
        new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': outboxKeys.shard(s) }, ConsistentRead: true }),
      );
      return out.Items ?? [];
    }),
  );
  return shards.flat();
}
