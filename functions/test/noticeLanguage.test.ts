// Notices in the resident's language (issue 17): a resident whose record says 蒙古文 reads her
// in-app notices and WeChat subscribe messages in traditional Mongolian, each template field within
// WeChat's limits and Mongolian cut only where a word ends; a Chinese resident's are unchanged.
// Against DynamoDB Local and the fake WeChat server on loopback, which refuses (47003) any field
// outside subscribeMessage.send's documented limits.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_VERSION, type CaseDetail } from '@app/shared';
import { ulid } from 'ulid';
import { handler as cases } from '../src/handlers/cases';
import { handler as identity } from '../src/handlers/identity';
import { handler as notices } from '../src/handlers/notices';
import { config } from '../src/lib/config';
import { documentClient, type Item } from '../src/lib/dynamo';
import { listNotices } from '../src/notices/inbox';
import { itemsMn } from '../local/demoMongolian';
import { drainOutbox } from '../src/notices/notifier';
import { fitText, NOTICE_TEXT_KEYS, noticeWords, renderNotice, type NoticeTextKey } from '../src/notices/noticeText';
import { OUTBOX_SHARDS, outboxItem, outboxKeys } from '../src/notices/outbox';
import { fitField, resetAccessToken } from '../src/notices/wechatClient';
import { fieldValid, startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

const TEMPLATES = { WECHAT_TEMPLATE_CASE_PROGRESS: 'tpl-case-progress', WECHAT_TEMPLATE_BOOKING_REMINDER: 'tpl-booking', WECHAT_TEMPLATE_QUEUE_CALL: 'tpl-queue' };
const MONGOLIAN_LETTER = /[\u1820-\u1878]/;
/** Han characters and the CJK punctuation (，。、：（）) our Mongolian words must not contain. */
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
let wechat: FakeWechat;

beforeAll(async () => {
  await useFreshTable({ seed: true });
  wechat = await startFakeWechat(process.env.WECHAT_APP_ID!, process.env.WECHAT_APP_SECRET!);
  Object.assign(process.env, { WECHAT_API_BASE: wechat.baseUrl, ...TEMPLATES });
});
afterAll(async () => {
  for (const name of Object.keys(TEMPLATES)) delete process.env[name];
  await wechat.close();
});
beforeEach(() => {
  wechat.sent = [];
  wechat.sendAttempts = 0;
  resetAccessToken();
});

async function outbox(): Promise<Item[]> {
  const parts = await Promise.all(
    Array.from({ length: OUTBOX_SHARDS }, (_, s) =>
      documentClient().send(new QueryCommand({ TableName: config().tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': outboxKeys.shard(s) }, ConsistentRead: true })),
    ),
  );
  return parts.flatMap((p) => p.Items ?? []);
}

let residents = 0;
/** A resident signed in through WeChat, who chose a language and granted the topics she needs. */
async function resident(language: 'zh' | 'mn'): Promise<{ userId: string; openid: string; token: string }> {
  residents += 1;
  const openid = `oWX${ulid()}`;
  const code = `lang${residents}${Date.now()}`;
  wechat.codes.set(code, openid);
  const signedIn = await call(identity, { method: 'POST', path: '/auth/wechat', body: { code } });
  expect(signedIn.status).toBe(200);
  const token = signedIn.body.token as string;
  expect((await call(identity, { method: 'PUT', path: '/auth/me/language', token, body: { language } })).status).toBe(200);
  const answers = ['caseProgress', 'bookingReminder', 'queueCall'].map((topic) => ({ topic, accepted: true }));
  expect((await call(notices, { method: 'POST', path: '/notices/subscriptions', body: { answers }, token })).status).toBe(200);
  return { userId: signedIn.body.user.userId, openid, token };
}

/** She entrusts 企业开办 online, signs, and the agent the case went to accepts it. */
async function caseAcceptedFor(token: string): Promise<CaseDetail> {
  const created = await call(cases, {
    method: 'POST', path: '/cases', token, headers: { 'Idempotency-Key': ulid() },
    body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '其其格', phone: '13904720002' } },
  });
  expect(created.status).toBe(200);
  let c: CaseDetail = created.body;
  const act = async (as: string, body: Record<string, unknown>) => {
    const answer = await call(cases, { method: 'POST', path: `/cases/${c.id}/actions`, body: { version: c.version, ...body }, token: as });
    expect(answer.status).toBe(200);
    c = answer.body;
  };
  await act(token, { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: '其其格', consentToDataHandling: true, acknowledgeFreeOfCharge: true });
  await act(await tokenOf(c.assignee!.agentId), { action: 'accept' });
  return c;
}

/** Every field of a sent message is one WeChat accepts (the fake refuses the others, so none would be here). */
function expectWithinLimits(data: Record<string, { value: string }>): void {
  for (const [key, { value }] of Object.entries(data)) expect({ key, value, valid: fieldValid(key, value) }).toEqual({ key, value, valid: true });
}

describe('Mongolian is cut where a word ends, as WeChat counts (characters)', () => {
  test('a sentence longer than the limit keeps its whole first words, never part of one', () => {
    const sentence = 'ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠄ ᠣᠶᠤᠨᠴᠢᠮᠡᠭ';
    const cut = fitText(sentence, 20);
    expect(cut).toBe('ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠄');
    expect([...cut].length).toBeLessThanOrEqual(20);
    expect(sentence.startsWith(`${cut} `)).toBe(true);
  });

  test('a suffix stays with its stem (U+202F) and a final -a with its separator (U+180E)', () => {
    // 'ᠵᠠᠰᠠᠯᠲᠠ' + NNBSP + 'ᠶᠢᠨ' is 11 characters: within 12 it stays whole; within 10 it goes back to the stem.
    const word = 'ᠵᠠᠰᠠᠯᠲᠠ\u202Fᠶᠢᠨ ᠪᠠᠶᠢᠳᠠᠯ';
    expect(fitText(word, 12)).toBe('ᠵᠠᠰᠠᠯᠲᠠ\u202Fᠶᠢᠨ');
    const single = 'ᠵᠠᠬᠢᠶᠠᠯᠭ\u180E\u1820';
    // One word longer than the limit: cut between letters, never next to the separator that shapes its neighbours.
    expect(fitText(single, 10)).toBe(single);
    expect(fitText(single, 9)).toBe('ᠵᠠᠬᠢᠶᠠᠯ');
    expect(fitText(`ᠪᠢ\u202Fᠶᠢ`, 3)).toBe('ᠪᠢ');
  });

  test('Chinese is cut at the limit as before, and short text is left alone', () => {
    expect(fitField('thing5', '内蒙古自治区企业设立登记及营业执照办理一件事')).toBe('内蒙古自治区企业设立登记及营业执照办理一');
    expect(fitField('thing5', 'ᠬᠡᠷᠡᠭ')).toBe('ᠬᠡᠷᠡᠭ');
  });

  test('every notice sentence has a Mongolian draft with no Chinese of ours, whose WeChat line says something', () => {
    const sample = { agent: 'A', materials: 'X、Y', item: 'I', due: '2026-02-03', point: 'P', date: '2026-02-03', time: '09:00', why: 'W', kind: 'K', snippet: 'S', calls: 2, window: 3, number: 'A012', ahead: 2 };
    for (const key of NOTICE_TEXT_KEYS) {
      const mn = renderNotice({ key, params: sample }, 'mn');
      expect({ key, mongolian: MONGOLIAN_LETTER.test(mn), han: HAN.test(mn) }).toEqual({ key, mongolian: true, han: false });
      const line = fitField('thing5', mn);
      expect([...line].length).toBeGreaterThan(3);
      expect([...line].length).toBeLessThanOrEqual(20);
      // Whole words: the line is the sentence, or the sentence goes on after a space.
      expect(mn === line || mn.startsWith(`${line} `)).toBe(true);
    }
  });
});

describe('a resident who reads Mongolian, and her case is accepted', () => {
  test('gets the in-app notice in Mongolian and a subscribe message whose fields are within WeChat’s limits', async () => {
    const she = await resident('mn');
    const c = await caseAcceptedFor(she.token);
    await drainOutbox();
    expect(await outbox()).toEqual([]);

    const [notice] = await listNotices({ userId: she.userId }, 10);
    expect(notice.kind).toBe('caseAccepted');
    const agentName = c.timeline.at(-1)!.actor.name;
    expect(notice.summary).toBe(`ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠄ ${agentName}`);

    expect(wechat.sent).toHaveLength(1);
    const [message] = wechat.sent;
    expect(message).toMatchObject({ touser: she.openid, template_id: 'tpl-case-progress' });
    expectWithinLimits(message.data);
    // The summary field in Mongolian, whole words only; the status word stays Chinese (phrase takes only Chinese characters).
    expect(message.data.thing5.value).toBe('ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠄');
    expect(message.data.phrase3.value).toBe('已受理');
    // The item by its Mongolian name, as the bureau entered it (§97), in the notice and the message.
    expect(notice.itemName).toBe(itemsMn['item-qy-setup'].nameMn);
    expect(message.data.thing2.value).toMatch(MONGOLIAN_LETTER);
    expect(itemsMn['item-qy-setup'].nameMn.startsWith(message.data.thing2.value)).toBe(true);
  });

  test('her queue call and booking notices are in Mongolian too, each message accepted by WeChat', async () => {
    const she = await resident('mn');
    const at = new Date().toISOString();
    const enqueue = async (kind: 'ticketCalled' | 'bookingCancelled', key: NoticeTextKey, params: Record<string, string | number>) => {
      const said = noticeWords(key, params);
      await documentClient().send(new PutCommand({ TableName: config().tableName, Item: outboxItem({ kind, recipient: { userId: she.userId }, ticketId: ulid(), itemName: '前进道街道党群服务中心', ...said }, at) }));
    };
    await enqueue('ticketCalled', 'ticketCalled', { calls: 2, window: 3, number: 'A012' });
    await enqueue('bookingCancelled', 'bookingCancelled', { point: '前进道街道党群服务中心', date: '2026-02-03', time: '09:00', why: '网点调整了办公时间，该时段不再开放' });
    await drainOutbox();

    const summaries = (await listNotices({ userId: she.userId }, 10)).map((n) => n.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        '3 ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ\u202Fᠳᠤ ᠢᠷᠡᠭᠡᠷᠡᠢ (A012) 2 ᠳᠤᠭᠠᠷ ᠤᠳᠠᠭ\u180E\u1820 ᠳᠠᠭᠤᠳᠠᠪᠠ',
        expect.stringMatching(/^ᠵᠠᠬᠢᠶᠠᠯᠭ\u180E\u1820 ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠄ 前进道街道党群服务中心 2026-02-03 09:00᠂ ᠴᠡᠭ ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ/),
      ]),
    );
    expect(wechat.sent).toHaveLength(2);
    for (const message of wechat.sent) {
      expectWithinLimits(message.data);
      expect(message.data.thing5.value).toMatch(MONGOLIAN_LETTER);
    }
  });
});

