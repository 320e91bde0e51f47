// Every text of the agreement a resident may sign, by version: the API accepts a signature only
// for a version here and keeps that version's whole text with the case.
import { AGREEMENT_ZH, type AgreementText } from './agreement';
import { AGREEMENT_MN } from './agreementMn';
import type { Language } from './schemas/identity';

export const AGREEMENT_TEXTS: readonly AgreementText[] = [AGREEMENT_ZH, AGREEMENT_MN];

/** The current text in a language: what the entrust page shows (and its version what it sends). */
export const agreementIn = (language: Language): AgreementText => AGREEMENT_TEXTS.find((t) => t.language === language) ?? AGREEMENT_ZH;
