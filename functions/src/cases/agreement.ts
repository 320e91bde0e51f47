// The agreement as signed: which text (its version names exactly one, in one language) and that
// whole text, kept with the case once and never rewritten, with a SHA-256 of the text so a later
// reader can tell the text kept is the text of that version (docs/decisions.md §99).
// The texts travel packed (functions/src/lib/packed.ts, decisions §103): the Mongolian one alone was
// 10.5 KB of source in the cases bundle; agreementLanguage.test.ts compares the copy with the source.
import { createHash } from 'node:crypto';
import type { AgreementText, Principal } from '@app/shared';
import type { Item } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { unpackedOnFirstUse } from '../lib/packed';
import { AGREEMENT_TEXTS_BROTLI_BASE64 } from './agreementTextsPacked';

/** Every text a signature may name (shared/src/agreementTexts.ts), unpacked on the first signature. */
export const signableTexts = /* @__PURE__ */ unpackedOnFirstUse<AgreementText[]>(AGREEMENT_TEXTS_BROTLI_BASE64);

/** The text a signature names, or the refusal a page showing an old text gets. */
export function textToSign(version: string): AgreementText {
  const text = signableTexts().find((t) => t.version === version);
  if (!text) {
    throw new AppError('validation_failed', 'outdated agreement', {
      issues: [{ path: ['body', 'agreementVersion'], code: 'custom', message: '协议已更新，请重新阅读后签署' }],
    });
  }
  return text;
}

/** SHA-256 (hex) of a text's canonical JSON: its version, language, title, clauses and statements in that order. */
export function agreementDigest(text: AgreementText): string {
  const { version, language, title, clauses, freeOfCharge, dataConsent } = text;
  return createHash('sha256').update(JSON.stringify({ version, language, title, clauses, freeOfCharge, dataConsent })).digest('hex');
}

/** The AGREEMENT item: the text signed, in full, and who signed it how. */
export function signedAgreementItem(
  caseId: string,
  text: AgreementText,
  signed: { signerName: string; principal: Principal; signatureUploadId?: string; at: string },
): Item {
  return {
    ...keys.agreement(caseId),
    entity: 'agreement',
    version: text.version,
    language: text.language,
    title: text.title,
    clauses: text.clauses,
    freeOfCharge: text.freeOfCharge,
    dataConsent: text.dataConsent,
    textSha256: agreementDigest(text),
    signerName: signed.signerName,
    signedBy: { userId: signed.principal.userId, role: signed.principal.role },
    signatureUploadId: signed.signatureUploadId,
    paperAgreement: signed.principal.role === 'agent',
    signedAt: signed.at,
  };
}
