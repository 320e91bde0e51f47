// Materials through the handler, on DynamoDB Local and s3rver, with real uploads: the phone posts
// the file to the presigned POST, then the API confirms it by looking at the stored object itself.
// s3rver enforces no POST policy, so the stories that break the policy put objects straight at the
// key, exactly what our confirmation must catch.
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ApiErrorSchema, MAX_MATERIAL_BYTES, MaterialSchema, UploadTicketResponse } from '@app/shared';
import { loadCaseBundle } from '../src/cases/repository';
import { handler as identity } from '../src/handlers/identity';
import { handler } from '../src/handlers/materials';
import { config } from '../src/lib/config';
import { demoAgents, demoItems, demoUsers } from '../local/demoData';
import { testS3Client, useTestBucket } from './support/bucket';
import { createTestCase, fixtureResident } from './support/cases';
import { call } from './support/http';
import { useFreshTable } from './support/stack';
import { scanTable } from './support/table';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const item = demoItems.find((i) => i.materials.some((m) => m.commitmentAllowed))!;
const fileSpec = item.materials.find((m) => !m.commitmentAllowed)!;
const commitSpec = item.materials.find((m) => m.commitmentAllowed)!;
const caseAgent = demoAgents.find((a) => a.departmentId === item.departmentId && !a.servicePointId)!;
const otherAgent = demoAgents.find((a) => a.departmentId !== item.departmentId && !a.servicePointId)!;
const otherResident = demoUsers.find((u) => u.role === 'resident' && u.userId !== fixtureResident.userId)!;
const bureau = demoUsers.find((u) => u.role === 'bureau')!;

const tokens: Record<'resident' | 'otherResident' | 'bureau' | 'agent' | 'otherAgent', string> = {} as never;
const s3 = () => testS3Client();

async function login(userId: string): Promise<string> {
  const { status, body } = await call(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
  expect(status).toBe(200);
  return body.token;
}

function requestUpload(caseId: string, body: unknown, token = tokens.resident) {
  return call(handler, { method: 'POST', path: `/cases/${caseId}/uploads`, token, body });
}
function confirm(caseId: string, uploadId: string, token = tokens.resident) {
  return call(handler, { method: 'POST', path: `/cases/${caseId}/materials`, token, body: { uploadId } });
}

/** What a phone does with a ticket: a multipart/form-data POST of the fields, then the file. */
async function postFile(ticket: { url: string; fields: Record<string, string> }, bytes: Buffer, contentType: string): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), 'upload');
  const response = await fetch(ticket.url, { method: 'POST', body: form });
  await response.arrayBuffer();
  return response.status;
}

/** Ticket, real upload, confirmation: a pending PNG material on the case. */
async function uploadPng(caseId: string, token = tokens.resident) {
  const ticket = await requestUpload(caseId, { materialSpecId: fileSpec.id, fileName: '营业执照.png', contentType: 'image/png', size: PNG.length }, token);
  expect(ticket.status).toBe(200);
  expect(await postFile(ticket.body, PNG, 'image/png')).toBeLessThan(300);
  const confirmed = await confirm(caseId, ticket.body.uploadId, token);
  expect(confirmed.status).toBe(200);
  return { ticket: ticket.body, material: confirmed.body };
}

const materialItems = (items: Record<string, unknown>[], caseId: string) =>
  items.filter((i) => i.pk === `CASE#${caseId}` && String(i.sk).startsWith('MAT#'));

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await useTestBucket();
  tokens.resident = await login(fixtureResident.userId);
  tokens.otherResident = await login(otherResident.userId);
  tokens.bureau = await login(bureau.userId);
  tokens.agent = await login(`u-${caseAgent.id}`);
  tokens.otherAgent = await login(`u-${otherAgent.id}`);
});

