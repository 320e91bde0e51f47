// Opinions (意见建议与投诉): residents put suggestions, complaints and praise to the district service
// bureau, which answers each one; the scheme stays under public supervision.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { vocabulary } from '../vocabulary';
import { CursorSchema, DateTimeSchema, freeText, IdSchema, LimitSchema, MobileSchema } from './common';

/** 意见类别 */
export const OpinionKind = vocabulary({
  suggestion: '建议',
  complaint: '投诉',
  praise: '表扬',
});
export type OpinionKind = z.infer<typeof OpinionKind.schema>;

/** An opinion waits for the bureau's answer (待回复), then carries it (已回复). */
export const OpinionState = vocabulary({
  open: '待回复',
  answered: '已回复',
});
export type OpinionState = z.infer<typeof OpinionState.schema>;

export const OPINION_CONTENT_MIN = 10;
export const OPINION_CONTENT_MAX = 500;
export const OPINION_ANSWER_MAX = 500;
export { OpinionRefusal, MAX_OPEN_OPINIONS } from '../refusalVocabularies/opinions';

export const OpinionContentSchema = lazy(() => freeText('paragraphs').check(z.minLength(OPINION_CONTENT_MIN, `内容至少${OPINION_CONTENT_MIN}个字`), z.maxLength(OPINION_CONTENT_MAX, `内容不能超过${OPINION_CONTENT_MAX}个字`)));

export const CreateOpinionRequest = lazy(() => z.strictObject({
  kind: OpinionKind.schema,
  content: OpinionContentSchema,
  /** One of the resident's own cases the opinion is about (a complaint thereby names its department). */
  caseId: z.optional(IdSchema),
  /** For the bureau to call back; none unless given. */
  contactPhone: z.optional(MobileSchema),
}));
export type CreateOpinionRequest = z.infer<typeof CreateOpinionRequest>;

/** The case an opinion is about, copied when the opinion is made (the case itself is not touched). */
export const OpinionCaseSchema = lazy(() => z.object({
  caseId: IdSchema,
  caseNumber: z.string(),
  itemName: z.string(),
  departmentId: IdSchema,
  departmentName: z.string(),
}));
export type OpinionCase = z.infer<typeof OpinionCaseSchema>;

export const OpinionAnswerSchema = lazy(() => z.object({
  text: z.string(),
  answeredAt: DateTimeSchema,
  answererName: z.string(),
}));

export const OpinionSchema = lazy(() => z.object({
  id: IdSchema,
  kind: OpinionKind.schema,
  content: z.string(),
  state: OpinionState.schema,
  userId: IdSchema,
  residentName: z.string(),
  relatedCase: z.optional(OpinionCaseSchema),
  contactPhone: z.optional(z.string()),
  createdAt: DateTimeSchema,
  /** Present exactly when state is answered. */
  answer: z.optional(OpinionAnswerSchema),
}));
export type Opinion = z.infer<typeof OpinionSchema>;

export const ListMyOpinionsQuery = lazy(() => z.strictObject({ limit: LimitSchema, cursor: z.optional(CursorSchema) }));
/** The bureau's lists: open ones oldest first (who waited longest), answered ones latest answer first. */
export const ListOpinionsQuery = lazy(() => z.strictObject({
  state: z._default(OpinionState.schema, 'open'),
  kind: z.optional(OpinionKind.schema),
  limit: LimitSchema,
  cursor: z.optional(CursorSchema),
}));
export const ListOpinionsResponse = lazy(() => z.object({ opinions: z.array(OpinionSchema), nextCursor: z.optional(z.string()) }));

export const AnswerOpinionRequest = lazy(() => z.strictObject({
  text: freeText('paragraphs').check(z.minLength(2, '回复至少2个字'), z.maxLength(OPINION_ANSWER_MAX, `回复不能超过${OPINION_ANSWER_MAX}个字`)),
}));
export type AnswerOpinionRequest = z.infer<typeof AnswerOpinionRequest>;
