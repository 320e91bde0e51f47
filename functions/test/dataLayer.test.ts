// The single table: every access pattern of the catalogue, the network and identity is served by
// a key or an index (docs/data-model.md), against DynamoDB Local.
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { queryServiceItems, findServiceItem } from '../src/catalogue/repository';
import { findOrCreateResidentByOpenid, findUser } from '../src/identity/repository';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { INDEXES, TABLE_DEFINITION } from '../src/lib/tableDefinition';
import { findPointByCode, listAgentsOf, listDepartments, listPoints, putPoint } from '../src/network/repository';
import { ensureTable } from '../local/bootstrap';
import { seedDemoData } from '../local/seed';
import { demoAgents, demoDepartments, demoItems, demoPoints } from '../local/demoData';
import { useFreshTable } from './support/stack';

let table: string;
beforeAll(async () => {
  table = await useFreshTable({ seed: true });
});

describe('the table itself', () => {
  test('is created with the key schema and every GSI of the shared definition', async () => {
    const client = new DynamoDBClient({ endpoint: process.env.DDB_ENDPOINT });
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    client.destroy();
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual([TABLE_DEFINITION.keySchema.partition, TABLE_DEFINITION.keySchema.sort]);
    const indexes = Object.fromEntries((Table?.GlobalSecondaryIndexes ?? []).map((i) => [i.IndexName, i.KeySchema?.map((k) => k.AttributeName)]));
    for (const name of INDEXES) expect(indexes[name]).toEqual([TABLE_DEFINITION.indexes[name].partition, TABLE_DEFINITION.indexes[name].sort]);
  });

  test('creating it again and seeding again are no-ops', async () => {
    await expect(ensureTable(process.env.DDB_ENDPOINT!, table)).resolves.toBe('exists');
    await expect(seedDemoData()).resolves.toBe('already seeded');
  });
});

describe('the catalogue', () => {
  test('an item is read by its key', async () => {
    const expected = demoItems[0];
    await expect(findServiceItem(expected.id)).resolves.toEqual(expected);
    await expect(findServiceItem('no-such-item')).resolves.toBeUndefined();
  });

  test.each(['investmentApproval', 'constructionApproval', 'enterpriseEstablishment', 'livelihood'] as const)(
    'the %s scope comes from its GSI1 partition, complete',
    async (scope) => {
      const found = await queryServiceItems({ scope });
      expect(found.map((i) => i.id).sort()).toEqual(demoItems.filter((i) => i.scope === scope).map((i) => i.id).sort());
    },
  );

  test('a department’s items come from GSI2 and a level’s from a GSI3 prefix', async () => {
    const dept = demoItems[0].departmentId;
    expect((await queryServiceItems({ departmentId: dept })).map((i) => i.id).sort()).toEqual(
      demoItems.filter((i) => i.departmentId === dept).map((i) => i.id).sort(),
    );
    expect((await queryServiceItems({ level: 'streetTown' })).every((i) => i.level === 'streetTown')).toBe(true);
    expect(await queryServiceItems({})).toHaveLength(demoItems.length);
  });
});

describe('the network', () => {
  test('departments, points by level and by parent, a point by its QR code', async () => {
    expect(await listDepartments()).toHaveLength(demoDepartments.length);
    for (const level of ['district', 'streetTown', 'community', 'park'] as const) {
      expect((await listPoints({ level })).map((p) => p.id).sort()).toEqual(demoPoints.filter((p) => p.level === level).map((p) => p.id).sort());
    }
    const child = demoPoints.find((p) => p.parentId)!;
    expect((await listPoints({ parentId: child.parentId })).map((p) => p.id)).toContain(child.id);
    await expect(findPointByCode(child.code)).resolves.toMatchObject({ id: child.id });
    await expect(findPointByCode('NOPE')).resolves.toBeUndefined();
  });

  test('a QR code printed for one point cannot be given to another (409); re-saving a point keeps its code', async () => {
    const [a, b] = demoPoints;
    await expect(putPoint({ ...b, code: a.code })).rejects.toMatchObject({ code: 'conflict' });
    await expect(findPointByCode(a.code)).resolves.toMatchObject({ id: a.id });
    await expect(putPoint({ ...a, name: `${a.name}（新址）` })).resolves.toBeUndefined();
    await expect(findPointByCode(a.code)).resolves.toMatchObject({ name: `${a.name}（新址）` });
  });

  test('agents by department (GSI1), by service point (GSI2) and all (GSI3)', async () => {
    const deptAgent = demoAgents.find((a) => a.departmentId && !a.servicePointId)!;
    const pointAgent = demoAgents.find((a) => a.servicePointId)!;
    expect((await listAgentsOf({ departmentId: deptAgent.departmentId })).map((a) => a.id)).toContain(deptAgent.id);
    expect((await listAgentsOf({ servicePointId: pointAgent.servicePointId })).map((a) => a.id)).toContain(pointAgent.id);
    expect(await listAgentsOf({})).toHaveLength(demoAgents.length);
  });
});

describe('identity', () => {
  test('five first logins racing for one openid create exactly one resident', async () => {
    const now = new Date('2026-11-25T02:00:00Z');
    const users = await Promise.all(Array.from({ length: 5 }, () => findOrCreateResidentByOpenid('openid-race', now)));
    expect(new Set(users.map((u) => u.id)).size).toBe(1);
    await expect(findUser(users[0].id)).resolves.toMatchObject({ role: 'resident' });
    const mapping = await documentClient().send(
      new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.openid('openid-race').pk } }),
    );
    expect(mapping.Items).toHaveLength(1);
  });
});

describe('the outbox', () => {
  test('every id lands in one of the shards, whatever its characters', async () => {
    const { outboxShard, OUTBOX_SHARDS } = await import('../src/notices/outbox');
    const { ulid } = await import('ulid');
    const shards = new Set(Array.from({ length: 500 }, () => outboxShard(ulid())));
    expect([...shards].sort()).toEqual(Array.from({ length: OUTBOX_SHARDS }, (_, i) => i));
    expect(outboxShard('01ZZZZZZZZZZZZZZZZZZZZZZZZ')).toBeGreaterThanOrEqual(0);
  });
});
