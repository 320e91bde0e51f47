// PIPL: an applicant's ID-card number is sealed before it is stored (envelope encryption), shown
// masked to everyone but the applicant, opened for the case's agent only on request and with an
// audit event; phones are whole only for the applicant and the case's agents.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { handler as cases } from '../src/handlers/cases';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { seal, unseal } from '../src/lib/sealed';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

beforeAll(() => useFreshTable({ seed: true }));

// A valid number (GB 11643 check character) that appears nowhere else in the test data.
const ID_NUMBER = '15010219900307773X'.slice(0, 17);
const withCheck = (first17: string): string => {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return first17 + '10X98765432'[w.reduce((acc, x, i) => acc + x * Number(first17[i]), 0) % 11];
};
const idNumber = withCheck(ID_NUMBER);
const phone = '13904725566';

let caseId: string;
let agentId: string;

async function entrust(body: Record<string, unknown>) {
  return call(cases, { method: 'POST', path: '/cases', body, token: await tokenOf('u-resident-1'), headers: { 'Idempotency-Key': ulid() } });
}
const read = async (who: string) => call(cases, { path: `/cases/${caseId}`, token: await tokenOf(who) });

beforeAll(async () => {
  const created = await entrust({ kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone, idNumber } });
  expect(created.status).toBe(200);
  caseId = created.body.id;
  agentId = created.body.assignee.agentId;
});

test('the stored case holds the ID number only sealed: no item of its partition contains it', async () => {
  const out = await documentClient().send(
    new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.casePartition(caseId) }, ConsistentRead: true }),
  );
  const raw = JSON.stringify(out.Items);
  expect(out.Items!.length).toBeGreaterThan(1);
  expect(raw).not.toContain(idNumber);
  expect(raw).not.toContain(idNumber.slice(6, 14)); // not even the birth date
  const stored = out.Items!.find((i) => i.sk === 'CASE')!;
  expect(stored.applicant.idNumberMasked).toBe(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
  expect(stored.applicant.idNumberSealed).toMatchObject({ v: 1, by: 'local' });
});

test('the applicant sees her whole ID number; the case’s agent and the bureau see it masked', async () => {
  const mine = await read('u-resident-1');
  expect(mine.body.applicant.idNumber).toBe(idNumber);
  expect(mine.body.applicant.phone).toBe(phone);
  const agent = await read(agentId);
  expect(agent.status).toBe(200);
  expect(agent.body.applicant.idNumber).toBeUndefined();
  expect(agent.body.applicant.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  expect(agent.body.applicant.phone).toBe(phone); // the case's agent calls the applicant
  const bureau = await read('u-bureau-1');
  expect(JSON.stringify(bureau.body)).not.toContain(idNumber);
  expect(bureau.body.applicant.phone).toBeUndefined();
  expect(bureau.body.applicant.phoneMasked).toBe('139****5566');
});

test('the case’s agent opens the ID number on request, and the opening is on the timeline', async () => {
  const opened = await call(cases, { method: 'POST', path: `/cases/${caseId}/id-number`, token: await tokenOf(agentId) });
  expect(opened.status).toBe(200);
  expect(opened.body).toEqual({ idNumber });
  const timeline = (await read('u-resident-1')).body.timeline as { action: string; actor: { agentId?: string } }[];
  const audit = timeline.filter((e) => e.action === 'revealIdNumber');
  expect(audit).toHaveLength(1);
  expect(audit[0].actor.agentId).toBe(agentId);
});

test('nobody else can open it: another department’s agent 404, the bureau and the applicant 403, anonymous 401', async () => {
  const path = `/cases/${caseId}/id-number`;
  expect((await call(cases, { method: 'POST', path, token: await tokenOf('agt-wjw-1') })).status).toBe(404);
  expect((await call(cases, { method: 'POST', path, token: await tokenOf('u-bureau-1') })).status).toBe(403);
  expect((await call(cases, { method: 'POST', path, token: await tokenOf('u-resident-1') })).status).toBe(403);
  expect((await call(cases, { method: 'POST', path })).status).toBe(401);
});

test('a wrong ID number is refused at entrustment with the checksum message, and nothing is stored', async () => {
  const bad = `${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}`;
  const answer = await entrust({ kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone, idNumber: bad } });
  expect(answer.status).toBe(400);
  expect(JSON.stringify(answer.body)).toContain('身份证号码格式或校验位有误');
});

test('a sealed value opens only for its own case and fails when tampered with', async () => {
  const sealed = await seal(idNumber, 'case-a');
  expect(await unseal(sealed, 'case-a')).toBe(idNumber);
  await expect(unseal(sealed, 'case-b')).rejects.toThrow();
  const data = Buffer.from(sealed.data, 'base64');
  data[0] ^= 1;
  await expect(unseal({ ...sealed, data: data.toString('base64') }, 'case-a')).rejects.toThrow();
  // Two seals of one value share nothing: fresh data key and IV each time.
  const again = await seal(idNumber, 'case-a');
  expect(again.data).not.toBe(sealed.data);
  expect(again.key).not.toBe(sealed.key);
});

test('staff reads of the case are in its access log, which only the bureau reads; the resident’s own reads are not', async () => {
  const log = async () => call(cases, { path: `/cases/${caseId}/access-log`, query: { limit: '100' }, token: await tokenOf('u-bureau-1') });
  const before = (await log()).body.entries.length as number;
  await read(agentId);
  await read('u-resident-1');
  const after = await log();
  expect(after.status).toBe(200);
  // The agent's read, and the bureau's own earlier reads of the detail; not the resident's.
  expect(after.body.entries.length).toBe(before + 1);
  expect(after.body.entries[0]).toMatchObject({ kind: 'viewCase', actor: { role: 'agent', agentId } });
  expect(after.body.entries.every((e: { actor: { role: string } }) => e.actor.role !== 'resident')).toBe(true);
  expect((await call(cases, { path: `/cases/${caseId}/access-log`, token: await tokenOf(agentId) })).status).toBe(403);
});
