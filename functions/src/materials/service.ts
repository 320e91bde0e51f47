// Materials (申请材料): upload tickets straight to object storage, the confirmation that checks the
// stored object itself (s3rver checks no policy, and a client can lie), 告知承诺 commitments in
// place of a material, the agent's review, and short-lived download links.
import {
  SIGNATURE_SPEC_ID,
  MATERIAL_CONTENT_TYPES,
  MAX_MATERIAL_BYTES,
  isCurrent,
  materialsReviewable,
  mayHandIn,
  stateFamily,
  type CaseEvent,
  type Material,
  type MaterialRefusal,
  type MaterialSpec,
  type Principal,
  type RouteBody,
  type RouteResponse,
  type ValidationIssue,
} from '@app/shared';
import { ulid } from 'ulid';
import { logAccess } from '../cases/personalData';
import { actorOf, caseForCaller } from '../cases/lookup';
import { newEventId, type CaseRecord } from '../cases/record';
import { materialSpecsOf } from '../cases/repository';
import { clock } from '../lib/clock';
import { AppError, forbidden, notFound } from '../lib/errors';
import { logger } from '../lib/log';
import {
  findMaterial,
  findUploadTicket,
  listMaterials,
  putUploadTicket,
  recordMaterial,
  saveReview,
  type MaterialRecord,
  type UploadTicket,
} from './repository';
import { deleteObject, firstBytes, headObject, MAX_DOWNLOAD_SECONDS, presignedGet, presignedPost } from './storage';

/**
 * Life of an upload ticket's presigned POST: five minutes, like every presigned URL we hand out
 * (S3 checks the expiry when the upload starts, so a slow 10 MB upload begun in time completes). A
 * phone that misses the window asks for a new ticket; the policy admits only one key, one content
 * type and 1 byte–10 MB.
 */
export const UPLOAD_TICKET_SECONDS = 300;
/** The ticket item outlives its POST, so an upload made in time can be confirmed late (bad network). */
export const TICKET_RECORD_SECONDS = 24 * 60 * 60;
/** Download links live five minutes. */
export const DOWNLOAD_SECONDS = MAX_DOWNLOAD_SECONDS;

type ContentType = (typeof MATERIAL_CONTENT_TYPES)[number];

const EXTENSIONS: Record<ContentType, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' };

/** Magic numbers: what the first bytes of each admitted type must be. */
const SIGNATURES: Record<ContentType, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
};

/**
 * The last segment of an object key: ASCII letters, digits, dot, dash and underscore only, at most
 * 60 characters, with the extension of the declared type. The user's own name is kept on the ticket
 * and the material (and served back as the download name), never trusted in the key.
 */
export function sanitiseFileName(fileName: string, contentType: ContentType): string {
  const base = fileName.normalize('NFKC').split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const safe = stem
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 60);
  return `${safe || 'file'}${EXTENSIONS[contentType]}`;
}

export const objectKeyPrefix = (caseId: string) => `cases/${caseId}/`;

const specIssue = (message: string): AppError =>
  new AppError('validation_failed', message, { issues: [{ path: ['body', 'materialSpecId'], code: 'custom', message }] });

function requireOpen(record: CaseRecord): void {
  if (stateFamily(record.state) !== 'open') throw new AppError('transition_refused', 'the case is done or closed', { reason: 'caseClosed' });
}

/** A material of the case's list (the item's as entrusted, plus what a 补正 asked for by name), or 400 on the materialSpecId. */
async function specOf(record: CaseRecord, materialSpecId: string): Promise<MaterialSpec> {
  // The agreement's handwritten signature travels like a material (an image kept with the case).
  if (materialSpecId === SIGNATURE_SPEC_ID) return { id: SIGNATURE_SPEC_ID, name: '委托协议手写签名', required: false, commitmentAllowed: false };
  const spec = (await materialSpecsOf(record)).find((m) => m.id === materialSpecId);
  if (!spec) throw specIssue('该事项没有这项材料');
  return spec;
}

/** A material the agent accepted is not handed in again, unless a supplement request names it anew. */
async function requireMayHandIn(record: CaseRecord, spec: MaterialSpec, materials?: MaterialRecord[]): Promise<MaterialRecord[]> {
  const handedIn = materials ?? (await listMaterials(record.id));
  if (spec.id !== SIGNATURE_SPEC_ID && !mayHandIn(spec.id, handedIn, record.supplement)) {
    throw new AppError('transition_refused', 'the material was accepted', { reason: 'materialAlreadyAccepted' satisfies MaterialRefusal });
  }
  return handedIn;
}

const uploaderOf = (principal: Principal): Material['uploadedBy'] => ({ userId: principal.userId, role: principal.role, name: principal.name });

