// Catalogue administration: the bureau publishes, edits, withdraws and re-activates service items.
// Every edit is conditioned on the version the bureau saw; cases copy what they need at
// entrustment, so an edit never changes a case already open.
import { createHash } from 'node:crypto';
import {
  FREE,
  type AdminListServiceItemsQuery,
  type AdminListServiceItemsResponse,
  type AdminServiceItem,
  type CreateServiceItemRequest,
  type MaterialSpec,
  type Principal,
  type UpdateServiceItemRequest,
  type ValidationIssue,
} from '@app/shared';
import { ulid } from 'ulid';
import { clock } from '../lib/clock';
import { getItem } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { findDepartment } from '../network/repository';
import { findServiceItem, insertServiceItem, queryAllServiceItemsForBureau, replaceServiceItem } from './repository';
import { matchesText, pageOf } from './service';

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('base64url');
const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

const invalid = (issue: ValidationIssue) => new AppError('validation_failed', issue.message, { issues: [issue] });
const codeTaken = (code: string) => new AppError('conflict', `item code ${code} is taken`, { reason: 'codeTaken' });

async function departmentNameOf(departmentId: string): Promise<string> {
  const department = await findDepartment(departmentId);
  if (!department) throw invalid({ path: ['body', 'departmentId'], code: 'custom', message: '所选部门不存在' });
  return department.name;
}

/** Empty notes are no notes; the fields the bureau does not set are the API's. */
function materialOf(m: { id?: string; name: string; note?: string; required: boolean; commitmentAllowed: boolean }, id: string): MaterialSpec {
  return { id, name: m.name, ...(m.note ? { note: m.note } : {}), required: m.required, commitmentAllowed: m.commitmentAllowed };
}

type ItemFields = Omit<CreateServiceItemRequest, 'materials' | 'fee'>;
function fieldsOf(body: ItemFields): ItemFields {
  return {
    code: body.code,
    name: body.name,
    scope: body.scope,
    level: body.level,
    departmentId: body.departmentId,
    summary: body.summary,
    // Left out: not translated (an edit that leaves one out clears it; the app shows the Chinese).
    ...(body.nameMn ? { nameMn: body.nameMn } : {}),
    ...(body.descriptionMn ? { descriptionMn: body.descriptionMn } : {}),
    serviceKinds: body.serviceKinds,
    serviceModes: body.serviceModes,
    commitmentDays: body.commitmentDays,
    statutoryDays: body.statutoryDays,
    keywords: body.keywords,
  };
}

async function replay(key: { pk: string; sk: string }, hash: string, nowEpoch: number): Promise<AdminServiceItem | undefined> {
  const record = await getItem(key, true);
  if (!record || Number(record.expiresAt) <= nowEpoch) return undefined;
  if (record.requestHash !== hash) throw new AppError('conflict', 'idempotency key reused for another request', { reason: 'idempotencyKeyReused' });
  const item = await findServiceItem(String(record.itemId), true);
  if (!item) throw notFound('service item');
  return item;
}

/** Publishes a new item; a retry with the same Idempotency-Key answers the same item. */
export async function createServiceItem(principal: Principal, body: CreateServiceItemRequest, idempotencyKey: string): Promise<AdminServiceItem> {
  const now = clock.now();
  const nowEpoch = epochSeconds(now);
  const idemKey = keys.idempotency('createServiceItem', principal.userId, idempotencyKey);
  const hash = requestHash(body);
  const earlier = await replay(idemKey, hash, nowEpoch);
  if (earlier) return earlier;

  const departmentName = await departmentNameOf(body.departmentId);
  const item: AdminServiceItem = {
    id: ulid(),
    ...fieldsOf(body),
    departmentName,
    materials: body.materials.map((m) => materialOf(m, ulid())),
    fee: FREE,
    version: 1,
    active: true,
    updatedAt: now.toISOString(),
  };
  const outcome = await insertServiceItem(item, { key: idemKey, requestHash: hash, expiresAt: nowEpoch + IDEMPOTENCY_TTL_SECONDS, nowEpoch });
  if (outcome.ok) return item;
  if (outcome.refusal === 'keyUsed' || outcome.refusal === 'contended') {
    // A concurrent request with the same key may have won: answer as its retry.
    const winner = await replay(idemKey, hash, nowEpoch);
    if (winner) return winner;
  }
  if (outcome.refusal === 'codeTaken') throw codeTaken(item.code);
  throw new AppError('conflict', 'the catalogue changed meanwhile, please try again', { reason: 'concurrentChange' });
}

async function currentItem(id: string): Promise<AdminServiceItem> {
  const item = await findServiceItem(id, true);
  if (!item) throw notFound('service item');
  return item;
}

const stale = (item: AdminServiceItem) => new AppError('stale_version', `item is at version ${item.version}`, { reason: 'staleVersion' });

/**
 * Edits an item at the version the bureau saw. A material that keeps its id stays the same
 * material for the cases that refer to it; a new one gets a new id; a removed one is simply gone.
 */
export async function updateServiceItem(id: string, body: UpdateServiceItemRequest): Promise<AdminServiceItem> {
  const before = await currentItem(id);
  if (body.version !== before.version) throw stale(before);
  const known = new Set(before.materials.map((m) => m.id));
  body.materials.forEach((m, i) => {
    if (m.id !== undefined && !known.has(m.id)) {
      throw invalid({ path: ['body', 'materials', i, 'id'], code: 'custom', message: '该材料已不在事项中，请刷新后重试' });
    }
  });
  const departmentName = before.departmentId === body.departmentId ? before.departmentName : await departmentNameOf(body.departmentId);
  const after: AdminServiceItem = {
    id: before.id,
    ...fieldsOf(body),
    departmentName,
    materials: body.materials.map((m) => materialOf(m, m.id ?? ulid())),
    fee: FREE,
    version: before.version + 1,
    active: before.active,
    updatedAt: clock.now().toISOString(),
  };
  const outcome = await replaceServiceItem(before, after);
  if (outcome.ok) return after;
  if (outcome.refusal === 'codeTaken') throw codeTaken(after.code);
  throw stale(before);
}

/** 停用 / 启用. Needs no version: the answer is the same whoever edited meanwhile, so it re-reads and retries. */
export async function setServiceItemStatus(id: string, active: boolean): Promise<AdminServiceItem> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await currentItem(id);
    if (before.active === active) return before;
    const after: AdminServiceItem = { ...before, active, version: before.version + 1, updatedAt: clock.now().toISOString() };
    const outcome = await replaceServiceItem(before, after);
    if (outcome.ok) return after;
    if (attempt >= 3) throw new AppError('conflict', 'the item keeps changing, please try again', { reason: 'concurrentChange' });
  }
}

/** The bureau's list: every item, withdrawn ones included, filtered and paged like the public one. */
export async function adminListServiceItems(query: AdminListServiceItemsQuery): Promise<AdminListServiceItemsResponse> {
  const found = (await queryAllServiceItemsForBureau())
    .filter((item) => !query.departmentId || item.departmentId === query.departmentId)
    .filter((item) => !query.status || item.active === (query.status === 'active'))
    .filter((item) => !query.q || matchesText(item, query.q));
  const { page, nextCursor } = pageOf(found, query);
  return {
    items: page.map((item) => ({
      id: item.id,
      code: item.code,
      name: item.name,
      scope: item.scope,
      level: item.level,
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      serviceKinds: item.serviceKinds,
      commitmentDays: item.commitmentDays,
      fee: item.fee,
      version: item.version,
      active: item.active,
      updatedAt: item.updatedAt,
      materialCount: item.materials.length,
    })),
    nextCursor,
  };
}
