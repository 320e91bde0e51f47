// Refusals in the caller's language (issue 17): a request that says `Accept-Language: mn-Mong` is
// answered with its sentences in traditional Mongolian — the reason's, the field's, the code's —
// while the code, the reason and the issue paths, which programs read, stay exactly as they are;
// without the header (or with zh-CN) the answer is the Chinese it always was.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ApiErrorSchema, ERROR_MESSAGES, REFUSAL_REASONS, REFUSAL_SENTENCES } from '@app/shared';
import { ulid } from 'ulid';
import { handler as cases } from '../src/handlers/cases';
import { handler as notices } from '../src/handlers/notices';
import { AppError } from '../src/lib/errors';
import { ERROR_MESSAGES_MN, ISSUE_SENTENCES_MN, REFUSAL_SENTENCES_MN, STAFF_ONLY_REFUSALS, mongolianErrorSentences } from '../src/lib/errorText';
import { MN_ERROR_SENTENCES_BROTLI_BASE64 } from '../src/lib/errorTextPacked';
import { requestLanguage } from '../src/lib/language';
import { unpackJson } from '../src/lib/packed';
import { errorResponse } from '../src/lib/http';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

const MONGOLIAN = { 'Accept-Language': 'mn-Mong' };
const MONGOLIAN_LETTER = /[\u1820-\u1878]/;
/** Han characters and the CJK punctuation (，。、“”《》) a Mongolian sentence of ours must not contain. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d]/u;

beforeAll(() => useFreshTable({ seed: true }));

test('the functions carry exactly the sentences of errorText.ts (packed; `npm run texts:pack` rewrites the copy)', () => {
  const carried = unpackJson<ReturnType<typeof mongolianErrorSentences>>(MN_ERROR_SENTENCES_BROTLI_BASE64);
  // A failure here means errorText.ts was edited without re-packing: run `npm run texts:pack` and commit errorTextPacked.ts.
  expect(carried).toEqual(mongolianErrorSentences());
  expect(Object.keys(carried.errors).sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
});

const entrust = (token: string, headers: Record<string, string>, body: Record<string, unknown>) =>
  call(cases, {
    method: 'POST', path: '/cases', token, headers: { 'Idempotency-Key': ulid(), ...headers },
    body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '其其格', phone: '13904720002' }, ...body },
  });

describe('the language a request asks for', () => {
  test('mn-Mong (what the app sends), mn, or mn preferred by weight is Mongolian; anything else Chinese', () => {
    expect(requestLanguage('mn-Mong')).toBe('mn');
    expect(requestLanguage('mn-Mong-CN')).toBe('mn');
    expect(requestLanguage('zh-CN;q=0.4, mn;q=0.9')).toBe('mn');
    expect(requestLanguage('zh-CN')).toBe('zh');
    expect(requestLanguage('zh-CN, mn-Mong')).toBe('zh');
    expect(requestLanguage('mn;q=0, zh')).toBe('zh');
    expect(requestLanguage('en-US')).toBe('zh');
    expect(requestLanguage(undefined)).toBe('zh');
  });
});

describe('a resident who reads Mongolian is refused', () => {
  test('a field the shared schema refuses: the sentence in Mongolian, the issue’s path and code unchanged', async () => {
    const token = await tokenOf('u-resident-1');
    const onSiteWithoutAddress = { serviceMode: 'onSite' };
    const zh = await entrust(token, {}, onSiteWithoutAddress);
    const mn = await entrust(token, MONGOLIAN, onSiteWithoutAddress);
    expect(zh.status).toBe(400);
    expect(mn.status).toBe(400);
    const [zhError, mnError] = [ApiErrorSchema.parse(zh.body).error, ApiErrorSchema.parse(mn.body).error];
    expect(zhError.message).toBe(ERROR_MESSAGES.validation_failed);
    expect(zhError.issues).toEqual(expect.arrayContaining([expect.objectContaining({ message: '上门服务请填写地址和期望时间' })]));
    const sentence = ISSUE_SENTENCES_MN['上门服务请填写地址和期望时间'];
    expect(mnError).toMatchObject({ code: 'validation_failed', message: sentence });
    expect(mnError.issues!.map(({ path: p, code }) => ({ p, code }))).toEqual(zhError.issues!.map(({ path: p, code }) => ({ p, code })));
    expect(mnError.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['body', 'onSite'], message: sentence })]));
  });

  test('a stale change (409): the reason stays staleVersion, its sentence is Mongolian', async () => {
    const token = await tokenOf('u-resident-1');
    const created = await entrust(token, {}, {});
    expect(created.status).toBe(200);
    const stale = { action: 'withdraw', version: created.body.version + 5, reason: '不需要了' };
    const answer = await call(cases, { method: 'POST', path: `/cases/${created.body.id}/actions`, token, headers: MONGOLIAN, body: stale });
    expect(answer.status).toBe(409);
    expect(ApiErrorSchema.parse(answer.body).error).toMatchObject({ code: 'stale_version', reason: 'staleVersion', message: REFUSAL_SENTENCES_MN.staleVersion });
  });

  test('signed out (401): the code’s sentence in Mongolian; zh-CN gets the Chinese', async () => {
    const mn = await call(notices, { path: '/notices', headers: MONGOLIAN });
    const zh = await call(notices, { path: '/notices', headers: { 'Accept-Language': 'zh-CN' } });
    expect([mn.status, zh.status]).toEqual([401, 401]);
    expect(mn.body.error).toEqual({ code: 'unauthenticated', message: ERROR_MESSAGES_MN.unauthenticated });
    expect(zh.body.error).toEqual({ code: 'unauthenticated', message: ERROR_MESSAGES.unauthenticated });
  });

  test('a refusal only staff meet keeps its Chinese sentence (the staff pages are Chinese)', () => {
    const answer = JSON.parse(errorResponse(new AppError('conflict', 'x', { reason: 'invitationUsed' }), 'mn').body as string);
    expect(answer.error).toMatchObject({ code: 'conflict', reason: 'invitationUsed', message: REFUSAL_SENTENCES.invitationUsed });
  });
});

describe('the Mongolian sentences', () => {
  test('every reason is worded in Mongolian or named as staff-only, and every code is worded', () => {
    const staff = new Set<string>(STAFF_ONLY_REFUSALS);
    for (const reason of REFUSAL_REASONS) expect({ reason, worded: staff.has(reason) !== Object.hasOwn(REFUSAL_SENTENCES_MN, reason) }).toEqual({ reason, worded: true });
    expect(Object.keys(ERROR_MESSAGES_MN).sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
  });

  test('are written in the Mongolian script, with no Chinese characters or punctuation', () => {
    const all = { ...ERROR_MESSAGES_MN, ...REFUSAL_SENTENCES_MN, ...ISSUE_SENTENCES_MN };
    for (const [key, sentence] of Object.entries(all)) {
      expect({ key, mongolian: MONGOLIAN_LETTER.test(sentence), chinese: CHINESE.test(sentence) }).toEqual({ key, mongolian: true, chinese: false });
    }
  });

  test('each translated validation sentence is one the code still says (the table cannot go stale)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
      });
    const code = [...sources(path.join(__dirname, '../src')), ...sources(path.join(__dirname, '../../shared/src'))]
      .filter((text) => !text.includes('ISSUE_SENTENCES_MN'))
      .join('\n');
    for (const chinese of Object.keys(ISSUE_SENTENCES_MN)) expect({ chinese, used: code.includes(`'${chinese}'`) }).toEqual({ chinese, used: true });
  });
});