/** The API's view of a stored material: the object key stays inside. */
function toMaterial(record: MaterialRecord): Material {
  const { objectKey, ...material } = record;
  void objectKey;
  return material;
}

function materialEvent(principal: Principal, action: CaseEvent['action'], note: string, data: Record<string, unknown>, now: Date): CaseEvent {
  return { id: newEventId(now.getTime()), at: now.toISOString(), actor: actorOf(principal), action, note, data };
}

/** The applicant or one of the case's agents; the bureau supervises and does not upload. */
async function uploaderCase(principal: Principal, caseId: string): Promise<CaseRecord> {
  const { record, relation } = await caseForCaller(caseId, principal);
  if (relation !== 'applicant' && relation !== 'caseAgent') throw forbidden('only the applicant and the case’s agents upload materials');
  return record;
}

export async function requestUpload(principal: Principal, caseId: string, body: RouteBody<'requestUpload'>): Promise<RouteResponse<'requestUpload'>> {
  const record = await uploaderCase(principal, caseId);
  requireOpen(record);
  const spec = await specOf(record, body.materialSpecId);
  await requireMayHandIn(record, spec);
  const now = clock.now();
  const uploadId = ulid(now.getTime());
  const objectKey = `${objectKeyPrefix(caseId)}${uploadId}/${sanitiseFileName(body.fileName, body.contentType)}`;
  const expiresAt = new Date(now.getTime() + UPLOAD_TICKET_SECONDS * 1000);
  await putUploadTicket({
    caseId,
    uploadId,
    materialSpecId: spec.id,
    materialName: spec.name,
    objectKey,
    fileName: body.fileName,
    contentType: body.contentType,
    size: body.size,
    userId: principal.userId,
    createdAt: now.toISOString(),
    uploadExpiresAt: expiresAt.toISOString(),
    ttl: Math.floor(now.getTime() / 1000) + TICKET_RECORD_SECONDS,
  });
  const post = await presignedPost({ key: objectKey, contentType: body.contentType, maxBytes: MAX_MATERIAL_BYTES, expiresSeconds: UPLOAD_TICKET_SECONDS });
  return { uploadId, url: post.url, fields: post.fields, expiresAt: expiresAt.toISOString() };
}

const uploadIssue = (code: string, message: string): ValidationIssue => ({ path: ['body', 'uploadId'], code, message });

/** What is wrong with the object really stored under the ticket's key (empty when nothing is). */
async function inspectObject(ticket: UploadTicket, caseId: string, stored: { size: number; contentType: string | undefined }): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  if (!ticket.objectKey.startsWith(objectKeyPrefix(caseId))) issues.push(uploadIssue('custom', '文件不属于该办件'));
  if (stored.size <= 0) issues.push(uploadIssue('too_small', '文件为空'));
  if (stored.size > MAX_MATERIAL_BYTES) issues.push(uploadIssue('too_big', '文件超过 10 MB'));
  const type = (stored.contentType ?? '').split(';')[0].trim().toLowerCase();
  const admitted = (MATERIAL_CONTENT_TYPES as readonly string[]).includes(type);
  if (!admitted) issues.push(uploadIssue('invalid_value', '仅支持 JPG、PNG 图片和 PDF 文件'));
  else if (type !== ticket.contentType) issues.push(uploadIssue('invalid_value', '文件类型与申请上传时不符'));
  if (issues.length === 0) {
    // The type is only a label the uploader chose: the first bytes must agree with it.
    const signature = SIGNATURES[type as ContentType];
    const head = await firstBytes(ticket.objectKey, signature.length);
    if (!head || head.length < signature.length || signature.some((b, i) => head[i] !== b)) {
      issues.push(uploadIssue('invalid_value', '文件内容与文件类型不符'));
    }
  }
  return issues;
}

