// The WeChat half of the notifier, against DynamoDB Local and the fake WeChat server: a resident
// who granted a one-time subscription gets one subscribe message per grant, the in-app notice never
// waits for WeChat, and failures are retried, recorded or parked — never lost, never sent twice.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_VERSION, SubscriptionsResponse, type CaseDetail } from '@app/shared';
import { ulid } from 'ulid';
import { handler as cases } from '../src/handlers/cases';
import { handler as identity } from '../src/handlers/identity';
import { handler as staff } from '../src/handlers/staff';
import { handler as notices } from '../src/handlers/notices';
import { findUser } from '../src/identity/repository';
import { clock } from '../src/lib/clock';
import { config } from '../src/lib/config';
import { documentClient, type Item } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { logger } from '../src/lib/log';
import { listNotices } from '../src/notices/inbox';
import { MAX_BACKOFF_MS, drainOutbox } from '../src/notices/notifier';
import { OUTBOX_SHARDS, outboxItem, outboxKeys, type Notice } from '../src/notices/outbox';
import { fitField, resetAccessToken, wechatTime } from '../src/notices/wechatClient';
import { startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

const TEMPLATES = { WECHAT_TEMPLATE_CASE_PROGRESS: 'tpl-case-progress', WECHAT_TEMPLATE_NEW_TASK: 'tpl-new-task', WECHAT_TEMPLATE_BOOKING_REMINDER: 'tpl-booking' };
let wechat: FakeWechat;
let now = Date.now();

beforeAll(async () => {
  await useFreshTable({ seed: true });
  wechat = await startFakeWechat(process.env.WECHAT_APP_ID!, process.env.WECHAT_APP_SECRET!);
  Object.assign(process.env, { WECHAT_API_BASE: wechat.baseUrl, ...TEMPLATES });
});
afterAll(async () => {
  for (const name of Object.keys(TEMPLATES)) delete process.env[name];
  await wechat.close();
});
beforeEach(async () => {
  // Each test starts from an empty outbox, a healthy WeChat and a fresh token cache.
  await drainUntilEmpty();
  Object.assign(wechat, { sent: [], sendAttempts: 0, failNextSends: [], sendFailureRate: 0, random: Math.random, tokens: [], mode: 'normal', delayMs: 0 });
  wechat.expireTokens();
  resetAccessToken();
});
afterEach(() => jest.restoreAllMocks());

/** Moves the notifier's clock past any backoff. */
function advance(ms: number): void {
  now = Math.max(now, Date.now()) + ms;
  jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
}
async function drainUntilEmpty(): Promise<void> {
  for (let i = 0; i < 12 && (await outbox()).length > 0; i += 1) {
    advance(MAX_BACKOFF_MS + 1);
    await drainOutbox();
  }
}
async function partition(pk: string): Promise<Item[]> {
  const out = await documentClient().send(new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': pk }, ConsistentRead: true }));
  return out.Items ?? [];
}
async function outbox(): Promise<Item[]> {
  return (await Promise.all(Array.from({ length: OUTBOX_SHARDS }, (_, s) => partition(outboxKeys.shard(s))))).flat();
}
async function remaining(userId: string, topic: string): Promise<number> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.subscription(userId, topic), ConsistentRead: true }));
  return Number(out.Item?.remaining ?? 0);
}

let residents = 0;
/** A resident signed in through WeChat (so the openid is on record), with a session token. */
async function wechatResident(): Promise<{ userId: string; openid: string; token: string }> {
  residents += 1;
  const openid = `oWX${ulid()}`;
  const code = `code${residents}${Date.now()}`;
  wechat.codes.set(code, openid);
  const answer = await call(identity, { method: 'POST', path: '/auth/wechat', body: { code } });
  expect(answer.status).toBe(200);
  return { userId: answer.body.user.userId, openid, token: answer.body.token };
}
async function subscribe(token: string, answers: { topic: string; accepted: boolean }[]) {
  const answer = await call(notices, { method: 'POST', path: '/notices/subscriptions', body: { answers }, token });
  expect(answer.status).toBe(200);
  return SubscriptionsResponse.parse(answer.body).granted;
}
async function enqueue(notice: Partial<Notice> & Pick<Notice, 'recipient'>): Promise<Item> {
  const item = outboxItem({ kind: 'caseAccepted', caseId: ulid(), caseNumber: 'KDL-20260101-TEST01', itemName: '测试事项', summary: '您的申请已受理', ...notice }, new Date(now).toISOString());
  await documentClient().send(new PutCommand({ TableName: config().tableName, Item: item }));
  return item;
}

