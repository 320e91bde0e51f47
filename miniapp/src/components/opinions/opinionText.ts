// The opinion form's rules and wording: the same limits as the API's schema, said in Chinese.
import { CreateOpinionRequest, MobileSchema, OPINION_CONTENT_MAX, OPINION_CONTENT_MIN, type OpinionKind } from '@app/shared';
import { ApiCallError } from '../../api/client';

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
  if (!draft.kind) errors.kind = '请选择类别';
  const length = contentLength(draft.content);
  if (length < OPINION_CONTENT_MIN) errors.content = `内容至少${OPINION_CONTENT_MIN}个字，还差${OPINION_CONTENT_MIN - length}个字`;
  else if (length > OPINION_CONTENT_MAX) errors.content = `内容不能超过${OPINION_CONTENT_MAX}个字`;
  const phone = draft.contactPhone.trim();
  if (phone && !MobileSchema.safeParse(phone).success) errors.contactPhone = '请输入 11 位手机号码';
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

/** The Chinese sentence for a failed call: a named refusal is already the error's message. */
export function opinionErrorText(error: unknown): string {
  if (!(error instanceof ApiCallError)) return '系统开小差了，请稍后重试';
  if (error.code === 'not_found') return '未找到相关办件或意见，请刷新后重试';
  return error.message;
}
