// The channel API on the embedded store: the bureau issues per-channel API keys (shown once, stored
// hashed), a 12345 hotline operator entrusts an item on behalf of a caller and reads its progress,
// and the caller, signed in to the mini-program, proves the phone through WeChat (a fake WeChat on
// loopback) and finds the case among their own.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { ApiErrorSchema, ChannelCaseProgressSchema, ClaimCasesResponse, IssuedApiKeyResponse, ListApiKeysResponse, ListCasesResponse, CaseDetailSchema } from '@app/shared';
import { handler } from '../src/handlers/channels';
import { handler as cases } from '../src/handlers/cases';
import { handler as identity } from '../src/handlers/identity';
import { putUser } from '../src/identity/repository';
import { issueSession } from '../src/identity/session';
import { resetAccessToken } from '../src/notices/wechatClient';
import { startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call, type Answer } from './support/http';
import { ITEM_ID, entrustBody } from './support/matrixFixtures';
import { tokenOf } from './support/people';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';
import { scanTable, tableSnapshot } from './support/table';

let wechat: FakeWechat;
const tokens: Record<string, string> = {};
const keysByChannel: Record<string, string> = {};

const newPhone = () => `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
const errorOf = (a: Answer) => ApiErrorSchema.parse(a.body).error;

const snapshot = () => tableSnapshot();

const issue = (body: unknown, key: string = randomUUID(), token = tokens.bureau) =>
  call(handler, { method: 'POST', path: '/channels/keys', token, body, headers: { 'Idempotency-Key': key } });
const entrust = (apiKey: string | undefined, body: unknown, idem: string | null = randomUUID()) =>
  call(handler, {
    method: 'POST',
    path: '/channel/cases',
    body,
    headers: { ...(apiKey === undefined ? {} : { 'X-Api-Key': apiKey }), ...(idem ? { 'Idempotency-Key': idem } : {}) },
  });
const progress = (apiKey: string | undefined, id: string) => call(handler, { path: `/channel/cases/${id}`, headers: apiKey === undefined ? {} : { 'x-api-key': apiKey } });
const claim = (token: string, body: unknown) => call(handler, { method: 'POST', path: '/cases/claim', token, body });

/** What a hotline operator keys in for a caller. */
const onBehalf = (phone: string, extra: Record<string, unknown> = {}) => {
  const { applicant, servicePointId, ...rest } = entrustBody();
  void servicePointId;
  return { ...rest, applicant: { ...applicant, phone }, note: '来电人不会使用手机办理，请代办员电话联系。', operator: { name: '王话务', id: 'op-0107' }, ...extra };
};

async function newResident(name: string): Promise<string> {
  const userId = `u-ch-${randomUUID().slice(0, 8)}`;
  await putUser({ id: userId, role: 'resident', name, createdAt: new Date().toISOString() });
  return (await issueSession({ userId, role: 'resident', name })).token;
}

beforeAll(async () => {
  await useFreshTable({ seed: true });
  wechat = await startFakeWechat(process.env.WECHAT_APP_ID!, process.env.WECHAT_APP_SECRET!);
  process.env.WECHAT_API_BASE = wechat.baseUrl;
  resetAccessToken();
  tokens.bureau = await tokenOf('u-bureau-1');
  tokens.resident = await tokenOf('u-resident-1');
  tokens.agent = await tokenOf('agt-scjg-1');
  for (const [channel, label] of [['hotline12345', '12345 热线话务平台'], ['webPortal', '政务服务网']] as const) {
    const issued = await issue({ channel, label });
    expect(issued.status).toBe(200);
    keysByChannel[channel] = IssuedApiKeyResponse.parse(issued.body).key;
  }
});
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);

afterAll(async () => {
  delete process.env.WECHAT_API_BASE;
  resetAccessToken();
  await wechat?.close();
});

describe('API keys', () => {
  test('the bureau issues a key once; the table holds only its SHA-256; a retry cannot show it again', async () => {
    const idem = randomUUID();
    const first = await issue({ channel: 'webPortal', label: '政务服务网（测试）' }, idem);
    expect(first.status).toBe(200);
    const issued = IssuedApiKeyResponse.parse(first.body);
    expect(issued.key).toMatch(/^dbk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(issued.prefix).toBe(issued.key.slice(0, 16));

    const table = await snapshot();
    const secret = issued.key.slice(17);
    expect(table.includes(secret)).toBe(false);
    expect(Object.values(keysByChannel).some((k) => table.includes(k.slice(17)))).toBe(false);
    const stored = (await scanTable()).find((i) => i.entity === 'channelApiKey' && i.id === issued.id)!;
    expect(stored.secretHash).toBe(createHash('sha256').update(issued.key).digest('hex'));

    const retry = await issue({ channel: 'webPortal', label: '政务服务网（测试）' }, idem);
    expect(retry.status).toBe(409);
    expect(errorOf(retry).reason).toBe('apiKeyAlreadyIssued');
    const list = ListApiKeysResponse.parse((await call(handler, { path: '/channels/keys', token: tokens.bureau })).body);
    expect(list.keys.filter((k) => k.label === '政务服务网（测试）')).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(secret);
    expect(list.keys.map((k) => k.channel).sort()).toEqual(['hotline12345', 'webPortal', 'webPortal']);
  });

  test('only the bureau manages keys; malformed requests are 400 and change nothing', async () => {
    const before = await snapshot();
    expect((await issue({ channel: 'webPortal', label: 'x' }, randomUUID(), tokens.agent)).status).toBe(403);
    expect((await issue({ channel: 'webPortal', label: 'x' }, randomUUID(), tokens.resident)).status).toBe(403);
    expect((await call(handler, { path: '/channels/keys' })).status).toBe(401);
    // The mini-program and windows do not integrate by key.
    expect((await issue({ channel: 'miniProgram', label: 'x' })).status).toBe(400);
    expect((await issue({ channel: 'webPortal', label: '' })).status).toBe(400);
    expect((await issue({ channel: 'webPortal', label: 'x', extra: 1 })).status).toBe(400);
    expect((await issue({ channel: 'webPortal', label: 'x' }, '')).status).toBe(400);
    expect((await call(handler, { method: 'POST', path: '/channels/keys/not-a-key/revoke', token: tokens.bureau })).status).toBe(400);
    expect((await call(handler, { method: 'POST', path: '/channels/keys/0123456789ab/revoke', token: tokens.bureau })).status).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  test('a missing, malformed, unknown or wrong key is 401 on both channel routes, whatever the session; nothing changes', async () => {
    const before = await snapshot();
    const hotline = keysByChannel.hotline12345;
    const wrongSecret = `${hotline.slice(0, 17)}${'A'.repeat(43)}`;
    const unknownPrefix = `dbk_ffffffffffff_${hotline.slice(17)}`;
    for (const key of [undefined, '', 'Bearer abc', hotline.slice(0, -1), wrongSecret, unknownPrefix]) {
      const created = await entrust(key, onBehalf(newPhone()));
      expect([String(key), created.status]).toEqual([String(key), 401]);
      expect(errorOf(created).code).toBe('unauthenticated');
      expect((await progress(key, '01J0000000000000000000000A')).status).toBe(401);
    }
    // A session is no key: even the bureau's token does not open the channel routes.
    expect((await call(handler, { method: 'POST', path: '/channel/cases', token: tokens.bureau, body: onBehalf(newPhone()), headers: { 'Idempotency-Key': randomUUID() } })).status).toBe(401);
    // The key is checked before the body: a bad body with no key is still 401.
    expect((await entrust(undefined, { nonsense: true })).status).toBe(401);
    expect(await snapshot()).toBe(before);
  });
});

describe('entrustment on behalf of a caller', () => {
  test('created once despite a retry, with the channel recorded, routed to an agent, and no resident yet', async () => {
    const phone = newPhone();
    const idem = randomUUID();
    const body = onBehalf(phone);
    const first = await entrust(keysByChannel.hotline12345, body, idem);
    expect(first.status).toBe(200);
    const created = ChannelCaseProgressSchema.parse(first.body);
    expect(created).toMatchObject({ channel: 'hotline12345', state: 'entrusted', itemId: ITEM_ID, claimed: false, applicant: { name: '张丽', phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}` } });
    expect(JSON.stringify(first.body)).not.toContain(phone);
    expect(created.timeline.map((e) => e.title)).toEqual(['提交委托', '已分派代办帮办员']);

    const retry = await entrust(keysByChannel.hotline12345, body, idem);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(created.id);
    const items = await scanTable();
    const ofPhone = items.filter((i) => i.entity === 'case' && (i.applicant as { phone: string }).phone === phone);
    expect(ofPhone).toHaveLength(1);
    expect(ofPhone[0]).toMatchObject({ channel: 'hotline12345', assigneeAgentId: expect.any(String) });
    expect(ofPhone[0].applicantUserId).toBeUndefined();
    // The claim marker is on the phone's index by its hash; the phone is never in a key.
    const marker = items.find((i) => i.entity === 'caseClaim' && i.caseId === created.id)!;
    expect(String(marker.gsi1pk)).toMatch(/^PHONE#[0-9a-f]{64}#UNCLAIMED$/);
    expect(items.some((i) => [i.pk, i.sk, i.gsi1pk, i.gsi2pk, i.gsi3pk, i.gsi4pk, i.gsi5pk, i.gsi6pk].some((k) => String(k ?? '').includes(phone)))).toBe(false);
    // The entrust event names the operator and the key, not a user.
    const agentView = CaseDetailSchema.parse((await call(cases, { path: `/cases/${created.id}`, token: await tokenOf(ofPhone[0].assigneeAgentId as string) })).body);
    expect(agentView.timeline[0]).toMatchObject({ action: 'entrust', actor: { role: 'system', name: '12345 热线话务平台 · 王话务' }, data: { channel: 'hotline12345', operatorName: '王话务' } });

    // The same key with another body is a conflict; nothing more is created.
    const reused = await entrust(keysByChannel.hotline12345, { ...body, note: '另一件事' }, idem);
    expect(reused.status).toBe(409);
    expect((await scanTable()).filter((i) => i.entity === 'case' && (i.applicant as { phone: string }).phone === phone)).toHaveLength(1);
  });

  test('malformed requests are 400 and change nothing (the key’s last use included)', async () => {
    const before = await snapshot();
    const key = keysByChannel.hotline12345;
    const phone = newPhone();
    expect((await entrust(key, onBehalf(phone), null)).status).toBe(400);
    expect((await entrust(key, { ...onBehalf(phone), operator: undefined })).status).toBe(400);
    expect((await entrust(key, onBehalf('12345'))).status).toBe(400);
    expect((await entrust(key, onBehalf(phone, { itemId: 'no-such-item' }))).status).toBe(400);
    expect((await entrust(key, onBehalf(phone, { serviceMode: 'onSite' }))).status).toBe(400);
    expect((await entrust(key, onBehalf(phone, { channel: 'window' }))).status).toBe(400);
    expect((await progress(key, 'bad id!')).status).toBe(400);
    expect(await snapshot()).toBe(before);
  });

  test('progress: the creating channel reads it; another channel’s key and other cases are 404; a revoked key is 401', async () => {
    const created = ChannelCaseProgressSchema.parse((await entrust(keysByChannel.hotline12345, onBehalf(newPhone()))).body);
    const read = await progress(keysByChannel.hotline12345, created.id);
    expect(read.status).toBe(200);
    expect(ChannelCaseProgressSchema.parse(read.body)).toMatchObject({ id: created.id, number: created.number, stateLabel: '已委托待签协议' });
    expect(Object.keys(read.body.applicant).sort()).toEqual(['name', 'phoneMasked']);

    expect((await progress(keysByChannel.webPortal, created.id)).status).toBe(404);
    expect((await progress(keysByChannel.hotline12345, '01J0000000000000000000000A')).status).toBe(404);
    // A case from the mini-program, even one an agent keyed in as a hotline request, is not the channel's.
    const agentCase = await call(cases, { method: 'POST', path: '/cases', token: tokens.agent, body: entrustBody({ channel: 'hotline12345' }), headers: { 'Idempotency-Key': randomUUID() } });
    expect(agentCase.status).toBe(200);
    expect((await progress(keysByChannel.hotline12345, agentCase.body.id)).status).toBe(404);

    // Last use is recorded; a revoked key stops at once.
    const listed = ListApiKeysResponse.parse((await call(handler, { path: '/channels/keys', token: tokens.bureau })).body);
    const hotlineKey = listed.keys.find((k) => k.prefix === keysByChannel.hotline12345.slice(0, 16))!;
    expect(hotlineKey.lastUsedAt).toBeDefined();
    const temp = IssuedApiKeyResponse.parse((await issue({ channel: 'hotline12345', label: '临时' })).body);
    const viaTemp = await entrust(temp.key, onBehalf(newPhone()));
    expect(viaTemp.status).toBe(200);
    // Another key of the same channel reads the channel's cases.
    expect((await progress(temp.key, created.id)).status).toBe(200);
    const revoked = await call(handler, { method: 'POST', path: `/channels/keys/${temp.id}/revoke`, token: tokens.bureau });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBeDefined();
    expect((await call(handler, { method: 'POST', path: `/channels/keys/${temp.id}/revoke`, token: tokens.bureau })).body.revokedAt).toBe(revoked.body.revokedAt);
    expect((await progress(temp.key, viaTemp.body.id)).status).toBe(401);
    expect((await entrust(temp.key, onBehalf(newPhone()))).status).toBe(401);
    expect((await progress(keysByChannel.hotline12345, viaTemp.body.id)).status).toBe(200);
  });
});

