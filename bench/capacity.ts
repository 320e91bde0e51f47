// Consumed capacity of one whole case lifecycle, entrust to rating, through the handlers with
// ReturnConsumedCapacity: 'TOTAL' on every call; the notifier is invoked the way the table's
// stream invokes it on AWS (a batch naming the outbox shards each step wrote to).
import { randomUUID } from 'node:crypto';
import { AGREEMENT_VERSION } from '@app/shared';
import type { DynamoMeter } from './meter';
import { invoke, type Answer, type Call, type Handler } from './invoke';
import { acceptPending, handInRequired } from './materials';

export interface LifecycleStep {
  step: string;
  readUnits: number;
  writeUnits: number;
  handlerMs: number;
}

export interface LifecycleCapacity {
  steps: LifecycleStep[];
  readUnits: number;
  writeUnits: number;
  apiInvocations: number;
  notifierInvocations: number;
  /** Billed Lambda milliseconds (each invocation rounded up to 1 ms), measured here. */
  billedMs: number;
  unreported: number;
}

export async function measureLifecycle(meter: DynamoMeter): Promise<LifecycleCapacity> {
  const { handler: identity } = (await import('../functions/src/handlers/identity')) as { handler: Handler };
  const { handler: cases } = (await import('../functions/src/handlers/cases')) as { handler: Handler };
  const { handler: materials } = (await import('../functions/src/handlers/materials')) as { handler: Handler };
  const { handler: notifier } = (await import('../functions/src/handlers/notifier')) as { handler: (event: unknown) => Promise<unknown> };
  const { drainOutbox } = await import('../functions/src/notices/notifier');
  const login = async (userId: string) => (await invoke(identity, { method: 'POST', path: '/auth/dev', body: { userId } })).body.token as string;
  const resident = await login('u-resident-2');
  // Whatever the seed and earlier sections left in the outbox (hundreds of notices) is delivered
  // first, unmetered: a pass takes a limited number per shard, so pass until nothing is due.
  for (let pass = 0; ; pass++) {
    const r = await drainOutbox();
    if (r.delivered + r.parked + r.retried === 0) break;
    if (pass > 1000) throw new Error('the outbox never drained before the lifecycle');
  }

  const steps: LifecycleStep[] = [];
  let notifierInvocations = 0;
  let apiInvocations = 0;
  let billedMs = 0;
  meter.resetCapacity();
  meter.meterCapacity = true;
  let outboxShards = new Set<string>();
  const watch = meter.onTransactWrite;
  meter.onTransactWrite = (pks) => pks.filter((pk) => pk.startsWith('OUTBOX#')).forEach((pk) => outboxShards.add(pk));
  try {
    const run = async (step: string, c: Call, handler: Handler = cases): Promise<Answer> => {
      const before = { ...meter.capacity };
      outboxShards = new Set();
      const answer = await invoke(handler, c);
      if (answer.status !== 200) throw new Error(`lifecycle ${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
      apiInvocations += 1;
      billedMs += Math.ceil(answer.ms);
      let handlerMs = answer.ms;
      if (outboxShards.size > 0) {
        const started = process.hrtime.bigint();
        await notifier({ Records: [...outboxShards].map((pk) => ({ eventName: 'INSERT', dynamodb: { Keys: { pk: { S: pk }, sk: { S: 'x' } } } })) });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        notifierInvocations += 1;
        billedMs += Math.ceil(ms);
        handlerMs += ms;
      }
      steps.push({ step, readUnits: meter.capacity.readUnits - before.readUnits, writeUnits: meter.capacity.writeUnits - before.writeUnits, handlerMs });
      return answer;
    };
    let c = (
      await run('entrust (resident)', {
        method: 'POST',
        path: '/cases',
        token: resident,
        headers: { 'Idempotency-Key': randomUUID() },
        body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '王强', phone: '13904720002' } },
      })
    ).body;
    meter.meterCapacity = false;
    const agent = await login(`u-${c.assignee.agentId as string}`);
    meter.meterCapacity = true;
    const act = async (step: string, token: string, body: Record<string, unknown>) => {
      c = (await run(step, { method: 'POST', path: `/cases/${c.id as string}/actions`, token, body: { version: c.version, ...body } })).body;
    };
    await act('signAgreement (resident)', resident, { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '王强', consentToDataHandling: true, acknowledgeFreeOfCharge: true });
    await run('inbox (agent)', { path: '/agent/inbox', query: { view: 'mine' }, token: agent });
    await run('read the case (agent)', { path: `/cases/${c.id as string}`, token: agent });
    await act('accept (agent)', agent, { action: 'accept' });
    // The materials are part of the lifecycle: every required one uploaded, then accepted by the agent.
    const sendMaterials = (step: string, request: Call) => run(step, request, materials);
    const read = async (token: string) => (await run('read the case (resident)', { path: `/cases/${c.id as string}`, token })).body;
    await handInRequired(sendMaterials, resident, c);
    c = await read(resident);
    await act('submitMaterials (resident)', resident, { action: 'submitMaterials' });
    await acceptPending(sendMaterials, agent, c);
    c = await read(resident);
    await act('feedBackResult (agent)', agent, { action: 'feedBackResult', outcome: 'approved', summary: '营业执照已核发' });
    await act('archive (agent)', agent, { action: 'archive' });
    await act('rate (resident)', resident, { action: 'rate', level: 'satisfied', comment: '很方便' });
  } finally {
    meter.meterCapacity = false;
    meter.onTransactWrite = watch;
  }
  return {
    steps,
    readUnits: meter.capacity.readUnits,
    writeUnits: meter.capacity.writeUnits,
    apiInvocations,
    notifierInvocations,
    billedMs,
    unreported: meter.capacity.unreported,
  };
}