describe('template data fits WeChat’s limits', () => {
  test('thing ≤ 20, phrase ≤ 5, character_string ≤ 32 alphanumerics, time as YYYY年M月D日 HH:mm (China time)', () => {
    expect([...fitField('thing2', '内蒙古自治区企业设立登记及营业执照办理一件事')].length).toBe(20);
    expect(fitField('phrase3', '临近办理期限提醒')).toBe('临近办理期');
    expect(fitField('character_string1', 'KDL-20260101-ABCDEF-0123456789-0123456789')).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(wechatTime('2026-01-05T01:07:00.000Z')).toBe('2026年1月5日 09:07');
  });
});

describe('a resident who accepted caseProgress, and her case is accepted', () => {
  test('gets the in-app notice and exactly one subscribe message, with the template’s fields within limits', async () => {
    const she = await wechatResident();
    expect((await findUser(she.userId))?.openid).toBe(she.openid);
    const granted = await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }, { topic: 'newTask', accepted: false }]);
    expect(granted).toEqual(expect.arrayContaining([{ topic: 'caseProgress', remaining: 1 }, { topic: 'newTask', remaining: 0 }, { topic: 'bookingReminder', remaining: 0 }]));

    const created = await call(cases, {
      method: 'POST', path: '/cases', token: she.token, headers: { 'Idempotency-Key': ulid() },
      body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } },
    });
    expect(created.status).toBe(200);
    let c: CaseDetail = created.body;
    const act = async (token: string, body: Record<string, unknown>) => {
      const answer = await call(cases, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token });
      expect(answer.status).toBe(200);
      c = answer.body;
    };
    await act(she.token, { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '张丽', consentToDataHandling: true, acknowledgeFreeOfCharge: true });
    await act(await tokenOf(c.assignee!.agentId), { action: 'accept' });

    await drainOutbox();
    await drainOutbox();
    expect(await outbox()).toEqual([]);
    expect((await listNotices({ userId: she.userId }, 10)).map((n) => n.kind)).toEqual(['caseAccepted']);
    expect(wechat.sent).toHaveLength(1);
    const [message] = wechat.sent;
    expect(message).toMatchObject({ touser: she.openid, template_id: 'tpl-case-progress', page: `resident/case/index?id=${c.id}` });
    const fields = Object.entries(message.data);
    expect(fields.length).toBeGreaterThan(0);
    for (const [key, { value }] of fields) {
      const type = key.replace(/\d+$/, '');
      if (type === 'thing') expect([...value].length).toBeLessThanOrEqual(20);
      if (type === 'phrase') expect([...value].length).toBeLessThanOrEqual(5);
      if (type === 'character_string') expect(value).toMatch(/^[A-Za-z0-9]{1,32}$/);
      if (type === 'time') expect(value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    }
    expect(await remaining(she.userId, 'caseProgress')).toBe(0);
  });

  test('a long item name is cut to the thing limit', async () => {
    const he = await wechatResident();
    await subscribe(he.token, [{ topic: 'caseProgress', accepted: true }]);
    await enqueue({ recipient: { userId: he.userId }, itemName: '内蒙古自治区企业设立登记及营业执照办理一件事联办服务', caseNumber: 'KDL-20260101-LONG01' });
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect(wechat.sent).toHaveLength(1);
    expect([...wechat.sent[0].data.thing2.value]).toHaveLength(20);
    expect(wechat.sent[0].data.character_string1.value).toBe('KDL20260101LONG01');
  });

  test('her user record is read once per notice: the recipient check, her language and her WeChat target share the read', async () => {
    const she = await wechatResident();
    await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    await enqueue({ recipient: { userId: she.userId } });
    const userKey = keys.user(she.userId);
    let reads = 0;
    const stack = documentClient().middlewareStack;
    stack.add(
      (next, context) => async (args) => {
        // The document client's GetCommand reaches the stack as GetItem, its key marshalled or not yet.
        const key = (args.input as { Key?: Record<string, unknown> }).Key;
        const text = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { S?: string }).S : value);
        if (/^Get(Item)?Command$/.test(String(context.commandName)) && text(key?.pk) === userKey.pk && text(key?.sk) === userKey.sk) reads += 1;
        return next(args);
      },
      { step: 'initialize', name: 'countUserReads' },
    );
    try {
      expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    } finally {
      stack.remove('countUserReads');
    }
    expect(wechat.sent).toHaveLength(1);
    expect(reads).toBe(1);
  });
});

