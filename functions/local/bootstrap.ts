// Creates the single table from the shared definition when it is missing (s3rver creates the bucket).
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { INDEXES, TABLE_DEFINITION } from '../src/lib/tableDefinition';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './stores';

export async function ensureTable(endpoint: string, tableName: string): Promise<'created' | 'exists'> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    try {
      const existing = await client.send(new DescribeTableCommand({ TableName: tableName }));
      await addMissingIndexes(client, tableName, existing.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName ?? '') ?? []);
      return 'exists';
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
    const attributes = new Set<string>([TABLE_DEFINITION.keySchema.partition, TABLE_DEFINITION.keySchema.sort]);
    const indexes: GlobalSecondaryIndex[] = INDEXES.map((name) => {
      const { partition, sort } = TABLE_DEFINITION.indexes[name];
      attributes.add(partition).add(sort);
      return {
        IndexName: name,
        KeySchema: [
          { AttributeName: partition, KeyType: 'HASH' },
          { AttributeName: sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      };
    });
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE_DEFINITION.keySchema.partition, KeyType: 'HASH' },
          { AttributeName: TABLE_DEFINITION.keySchema.sort, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: indexes,
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.ttlAttribute, Enabled: true },
      }),
    );
    return 'created';
  } finally {
    client.destroy();
  }
}

/**
 * A table kept in `.data` from an older version lacks the indexes added since: add them (DynamoDB
 * Local builds them at once). Items written before carry no keys for them until they next change.
 */
async function addMissingIndexes(client: DynamoDBClient, tableName: string, present: string[]): Promise<void> {
  for (const name of INDEXES.filter((index) => !present.includes(index))) {
    const { partition, sort } = TABLE_DEFINITION.indexes[name];
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: partition, AttributeType: 'S' },
          { AttributeName: sort, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: name,
              KeySchema: [
                { AttributeName: partition, KeyType: 'HASH' },
                { AttributeName: sort, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
  }
}