test('a resident photographs a material, uploads it straight to storage and confirms it: a pending material and an event on the case', async () => {
  const c = await createTestCase();
  const ticket = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: '营业执照.png', contentType: 'image/png', size: PNG.length });
  expect(ticket.status).toBe(200);
  const t = UploadTicketResponse.parse(ticket.body);
  // The POST is bound to one key under the case, the declared type and 1 byte–10 MB, for five minutes at most.
  expect(t.fields.key).toMatch(new RegExp(`^cases/${c.id}/${t.uploadId}/[A-Za-z0-9._-]+\\.png$`));
  const policy = JSON.parse(Buffer.from(t.fields.Policy, 'base64').toString('utf8'));
  expect(policy.conditions).toEqual(
    expect.arrayContaining([['content-length-range', 1, MAX_MATERIAL_BYTES], ['eq', '$Content-Type', 'image/png'], { key: t.fields.key }]),
  );
  expect(Date.parse(policy.expiration) - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);
  expect(Date.parse(t.expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);

  expect(await postFile(t, PNG, 'image/png')).toBeLessThan(300);
  const { status, body } = await confirm(c.id, t.uploadId);
  expect(status).toBe(200);
  const material = MaterialSchema.parse(body);
  expect(material).toMatchObject({
    id: t.uploadId,
    caseId: c.id,
    materialSpecId: fileSpec.id,
    name: fileSpec.name,
    kind: 'file',
    fileName: '营业执照.png',
    contentType: 'image/png',
    size: PNG.length,
    status: 'pending',
    uploadedBy: { userId: fixtureResident.userId, role: 'resident' },
  });
  expect(body).not.toHaveProperty('objectKey');

  const bundle = (await loadCaseBundle(c.id))!;
  expect(bundle.materials.map((m) => m.id)).toEqual([t.uploadId]);
  const event = bundle.events.find((e) => e.action === 'uploadMaterial');
  expect(event).toMatchObject({ actor: { userId: fixtureResident.userId, role: 'resident' }, data: { materialId: t.uploadId } });
});

test('a phone that retries the confirmation on a bad network gets the same material, never a second one', async () => {
  const c = await createTestCase();
  const { ticket, material } = await uploadPng(c.id);
  const again = await confirm(c.id, ticket.uploadId);
  expect(again.status).toBe(200);
  expect(again.body).toEqual(material);
  const items = await scanTable();
  expect(materialItems(items, c.id)).toHaveLength(1);
  expect(items.filter((i) => i.pk === `CASE#${c.id}` && i.action === 'uploadMaterial')).toHaveLength(1);
});

test('an agent of the case uploads on the applicant’s behalf; the bureau may not upload', async () => {
  const c = await createTestCase();
  const { material } = await uploadPng(c.id, tokens.agent);
  expect(material.uploadedBy).toMatchObject({ role: 'agent', name: caseAgent.name });
  const refused = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: 'a.png', contentType: 'image/png', size: 10 }, tokens.bureau);
  expect(refused.status).toBe(403);
});

test('a file stored with another type than the ticket declared is refused at confirmation, nothing is recorded and the object is removed', async () => {
  const c = await createTestCase();
  const ticket = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: '备案表.pdf', contentType: 'application/pdf', size: 1000 });
  expect(ticket.status).toBe(200);
  const key = ticket.body.fields.key;
  await s3().send(new PutObjectCommand({ Bucket: config().bucketName, Key: key, Body: 'just some text, not a PDF', ContentType: 'text/plain' }));
  const before = await scanTable();
  const { status, body } = await confirm(c.id, ticket.body.uploadId);
  expect(status).toBe(400);
  expect(ApiErrorSchema.parse(body).error.code).toBe('validation_failed');
  expect(body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'uploadId'], message: expect.stringContaining('仅支持') })]);
  expect(await scanTable()).toEqual(before);
  expect(materialItems(before, c.id)).toHaveLength(0);
  await expect(s3().send(new HeadObjectCommand({ Bucket: config().bucketName, Key: key }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
});

test('an 11 MB object put straight at the key (s3rver ignores the size policy) is refused at confirmation', async () => {
  const c = await createTestCase();
  const ticket = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: 'big.png', contentType: 'image/png', size: 1000 });
  const big = Buffer.alloc(11 * 1024 * 1024);
  PNG.copy(big);
  await s3().send(new PutObjectCommand({ Bucket: config().bucketName, Key: ticket.body.fields.key, Body: big, ContentType: 'image/png' }));
  const before = await scanTable();
  const { status, body } = await confirm(c.id, ticket.body.uploadId);
  expect(status).toBe(400);
  expect(body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'uploadId'], code: 'too_big' })]);
  expect(await scanTable()).toEqual(before);
});

test('a file labelled PNG whose bytes are not a PNG is refused at confirmation', async () => {
  const c = await createTestCase();
  const ticket = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: 'fake.png', contentType: 'image/png', size: 20 });
  expect(await postFile(ticket.body, Buffer.from('<html>not an image</html>'), 'image/png')).toBeLessThan(300);
  const { status, body } = await confirm(c.id, ticket.body.uploadId);
  expect(status).toBe(400);
  expect(body.error.issues[0].message).toBe('文件内容与文件类型不符');
  expect(materialItems(await scanTable(), c.id)).toHaveLength(0);
});

