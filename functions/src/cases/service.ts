// The cases capability: entrust (idempotently), act on a case through the state machine in one
// transaction, read a case, list a resident's cases, and an agent's inbox.
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  decide,
  isPrecondition,
  type CaseActionRequest,
  type CaseDetail,
  type CreateCaseRequest,
  type InboxEntrySchema,
  type Principal,
  type Refusal,
  type SubTask,
} from '@app/shared';
import * as z from 'zod/mini';
import { caseRelation } from '../identity/access';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { documentClient, withoutKeys } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { workCalendar } from '../calendar/store';
import { checkRelation, effectOf } from './effects';
import { logAccess } from './personalData';
import { factsOf, materialChecks } from './preconditions';
import { actorOf } from './lookup';
import { newEventId, queueDate, type CaseRecord } from './record';
import { bundleAfter, commitChange, loadCaseBundle, type Change } from './repository';
import { openCase } from './open';
import { deadlineOf, detailOf, summaryOf } from './view';

/** Reads a case for the caller, without an access-log line (the app's reads go through getCase). */
export async function readCase(caseId: string, principal: Principal): Promise<CaseDetail> {
  const [bundle, calendar] = await Promise.all([loadCaseBundle(caseId), workCalendar()]);
  const relation = bundle ? caseRelation(principal, bundle.record) : null;
  if (!bundle || !relation) throw notFound('case');
  return detailOf(bundle, principal, relation, clock.now(), calendar);
}

/** Reads a case; staff reading it (personal data included) leave a line in its access log. */
export async function getCase(caseId: string, principal: Principal): Promise<CaseDetail> {
  const detail = await readCase(caseId, principal);
  await logAccess(principal, caseId, 'viewCase');
  return detail;
}

/**
 * Entrust an item, or open a pre-consultation. A retried request with the same Idempotency-Key
 * returns the same case, never a second one (cases/open.ts). An agent keying in a request received
 * at a window or by phone owns it (首问负责), and the case waits for its resident to claim it.
 */
export async function createCase(principal: Principal, body: CreateCaseRequest, idempotencyKey: string): Promise<CaseDetail> {
  const byAgent = principal.role === 'agent';
  const opened = await openCase({
    request: body,
    channel: byAgent && body.channel === 'miniProgram' ? 'window' : body.channel,
    role: principal.role,
    actor: actorOf(principal),
    applicantUserId: byAgent ? undefined : principal.userId,
    firstContact: byAgent && principal.agentId ? { agentId: principal.agentId, name: principal.name } : undefined,
    idempotency: { scope: 'createCase', caller: principal.userId, key: idempotencyKey },
  });
  if (!opened.written) return readCase(opened.caseId, principal);
  const { bundle, agents } = opened.written;
  const relation = caseRelation(principal, bundle.record);
  if (!relation) throw notFound('case');
  return detailOf(bundle, principal, relation, clock.now(), await workCalendar(), agents);
}

/**
 * One lifecycle action at the version the caller saw: the state machine decides, the caller's
 * relation to the case is checked, and the change is one transaction conditioned on that version.
 */
export async function actOnCase(principal: Principal, caseId: string, request: CaseActionRequest): Promise<CaseDetail> {
  const [bundle, calendar] = await Promise.all([loadCaseBundle(caseId), workCalendar()]);
  const relation = bundle ? caseRelation(principal, bundle.record) : null;
  if (!bundle || !relation) throw notFound('case');
  const { record, subTasks, materials, materialSpecs } = bundle;
  if (request.version !== record.version) throw new AppError('stale_version', `case is at version ${record.version}`, { reason: 'staleVersion' });
  // The step's preconditions are read on the case as loaded, the request included (a bad rating's categories …).
  const decision = decide(record.state, principal.role, request.action, factsOf(bundle), request);
  const refuse = (refusal: Refusal) => new AppError(refusal === 'roleNotPermitted' ? 'forbidden' : 'transition_refused', refusal, { reason: refusal });
  // Who may act, and when, first; the case's facts are told only to someone who may act on it.
  if (!decision.ok && !isPrecondition(decision.refusal)) throw refuse(decision.refusal);
  checkRelation({ record, principal, relation, request, subTasks });
  if (!decision.ok) throw refuse(decision.refusal);
  const now = clock.now();
  const effect = await effectOf({ record, principal, relation, request, to: decision.to, now, calendar, subTasks, materials, materialSpecs });
  const change: Change = {
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
    checks: materialChecks(bundle, request.action),
    notices: effect.notices,
    subTasksBefore: subTasks,
  };
  await commitChange(change);
  // The answer is the case as read plus what was just written (no second read). A caller whose
  // own action ends their view (a transfer) still gets this answer.
  const after = bundleAfter(bundle, change);
  return detailOf(after, principal, caseRelation(principal, after.record) ?? relation, clock.now(), calendar);
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
    z.strictObject({ pk: z.string().check(z.maxLength(300)), sk: z.string().check(z.maxLength(300)), [`gsi${n}pk`]: z.string().check(z.maxLength(300)), [`gsi${n}sk`]: z.string().check(z.maxLength(300)) }),
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
  const [now, calendar] = [clock.now(), await workCalendar()];
  return {
    cases: (out.Items ?? []).map((i) => summaryOf(withoutKeys<CaseRecord>(i), now, calendar)),
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
  const [now, calendar] = [clock.now(), await workCalendar()];
  const entries = items.flatMap((i): InboxEntry[] => {
    if (i.entity === 'case') {
      const c = withoutKeys<CaseRecord>(i);
      return [{ kind: 'case' as const, caseId: c.id, caseNumber: c.number, itemName: c.itemName, state: c.state, applicantName: c.applicant.name, holderAgentId: c.ownerAgentId ?? c.assigneeAgentId, queueDate: queueDate(c), deadline: deadlineOf(c, now, calendar) }];
    }
    const parent = parents.get(String(i.caseId));
    if (!parent) return [];
    const task = withoutKeys<SubTask & { caseId: string }>(i);
    return [{ kind: 'subTask' as const, caseId: parent.id, caseNumber: parent.number, itemName: parent.itemName, state: parent.state, subTask: task, applicantName: parent.applicant.name, holderAgentId: task.assignedAgentId, queueDate: task.dueDate ?? queueDate(parent), deadline: deadlineOf(parent, now, calendar) }];
  });
  return { entries, nextCursor: out.LastEvaluatedKey ? encodeCursor(out.LastEvaluatedKey) : undefined };
}
