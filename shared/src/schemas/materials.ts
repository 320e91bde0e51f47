// Materials (申请材料): uploads straight to object storage, 告知承诺 entries, and agents' review.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { DateTimeSchema, IdSchema, requiredText, text } from './common';

/** What a phone may upload: photos and PDFs, at most 10 MB. */
export const MATERIAL_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const MaterialContentTypeSchema = lazy(() => z.enum(MATERIAL_CONTENT_TYPES));
export const MAX_MATERIAL_BYTES = 10 * 1024 * 1024;

/** The handwritten signature on the agreement, uploaded like a material under this reserved spec. */
export const SIGNATURE_SPEC_ID = 'agreement-signature';

export const RequestUploadRequest = lazy(() => z.strictObject({
  materialSpecId: IdSchema,
  fileName: requiredText(120),
  contentType: MaterialContentTypeSchema,
  size: z.int().check(z.minimum(1), z.maximum(MAX_MATERIAL_BYTES)),
}));

/** A presigned POST: `wx.uploadFile` (and a browser form) posts `fields` plus the file to `url`. */
export const UploadTicketResponse = lazy(() => z.object({
  uploadId: IdSchema,
  url: z.url(),
  fields: z.record(z.string(), z.string()),
  expiresAt: DateTimeSchema,
}));

export const ConfirmUploadRequest = lazy(() => z.strictObject({ uploadId: IdSchema }));

export const CommitmentRequest = lazy(() => z.strictObject({
  materialSpecId: IdSchema,
  /** The applicant's own words of commitment in place of the material. */
  statement: requiredText(500, 'paragraphs'),
}));

export const ReviewMaterialRequest = lazy(() => z
  .strictObject({ decision: z.enum(['accepted', 'rejected']), reason: z.optional(text(200, 'paragraphs')) })
  .check(
    z.refine((r) => r.decision === 'accepted' || (r.reason !== undefined && r.reason.length > 0), {
      message: '退回材料请说明原因',
      path: ['reason'],
    }),
  ));

export const MaterialSchema = lazy(() => z.object({
  id: IdSchema,
  caseId: IdSchema,
  materialSpecId: IdSchema,
  name: z.string(),
  kind: z.enum(['file', 'commitment']),
  fileName: z.optional(z.string()),
  contentType: z.optional(MaterialContentTypeSchema),
  size: z.optional(z.int()),
  commitmentStatement: z.optional(z.string()),
  status: z.enum(['pending', 'accepted', 'rejected']),
  reviewNote: z.optional(z.string()),
  uploadedBy: z.object({ userId: IdSchema, role: z.enum(['resident', 'agent', 'bureau']), name: z.string() }),
  uploadedAt: DateTimeSchema,
  reviewedAt: z.optional(DateTimeSchema),
}));
export type Material = z.infer<typeof MaterialSchema>;

export const MaterialParams = lazy(() => z.strictObject({ id: IdSchema, materialId: IdSchema }));
export const DownloadResponse = lazy(() => z.object({ url: z.url(), expiresAt: DateTimeSchema }));
export { MaterialRefusal } from '../refusalVocabularies/materials';