describe('without a usable subscription', () => {
  test('no message is sent, and the in-app notice is delivered', async () => {
    const he = await wechatResident();
    await subscribe(he.token, [{ topic: 'caseProgress', accepted: false }, { topic: 'newTask', accepted: true }]);
    const item = await enqueue({ recipient: { userId: he.userId } });
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect((await listNotices({ userId: he.userId }, 10)).map((n) => n.id)).toEqual([item.id]);
    expect(wechat.sendAttempts).toBe(0);
    expect(await remaining(he.userId, 'newTask')).toBe(1);
  });

  test('a demo user without an openid gets only the in-app notice', async () => {
    const item = await enqueue({ recipient: { userId: 'u-resident-2' } });
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect((await listNotices({ userId: 'u-resident-2' }, 50)).map((n) => n.id)).toContain(item.id);
    expect(wechat.sendAttempts).toBe(0);
  });

  test('a topic without a configured template (the local stack) skips WeChat', async () => {
    const he = await wechatResident();
    await subscribe(he.token, [{ topic: 'bookingReminder', accepted: true }]);
    delete process.env.WECHAT_TEMPLATE_BOOKING_REMINDER;
    try {
      await enqueue({ recipient: { userId: he.userId }, kind: 'bookingReminder' });
      expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    } finally {
      process.env.WECHAT_TEMPLATE_BOOKING_REMINDER = TEMPLATES.WECHAT_TEMPLATE_BOOKING_REMINDER;
    }
    expect(wechat.sendAttempts).toBe(0);
    expect(await remaining(he.userId, 'bookingReminder')).toBe(1);
  });
});

