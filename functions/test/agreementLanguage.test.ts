// The agreement in the resident's language (issue 17): a resident who reads Mongolian signs the
// Mongolian text, and the case keeps which text was signed — its version, its language, the whole
// text and its digest — exactly as it keeps the Chinese; a version that names no text is refused.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { AGREEMENT_MN, AGREEMENT_TEXTS, AGREEMENT_ZH, agreementIn, type CaseDetail } from '@app/shared';
import { ulid } from 'ulid';
import { agreementDigest, signableTexts, textToSign } from '../src/cases/agreement';
import { handler as cases } from '../src/handlers/cases';
import { config } from '../src/lib/config';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

/**
 * Each text's digest as published: a text can never change under its version. A corrected text
 * (the Mongolian draft after review) is a new version with a new line here.
 */
const PUBLISHED: Record<string, string> = {
  '2026-01': 'ccb58ae0eaa009e5693f8cc32bb7e31edca391e0e74af77f570a9b7f53b16b0f',
  '2026-01-mn': '4159f986adbb5aa0efda0911691154ef443fccf3054cebca0b05551dcbcc9a5e',
};

beforeAll(() => useFreshTable({ seed: true }));

test('the cases function carries exactly the texts of shared/src/agreementTexts.ts (packed; `npm run texts:pack` rewrites the copy)', () => {
  // A failure here means an agreement text was added or changed without re-packing: run
  // `npm run texts:pack` and commit functions/src/cases/agreementTextsPacked.ts.
  expect(signableTexts()).toEqual(AGREEMENT_TEXTS);
});

async function entrusted(token: string): Promise<CaseDetail> {
  const created = await call(cases, {
    method: 'POST', path: '/cases', token, headers: { 'Idempotency-Key': ulid() },
    body: { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '其其格', phone: '13904720002' } },
  });
  expect(created.status).toBe(200);
  return created.body;
}
const sign = (token: string, c: CaseDetail, agreementVersion: string) =>
  call(cases, {
    method: 'POST', path: `/cases/${c.id}/actions`, token,
    body: { action: 'signAgreement', version: c.version, agreementVersion, signerName: '其其格', consentToDataHandling: true, acknowledgeFreeOfCharge: true },
  });
async function kept(caseId: string) {
  return (await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.agreement(caseId), ConsistentRead: true }))).Item;
}

describe('a resident who reads Mongolian signs the agreement', () => {
  test('the Mongolian text is what the case keeps: its version, language, whole text and digest', async () => {
    const token = await tokenOf('u-resident-1');
    const c = await entrusted(token);
    const text = agreementIn('mn');
    expect(text).toBe(AGREEMENT_MN);
    const signed = await sign(token, c, text.version);
    expect(signed.status).toBe(200);
    expect(signed.body.agreement).toMatchObject({ version: '2026-01-mn', language: 'mn', signerName: '其其格' });
    expect(await kept(c.id)).toMatchObject({
      version: '2026-01-mn', language: 'mn', title: AGREEMENT_MN.title, clauses: AGREEMENT_MN.clauses,
      freeOfCharge: AGREEMENT_MN.freeOfCharge, dataConsent: AGREEMENT_MN.dataConsent, textSha256: PUBLISHED['2026-01-mn'],
    });
  });

  test('a resident who reads Chinese signs the Chinese text as before, now with its language and digest', async () => {
    const token = await tokenOf('u-resident-1');
    const c = await entrusted(token);
    expect((await sign(token, c, agreementIn('zh').version)).body.agreement).toMatchObject({ version: '2026-01', language: 'zh' });
    expect(await kept(c.id)).toMatchObject({ version: '2026-01', language: 'zh', title: AGREEMENT_ZH.title, clauses: AGREEMENT_ZH.clauses, textSha256: PUBLISHED['2026-01'] });
  });

  test('a version that names no text is refused in the reader’s language, and nothing is kept', async () => {
    const token = await tokenOf('u-resident-1');
    const c = await entrusted(token);
    const answer = await call(cases, {
      method: 'POST', path: `/cases/${c.id}/actions`, token, headers: { 'Accept-Language': 'mn-Mong' },
      body: { action: 'signAgreement', version: c.version, agreementVersion: '2025-12-mn', signerName: '其其格', consentToDataHandling: true, acknowledgeFreeOfCharge: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'agreementVersion'] })]);
    expect(answer.body.error.message).toMatch(/[\u1820-\u1878]/);
    expect(await kept(c.id)).toBeUndefined();
  });
});

describe('the texts', () => {
  test('each version names one text whose digest is the published one', () => {
    expect(AGREEMENT_TEXTS.map((t) => t.version).sort()).toEqual(Object.keys(PUBLISHED).sort());
    for (const text of AGREEMENT_TEXTS) {
      expect(textToSign(text.version)).toEqual(text);
      expect({ version: text.version, digest: agreementDigest(text) }).toEqual({ version: text.version, digest: PUBLISHED[text.version] });
    }
  });

  test('the Mongolian text has every clause of the Chinese, in the Mongolian script with no Chinese', () => {
    expect(AGREEMENT_MN.clauses).toHaveLength(AGREEMENT_ZH.clauses.length);
    for (const part of [AGREEMENT_MN.title, ...AGREEMENT_MN.clauses, AGREEMENT_MN.freeOfCharge, AGREEMENT_MN.dataConsent]) {
      expect(part).toMatch(/[\u1820-\u1878]/);
      expect(part).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u);
    }
  });
});
