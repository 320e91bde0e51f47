// The DynamoDB document client and the few generic operations every repository uses.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from './config';
import { installFaultHandling } from './dynamoFaults';
import type { IndexName } from './tableDefinition';
import { TABLE_DEFINITION } from './tableDefinition';

const clients = new Map<string, DynamoDBDocumentClient>();

/** One client per endpoint, created on first use and reused across warm invocations. */
export function documentClient(): DynamoDBDocumentClient {
  const { dynamoEndpoint, region } = config();
  const key = dynamoEndpoint ?? 'aws';
  let client = clients.get(key);
  if (!client) {
    const base = new DynamoDBClient({ region, endpoint: dynamoEndpoint, maxAttempts: 3 });
    installFaultHandling(base.middlewareStack);
    client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
    clients.set(key, client);
  }
  return client;
}

export type Item = Record<string, unknown>;

export async function getItem(key: { pk: string; sk: string }, consistent = false): Promise<Item | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: key, ConsistentRead: consistent }));
  return out.Item;
}

/**
 * Every item of one index partition, following pages. Only for partitions that are bounded by
 * design (the catalogue, the network, a user's grants): never for a growing collection such as
 * cases. `consistent` reads are for the table itself (indexes are eventually consistent).
 */
export async function queryPartition(
  index: IndexName | 'table',
  partition: string,
  sortPrefix?: string,
  consistent = false,
): Promise<Item[]> {
  const names = index === 'table' ? TABLE_DEFINITION.keySchema : TABLE_DEFINITION.indexes[index];
  const input: QueryCommandInput = {
    TableName: config().tableName,
    IndexName: index === 'table' ? undefined : index,
    KeyConditionExpression: sortPrefix ? '#p = :p AND begins_with(#s, :s)' : '#p = :p',
    ExpressionAttributeNames: sortPrefix ? { '#p': names.partition, '#s': names.sort } : { '#p': names.partition },
    ExpressionAttributeValues: sortPrefix ? { ':p': partition, ':s': sortPrefix } : { ':p': partition },
    ConsistentRead: consistent && index === 'table' ? true : undefined,
  };
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Removes the key attributes before an item becomes a domain record. */
export function withoutKeys<T>(item: Item): T {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, gsi4pk, gsi4sk, gsi5pk, gsi5sk, gsi6pk, gsi6sk, entity, expiresAt, ...rest } = item;
  void pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, gsi4pk, gsi4sk, gsi5pk, gsi5sk, gsi6pk, gsi6sk, entity, expiresAt;
  return rest as T;
}
