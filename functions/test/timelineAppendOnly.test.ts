// The timeline is append-only: no code path updates or deletes an event, every event write is
// conditioned on the event not existing, and a case's past events stay byte-identical through
// its whole life in the API.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_VERSION } from '@app/shared';
import { ulid } from 'ulid';
import { eventItem } from '../src/cases/record';
import { appendCaseEvent, commitChange, findCase } from '../src/cases/repository';
import { handler as cases } from '../src/handlers/cases';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { createTestCase } from './support/cases';
import { call } from './support/http';
import { useTestBucket } from './support/bucket';
import { acceptAll, handInRequired, uploadFile } from './support/materials';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await useTestBucket();
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}
const src = path.join(__dirname, '../src');
const files = sources(src).map((file) => ({ file: path.relative(src, file), text: readFileSync(file, 'utf8') }));

test('only keys.ts spells an event key, only record.ts builds event items, and nothing updates or deletes them', () => {
  expect(files.filter((f) => f.text.includes('EVT#')).map((f) => f.file)).toEqual(['lib/keys.ts']);
  expect(files.filter((f) => f.text.includes('keys.caseEvent(')).map((f) => f.file)).toEqual(['cases/record.ts']);
  const touching = files.filter((f) => /casePrefix\.event|eventItem\(/.test(f.text));
  for (const { file, text } of touching) {
    // An Update or Delete next to an event key would be a way to rewrite history.
    for (const line of text.split('\n').filter((l) => /eventItem\(|casePrefix\.event/.test(l))) {
      expect(`${file}: ${line}`).not.toMatch(/Update|Delete/);
    }
  }
  console.log(`timeline: ${files.length} source files checked, ${touching.length} write or read events, none updates or deletes one`);
});

async function events(caseId: string): Promise<Record<string, unknown>[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :e)',
      ExpressionAttributeValues: { ':p': keys.casePartition(caseId), ':e': keys.casePrefix.event },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

test('re-writing an existing event is refused, in a change or on its own, and the event is unchanged', async () => {
  const record = await createTestCase();
  const [first] = await events(record.id);
  const forged = { ...(first as object), note: '篡改' } as Record<string, unknown>;
  const { pk, sk, entity, caseId, ...event } = forged;
  void pk, sk, entity, caseId;
  await expect(appendCaseEvent(record.id, event as never)).rejects.toMatchObject({ code: 'conflict' });
  const loaded = (await findCase(record.id, true))!;
  await expect(
    commitChange({
      before: loaded,
      after: { ...loaded, version: loaded.version + 1 },
      event: { id: ulid(), at: new Date().toISOString(), actor: { role: 'system', name: 'test' }, action: 'route' },
      puts: [{ item: eventItem(record.id, event as never) }],
    }),
  ).rejects.toMatchObject({ code: 'conflict' });
  expect(await events(record.id)).toEqual([first]);
});

test('through a whole lifecycle in the API, every past event stays byte-identical', async () => {
  const resident = await tokenOf('u-resident-1');
  const created = await call(cases, {
    method: 'POST',
    path: '/cases',
    body: { kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } },
    token: resident,
    headers: { 'Idempotency-Key': ulid() },
  });
  expect(created.status).toBe(200);
  let c = created.body;
  const agent = await tokenOf(c.assignee.agentId);
  // Lifecycle actions, and the materials handed in and reviewed between them (events of their own).
  const uploadRequested = async () => uploadFile('u-resident-1', c.id, c.supplement.items[0].materialSpecId);
  const steps: [string, Record<string, unknown> | (() => Promise<unknown>)][] = [
    [resident, { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true }],
    [agent, { action: 'accept' }],
    [agent, { action: 'recordProgress', note: '已与申请人电话沟通' }],
    [resident, () => handInRequired('u-resident-1', c.id)],
    [agent, { action: 'requestSupplement', items: [{ name: '营业场所证明', reason: '需补充租赁合同' }] }],
    [resident, uploadRequested],
    [resident, { action: 'answerSupplement', note: '已上传' }],
    [agent, () => acceptAll(c.assignee?.agentId ?? c.owner.agentId, c.id)],
    [agent, { action: 'feedBackResult', outcome: 'approved', summary: '已办结，营业执照已寄出' }],
    [resident, { action: 'rate', level: 'satisfied' }],
  ];
  let history = await events(c.id);
  let checked = 0;
  for (const [token, body] of steps) {
    if (typeof body === 'function') {
      await body();
      c = (await call(cases, { path: `/cases/${c.id}`, token })).body;
    } else {
      const answer = await call(cases, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token });
      expect(answer.status).toBe(200);
      c = answer.body;
    }
    const now = await events(c.id);
    expect(now.slice(0, history.length)).toEqual(history);
    expect(now.length).toBeGreaterThan(history.length);
    checked += history.length;
    history = now;
  }
  expect(history.length).toBeGreaterThanOrEqual(14);
  console.log(`timeline: ${history.length} events, ${checked} past-event comparisons, 0 changed`);
});
