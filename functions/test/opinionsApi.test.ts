// Opinions (意见建议与投诉) through the opinions handler on the embedded store: a resident sends a
// suggestion or complaint, the bureau answers it once, the resident reads the answer in the app.
import { randomUUID } from 'node:crypto';
import { ApiErrorSchema, ListNoticesResponse, ListOpinionsResponse, MAX_OPEN_OPINIONS, OpinionSchema, type Opinion } from '@app/shared';
import { handler } from '../src/handlers/opinions';
import { handler as notices } from '../src/handlers/notices';
import { putUser } from '../src/identity/repository';
import { issueSession } from '../src/identity/session';
import { drainOutbox } from '../src/notices/notifier';
import { createTestCase, fixtureResident } from './support/cases';
import { call, type Answer } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { scanTable } from './support/table';

const tokens: Record<string, string> = {};
const COMPLAINT = '窗口工作人员让我来回跑了三趟，材料清单也没有一次性告知清楚。';
const SUGGESTION = '建议在便民服务中心增加周六上午的延时服务时段。';

const send = (token: string, body: unknown, key: string | null = randomUUID()) =>
  call<Opinion>(handler, { method: 'POST', path: '/opinions', token, body, headers: key ? { 'Idempotency-Key': key } : {} });
const answer = (token: string, id: string, body: unknown) => call<Opinion>(handler, { method: 'POST', path: `/opinions/${id}/answer`, token, body });
const read = (token: string, id: string) => call<Opinion>(handler, { path: `/opinions/${id}`, token });
async function mine(token: string, query: Record<string, string> = {}) {
  const got = await call(handler, { path: '/opinions/mine', token, query });
  expect(got.status).toBe(200);
  return ListOpinionsResponse.parse(got.body);
}
async function bureauList(query: Record<string, string> = {}) {
  const got = await call(handler, { path: '/opinions', token: tokens.bureau, query });
  expect(got.status).toBe(200);
  return ListOpinionsResponse.parse(got.body);
}
const errorOf = (a: Answer) => ApiErrorSchema.parse(a.body).error;

const opinionItems = async () => (await scanTable()).filter((i) => i.entity === 'opinion');

/** A resident of their own, so a story about counts starts from none. */
async function newResident(name: string): Promise<string> {
  const userId = `u-op-${randomUUID().slice(0, 8)}`;
  await putUser({ id: userId, role: 'resident', name, createdAt: new Date().toISOString() });
  return (await issueSession({ userId, role: 'resident', name })).token;
}

beforeAll(async () => {
  await useFreshTable({ seed: true });
  tokens.resident = await tokenOf(fixtureResident.userId);
  tokens.otherResident = await tokenOf('u-resident-2');
  tokens.bureau = await tokenOf('u-bureau-1');
  tokens.agent = await tokenOf('agt-zwzx-1');
});

