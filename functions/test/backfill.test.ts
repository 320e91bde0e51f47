// An existing deployment's table gets its open-work counters and supervision rollups counted once
// from its cases (`npm run backfill`): on the seeded demo table, after a case was entrusted and
// accepted through the handlers, the counters and rollups (day and month buckets and the months'
// due items) are deleted, the backfill writes them back exactly as the case transactions had kept
// them, and a second run changes nothing.
import { AGREEMENT_VERSION } from '@app/shared';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { handler as cases } from '../src/handlers/cases';
import { config } from '../src/lib/config';
import { documentClient, type Item } from '../src/lib/dynamo';
import { backfillCountersAndRollups } from '../src/maintenance/backfill';
import { call } from './support/http';
import { expectOpenWorkCounted, openWorkMismatches } from './support/openWork';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { scanTable, tableSnapshot } from './support/table';

const kept = (i: Item) => i.entity === 'openCount' || i.entity === 'rollup';

/** The counters and rollups as readers see them: a count of 0 reads the same as no count, a bucket of zeros as none. */
async function countersAndRollups(): Promise<Item[]> {
  return (await scanTable())
    .filter(kept)
    .map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== 0)))
    .filter((i) => Object.values(i).some((v) => typeof v === 'number'));
}

beforeAll(async () => {
  await useFreshTable({ seed: true, demoCases: true });
}, 120_000);

test('the backfill counts back what the case transactions kept, and a second run changes nothing', async () => {
  const resident = await tokenOf('u-resident-1');
  const entrusted = await call(cases, {
    method: 'POST',
    path: '/cases',
    body: { kind: 'entrustment', itemId: 'item-tz-record', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } },
    token: resident,
    headers: { 'Idempotency-Key': ulid() },
  });
  expect(entrusted.status).toBe(200);
  const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true };
  const signed = await call(cases, { method: 'POST', path: `/cases/${entrusted.body.id}/actions`, token: resident, body: { version: entrusted.body.version, ...sign } });
  expect(signed.status).toBe(200);
  const accepted = await call(cases, { method: 'POST', path: `/cases/${entrusted.body.id}/actions`, token: await tokenOf('agt-fgw-1'), body: { version: signed.body.version, action: 'accept' } });
  expect(accepted.status).toBe(200);
  await expectOpenWorkCounted();
  const asKept = await countersAndRollups();
  // Day and month buckets, and the months' due items, of departments and of owners.
  const bucketsLike = (pattern: RegExp) => asKept.filter((i) => i.entity === 'rollup' && pattern.test(`${i.pk}|${i.sk}`)).length;
  expect(bucketsLike(/^ROLLUP#DEPT#[^#]+\|DAY#/)).toBeGreaterThan(10);
  expect(bucketsLike(/^ROLLUP#DEPT#[^#]+\|MONTH#\d/)).toBeGreaterThan(10);
  expect(bucketsLike(/#OWNERS\|MONTH#\d/)).toBeGreaterThan(10);
  expect(bucketsLike(/^ROLLUP#DEPT#[^#]+\|MONTH#~/)).toBeGreaterThan(0);
  expect(bucketsLike(/#OWNERS\|MONTH#~/)).toBeGreaterThan(0);

  // A table from before issue 15: no counters, no rollups.
  const gone = (await scanTable()).filter(kept);
  for (let i = 0; i < gone.length; i += 25) {
    await documentClient().send(new BatchWriteCommand({ RequestItems: { [config().tableName]: gone.slice(i, i + 25).map((g) => ({ DeleteRequest: { Key: { pk: g.pk, sk: g.sk } } })) } }));
  }
  expect(Object.keys(await openWorkMismatches()).length).toBeGreaterThan(0);

  await backfillCountersAndRollups();
  expect(await countersAndRollups()).toEqual(asKept);
  await expectOpenWorkCounted();

  const before = await tableSnapshot();
  expect(await backfillCountersAndRollups()).toMatchObject({ removed: 0 });
  expect(await tableSnapshot()).toBe(before);
}, 120_000);