describe('claiming by a phone verified through WeChat', () => {
  test('the caller’s cases join their list with a timeline event; the channel sees it claimed; a second claim finds none', async () => {
    const phone = newPhone();
    const first = ChannelCaseProgressSchema.parse((await entrust(keysByChannel.hotline12345, onBehalf(phone))).body);
    const second = ChannelCaseProgressSchema.parse((await entrust(keysByChannel.webPortal, onBehalf(phone, { serviceKind: 'consult' }))).body);
    const otherPhone = ChannelCaseProgressSchema.parse((await entrust(keysByChannel.hotline12345, onBehalf(newPhone()))).body);
    const resident = await newResident('张丽');

    wechat.phoneCodes.set('phone-code-1', { phone });
    const claimed = await claim(resident, { code: 'phone-code-1' });
    expect(claimed.status).toBe(200);
    expect(ClaimCasesResponse.parse(claimed.body).cases.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());

    const mine = ListCasesResponse.parse((await call(cases, { path: '/cases/mine', token: resident })).body);
    expect(mine.cases.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(mine.cases.map((c) => c.id)).not.toContain(otherPhone.id);
    const detail = CaseDetailSchema.parse((await call(cases, { path: `/cases/${first.id}`, token: resident })).body);
    expect(detail.applicant.phone).toBe(phone);
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'recordProgress', actor: { role: 'resident' }, note: '申请人已在小程序验证手机号，认领了本办件', data: { claimed: true, channel: 'hotline12345' } });
    // The resident may now sign the agreement of the case entrusted for them.
    expect(detail.availableActions).toContain('signAgreement');
    expect(ChannelCaseProgressSchema.parse((await progress(keysByChannel.hotline12345, first.id)).body).claimed).toBe(true);

    // Claimed cases leave the phone's index: another account proving the same phone gets nothing.
    wechat.phoneCodes.set('phone-code-2', { phone });
    const again = await claim(await newResident('李四'), { code: 'phone-code-2' });
    expect(again.status).toBe(200);
    expect(again.body.cases).toEqual([]);
    expect((await call(cases, { path: `/cases/${first.id}`, token: tokens.resident })).status).toBe(404);
  });

  test('a case a window clerk registered is claimed the same way; two claims at once link it once', async () => {
    const phone = newPhone();
    const { applicant } = entrustBody();
    const registered = await call(cases, {
      method: 'POST',
      path: '/cases',
      token: tokens.agent,
      body: entrustBody({ applicant: { ...applicant, phone }, note: '窗口登记：申请人来窗口咨询后委托' }),
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ channel: 'window', assignee: { agentId: 'agt-scjg-1' } });

    const resident = await newResident('张丽');
    const [a, b] = await Promise.all([claim(resident, { devPhone: phone }), claim(resident, { devPhone: phone })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([...a.body.cases, ...b.body.cases].map((c: { id: string }) => c.id)).toEqual([registered.body.id]);
    const detail = CaseDetailSchema.parse((await call(cases, { path: `/cases/${registered.body.id}`, token: resident })).body);
    expect(detail.timeline.filter((e) => e.data?.claimed)).toHaveLength(1);
    expect(detail.timeline.at(-1)).toMatchObject({ data: { claimed: true, channel: 'window' } });
    // The clerk still holds it (首问负责), and no channel key reads a window case.
    expect(detail.assignee?.agentId).toBe('agt-scjg-1');
    expect((await progress(keysByChannel.hotline12345, registered.body.id)).status).toBe(404);
  });

  test('a phone with no cases gets an empty list; the local stack’s devPhone works like a verified phone', async () => {
    wechat.phoneCodes.set('phone-code-empty', { phone: newPhone() });
    const none = await claim(await newResident('赵六'), { code: 'phone-code-empty' });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ cases: [] });

    const phone = newPhone();
    const created = ChannelCaseProgressSchema.parse((await entrust(keysByChannel.webPortal, onBehalf(phone))).body);
    const dev = await claim(await newResident('钱七'), { devPhone: phone });
    expect(dev.status).toBe(200);
    expect(dev.body.cases.map((c: { id: string }) => c.id)).toEqual([created.id]);
  });

  test('malformed claims, bad codes, foreign numbers and non-residents are refused and change nothing', async () => {
    const phone = newPhone();
    await entrust(keysByChannel.hotline12345, onBehalf(phone));
    const resident = await newResident('孙八');
    let before = await snapshot();
    expect((await claim(resident, {})).status).toBe(400);
    expect((await claim(resident, { code: 'a', devPhone: phone })).status).toBe(400);
    expect((await claim(resident, { code: 'bad code!' })).status).toBe(400);
    expect((await claim(resident, { devPhone: '123' })).status).toBe(400);
    const unknown = await claim(resident, { code: 'never-issued' });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown).reason).toBe('phoneCodeInvalid');
    wechat.phoneCodes.set('phone-code-hk', { phone: '91234567', countryCode: '852' });
    const foreign = await claim(resident, { code: 'phone-code-hk' });
    expect(foreign.status).toBe(400);
    expect(errorOf(foreign).reason).toBe('phoneNotMainland');
    // A used code is spent.
    const verified = newPhone();
    wechat.phoneCodes.set('phone-code-once', { phone: verified });
    expect(await snapshot()).toBe(before);
    expect((await claim(resident, { code: 'phone-code-once' })).status).toBe(200);
    expect((await call(identity, { path: '/auth/me', token: resident })).body.phone).toBe(verified);
    // That claim went through: the verified phone is now the resident's profile phone. The rest changes nothing.
    before = await snapshot();
    expect((await claim(resident, { code: 'phone-code-once' })).status).toBe(400);
    // WeChat down: 503, nothing claimed.
    wechat.phoneCodes.set('phone-code-down', { phone });
    wechat.mode = 'down';
    try {
      expect((await claim(resident, { code: 'phone-code-down' })).status).toBe(503);
    } finally {
      wechat.mode = 'normal';
    }
    expect((await claim(tokens.agent, { devPhone: phone })).status).toBe(403);
    expect((await call(handler, { method: 'POST', path: '/cases/claim', body: { devPhone: phone } })).status).toBe(401);
    expect(await snapshot()).toBe(before);
  });
});