describe('a resident complains about one of their cases and the bureau answers', () => {
  let complaint: Opinion;
  const key = randomUUID();

  test('the complaint is saved once, however often the phone retries it, and names the case’s department', async () => {
    const myCase = await createTestCase();
    const body = { kind: 'complaint', content: `  ${COMPLAINT}  `, caseId: myCase.id, contactPhone: '13904720001' };
    const first = await send(tokens.resident, body, key);
    expect(first.status).toBe(200);
    complaint = OpinionSchema.parse(first.body);
    expect(complaint).toMatchObject({
      kind: 'complaint',
      content: COMPLAINT,
      state: 'open',
      contactPhone: '13904720001',
      relatedCase: { caseId: myCase.id, caseNumber: myCase.number, departmentId: myCase.departmentId, departmentName: myCase.departmentName },
    });
    expect(complaint.answer).toBeUndefined();

    const retry = await send(tokens.resident, body, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await opinionItems()).filter((i) => i.userId === fixtureResident.userId)).toHaveLength(1);

    // The same key for a different request is refused, not replayed.
    const other = await send(tokens.resident, { ...body, kind: 'suggestion' }, key);
    expect(other.status).toBe(409);
    expect((await opinionItems()).filter((i) => i.userId === fixtureResident.userId)).toHaveLength(1);
  });

  test('the case itself is untouched by the complaint', async () => {
    const items = await scanTable();
    const caseItems = items.filter((i) => i.pk === `CASE#${complaint.relatedCase!.caseId}`);
    expect(caseItems.filter((i) => String(i.sk).startsWith('EVT#'))).toHaveLength(1);
    expect(caseItems.find((i) => i.sk === 'CASE')).toMatchObject({ version: 3, state: 'accepted' });
  });

  test('the resident lists their opinions newest first, a page at a time', async () => {
    const suggestion = OpinionSchema.parse((await send(tokens.resident, { kind: 'suggestion', content: SUGGESTION })).body);
    expect(suggestion.contactPhone).toBeUndefined();
    expect(suggestion.relatedCase).toBeUndefined();
    const all = await mine(tokens.resident);
    expect(all.opinions.map((o) => o.id)).toEqual([suggestion.id, complaint.id]);
    const first = await mine(tokens.resident, { limit: '1' });
    expect(first.opinions.map((o) => o.id)).toEqual([suggestion.id]);
    const second = await mine(tokens.resident, { limit: '1', cursor: first.nextCursor! });
    expect(second.opinions.map((o) => o.id)).toEqual([complaint.id]);
    // A cursor of someone else's list is a 400, not a peek.
    const foreign = await call(handler, { path: '/opinions/mine', token: tokens.otherResident, query: { cursor: first.nextCursor! } });
    expect(foreign.status).toBe(400);
    expect((await mine(tokens.otherResident)).opinions).toEqual([]);
  });

  test('the bureau sees open opinions oldest first, and can filter by kind', async () => {
    const open = await bureauList();
    expect(open.opinions.map((o) => o.id).slice(0, 2)).toEqual([complaint.id, expect.any(String)]);
    expect(open.opinions.every((o) => o.state === 'open')).toBe(true);
    const complaints = await bureauList({ state: 'open', kind: 'complaint' });
    expect(complaints.opinions.map((o) => o.id)).toEqual([complaint.id]);
    expect((await bureauList({ state: 'answered' })).opinions).toEqual([]);
    // Residents and agents do not read the bureau's list.
    expect((await call(handler, { path: '/opinions', token: tokens.resident })).status).toBe(403);
    expect((await call(handler, { path: '/opinions', token: tokens.agent })).status).toBe(403);
    expect((await call(handler, { path: '/opinions', token: tokens.bureau, query: { state: 'closed' } })).status).toBe(400);
  });

  test('another resident reading the complaint gets 404; an agent may not read it at all', async () => {
    const other = await read(tokens.otherResident, complaint.id);
    expect(other.status).toBe(404);
    expect((await read(tokens.agent, complaint.id)).status).toBe(403);
    expect((await read(tokens.resident, 'NO-SUCH-OPINION')).status).toBe(404);
    expect((await read(tokens.bureau, complaint.id)).body).toMatchObject({ id: complaint.id, contactPhone: '13904720001' });
  });

  test('a resident cannot answer, and an empty answer is refused', async () => {
    expect((await answer(tokens.resident, complaint.id, { text: '自己回复自己' })).status).toBe(403);
    const empty = await answer(tokens.bureau, complaint.id, { text: '  ' });
    expect(empty.status).toBe(400);
    expect((await read(tokens.resident, complaint.id)).body.state).toBe('open');
  });

  test('the bureau answers; the resident sees the answer and gets a notice in the inbox after the notifier runs', async () => {
    const answered = await answer(tokens.bureau, complaint.id, { text: '已约谈窗口负责人，今后实行一次性告知，感谢监督。' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      id: complaint.id,
      state: 'answered',
      answer: { text: '已约谈窗口负责人，今后实行一次性告知，感谢监督。', answererName: expect.any(String), answeredAt: expect.any(String) },
    });

    const seen = OpinionSchema.parse((await read(tokens.resident, complaint.id)).body);
    expect(seen.answer?.text).toBe('已约谈窗口负责人，今后实行一次性告知，感谢监督。');
    expect((await mine(tokens.resident)).opinions.find((o) => o.id === complaint.id)?.state).toBe('answered');
    expect((await bureauList({ state: 'answered' })).opinions.map((o) => o.id)).toEqual([complaint.id]);
    expect((await bureauList({ kind: 'complaint' })).opinions).toEqual([]);

    const drained = await drainOutbox();
    expect(drained.delivered).toBeGreaterThanOrEqual(1);
    const inbox = ListNoticesResponse.parse((await call(notices, { path: '/notices', token: tokens.resident })).body);
    const notice = inbox.notices.find((n) => n.kind === 'opinionAnswered');
    expect(notice).toBeDefined();
    expect(notice!.summary).toMatch(/^您的投诉已获回复：已约谈窗口负责人/);
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    const otherInbox = ListNoticesResponse.parse((await call(notices, { path: '/notices', token: tokens.otherResident })).body);
    expect(otherInbox.notices.some((n) => n.kind === 'opinionAnswered')).toBe(false);
  });

  test('answering again is a 409 and the first answer stays', async () => {
    const before = await scanTable();
    const again = await answer(tokens.bureau, complaint.id, { text: '第二次回复' });
    expect(again.status).toBe(409);
    expect(errorOf(again).reason).toBe('alreadyAnswered');
    expect(await scanTable()).toEqual(before);
    expect((await read(tokens.resident, complaint.id)).body.answer?.text).toBe('已约谈窗口负责人，今后实行一次性告知，感谢监督。');
  });
});