test('confirming an upload that never happened is 409; an unknown upload, or someone else’s ticket, is 404', async () => {
  const c = await createTestCase();
  const ticket = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: 'a.jpg', contentType: 'image/jpeg', size: 5000 });
  const never = await confirm(c.id, ticket.body.uploadId);
  expect(never.status).toBe(409);
  expect(never.body.error.code).toBe('conflict');
  expect((await confirm(c.id, '01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
  // The case's agent may upload, but not confirm the resident's ticket.
  expect((await confirm(c.id, ticket.body.uploadId, tokens.agent)).status).toBe(404);
  // Another resident does not even see the case.
  expect((await confirm(c.id, ticket.body.uploadId, tokens.otherResident)).status).toBe(404);
});

test('告知承诺: the applicant signs a commitment for a material that allows it; for one that does not, 400', async () => {
  const c = await createTestCase();
  const statement = '本单位承诺所填报的备案信息真实、准确、完整，如有不实愿承担相应法律责任。';
  const signed = await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: commitSpec.id, statement } });
  expect(signed.status).toBe(200);
  expect(MaterialSchema.parse(signed.body)).toMatchObject({ kind: 'commitment', materialSpecId: commitSpec.id, commitmentStatement: statement, status: 'pending' });
  // A retried commitment is the same one.
  const again = await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: commitSpec.id, statement } });
  expect(again.body.id).toBe(signed.body.id);
  const bundle = (await loadCaseBundle(c.id))!;
  expect(bundle.materials).toHaveLength(1);
  expect(bundle.events.filter((e) => e.action === 'commitMaterial')).toHaveLength(1);

  const refused = await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: fileSpec.id, statement } });
  expect(refused.status).toBe(400);
  expect(refused.body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'materialSpecId'] })]);
  const unknown = await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: 'no-such-spec', statement } });
  expect(unknown.status).toBe(400);
  // Only the applicant commits: agents are refused by role.
  expect((await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.agent, body: { materialSpecId: commitSpec.id, statement } })).status).toBe(403);
});

test('an agent of the case’s department rejects a material with a reason; the timeline says why', async () => {
  const c = await createTestCase();
  const { material } = await uploadPng(c.id);
  const review = (token: string, body: unknown) =>
    call(handler, { method: 'POST', path: `/cases/${c.id}/materials/${material.id}/review`, token, body });

  expect((await review(tokens.agent, { decision: 'rejected' })).status).toBe(400);
  const rejected = await review(tokens.agent, { decision: 'rejected', reason: '照片模糊，请重新拍摄' });
  expect(rejected.status).toBe(200);
  expect(MaterialSchema.parse(rejected.body)).toMatchObject({ id: material.id, status: 'rejected', reviewNote: '照片模糊，请重新拍摄', reviewedAt: expect.any(String) });
  const bundle = (await loadCaseBundle(c.id))!;
  expect(bundle.materials[0].status).toBe('rejected');
  expect(bundle.events.find((e) => e.action === 'reviewMaterial')).toMatchObject({
    actor: { agentId: caseAgent.id },
    data: { decision: 'rejected', reason: '照片模糊，请重新拍摄' },
  });
  // Accepted later (e.g. the original was checked at the window): the old note goes.
  const accepted = await review(tokens.agent, { decision: 'accepted' });
  expect(accepted.body).toMatchObject({ status: 'accepted' });
  expect(accepted.body).not.toHaveProperty('reviewNote');
});

test('a resident cannot review materials (403), nor can the bureau; an agent of another department does not see the case (404)', async () => {
  const c = await createTestCase();
  const { material } = await uploadPng(c.id);
  const path = `/cases/${c.id}/materials/${material.id}/review`;
  const body = { decision: 'accepted' };
  expect((await call(handler, { method: 'POST', path, token: tokens.resident, body })).status).toBe(403);
  expect((await call(handler, { method: 'POST', path, token: tokens.bureau, body })).status).toBe(403);
  expect((await call(handler, { method: 'POST', path, token: tokens.otherAgent, body })).status).toBe(404);
  expect((await call(handler, { method: 'POST', path: `/cases/${c.id}/materials/01ARZ3NDEKTSV4RRFFQ69G5FAV/review`, token: tokens.agent, body })).status).toBe(404);
  expect((await loadCaseBundle(c.id))!.materials[0].status).toBe('pending');
});

