// The cases capability: entrust (idempotently), act on a case through the state machine in one
// transaction, read a case, list a resident's cases, and an agent's inbox.
import { createHash } from 'node:crypto';
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  chinaDate,
  decide,
  type CaseActionRequest,
  type CaseDetail,
  type CreateCaseRequest,
  type InboxEntrySchema,
  type Principal,
  type SubTask,
} from '@app/shared';
import { z } from 'zod';
import { ulid } from 'ulid';
import { findServiceItem } from '../catalogue/repository';
import { caseRelation, type CaseRelation } from '../identity/access';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { documentClient, getItem, withoutKeys, type Item } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import { keys } from '../lib/keys';
import { findDepartment, findPoint } from '../network/repository';
import { checkOffer, checkRelation, effectOf } from './effects';
import { applicantRecord, logAccess } from './personalData';
import { actorOf } from './lookup';
import { eventItem, newEventId, queueDate, type CaseRecord } from './record';
import { commitChange, loadCaseBundle, newCaseNumber } from './repository';
import { pickAgent } from './routing';
import { deadlineOf, detailOf, summaryOf } from './view';

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('base64url');

/** `fallback`: the relation the caller had before their own action took it away (a transfer). */
async function readCase(caseId: string, principal: Principal, fallback?: CaseRelation): Promise<CaseDetail> {
  const bundle = await loadCaseBundle(caseId);
  const relation = bundle ? (caseRelation(principal, bundle.record) ?? fallback ?? null) : null;
  if (!bundle || !relation) throw notFound('case');
  return detailOf(bundle, principal, relation, clock.now());
}

/** Reads a case; staff reading it (personal data included) leave a line in its access log. */
export async function getCase(caseId: string, principal: Principal): Promise<CaseDetail> {
  const detail = await readCase(caseId, principal);
  await logAccess(principal, caseId, 'viewCase');
  return detail;
}

/** A create that was already done with this key: the same answer again, or 409 for another body. */
async function replay(idempotencyItem: Item | undefined, hash: string, principal: Principal): Promise<CaseDetail | undefined> {
  // An expired record (TTL sweeps lag up to two days) no longer binds the key.
  if (!idempotencyItem || Number(idempotencyItem.expiresAt) <= Math.floor(clock.now().getTime() / 1000)) return undefined;
  if (idempotencyItem.requestHash !== hash) throw new AppError('conflict', 'idempotency key reused for another request');
  return readCase(String(idempotencyItem.caseId), principal);
}

/**
 * Entrust an item, or open a pre-consultation. The case, its first events (entrusted; routed to
 * whom and why), the idempotency record and the notice are one transaction: a retried request
 * with the same Idempotency-Key returns the same case, never a second one.
 */