export async function confirmUpload(principal: Principal, caseId: string, body: RouteBody<'confirmUpload'>): Promise<RouteResponse<'confirmUpload'>> {
  const record = await uploaderCase(principal, caseId);
  const now = clock.now();
  // A retried confirmation answers with what the first one recorded, even after the ticket expired.
  const existing = await findMaterial(caseId, body.uploadId);
  if (existing) {
    if (existing.kind !== 'file' || existing.uploadedBy.userId !== principal.userId) throw notFound('upload');
    return toMaterial(existing);
  }
  const ticket = await findUploadTicket(caseId, body.uploadId, now);
  if (!ticket || ticket.caseId !== caseId || ticket.userId !== principal.userId) throw notFound('upload');
  requireOpen(record);
  const stored = await headObject(ticket.objectKey);
  if (!stored) throw new AppError('conflict', 'upload not found', { reason: 'fileNotUploaded' });
  const issues = await inspectObject(ticket, caseId, stored);
  if (issues.length > 0) {
    // Nothing is recorded, and the rejected object does not stay in the bucket.
    if (ticket.objectKey.startsWith(objectKeyPrefix(caseId))) {
      await deleteObject(ticket.objectKey).catch((error: Error) => logger.warn('rejected upload not deleted', { errorName: error?.name }));
    }
    throw new AppError('validation_failed', 'uploaded object refused', { issues });
  }
  const material: MaterialRecord = {
    id: ticket.uploadId,
    caseId,
    materialSpecId: ticket.materialSpecId,
    name: ticket.materialName,
    kind: 'file',
    fileName: ticket.fileName,
    contentType: ticket.contentType as ContentType,
    size: stored.size,
    status: 'pending',
    uploadedBy: uploaderOf(principal),
    uploadedAt: now.toISOString(),
    objectKey: ticket.objectKey,
  };
  const event = materialEvent(principal, 'uploadMaterial', material.name, { materialId: material.id, materialSpecId: material.materialSpecId }, now);
  if ((await recordMaterial(material, event)) === 'exists') {
    const first = await findMaterial(caseId, material.id);
    if (!first) throw new AppError('conflict', 'material vanished', { reason: 'concurrentChange' });
    return toMaterial(first);
  }
  return toMaterial(material);
}

export async function commitMaterial(principal: Principal, caseId: string, body: RouteBody<'commitMaterial'>): Promise<RouteResponse<'commitMaterial'>> {
  const { record, relation } = await caseForCaller(caseId, principal);
  if (relation !== 'applicant') throw forbidden('only the applicant signs a commitment');
  requireOpen(record);
  const spec = await specOf(record, body.materialSpecId);
  if (!spec.commitmentAllowed) throw specIssue('该材料不适用告知承诺，请上传材料');
  const handedIn = await listMaterials(caseId);
  // The same commitment sent again (a phone's retry) is the one already pending, not a second one.
  const repeated = handedIn.find(
    (m) =>
      m.kind === 'commitment' &&
      m.materialSpecId === spec.id &&
      m.status === 'pending' &&
      m.uploadedBy.userId === principal.userId &&
      m.commitmentStatement === body.statement,
  );
  if (repeated) return toMaterial(repeated);
  await requireMayHandIn(record, spec, handedIn);
  const now = clock.now();
  const material: MaterialRecord = {
    id: ulid(now.getTime()),
    caseId,
    materialSpecId: spec.id,
    name: spec.name,
    kind: 'commitment',
    commitmentStatement: body.statement,
    status: 'pending',
    uploadedBy: uploaderOf(principal),
    uploadedAt: now.toISOString(),
  };
  const event = materialEvent(principal, 'commitMaterial', spec.name, { materialId: material.id, materialSpecId: spec.id }, now);
  await recordMaterial(material, event);
  return toMaterial(material);
}

export async function reviewMaterial(
  principal: Principal,
  caseId: string,
  materialId: string,
  body: RouteBody<'reviewMaterial'>,
): Promise<RouteResponse<'reviewMaterial'>> {
  const { record, relation } = await caseForCaller(caseId, principal);
  if (relation !== 'caseAgent') throw forbidden('only the case’s agents review its materials');
  // Reviewable in every state before the archive: a result fed back does not strand a pending one.
  const refuse = (reason: MaterialRefusal) => new AppError('transition_refused', reason, { reason });
  if (!materialsReviewable(record.state)) throw refuse('materialsNotReviewable');
  const handedIn = await listMaterials(caseId);
  const before = handedIn.find((m) => m.id === materialId);
  if (!before) throw notFound('material');
  // A version the applicant replaced is history: the agent reviews what stands now.
  if (!isCurrent(before, handedIn)) throw refuse('materialReplaced');
  const now = clock.now();
  const reason = body.reason && body.reason.length > 0 ? body.reason : undefined;
  const after: MaterialRecord = { ...before, status: body.decision, reviewNote: reason, reviewedAt: now.toISOString() };
  const event = materialEvent(principal, 'reviewMaterial', before.name, { materialId, decision: body.decision, reason }, now);
  await saveReview(before, after, event);
  return toMaterial(after);
}

export async function downloadMaterial(principal: Principal, caseId: string, materialId: string): Promise<RouteResponse<'downloadMaterial'>> {
  await caseForCaller(caseId, principal);
  const material = await findMaterial(caseId, materialId);
  // A commitment has no file: there is nothing to download.
  if (!material || material.kind !== 'file' || !material.objectKey) throw notFound('material file');
  const now = clock.now();
  const url = await presignedGet(material.objectKey, DOWNLOAD_SECONDS, material.fileName ?? material.objectKey.split('/').pop()!, material.contentType);
  await logAccess(principal, caseId, 'downloadMaterial', material.name ?? material.fileName);
  return { url, expiresAt: new Date(now.getTime() + DOWNLOAD_SECONDS * 1000).toISOString() };
}