test('the applicant and the bureau get a five-minute link to the very bytes uploaded; another resident gets 404', async () => {
  const c = await createTestCase();
  const { material } = await uploadPng(c.id);
  const path = `/cases/${c.id}/materials/${material.id}/download`;

  for (const token of [tokens.resident, tokens.bureau, tokens.agent]) {
    const { status, body } = await call(handler, { path, token });
    expect(status).toBe(200);
    expect(new URL(body.url).searchParams.get('X-Amz-Expires')).toBe('300');
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(300 * 1000);
    const response = await fetch(body.url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  }
  expect((await call(handler, { path, token: tokens.otherResident })).status).toBe(404);
  expect((await call(handler, { path })).status).toBe(401);

  // A commitment has no file to download.
  const signed = await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: commitSpec.id, statement: '我承诺' } });
  expect((await call(handler, { path: `/cases/${c.id}/materials/${signed.body.id}/download`, token: tokens.resident })).status).toBe(404);
});

test('an upload ticket is refused for a file over 10 MB, a GIF, or a material the item does not list', async () => {
  const c = await createTestCase();
  const ask = (body: Record<string, unknown>) =>
    requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: 'a.png', contentType: 'image/png', size: 1000, ...body });
  const before = await scanTable();
  const big = await ask({ size: 20 * 1024 * 1024 });
  expect(big.status).toBe(400);
  expect(big.body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'size'] })]);
  const gif = await ask({ contentType: 'image/gif', fileName: 'a.gif' });
  expect(gif.status).toBe(400);
  expect(gif.body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'contentType'] })]);
  const unlisted = await ask({ materialSpecId: 'not-on-this-item' });
  expect(unlisted.status).toBe(400);
  expect(unlisted.body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'materialSpecId'] })]);
  expect(await scanTable()).toEqual(before);
});

test('a withdrawn or completed case takes no more materials (409)', async () => {
  for (const state of ['withdrawn', 'archived'] as const) {
    const c = await createTestCase({ state });
    const ticket = await requestUpload(c.id, { materialSpecId: fileSpec.id, fileName: 'a.png', contentType: 'image/png', size: 10 });
    expect(ticket.status).toBe(409);
    expect(ticket.body.error).toMatchObject({ code: 'transition_refused', reason: 'caseClosed' });
    const commit = await call(handler, { method: 'POST', path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: commitSpec.id, statement: '我承诺' } });
    expect(commit.status).toBe(409);
  }
});

test('malformed bodies on every write route are 400 and leave the table exactly as it was', async () => {
  const c = await createTestCase();
  const { material } = await uploadPng(c.id);
  const before = await scanTable();
  const cases: { path: string; token: string; body?: unknown; rawBody?: string }[] = [
    { path: `/cases/${c.id}/uploads`, token: tokens.resident, body: {} },
    { path: `/cases/${c.id}/uploads`, token: tokens.resident, body: { materialSpecId: fileSpec.id, fileName: '', contentType: 'image/png', size: 10 } },
    { path: `/cases/${c.id}/uploads`, token: tokens.resident, body: { materialSpecId: fileSpec.id, fileName: 'a.png', contentType: 'image/png', size: 0 } },
    { path: `/cases/${c.id}/uploads`, token: tokens.resident, body: { materialSpecId: fileSpec.id, fileName: 'a.png', contentType: 'image/png', size: 10, key: 'other/key' } },
    { path: `/cases/${c.id}/uploads`, token: tokens.resident, rawBody: '{"materialSpecId":' },
    { path: `/cases/${c.id}/materials`, token: tokens.resident, body: {} },
    { path: `/cases/${c.id}/materials`, token: tokens.resident, body: { uploadId: '../../etc/passwd' } },
    { path: `/cases/${c.id}/materials`, token: tokens.resident, body: { uploadId: material.id, size: 1 } },
    { path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: commitSpec.id } },
    { path: `/cases/${c.id}/commitments`, token: tokens.resident, body: { materialSpecId: commitSpec.id, statement: 'x'.repeat(501) } },
    { path: `/cases/${c.id}/materials/${material.id}/review`, token: tokens.agent, body: { decision: 'maybe' } },
    { path: `/cases/${c.id}/materials/${material.id}/review`, token: tokens.agent, body: { decision: 'rejected', reason: '   ' } },
    { path: `/cases/${c.id}/materials/${material.id}/review`, token: tokens.agent, body: [] },
  ];
  for (const bad of cases) {
    const { status, body } = await call(handler, { method: 'POST', ...bad });
    expect({ path: bad.path, status }).toEqual({ path: bad.path, status: 400 });
    expect(ApiErrorSchema.safeParse(body).success).toBe(true);
  }
  expect(await scanTable()).toEqual(before);
});