export async function createCase(principal: Principal, body: CreateCaseRequest, idempotencyKey: string): Promise<CaseDetail> {
  const idemKey = keys.idempotency('createCase', principal.userId, idempotencyKey);
  const hash = requestHash(body);
  const earlier = await replay(await getItem(idemKey, true), hash, principal);
  if (earlier) return earlier;

  const item = await findServiceItem(body.itemId);
  if (!item) throw new AppError('validation_failed', 'unknown item', { issues: [{ path: ['body', 'itemId'], code: 'custom', message: '事项不存在' }] });
  // A withdrawn (停用) item takes no new entrustments; cases already open keep their copy of it.
  if (item.active === false) {
    throw new AppError('validation_failed', 'item withdrawn', { issues: [{ path: ['body', 'itemId'], code: 'custom', message: '该事项已停用，暂不受理新的委托' }], reason: 'itemWithdrawn' });
  }
  checkOffer(item, body.serviceKind, body.serviceMode, body.onSite);
  const point = body.servicePointId ? await findPoint(body.servicePointId) : undefined;
  if (body.servicePointId && !point) throw new AppError('validation_failed', 'unknown point', { issues: [{ path: ['body', 'servicePointId'], code: 'custom', message: '服务站点不存在' }] });
  const department = await findDepartment(item.departmentId);

  const action = body.kind === 'preConsultation' ? 'openPreConsultation' : 'entrust';
  const decision = decide(null, principal.role, action, { rated: false, openSubTasks: 0 });
  if (!decision.ok) throw new AppError(decision.refusal === 'roleNotPermitted' ? 'forbidden' : 'transition_refused', decision.refusal, { reason: decision.refusal });

  const now = clock.now();
  const at = now.toISOString();
  const byAgent = principal.role === 'agent';
  // 首问负责: an agent who keys in a request received at a window or by phone owns its routing.
  const pick = byAgent
    ? { agentId: principal.agentId, agentName: principal.name, reason: `首问负责：由首位接待的代办帮办员${principal.name}负责` }
    : await pickAgent({ departmentId: item.departmentId, departmentName: item.departmentName, servicePointId: point?.id, servicePointName: point?.name });
  const id = ulid();
  const record: CaseRecord = {
    id,
    number: newCaseNumber(chinaDate(now)),
    kind: body.kind,
    state: decision.to,
    version: 1,
    itemId: item.id,
    itemName: item.name,
    departmentId: item.departmentId,
    departmentName: department?.name ?? item.departmentName,
    commitmentDays: item.commitmentDays,
    serviceKind: body.serviceKind,
    serviceMode: body.serviceMode,
    channel: byAgent && body.channel === 'miniProgram' ? 'window' : body.channel,
    servicePointId: point?.id,
    servicePointName: point?.name,
    applicantUserId: byAgent ? undefined : principal.userId,
    applicant: await applicantRecord(body.applicant, id),
    onSite: body.onSite,
    note: body.note,
    assigneeAgentId: pick.agentId,
    openSubTasks: 0,
    subTaskDepartmentIds: [],
    rated: false,
    createdAt: at,
    updatedAt: at,
  };
  const entrustEventId = newEventId();
  const routeEvent = { id: newEventId(), at, actor: { role: 'system' as const, name: '系统分派' }, action: 'route' as const, note: pick.reason, data: { agentId: pick.agentId } };
  try {
    await commitChange({
      before: null,
      after: record,
      event: { id: entrustEventId, at, actor: actorOf(principal), action, to: record.state, note: body.note, data: { channel: record.channel, serviceKind: body.serviceKind, serviceMode: body.serviceMode } },
      puts: [
        {
          item: { ...idemKey, entity: 'idempotency', caseId: record.id, requestHash: hash, expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS },
          condition: 'attribute_not_exists(pk) OR expiresAt <= :now',
          values: { ':now': Math.floor(now.getTime() / 1000) },
        },
        { item: eventItem(record.id, routeEvent) },
        { item: { ...keys.caseNumber(record.number), entity: 'caseNumber', caseId: record.id }, condition: 'attribute_not_exists(pk)' },
      ],
      notices: record.assigneeAgentId && !byAgent
        ? [{ kind: 'newTask', recipient: { agentId: record.assigneeAgentId }, caseId: record.id, caseNumber: record.number, itemName: record.itemName, summary: `新的${body.kind === 'preConsultation' ? '咨询' : '委托'}：${record.itemName}` }]
        : [],
    });
  } catch (error) {
    // A concurrent retry with the same key won the race: answer what it created.
    if (error instanceof AppError && error.code === 'conflict') {
      const winner = await replay(await getItem(idemKey, true), hash, principal);
      if (winner) return winner;
    }
    throw error;
  }
  return readCase(record.id, principal);
}

/**
 * One lifecycle action at the version the caller saw: the state machine decides, the caller's
 * relation to the case is checked, and the change is one transaction conditioned on that version.
 */
export async function actOnCase(principal: Principal, caseId: string, request: CaseActionRequest): Promise<CaseDetail> {
  const bundle = await loadCaseBundle(caseId);
  const relation = bundle ? caseRelation(principal, bundle.record) : null;
  if (!bundle || !relation) throw notFound('case');
  const { record, subTasks, materials } = bundle;
  if (request.version !== record.version) throw new AppError('stale_version', `case is at version ${record.version}`);
  const decision = decide(record.state, principal.role, request.action, { rated: record.rated, openSubTasks: record.openSubTasks });
  if (!decision.ok) {
    throw new AppError(decision.refusal === 'roleNotPermitted' ? 'forbidden' : 'transition_refused', decision.refusal, { reason: decision.refusal });
  }
  checkRelation({ record, principal, relation, request, subTasks });
  const now = clock.now();
  const effect = await effectOf({ record, principal, relation, request, to: decision.to, now, subTasks, materials });
  await commitChange({
    before: record,
    after: effect.after,
    event: {
      id: newEventId(),
      at: now.toISOString(),
      actor: actorOf(principal),
      action: request.action,
      from: record.state,
      to: decision.to,
      note: effect.note,
      data: effect.data,
    },
    puts: effect.puts,
    notices: effect.notices,
  });
  return readCase(caseId, principal, relation);
}

/**
 * A page cursor is the index position DynamoDB returned: exactly the table's and the index's key
 * attributes, in the partition being listed. Anything else is a 400, never DynamoDB's error.
 */
