// `npm run bench -- --scale N`: the read and write units of the request paths whose cost could grow
// with the cases a district has handled, measured on the demo data, then again after N more cases
// (historical and open, across every department, agent and service point) were batch-written into
// the table, side by side with the ratio. Target (issue 15): every path ≤ 1.1× its demo-size figure,
// except lists that return a page (same page size, same cost); the deadline job grows with the cases
// due, not with all cases. Written to bench/results-scale.md.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AGREEMENT_VERSION, addCalendarDays, addWorkingDays, chinaDate, commitmentDueDate, type WorkCalendar } from '@app/shared';
import { BatchWriteCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { invoke, type Answer } from './invoke';
import { markdownTable } from './math';
import { DynamoMeter } from './meter';
import { startBenchStack } from './stack';

/** Measured requests per path (after one unmeasured warm-up). */
const REPEATS = 5;
/** How much above its demo-size figure a path may cost at scale. */
const SCALE_RATIO = 1.1;

interface Probe {
  route: string;
  who: string;
  /** A list answering one page: its cost follows the page, not the collection. */
  page?: boolean;
  /** Work before each measured request, outside the measurement. */
  before?(): Promise<void>;
  run(): Promise<unknown>;
}

interface Figure {
  readUnits: number;
  writeUnits: number;
  roundTrips: number;
  note?: string;
}

const expectOk = (what: string, a: Answer): Answer => {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return a;
};

async function probes(): Promise<Probe[]> {
  const [{ handler: identity }, { handler: cases }, { handler: supervision }] = await Promise.all([
    import('../functions/src/handlers/identity'),
    import('../functions/src/handlers/cases'),
    import('../functions/src/handlers/supervision'),
  ]);
  const { runDeadlineCheck } = await import('../functions/src/deadlines/service');
  const { documentClient } = await import('../functions/src/lib/dynamo');
  const { config } = await import('../functions/src/lib/config');
  const keys = await import('../functions/src/lib/keys');
  const tokenOf = async (userId: string) => expectOk(`login ${userId}`, await invoke(identity, { method: 'POST', path: '/auth/dev', body: { userId } })).body.token as string;
  const [resident, bureau] = await Promise.all([tokenOf('u-resident-1'), tokenOf('u-bureau-1')]);
  const applicant = { name: '张丽', phone: '13904720001' };
  const entrust = (itemId: string, servicePointId?: string) => async () =>
    expectOk('entrust', await invoke(cases, { method: 'POST', path: '/cases', token: resident, headers: { 'Idempotency-Key': randomUUID() }, body: { kind: 'entrustment', itemId, serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant, servicePointId } }));
  // A case signed and waiting, for each measured acceptance (made outside the measurement).
  let waiting: { id: string; version: number; assignee: { agentId: string } } | undefined;
  let agentToken = '';
  const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };
  const prepareAcceptance = async () => {
    const c = (await entrust('item-qy-setup')()).body;
    waiting = expectOk('sign', await invoke(cases, { method: 'POST', path: `/cases/${c.id}/actions`, token: resident, body: { version: c.version, ...sign } })).body;
    agentToken = await tokenOf(`u-${waiting!.assignee.agentId}`);
  };
  const { demoAgents } = await import('../functions/local/demoData');
  const agent = await tokenOf(`u-${demoAgents.find((a) => a.active)!.id}`);
  const today = chinaDate(new Date());
  const yearAgo = addCalendarDays(today, -365);
  const get = (p: string, token: string | undefined, query?: Record<string, string>) => async () => expectOk(p, await invoke(supervision, { path: p, token, query }));
  return [
    { route: 'POST /cases (routing among a department’s agents)', who: 'resident', run: entrust('item-qy-setup') },
    { route: 'POST /cases/{id}/actions accept', who: 'agent', before: prepareAcceptance, run: async () => expectOk('accept', await invoke(cases, { method: 'POST', path: `/cases/${waiting!.id}/actions`, token: agentToken, body: { version: waiting!.version, action: 'accept' } })) },
    { route: 'GET /supervision/departments (30 days)', who: 'bureau', run: get('/supervision/departments', bureau) },
    { route: 'GET /supervision/departments (365 days)', who: 'bureau', run: get('/supervision/departments', bureau, { from: yearAgo, to: today }) },
    { route: 'GET /supervision/agents (365 days)', who: 'bureau', run: get('/supervision/agents', bureau, { departmentId: 'dept-swj', from: yearAgo, to: today }) },
    { route: 'GET /supervision/export (365 days)', who: 'bureau', run: get('/supervision/export', bureau, { from: yearAgo, to: today }) },
    {
      route: 'GET /scorecard (computed: cache removed first)',
      who: 'anyone',
      before: async () => void (await documentClient().send(new DeleteCommand({ TableName: config().tableName, Key: keys.scorecardCache() }))),
      run: get('/scorecard', undefined),
    },
    { route: 'GET /cases/mine', who: 'resident', page: true, run: async () => expectOk('mine', await invoke(cases, { path: '/cases/mine', token: resident })) },
    { route: 'GET /agent/inbox', who: 'agent', page: true, run: async () => expectOk('inbox', await invoke(cases, { path: '/agent/inbox', query: { view: 'mine' }, token: agent })) },
    { route: 'deadline job (hourly)', who: 'schedule', run: () => runDeadlineCheck(new Date()) },
  ];
}

