// The opinion form's rules and wording: the same limits as the API's schema, said in the reader's
// language (the bureau's pages ask for Chinese).
import { CreateOpinionRequest, MobileSchema, OPINION_CONTENT_MAX, OPINION_CONTENT_MIN, type OpinionKind } from '@app/shared';
import { ApiCallError } from '../../api/client';
import { currentLanguage, t, tIn, type Language } from '../../lib/i18n';
import '../../i18n/opinions';

export interface OpinionDraft {
  kind: OpinionKind | '';
  content: string;
  caseId: string;
  contactPhone: string;
}

export const EMPTY_DRAFT: OpinionDraft = { kind: '', content: '', caseId: '', contactPhone: '' };

export type DraftErrors = Partial<Record<keyof OpinionDraft, string>>;

/** Characters counted as the API counts them (after trimming). */
export const contentLength = (content: string) => content.trim().length;

/** The counter under the textarea, e.g. "12/500". */
export const counterText = (content: string) => `${contentLength(content)}/${OPINION_CONTENT_MAX}`;

/** Every problem of a draft, keyed by field; empty when it can be sent. */
export function checkDraft(draft: OpinionDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.kind) errors.kind = t('opinions.errors.kind');
  const length = contentLength(draft.content);
  if (length < OPINION_CONTENT_MIN) errors.content = t('opinions.errors.tooShort', { min: OPINION_CONTENT_MIN, n: OPINION_CONTENT_MIN - length });
  else if (length > OPINION_CONTENT_MAX) errors.content = t('opinions.errors.tooLong', { max: OPINION_CONTENT_MAX });
  const phone = draft.contactPhone.trim();
  if (phone && !MobileSchema.safeParse(phone).success) errors.contactPhone = t('opinions.errors.phone');
  return errors;
}

/** The request body of a valid draft: optional fields only when filled in. */
export function draftBody(draft: OpinionDraft): CreateOpinionRequest {
  return CreateOpinionRequest.parse({
    kind: draft.kind,
    content: draft.content.trim(),
    ...(draft.caseId ? { caseId: draft.caseId } : {}),
    ...(draft.contactPhone.trim() ? { contactPhone: draft.contactPhone.trim() } : {}),
  });
}

/**
 * The sentence for a failed call: a named refusal is already the error's message. The bureau's
 * pages stay Chinese and say so (`'zh'`).
 */
export function opinionErrorText(error: unknown, language: Language = currentLanguage()): string {
  if (!(error instanceof ApiCallError)) return tIn(language, 'common.systemError');
  if (error.code === 'not_found') return tIn(language, 'opinions.errors.notFound');
  return error.message;
}
