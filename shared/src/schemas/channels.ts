// The policy's other channels (政务服务网, 12345 热线): per-channel API keys issued by the bureau, the
// operator's entrustment on behalf of a caller, its progress, and the resident claiming it later.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { CaseState } from '../caseMachine';
import { Channel, ServiceKind, ServiceMode } from '../vocabulary';
import { ApplicantInputSchema, CaseSummarySchema, DeadlineSchema, OnSiteRequestSchema } from './cases';
import { DateTimeSchema, IdSchema, MobileSchema, requiredText, text } from './common';
export { ChannelRefusal } from '../refusalVocabularies/channels';

export const ApiKeyChannelSchema = lazy(() => z.enum(['webPortal', 'hotline12345'] satisfies Channel[]));
export type ApiKeyChannel = z.infer<typeof ApiKeyChannelSchema>;


/**
 * A channel API key: `dbk_<prefix>_<secret>`, the prefix (12 hex characters) names the stored hash
 * item, the secret is 32 random bytes in base64url. Shown once; only its SHA-256 is stored.
 */
export const ApiKeySchema = lazy(() => z.string().check(z.regex(/^dbk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/, 'API 密钥格式有误')));
export const ApiKeyIdSchema = lazy(() => z.string().check(z.regex(/^[0-9a-f]{12}$/, '密钥编号格式有误')));
export const ApiKeyParams = lazy(() => z.strictObject({ id: ApiKeyIdSchema }));

export const IssueApiKeyRequest = lazy(() => z.strictObject({
  channel: ApiKeyChannelSchema,
  /** Who holds it, e.g. "12345 热线话务平台（生产）". */
  label: requiredText(60),
}));

export const ApiKeySummarySchema = lazy(() => z.object({
  id: ApiKeyIdSchema,
  channel: ApiKeyChannelSchema,
  label: z.string(),
  /** `dbk_<prefix>`: enough to recognise a key, never enough to use it. */
  prefix: z.string(),
  createdAt: DateTimeSchema,
  createdBy: z.optional(z.string()),
  lastUsedAt: z.optional(DateTimeSchema),
  revokedAt: z.optional(DateTimeSchema),
}));
export type ApiKeySummary = z.infer<typeof ApiKeySummarySchema>;

/** The one answer that carries the whole key: it cannot be shown again. */
export const IssuedApiKeyResponse = lazy(() => z.extend(ApiKeySummarySchema, { key: ApiKeySchema }));
export const ListApiKeysResponse = lazy(() => z.object({ keys: z.array(ApiKeySummarySchema) }));

/** An operator of a channel entrusts an item on behalf of a caller (by phone, or on the portal). */
export const ChannelCreateCaseRequest = lazy(() => z
  .strictObject({
    kind: z._default(z.enum(['entrustment', 'preConsultation']), 'entrustment'),
    itemId: IdSchema,
    serviceKind: ServiceKind.schema,
    serviceMode: ServiceMode.schema,
    servicePointId: z.optional(IdSchema),
    applicant: ApplicantInputSchema,
    onSite: z.optional(OnSiteRequestSchema),
    note: z.optional(text(500, 'paragraphs')),
    /** The channel's own operator (话务员 / 网办客服) who took the request. */
    operator: z.strictObject({ name: requiredText(30), id: z.optional(text(64)) }),
  })
  .check(
    z.refine((r) => r.serviceMode !== 'onSite' || r.onSite !== undefined, { message: '上门服务请填写地址和期望时间', path: ['onSite'] }),
    z.refine((r) => r.serviceMode === 'onSite' || r.onSite === undefined, { message: '仅上门服务需要上门信息', path: ['onSite'] }),
  ));
export type ChannelCreateCaseRequest = z.infer<typeof ChannelCreateCaseRequest>;

/** What a channel reads of a case it created: progress, never more personal data than it entered. */
export const ChannelCaseProgressSchema = lazy(() => z.object({
  id: IdSchema,
  number: z.string(),
  channel: Channel.schema,
  state: CaseState.schema,
  stateLabel: z.string(),
  itemId: IdSchema,
  itemName: z.string(),
  departmentName: z.string(),
  serviceKind: ServiceKind.schema,
  serviceMode: ServiceMode.schema,
  applicant: z.object({ name: z.string(), phoneMasked: z.string() }),
  /** The resident has verified the phone in the mini-program and follows the case there. */
  claimed: z.boolean(),
  deadline: z.optional(DeadlineSchema),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  timeline: z.array(z.object({ at: DateTimeSchema, title: z.string() })),
}));
export type ChannelCaseProgress = z.infer<typeof ChannelCaseProgressSchema>;

/**
 * The resident proves the phone with WeChat's getPhoneNumber button (its one-time `code`); the
 * local stack also takes `devPhone` (like the development login, nowhere else).
 */
export const ClaimCasesRequest = lazy(() => z
  .strictObject({
    code: z.optional(z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/))),
    devPhone: z.optional(MobileSchema),
  })
  .check(
    z.refine((r) => (r.code === undefined) !== (r.devPhone === undefined), { message: '请通过微信验证手机号', path: ['code'] }),
  ));
export type ClaimCasesRequest = z.infer<typeof ClaimCasesRequest>;

export const ClaimCasesResponse = lazy(() => z.object({ cases: z.array(CaseSummarySchema) }));

/** The OpenAPI document: a JSON object (its shape is OpenAPI 3.1's). */
export const OpenApiDocumentResponse = lazy(() => z.record(z.string(), z.unknown()));