describe('an agent bound to a WeChat user with an invitation code', () => {
  /** The bureau invites the agent; a WeChat resident binds with the code and works as that agent. */
  async function boundAgent(agentId: string): Promise<{ userId: string; openid: string; token: string }> {
    const invited = await call(staff, { method: 'POST', path: `/network/agents/${agentId}/invitations`, token: await tokenOf('u-bureau-1'), headers: { 'Idempotency-Key': ulid() } });
    expect(invited.status).toBe(200);
    const person = await wechatResident();
    const bound = await call(identity, { method: 'POST', path: '/auth/bind', token: person.token, body: { code: invited.body.code } });
    expect(bound.status).toBe(200);
    return { userId: person.userId, openid: person.openid, token: bound.body.token };
  }

  test('who accepted newTask at a tap gets one subscribe message per grant for new tasks, opening the agent’s case page', async () => {
    const agent = await boundAgent('agt-rsj-2');
    const settings = await call(notices, { path: '/notices/subscriptions', token: agent.token });
    expect(settings.status).toBe(200);
    expect(settings.body.templates).toEqual(expect.arrayContaining([{ topic: 'newTask', templateId: 'tpl-new-task' }, { topic: 'caseProgress', templateId: 'tpl-case-progress' }]));
    await subscribe(agent.token, [{ topic: 'newTask', accepted: true }]);
    expect((await call(notices, { path: '/notices/subscriptions', token: agent.token })).body.granted).toEqual(expect.arrayContaining([{ topic: 'newTask', remaining: 1 }]));

    const first = await enqueue({ kind: 'newTask', recipient: { agentId: 'agt-rsj-2' }, summary: '新的委托：测试事项' });
    const second = await enqueue({ kind: 'reassignedToMe', recipient: { agentId: 'agt-rsj-2' }, summary: '改派给您：测试事项' });
    await drainOutbox();
    expect(await outbox()).toEqual([]);
    // Both reach the agent's in-app inbox; the one grant carries one WeChat message.
    expect((await listNotices({ agentId: 'agt-rsj-2' }, 10)).map((n) => n.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(wechat.sent).toHaveLength(1);
    const sentFor = wechat.sent[0].page === `agent/case/index?id=${String(first.caseId)}` ? first : second;
    expect(wechat.sent[0]).toMatchObject({ touser: agent.openid, template_id: 'tpl-new-task', page: `agent/case/index?id=${String(sentFor.caseId)}` });
    expect(await remaining(agent.userId, 'newTask')).toBe(0);
  });

  test('an agent without a bound WeChat user, or unbound after granting, gets only the in-app notice', async () => {
    const demo = await enqueue({ kind: 'newTask', recipient: { agentId: 'agt-mzj-1' } });
    const agent = await boundAgent('agt-park-2');
    await subscribe(agent.token, [{ topic: 'newTask', accepted: true }]);
    expect((await call(staff, { method: 'POST', path: '/network/agents/agt-park-2/unbind', token: await tokenOf('u-bureau-1') })).status).toBe(200);
    const afterLeaving = await enqueue({ kind: 'newTask', recipient: { agentId: 'agt-park-2' } });
    await drainOutbox();
    expect((await listNotices({ agentId: 'agt-mzj-1' }, 50)).map((n) => n.id)).toContain(demo.id);
    expect((await listNotices({ agentId: 'agt-park-2' }, 50)).map((n) => n.id)).toContain(afterLeaving.id);
    expect(wechat.sendAttempts).toBe(0);
    expect(await remaining(agent.userId, 'newTask')).toBe(1);
  });
});

describe('WeChat failing', () => {
  test('transiently, then recovering: the in-app notice is there at once, the message is sent once after a retry', async () => {
    const she = await wechatResident();
    await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    const item = await enqueue({ recipient: { userId: she.userId } });
    wechat.failNextSends = ['down'];
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 1 });
    expect((await listNotices({ userId: she.userId }, 10)).map((n) => n.id)).toEqual([item.id]);
    expect(wechat.sent).toHaveLength(0);
    // The subscription was claimed once; the retry does not consume another.
    expect(await remaining(she.userId, 'caseProgress')).toBe(0);
    const [pending] = await outbox();
    expect(pending).toMatchObject({ attempts: 1, lastError: expect.stringContaining('wechat') });

    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 0 }); // still backing off
    advance(61_000);
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect(wechat.sent).toHaveLength(1);
    expect(wechat.sent[0].touser).toBe(she.openid);
    expect((await listNotices({ userId: she.userId }, 10)).map((n) => n.id)).toEqual([item.id]);
    expect(await remaining(she.userId, 'caseProgress')).toBe(0);
  });

  test('43101 (refused): recorded, not retried, and the in-app notice is delivered', async () => {
    const warn = jest.spyOn(logger, 'warn');
    const she = await wechatResident();
    await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    const item = await enqueue({ recipient: { userId: she.userId } });
    wechat.failNextSends = ['refused'];
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect(warn).toHaveBeenCalledWith('wechat message refused', expect.objectContaining({ outboxId: item.id, errcode: 43101 }));
    expect((await listNotices({ userId: she.userId }, 10)).map((n) => n.id)).toEqual([item.id]);
    expect(wechat.sendAttempts).toBe(1);

    // Even when the item comes back (a crash before its deletion), WeChat is not asked again.
    const marked = await outbox();
    expect(marked).toEqual([]);
    advance(MAX_BACKOFF_MS + 1);
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 0 });
    expect(wechat.sendAttempts).toBe(1);
    expect(wechat.sent).toHaveLength(0);
  });

  test('the access token is cached across sends and refreshed once after 40001', async () => {
    const she = await wechatResident();
    await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    await enqueue({ recipient: { userId: she.userId } });
    await drainOutbox();
    await enqueue({ recipient: { userId: she.userId } });
    await drainOutbox();
    expect(wechat.sent).toHaveLength(2);
    expect(wechat.tokens).toHaveLength(1);
    expect(wechat.sent.map((m) => m.accessToken)).toEqual(['token-1', 'token-1']);

    wechat.expireTokens();
    await enqueue({ recipient: { userId: she.userId } });
    expect(await drainOutbox()).toEqual({ delivered: 1, parked: 0, retried: 0 });
    expect(wechat.tokens).toHaveLength(2);
    expect(wechat.sent).toHaveLength(3);
    expect(wechat.sent[2].accessToken).toBe('token-2');
    expect(await remaining(she.userId, 'caseProgress')).toBe(0);
  });
});

