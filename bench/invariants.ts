// The figures behind the counter and rollup rows of the targets table (issue 15), measured on this
// run's table: what routing reads per entrustment on the freshly seeded demo data and again after
// the run has added its cases (the per-endpoint and load sections entrust by the thousand), and how
// many rollup items the 365-day department figures read per department.
import { randomUUID } from 'node:crypto';
import { addCalendarDays, chinaDate } from '@app/shared';
import { invoke, type Answer, type Handler } from './invoke';
import type { DynamoMeter } from './meter';

const expectOk = (what: string, a: Answer): Answer => {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return a;
};

async function handlers() {
  const [{ handler: identity }, { handler: cases }, { handler: supervision }] = (await Promise.all([
    import('../functions/src/handlers/identity'),
    import('../functions/src/handlers/cases'),
    import('../functions/src/handlers/supervision'),
  ])) as { handler: Handler }[];
  const tokenOf = async (userId: string) => expectOk(`login ${userId}`, await invoke(identity, { method: 'POST', path: '/auth/dev', body: { userId } })).body.token as string;
  return { cases, supervision, tokenOf };
}

export interface RoutingCost {
  readUnits: number;
  writeUnits: number;
  /** Open cases in the table when measured (the work routing chooses among agents by). */
  openCases: number;
}

/** Mean read and write units of `runs` entrustments (POST /cases), routing included. */
export async function routingCost(meter: DynamoMeter, runs = 5): Promise<RoutingCost> {
  const { cases, tokenOf } = await handlers();
  const resident = await tokenOf('u-resident-1');
  const openCases = await countOpenWork();
  let readUnits = 0;
  let writeUnits = 0;
  meter.meterCapacity = true;
  try {
    for (let i = 0; i < runs; i++) {
      meter.resetCapacity();
      expectOk(
        'entrust',
        await invoke(cases, { method: 'POST', path: '/cases', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } } }),
      );
      readUnits += meter.capacity.readUnits;
      writeUnits += meter.capacity.writeUnits;
    }
  } finally {
    meter.meterCapacity = false;
    meter.resetCapacity();
  }
  return { readUnits: readUnits / runs, writeUnits: writeUnits / runs, openCases };
}

/** The sum of every agent's open-work counter: how much open work routing weighs. */
async function countOpenWork(): Promise<number> {
  const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const { documentClient } = await import('../functions/src/lib/dynamo');
  const { config } = await import('../functions/src/lib/config');
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new ScanCommand({ TableName: config().tableName, FilterExpression: 'attribute_exists(openWork)', ProjectionExpression: 'openWork', ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) total += Number(item.openWork ?? 0);
    start = page.LastEvaluatedKey;
  } while (start);
  return total;
}

export interface RollupReads {
  departments: number;
  /** The most rollup items one department's partition returned. */
  maxItemsPerDepartment: number;
  readUnits: number;
}

/** GET /supervision/departments for the last 365 days: rollup items read per department. */
export async function supervisionYearReads(meter: DynamoMeter): Promise<RollupReads> {
  const { supervision, tokenOf } = await handlers();
  const bureau = await tokenOf('u-bureau-1');
  const to = chinaDate(new Date());
  const from = addCalendarDays(to, -365);
  meter.reset();
  meter.resetCapacity();
  meter.meterCapacity = true;
  try {
    expectOk('supervision', await invoke(supervision, { path: '/supervision/departments', token: bureau, query: { from, to } }));
    const perDepartment = new Map<string, number>();
    for (const q of meter.queried) {
      if (q.partition.startsWith('ROLLUP#DEPT#') && !q.partition.endsWith('#OWNERS')) perDepartment.set(q.partition, (perDepartment.get(q.partition) ?? 0) + q.items);
    }
    return { departments: perDepartment.size, maxItemsPerDepartment: Math.max(0, ...perDepartment.values()), readUnits: meter.capacity.readUnits };
  } finally {
    meter.meterCapacity = false;
    meter.resetCapacity();
    meter.reset();
  }
}
