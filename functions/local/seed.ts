// Loads the demo data into the table once: a marker item makes a second start a no-op,
// so data created while using the local stack survives restarts.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { putServiceItem } from '../src/catalogue/repository';
import { putUser, type UserRecord } from '../src/identity/repository';
import { putAgent, putDepartment, putPoint } from '../src/network/repository';
import { demoAgents, demoDepartments, demoItems, demoPoints, demoUsers } from './demoData';
import { demoQueueConfigItems, demoQueueHistory } from './demoQueues';
import { seedDemoCases } from './demoCases';
import { seedDemoHistory, writeItems } from './demoHistory';
import { clock } from '../src/lib/clock';
import { workCalendar } from '../src/calendar/store';

// Bump when the demo data or its key layout changes: an existing local store then reloads it.
export const SEED_VERSION = 7;

/** Demo users: the residents and bureau staff of the demo data, and one user per agent. */
export function demoUserRecords(now = new Date('2026-01-05T00:00:00Z')): UserRecord[] {
  const createdAt = now.toISOString();
  const people: UserRecord[] = demoUsers.map((u) => ({
    id: u.userId,
    role: u.role,
    name: u.name,
    agentId: u.agentId,
    createdAt,
    demoDescription: u.description,
    phone: u.phone,
  }));
  const departmentName = new Map(demoDepartments.map((d) => [d.id, d.name]));
  const pointName = new Map(demoPoints.map((p) => [p.id, p.name]));
  const agents: UserRecord[] = demoAgents.map((a) => ({
    id: `u-${a.id}`,
    role: 'agent',
    name: a.name,
    agentId: a.id,
    createdAt,
    demoDescription: `${a.servicePointId ? pointName.get(a.servicePointId) : departmentName.get(a.departmentId ?? '')} · ${a.title}${a.isHead ? '（负责人）' : ''}`,
  }));
  return [...people, ...agents];
}

/** Writes every demo record; `force` reloads even when the marker says it was done. */
export async function seedDemoData(options: { force?: boolean; cases?: boolean } = {}): Promise<'seeded' | 'already seeded'> {
  const client = documentClient();
  const { tableName } = config();
  if (!options.force) {
    const marker = await client.send(new GetCommand({ TableName: tableName, Key: keys.seedMarker(), ConsistentRead: true }));
    if (marker.Item?.version === SEED_VERSION) return 'already seeded';
  }
  // The official calendar first (a fresh table gets the package's years): demo history counts on it.
  await workCalendar();
  const writes: Promise<void>[] = [
    ...demoDepartments.map(putDepartment),
    ...demoPoints.map(putPoint),
    ...demoAgents.map(putAgent),
    ...demoItems.map(putServiceItem),
    ...demoUserRecords().map(putUser),
  ];
  await Promise.all(writes);
  // Every point's queues (取号叫号).
  await writeItems(demoQueueConfigItems());
  // Demo cases go through the real service; tests that want an empty case table skip them. The
  // year of history behind them (for the supervision dashboard) is written as records, and so is
  // a month of queue figures.
  if (options.cases ?? true) {
    await seedDemoCases();
    await seedDemoHistory(clock.now());
    // A month of the queues' figures, for the estimates and the dashboard's queue chart.
    await writeItems(demoQueueHistory(clock.now(), await workCalendar()));
  }
  await client.send(
    new PutCommand({ TableName: tableName, Item: { ...keys.seedMarker(), version: SEED_VERSION, seededAt: new Date().toISOString() } }),
  );
  return 'seeded';
}
