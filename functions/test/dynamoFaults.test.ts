// DynamoDB pushing back, injected at the client (AWS's own service is out of reach here; our code
// above the wire is not mocked): throttling and transaction conflicts are retried where that is
// safe, and otherwise answered 503 with Retry-After — never a 500, never a half-written case.
import { AGREEMENT_VERSION, ApiErrorSchema } from '@app/shared';
import { ulid } from 'ulid';
import { handler as cases } from '../src/handlers/cases';
import { handler as catalogue } from '../src/handlers/catalogue';
import { documentClient } from '../src/lib/dynamo';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot as tableItems } from './support/table';

beforeAll(() => useFreshTable({ seed: true }));

interface Fault {
  /** The low-level command it hits, e.g. 'TransactWriteItemsCommand', 'QueryCommand'. */
  command: string;
  /** How many sends of that command fail (Infinity: all of them). */
  times: number;
  make: () => Error;
}
let faults: Fault[] = [];
const injected = { count: 0 };
const survived: string[] = [];

const throttled = () =>
  Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
    name: 'ProvisionedThroughputExceededException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });
const conflicted = (items = 4) =>
  Object.assign(new Error('Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]'), {
    name: 'TransactionCanceledException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    CancellationReasons: [{ Code: 'TransactionConflict' }, ...Array.from({ length: items - 1 }, () => ({ Code: 'None' }))],
  });

beforeAll(() => {
  // Inside the SDK's retry loop (deserialize step), as a real error answer from DynamoDB would be.
  documentClient().middlewareStack.add(
    (next, context) => async (args) => {
      const fault = faults.find((f) => f.command === context.commandName && f.times > 0);
      if (fault) {
        fault.times -= 1;
        injected.count += 1;
        throw fault.make();
      }
      return next(args);
    },
    { step: 'deserialize', name: 'testFaultInjection', priority: 'high' },
  );
});
afterEach(() => {
  faults = [];
});
afterAll(() => {
  documentClient().middlewareStack.remove('testFaultInjection');
  console.log(`faults: ${injected.count} injected DynamoDB faults, ${survived.length} scenarios survived (no 5xx other than 503, nothing half-written)`);
});

const body = { kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } };
const entrust = async (key = ulid()) =>
  call(cases, { method: 'POST', path: '/cases', body, token: await tokenOf('u-resident-1'), headers: { 'Idempotency-Key': key } });
const mine = async () => (await call(cases, { path: '/cases/mine', query: { limit: '100' }, token: await tokenOf('u-resident-1') })).body.cases.length as number;

test('a transaction cancelled by a conflict is sent again and the entrustment is made once', async () => {
  const before = await mine();
  faults = [{ command: 'TransactWriteItemsCommand', times: 2, make: () => conflicted(6) }];
  const answer = await entrust();
  expect(answer.status).toBe(200);
  expect(faults[0].times).toBe(0);
  expect(await mine()).toBe(before + 1);
  survived.push('conflict retried');
});

test('reads throttled twice succeed through the SDK’s retry', async () => {
  faults = [{ command: 'QueryCommand', times: 2, make: throttled }];
  const answer = await call(catalogue, { path: '/catalogue/items', query: { limit: '5' } });
  expect(answer.status).toBe(200);
  expect(answer.body.items.length).toBeGreaterThan(0);
  survived.push('read throttling retried');
});

test('throttling that does not stop answers 503 with Retry-After and writes nothing', async () => {
  await entrust(); // warms the session and the idempotency path
  const before = await tableItems();
  faults = [{ command: 'TransactWriteItemsCommand', times: Infinity, make: throttled }];
  const key = ulid();
  const answer = await entrust(key);
  expect(answer.status).toBe(503);
  expect(answer.headers['retry-after']).toBe('1');
  expect(ApiErrorSchema.parse(answer.body).error.code).toBe('service_unavailable');
  faults = [];
  expect(await tableItems()).toEqual(before);
  // The phone retries with the same key once the database breathes again: one case.
  const retried = await entrust(key);
  expect(retried.status).toBe(200);
  expect((await entrust(key)).body.id).toBe(retried.body.id);
  survived.push('write throttling → 503, then retry');
});

test('a case action that keeps conflicting answers 503, the case is unchanged, and the retry works', async () => {
  const created = (await entrust()).body;
  const read = async () => (await call(cases, { path: `/cases/${created.id}`, token: await tokenOf('u-resident-1') })).body;
  const before = await read();
  const sign = { action: 'signAgreement', version: before.version, agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };
  faults = [{ command: 'TransactWriteItemsCommand', times: Infinity, make: () => conflicted(5) }];
  const refused = await call(cases, { method: 'POST', path: `/cases/${created.id}/actions`, body: sign, token: await tokenOf('u-resident-1') });
  expect(refused.status).toBe(503);
  expect(refused.headers['retry-after']).toBe('1');
  faults = [];
  const unchanged = await read();
  expect(unchanged.version).toBe(before.version);
  expect(unchanged.timeline).toEqual(before.timeline);
  const signed = await call(cases, { method: 'POST', path: `/cases/${created.id}/actions`, body: sign, token: await tokenOf('u-resident-1') });
  expect(signed.status).toBe(200);
  expect(signed.body.state).toBe('agreementSigned');
  survived.push('action conflict → 503, case intact, retry');
});

test('a stale version is still the domain’s 409, not retried into a 503', async () => {
  const created = (await entrust()).body;
  const stale = { action: 'withdraw', version: created.version + 5 };
  const answer = await call(cases, { method: 'POST', path: `/cases/${created.id}/actions`, body: stale, token: await tokenOf('u-resident-1') });
  expect(answer.status).toBe(409);
  survived.push('stale version stays 409');
});