test('two bureau members answering at the same moment: one wins, the other gets 409, one notice is queued', async () => {
  const token = await newResident('赵敏');
  const opinion = OpinionSchema.parse((await send(token, { kind: 'praise', content: '代办员全程帮办，两天就拿到了营业执照，非常感谢！' })).body);
  const outboxBefore = (await scanTable()).filter((i) => i.entity === 'outbox').length;
  const [a, b] = await Promise.all([answer(tokens.bureau, opinion.id, { text: '感谢您的肯定！' }), answer(tokens.bureau, opinion.id, { text: '谢谢表扬' })]);
  expect([a.status, b.status].sort()).toEqual([200, 409]);
  const winner = a.status === 200 ? a : b;
  expect((await read(token, opinion.id)).body.answer?.text).toBe(winner.body.answer?.text);
  expect((await scanTable()).filter((i) => i.entity === 'outbox').length).toBe(outboxBefore + 1);
});

test('a related case must be the resident’s own: someone else’s or an unknown one is a 404 and nothing is saved', async () => {
  const othersCase = await createTestCase({ applicantUserId: 'u-resident-2', applicant: { name: '李强', phone: '13904729999' } });
  const before = await scanTable();
  const foreign = await send(tokens.resident, { kind: 'complaint', content: COMPLAINT, caseId: othersCase.id });
  expect(foreign.status).toBe(404);
  const unknown = await send(tokens.resident, { kind: 'complaint', content: COMPLAINT, caseId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' });
  expect(unknown.status).toBe(404);
  expect(await scanTable()).toEqual(before);
});

test('malformed requests are 400s and change nothing', async () => {
  const before = await scanTable();
  const bodies: unknown[] = [
    {},
    { kind: 'complaint' },
    { kind: 'opinion', content: SUGGESTION },
    { kind: 'suggestion', content: '太短了九个字而已' },
    { kind: 'suggestion', content: '长'.repeat(501) },
    { kind: 'suggestion', content: `${' '.repeat(20)}太短` },
    { kind: 'suggestion', content: SUGGESTION, contactPhone: '1390472' },
    { kind: 'suggestion', content: SUGGESTION, caseId: '../cases/x' },
    { kind: 'suggestion', content: SUGGESTION, state: 'answered' },
    { kind: 'suggestion', content: SUGGESTION, answer: { text: '自问自答' } },
    [SUGGESTION],
  ];
  for (const body of bodies) {
    const got = await send(tokens.resident, body);
    expect([JSON.stringify(body).slice(0, 40), got.status]).toEqual([JSON.stringify(body).slice(0, 40), 400]);
    expect(errorOf(got).code).toBe('validation_failed');
  }
  expect((await send(tokens.resident, { kind: 'suggestion', content: SUGGESTION }, null)).status).toBe(400);
  const badJson = await call(handler, { method: 'POST', path: '/opinions', token: tokens.resident, rawBody: '{"kind":', headers: { 'Idempotency-Key': randomUUID() } });
  expect(badJson.status).toBe(400);
  expect((await call(handler, { method: 'POST', path: '/opinions', body: { kind: 'suggestion', content: SUGGESTION }, headers: { 'Idempotency-Key': randomUUID() } })).status).toBe(401);
  expect((await send(tokens.agent, { kind: 'suggestion', content: SUGGESTION })).status).toBe(403);
  const someone = (await mine(tokens.resident)).opinions[0];
  for (const body of [{}, { text: '好' }, { text: '长'.repeat(501) }, { text: '收到', state: 'open' }]) {
    expect((await answer(tokens.bureau, someone.id, body)).status).toBe(400);
  }
  expect((await call(handler, { path: '/opinions/mine', token: tokens.resident, query: { cursor: 'bm90LWEtY3Vyc29y' } })).status).toBe(400);
  expect((await call(handler, { path: '/opinions/mine', token: tokens.resident, query: { limit: '0' } })).status).toBe(400);
  expect(await scanTable()).toEqual(before);
});

test(`a resident may have at most ${MAX_OPEN_OPINIONS} unanswered opinions; an answer frees a place`, async () => {
  const token = await newResident('钱多多');
  const sent: Opinion[] = [];
  for (let i = 0; i < MAX_OPEN_OPINIONS; i += 1) {
    const got = await send(token, { kind: 'suggestion', content: `第${i + 1}条建议：办事大厅的叫号屏字再大一些。` });
    expect(got.status).toBe(200);
    sent.push(got.body);
  }
  const before = await scanTable();
  const refused = await send(token, { kind: 'suggestion', content: '第十一条建议：希望开通夜间咨询电话。' });
  expect(refused.status).toBe(409);
  expect(errorOf(refused)).toMatchObject({ code: 'conflict', reason: 'tooManyOpenOpinions' });
  expect(await scanTable()).toEqual(before);

  expect((await answer(tokens.bureau, sent[0].id, { text: '已转大厅管理科落实。' })).status).toBe(200);
  const accepted = await send(token, { kind: 'suggestion', content: '第十一条建议：希望开通夜间咨询电话。' });
  expect(accepted.status).toBe(200);
  expect((await send(token, { kind: 'complaint', content: '第十二条：叫号系统又坏了，等了一个上午。' })).status).toBe(409);
  expect((await mine(token)).opinions).toHaveLength(MAX_OPEN_OPINIONS + 1);
});

test('many opinions sent at once never push a resident past the cap', async () => {
  const token = await newResident('孙悦');
  const results = await Promise.all(
    Array.from({ length: MAX_OPEN_OPINIONS + 4 }, (_, i) => send(token, { kind: 'suggestion', content: `并发第${i + 1}条：希望简化企业开办材料。` })),
  );
  expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
  const saved = results.filter((r) => r.status === 200).length;
  expect(saved).toBeGreaterThan(0);
  expect(saved).toBeLessThanOrEqual(MAX_OPEN_OPINIONS);
  expect((await mine(token)).opinions).toHaveLength(saved);
});