function startKey(cursor: string | undefined, index: 'GSI1' | 'GSI2' | 'GSI3' | 'GSI4', partition: string) {
  if (cursor === undefined) return undefined;
  const n = index.slice(3);
  const key = decodeCursor(
    cursor,
    z.strictObject({ pk: z.string().max(300), sk: z.string().max(300), [`gsi${n}pk`]: z.string().max(300), [`gsi${n}sk`]: z.string().max(300) }),
  ) as Record<string, string>;
  if (key[`gsi${n}pk`] !== partition) {
    throw new AppError('validation_failed', 'cursor of another list', { issues: [{ path: ['query', 'cursor'], code: 'custom', message: '分页参数无效' }] });
  }
  return key;
}

export async function listMyCases(principal: Principal, query: { limit: number; cursor?: string }) {
  const partition = keys.applicantCases(principal.userId);
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': partition },
      ScanIndexForward: false,
      Limit: query.limit,
      ExclusiveStartKey: startKey(query.cursor, 'GSI1', partition),
    }),
  );
  const now = clock.now();
  return {
    cases: (out.Items ?? []).map((i) => summaryOf(withoutKeys<CaseRecord>(i), now)),
    nextCursor: out.LastEvaluatedKey ? encodeCursor(out.LastEvaluatedKey) : undefined,
  };
}

type InboxEntry = z.infer<typeof InboxEntrySchema>;

const INBOX_INDEX = { mine: ['GSI2', 'gsi2pk'], department: ['GSI3', 'gsi3pk'], servicePoint: ['GSI4', 'gsi4pk'] } as const;

/** An agent's open work, soonest date first: cases and parallel sub-tasks together. */
export async function inbox(principal: Principal, query: { view: 'mine' | 'department' | 'servicePoint'; limit: number; cursor?: string }) {
  const partition =
    query.view === 'mine' ? principal.agentId && keys.agentOpen(principal.agentId)
    : query.view === 'department' ? principal.departmentId && keys.departmentOpen(principal.departmentId)
    : principal.servicePointId && keys.pointOpen(principal.servicePointId);
  if (!partition) throw new AppError('forbidden', `no ${query.view} for this agent`);
  const [index, attribute] = INBOX_INDEX[query.view];
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: index,
      KeyConditionExpression: '#p = :p',
      ExpressionAttributeNames: { '#p': attribute },
      ExpressionAttributeValues: { ':p': partition },
      Limit: query.limit,
      ExclusiveStartKey: startKey(query.cursor, index, partition),
    }),
  );
  const items = out.Items ?? [];
  // Sub-task entries show their case's current state: fetch those cases in one batch.
  const parentIds = [...new Set(items.filter((i) => i.entity === 'subTask').map((i) => String(i.caseId)))];
  const parents = new Map<string, CaseRecord>();
  let pending: Record<string, unknown>[] = parentIds.map((id) => keys.case(id));
  // BatchGetItem may leave keys unprocessed under throttling: ask again, with a short backoff.
  for (let attempt = 0; pending.length > 0 && attempt < 5; attempt += 1) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    const got = await documentClient().send(new BatchGetCommand({ RequestItems: { [config().tableName]: { Keys: pending } } }));
    for (const i of got.Responses?.[config().tableName] ?? []) parents.set(String(i.id), withoutKeys<CaseRecord>(i));
    pending = (got.UnprocessedKeys?.[config().tableName]?.Keys ?? []) as Record<string, unknown>[];
  }
  if (pending.length > 0) throw new AppError('service_unavailable', 'inbox read throttled', { retryAfterSeconds: 1 });
  const now = clock.now();
  const entries = items.flatMap((i): InboxEntry[] => {
    if (i.entity === 'case') {
      const c = withoutKeys<CaseRecord>(i);
      return [{ kind: 'case' as const, caseId: c.id, caseNumber: c.number, itemName: c.itemName, state: c.state, applicantName: c.applicant.name, holderAgentId: c.ownerAgentId ?? c.assigneeAgentId, queueDate: queueDate(c), deadline: deadlineOf(c, now) }];
    }
    const parent = parents.get(String(i.caseId));
    if (!parent) return [];
    const task = withoutKeys<SubTask & { caseId: string }>(i);
    return [{ kind: 'subTask' as const, caseId: parent.id, caseNumber: parent.number, itemName: parent.itemName, state: parent.state, subTask: task, applicantName: parent.applicant.name, holderAgentId: task.assignedAgentId, queueDate: task.dueDate ?? queueDate(parent), deadline: deadlineOf(parent, now) }];
  });
  return { entries, nextCursor: out.LastEvaluatedKey ? encodeCursor(out.LastEvaluatedKey) : undefined };
}