describe('the item a notice is about, named in the reader’s language', () => {
  /** A notice that the result of her case on an item is ready, as the case's change writes it. */
  async function resultReadyFor(userId: string, itemId: string, itemName: string): Promise<void> {
    const said = noticeWords('resultReady', { item: itemName });
    const notice = { kind: 'resultReady' as const, recipient: { userId }, caseId: ulid(), caseNumber: 'DB20260203-0001', itemId, itemName, ...said };
    await documentClient().send(new PutCommand({ TableName: config().tableName, Item: outboxItem(notice, new Date().toISOString()) }));
    await drainOutbox();
  }

  test('a Mongolian resident’s notice names the item by its Mongolian name, and the message fits it to WeChat’s field', async () => {
    const she = await resident('mn');
    await resultReadyFor(she.userId, 'item-qy-setup', '企业设立登记');
    const nameMn = itemsMn['item-qy-setup'].nameMn;
    const [notice] = await listNotices({ userId: she.userId }, 10);
    expect(notice.summary).toBe(`ᠦᠷ\u180E\u1821 ᠳᠦᠩ ᠭᠠᠷᠪᠠ᠄ ${nameMn}`);
    expect(HAN.test(notice.summary)).toBe(false);
    expect(notice.itemName).toBe(nameMn);
    const [message] = wechat.sent;
    expectWithinLimits(message.data);
    // thing takes 20 characters: the name is cut where a word ends, never inside one.
    expect(message.data.thing2.value).toBe(fitText(nameMn, 20));
    expect(nameMn === message.data.thing2.value || nameMn.startsWith(`${message.data.thing2.value} `)).toBe(true);
    expect(message.data.thing5.value).toMatch(MONGOLIAN_LETTER);
  });

  test('an item the bureau has not named in Mongolian keeps its Chinese name in the Mongolian sentence', async () => {
    expect(itemsMn['item-qy-seal']).toBeUndefined();
    const she = await resident('mn');
    await resultReadyFor(she.userId, 'item-qy-seal', '企业印章刻制');
    const [notice] = await listNotices({ userId: she.userId }, 10);
    expect(notice.summary).toBe('ᠦᠷ\u180E\u1821 ᠳᠦᠩ ᠭᠠᠷᠪᠠ᠄ 企业印章刻制');
    expect(notice.itemName).toBe('企业印章刻制');
    expect(wechat.sent[0].data.thing2.value).toBe('企业印章刻制');
  });

  test('a Chinese resident reads the Chinese name even where a Mongolian one exists', async () => {
    const he = await resident('zh');
    await resultReadyFor(he.userId, 'item-qy-setup', '企业设立登记');
    const [notice] = await listNotices({ userId: he.userId }, 10);
    expect(notice.summary).toBe('办理结果已反馈：企业设立登记');
    expect(notice.itemName).toBe('企业设立登记');
    expect(wechat.sent[0].data.thing2.value).toBe('企业设立登记');
  });
});

describe('a resident who reads Chinese', () => {
  test('gets the same Chinese notice and message as before', async () => {
    const he = await resident('zh');
    const c = await caseAcceptedFor(he.token);
    await drainOutbox();
    const [notice] = await listNotices({ userId: he.userId }, 10);
    const agentName = c.timeline.at(-1)!.actor.name;
    expect(notice.summary).toBe(`${agentName}已受理您的委托`);
    expect(wechat.sent).toHaveLength(1);
    expectWithinLimits(wechat.sent[0].data);
    expect(wechat.sent[0].data.thing5.value).toBe(`${agentName}已受理您的委托`.slice(0, 20));
    expect(wechat.sent[0].data.phrase3.value).toBe('已受理');
  });
});