async function measure(list: Probe[], meter: DynamoMeter): Promise<Map<string, Figure>> {
  const figures = new Map<string, Figure>();
  for (const p of list) {
    await p.before?.();
    await p.run();
    let read = 0;
    let write = 0;
    let trips = 0;
    let note: string | undefined;
    for (let i = 0; i < REPEATS; i += 1) {
      await p.before?.();
      meter.reset();
      meter.resetCapacity();
      const out = await p.run();
      read += meter.capacity.readUnits;
      write += meter.capacity.writeUnits;
      trips = Math.max(trips, meter.calls.length);
      if (p.route.startsWith('deadline')) note = `checked ${(out as { checked: number }).checked} cases due`;
    }
    figures.set(p.route, { readUnits: read / REPEATS, writeUnits: write / REPEATS, roundTrips: trips, note });
  }
  return figures;
}

/** N cases over the last year across every department, item, agent and point, as batch writes. */
async function seedScale(n: number, log: (line: string) => void, round: number): Promise<void> {
  const { demoAgents, demoItems, demoPoints, demoUsers } = await import('../functions/local/demoData');
  const { caseToItem } = await import('../functions/src/cases/record');
  const { countWrittenOpenWork } = await import('../functions/src/cases/openWork');
  const { rollUpWrittenCases } = await import('../functions/src/supervision/rollups');
  const { workCalendar } = await import('../functions/src/calendar/store');
  const { documentClient } = await import('../functions/src/lib/dynamo');
  const { config } = await import('../functions/src/lib/config');
  const calendar: WorkCalendar = await workCalendar();
  const residents = demoUsers.filter((u) => u.role === 'resident');
  const now = new Date();
  const today = chinaDate(now);
  let seed = 15 + round;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const records = [];
  for (let i = 0; i < n; i += 1) {
    const item = demoItems[i % demoItems.length];
    const agents = demoAgents.filter((a) => a.active && a.departmentId === item.departmentId);
    const owner = agents.length ? pick(agents) : undefined;
    const point = owner?.servicePointId ? demoPoints.find((p) => p.id === owner.servicePointId) : undefined;
    const created = new Date(now.getTime() - Math.floor(random() * 364 * 86400_000) - 3600_000);
    const acceptDate = chinaDate(created);
    const resident = pick(residents);
    const record: Record<string, unknown> = {
      id: ulid(created.getTime()),
      number: `KDL-${acceptDate.replace(/-/g, '')}-S${round}${String(i).padStart(6, '0')}`,
      kind: 'entrustment',
      state: 'archived',
      version: 6,
      itemId: item.id,
      itemName: item.name,
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      commitmentDays: item.commitmentDays,
      serviceKind: 'handleOnBehalf',
      serviceMode: 'online',
      channel: 'miniProgram',
      servicePointId: point?.id,
      servicePointName: point?.name,
      applicantUserId: resident.userId,
      applicant: { name: resident.name, phone: '13904720001' },
      ownerAgentId: owner?.id,
      acceptedAt: created.toISOString(),
      dueDate: commitmentDueDate(calendar, created, item.commitmentDays),
      dueClock: { startedOn: acceptDate, workingDays: item.commitmentDays },
      openSubTasks: 0,
      subTaskDepartmentIds: [],
      rated: false,
      createdAt: created.toISOString(),
      updatedAt: created.toISOString(),
    };
    const roll = random();
    const resultDay = addWorkingDays(calendar, acceptDate, Math.max(1, Math.floor(random() * (item.commitmentDays + 2))));
    if (roll < 0.08 || resultDay >= today) {
      record.state = 'coordinating'; // still in hand
    } else if (roll < 0.11) {
      record.state = 'withdrawn';
    } else {
      record.result = { outcome: 'approved', summary: '已办结', at: new Date(`${resultDay}T10:00:00+08:00`).toISOString() };
      if (random() < 0.8) {
        record.rated = true;
        record.state = 'rated';
        record.rating = { level: random() < 0.05 ? 'dissatisfied' : 'satisfied', at: new Date(`${resultDay}T20:00:00+08:00`).toISOString() };
      }
    }
    records.push(record);
  }
  const items = records.map((r) => caseToItem(r as never));
  const table = config().tableName;
  const started = Date.now();
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  const write = async (batch: Record<string, unknown>[]) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
      const out = await documentClient().send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
    }
  };
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(batches.slice(i, i + 8).map(write));
    if (i % 400 === 0) log(`  ${Math.min(items.length, (i + 8) * 25)} of ${items.length} cases written`);
  }
  await countWrittenOpenWork(items);
  await rollUpWrittenCases(records as never);
  log(`seeded ${n} cases (${records.filter((r) => r.state === 'coordinating').length} open) in ${((Date.now() - started) / 1000).toFixed(0)} s, counters and rollups included`);
}