describe('WeChat down, then slow, then back', () => {
  test('in-app notices arrive at once; messages wait with backoff and are each sent exactly once when WeChat answers again', async () => {
    const she = await wechatResident();
    for (let i = 0; i < 3; i += 1) await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }]);
    const items = [];
    for (let i = 0; i < 3; i += 1) items.push(await enqueue({ recipient: { userId: she.userId }, caseNumber: `KDL-20260101-D${i}`, summary: `第${i}条` }));
    const faults: string[] = [];

    // Unreachable: every connection dropped.
    wechat.mode = 'unreachable';
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 3 });
    faults.push('unreachable');
    expect((await listNotices({ userId: she.userId }, 10)).map((n) => n.id).sort()).toEqual(items.map((i) => String(i.id)).sort());
    // Down: HTTP 500 on every call (token included).
    wechat.mode = 'down';
    advance(MAX_BACKOFF_MS + 1);
    expect(await drainOutbox()).toEqual({ delivered: 0, parked: 0, retried: 3 });
    faults.push('HTTP 500');
    // Slow: answers after the client's 5 s timeout (one notice is enough to show it gives up).
    wechat.mode = 'normal';
    wechat.delayMs = 6_000;
    advance(MAX_BACKOFF_MS + 1);
    const slow = await drainOutbox();
    expect(slow.delivered).toBe(0);
    faults.push('slow past the timeout');
    expect(wechat.sent).toHaveLength(0);

    // Back: every message goes out once; no grant is consumed twice.
    wechat.delayMs = 0;
    await drainUntilEmpty();
    expect(await outbox()).toEqual([]);
    const numbers = wechat.sent.map((m) => m.data.character_string1.value).sort();
    expect(numbers).toEqual(['KDL20260101D0', 'KDL20260101D1', 'KDL20260101D2']); // character_string: alphanumerics only
    expect(await remaining(she.userId, 'caseProgress')).toBe(0);
    expect((await listNotices({ userId: she.userId }, 10))).toHaveLength(3);
    console.log(`wechat faults: ${faults.length} kinds survived (${faults.join(', ')}), ${items.length} notices, ${wechat.sent.length} messages sent, 0 lost, 0 twice`);
  }, 60_000);
});

describe('a burst of 20 notices with WeChat failing 30% of sends', () => {
  test('every notice ends delivered or parked: none lost, none sent twice, no subscription over-consumed', async () => {
    const she = await wechatResident();
    for (let i = 0; i < 7; i += 1) await subscribe(she.token, [{ topic: 'caseProgress', accepted: true }, { topic: 'newTask', accepted: true }, { topic: 'bookingReminder', accepted: true }]);
    // 21 grants for 20 notices, spread over the three topics: 7 each.
    const kinds = ['caseAccepted', 'newTask', 'bookingReminder', 'resultReady', 'overdue'] as const;
    const items: Item[] = [];
    for (let i = 0; i < 20; i += 1) {
      items.push(await enqueue({ recipient: { userId: she.userId }, kind: kinds[i % kinds.length], caseNumber: `KDL-20260101-B${String(i).padStart(4, '0')}`, summary: `第${i}条` }));
    }
    let seed = 42;
    wechat.random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    wechat.sendFailureRate = 0.3;
    wechat.randomFailure = 'busy';

    let parked = 0;
    for (let round = 0; round < 12 && (await outbox()).length > 0; round += 1) {
      parked += (await drainOutbox()).parked;
      advance(MAX_BACKOFF_MS + 1);
    }
    expect(await outbox()).toEqual([]);
    const parkedItems = (await partition(outboxKeys.parkedPartition())).filter((p) => items.some((i) => i.id === p.id));
    expect(parkedItems).toHaveLength(parked);

    // None lost: every notice is in the inbox exactly once.
    const inbox = (await listNotices({ userId: she.userId }, 100)).map((n) => n.id).sort();
    expect(inbox).toEqual(items.map((i) => String(i.id)).sort());
    // None sent twice; per topic, no more than granted.
    const numbers = wechat.sent.map((m) => m.data.character_string1.value);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(wechat.sendAttempts).toBeGreaterThan(wechat.sent.length);
    const byTemplate = (t: string) => wechat.sent.filter((m) => m.template_id === t).length;
    const topicOf = (kind: unknown) => (kind === 'bookingReminder' ? 'bookingReminder' : kind === 'newTask' || kind === 'overdue' ? 'newTask' : 'caseProgress');
    for (const [topic, template] of [['caseProgress', 'tpl-case-progress'], ['newTask', 'tpl-new-task'], ['bookingReminder', 'tpl-booking']] as const) {
      const wanted = items.filter((i) => topicOf(i.kind) === topic).length;
      const left = await remaining(she.userId, topic);
      // Each notice of the topic claimed one grant while any was left; the rest went in-app only.
      expect(left).toBe(Math.max(0, 7 - wanted));
      expect(byTemplate(template) + parkedItems.filter((p) => topicOf(p.kind) === topic).length).toBe(Math.min(7, wanted));
    }
  });
});