export async function runScale(n: number, log: (line: string) => void): Promise<string> {
  const stack = await startBenchStack();
  try {
    const { documentClient } = await import('../functions/src/lib/dynamo');
    const meter = new DynamoMeter();
    meter.install(documentClient());
    meter.meterCapacity = true;
    const list = await probes();
    log('demo size: measuring');
    const demo = await measure(list, meter);
    // A tenth first: by then every department has cases on nearly every day of the year, so the
    // rollup items are as many as they will ever be; the rest shows what more cases cost on top.
    const tenth = Math.round(n / 10);
    log(`seeding ${tenth} cases`);
    const seeding = Date.now();
    await seedScale(tenth, log, 1);
    log('at a tenth of the scale: measuring');
    const atTenth = await measure(list, meter);
    log(`seeding ${n - tenth} more cases`);
    await seedScale(n - tenth, log, 2);
    const seedSeconds = (Date.now() - seeding) / 1000;
    log('at scale: measuring');
    const scaled = await measure(list, meter);
    const ratioOf = (a: Figure, b: Figure) => (a.readUnits === 0 ? (b.readUnits === 0 ? 1 : Infinity) : b.readUnits / a.readUnits);
    const rows = list.map((p) => {
      const a = demo.get(p.route)!;
      const t = atTenth.get(p.route)!;
      const b = scaled.get(p.route)!;
      const ratio = ratioOf(a, b);
      const growth = ratioOf(t, b);
      const verdict = p.route.startsWith('deadline')
        ? 'grows with cases due'
        : ratio <= SCALE_RATIO
          ? 'met'
          : p.page
            ? 'a page (fuller at scale)'
            : growth <= SCALE_RATIO
              ? `**missed** vs demo; ${growth.toFixed(2)}× from ${tenth} to ${n}`
              : '**missed**';
      return [p.route, p.who, a.readUnits.toFixed(1), t.readUnits.toFixed(1), b.readUnits.toFixed(1), `${ratio.toFixed(2)}×`, `${growth.toFixed(2)}×`, a.writeUnits.toFixed(1), b.writeUnits.toFixed(1), `${a.roundTrips} / ${b.roundTrips}`, verdict, [a.note, t.note, b.note].filter(Boolean).join(' → ')];
    });
    return [
      `# Scale bench: demo data vs +${n.toLocaleString('en')} cases`,
      '',
      `Measured by \`npm run bench -- --scale ${n}\` (bench/scale.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Read and write units are DynamoDB Local's ReturnConsumedCapacity, mean of ${REPEATS} requests after one warm-up; ` +
        `${n.toLocaleString('en')} cases were batch-written in ${seedSeconds.toFixed(0)} s (spread over the last year, every department and item, owners among each department's active agents; ~8% still open).`,
      '',
      markdownTable(['path', 'caller', 'read units (demo)', `read units (+${Math.round(n / 10)})`, `read units (+${n})`, `scale / demo`, `scale / tenth`, 'write units (demo)', `write units (+${n})`, 'round trips (demo / scale)', `≤ ${SCALE_RATIO}× demo`, 'note'], rows),
      '',
      'Reading the table: routing and case steps read the same few small items whatever the table holds (open-work counters, decisions §80). ' +
        'The supervision views read one small rollup item per department and day for periods up to two months (the 30-day view, §81) and one per month, widened to whole months, beyond (the 365-day views, §100), ' +
        'plus the current month\'s due items; a read is charged per 4 KB, and the items are kept small enough that a department\'s month of days and its year of months each fit one 4 KB unit at any number of cases. ' +
        `Lists return one page (50): a fuller page costs more, a bigger collection does not. ` +
        'The deadline job reads the cases due by tomorrow (GSI5) and grows with them, not with all cases (its note gives the cases it checked).',
      '',
    ].join('\n');
  } finally {
    await stack.stop();
  }
}

export async function scaleMain(n: number, log: (line: string) => void): Promise<void> {
  const report = await runScale(n, log);
  writeFileSync(path.join(__dirname, 'results-scale.md'), report);
  console.log(report);
}
