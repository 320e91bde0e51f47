// Opening a case — an entrustment or a pre-consultation — whoever receives it: a resident in the app,
// an agent at a window (首问负责), or a channel operator (12345, the web portal) through an API key.
// One transaction holds the case, its first events, the case number, the idempotency record, the
// claim marker of a case with no resident account yet, and the new-task notice; the answer is built
// from what was written, not read back.
import { createHash } from 'node:crypto';
import { chinaDate, decide, type Actor, type Channel, type CreateCaseRequest, type RefusalReason, type Role } from '@app/shared';
import { ulid } from 'ulid';
import { unclaimedMarker } from '../channels/claimIndex';
import { findServiceItem } from '../catalogue/repository';
import { clock } from '../lib/clock';
import { getItem, type Item } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { findPoint, type AgentRecord } from '../network/repository';
import { checkOffer } from './effects';
import { applicantRecord } from './personalData';
import { eventItem, materialListItem, newEventId, type CaseRecord } from './record';
import { bundleAfter, commitChange, newCaseNumber, type CaseBundle, type Change } from './repository';
import { pickAgent, type Pick } from './routing';

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export interface OpenCaseSpec {
  /** The request as received: all of it is hashed, so a retry must repeat it to be answered. */
  request: Omit<CreateCaseRequest, 'channel'>;
  channel: Channel;
  /** Who receives the request: the state machine's role and the timeline's actor. */
  role: Role;
  actor: Actor;
  /** The resident's account; absent when staff or a channel key in a request for a caller. */
  applicantUserId?: string;
  /** 首问负责: the agent who received the request owns its routing; otherwise routing picks one. */
  firstContact?: { agentId: string; name: string };
  /** The idempotency record's key (its scope: the route and the caller) and the Idempotency-Key. */
  idempotency: { scope: string; caller: string; key: string };
  /** What the entrust event records beyond channel and service kind/mode. */
  eventData?: Record<string, unknown>;
  /** The channel API key creating the case (only its channel may read the case's progress). */
  apiKeyId?: string;
  /** How the new-task notice names where the request came from, e.g. "（12345 热线 · 王敏）". */
  noticeSource?: string;
}

const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('base64url');

const invalid = (field: string, message: string, reason?: RefusalReason) =>
  new AppError('validation_failed', message, { issues: [{ path: ['body', field], code: 'custom', message }], reason });

/** The case an earlier request with this key created, or 409 when the key came with another body. */
function replayed(record: Item | undefined, hash: string): string | undefined {
  // An expired record (TTL sweeps lag up to two days) no longer binds the key.
  if (!record || Number(record.expiresAt) <= Math.floor(clock.now().getTime() / 1000)) return undefined;
  if (record.requestHash !== hash) throw new AppError('conflict', 'idempotency key reused for another request', { reason: 'idempotencyKeyReused' });
  return String(record.caseId);
}

/** The case opened: its id, and, when this request opened it, what was written and whom routing picked. */
export interface OpenedCase {
  caseId: string;
  /** Absent for a retry answered from an earlier request: read the case. */
  written?: { bundle: CaseBundle; agents: AgentRecord[] };
}

/** Opens the case, or finds the one a retry of the same request opened. */
export async function openCase(spec: OpenCaseSpec): Promise<OpenedCase> {
  const { request, idempotency } = spec;
  const idemKey = keys.idempotency(idempotency.scope, idempotency.caller, idempotency.key);
  const hash = requestHash({ ...request, channel: spec.channel });
  const earlier = replayed(await getItem(idemKey, true), hash);
  if (earlier) return { caseId: earlier };

  const item = await findServiceItem(request.itemId);
  if (!item) throw invalid('itemId', '事项不存在');
  // A withdrawn (停用) item takes no new entrustments; cases already open keep their copy of it.
  if (item.active === false) throw invalid('itemId', '该事项已停用，暂不受理新的委托', 'itemWithdrawn');
  checkOffer(item, request.serviceKind, request.serviceMode, request.onSite);
  const point = request.servicePointId ? await findPoint(request.servicePointId) : undefined;
  if (request.servicePointId && !point) throw invalid('servicePointId', '服务站点不存在');

  const action = request.kind === 'preConsultation' ? 'openPreConsultation' : 'entrust';
  const decision = decide(null, spec.role, action, { rated: false, openSubTasks: 0, materialSpecs: [], materials: [] });
  if (!decision.ok) throw new AppError(decision.refusal === 'roleNotPermitted' ? 'forbidden' : 'transition_refused', decision.refusal, { reason: decision.refusal });

  // The item carries its department's id and name: no read of the department.
  const pick: Pick = spec.firstContact
    ? { agentId: spec.firstContact.agentId, agentName: spec.firstContact.name, reason: `首问负责：由首位接待的代办帮办员${spec.firstContact.name}负责` }
    : await pickAgent({ departmentId: item.departmentId, departmentName: item.departmentName, servicePointId: point?.id, servicePointName: point?.name });
  const now = clock.now();
  const at = now.toISOString();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const id = ulid();
  const record: CaseRecord = {
    id,
    number: newCaseNumber(chinaDate(now)),
    kind: request.kind,
    state: decision.to,
    version: 1,
    itemId: item.id,
    itemName: item.name,
    departmentId: item.departmentId,
    departmentName: item.departmentName,
    commitmentDays: item.commitmentDays,
    serviceKind: request.serviceKind,
    serviceMode: request.serviceMode,
    channel: spec.channel,
    servicePointId: point?.id,
    servicePointName: point?.name,
    applicantUserId: spec.applicantUserId,
    applicant: await applicantRecord(request.applicant, id),
    onSite: request.onSite,
    note: request.note,
    assigneeAgentId: pick.agentId,
    openSubTasks: 0,
    subTaskDepartmentIds: [],
    rated: false,
    createdAt: at,
    updatedAt: at,
  };
  // Event ids order the timeline: the entrustment, then its routing.
  const entrustEventId = newEventId();
  const routeEvent = { id: newEventId(), at, actor: { role: 'system' as const, name: '系统分派' }, action: 'route' as const, note: pick.reason, data: { agentId: pick.agentId } };
  const label = request.kind === 'preConsultation' ? '咨询' : '委托';
  const change: Change = {
    before: null,
    after: record,
    event: {
      id: entrustEventId,
      at,
      actor: spec.actor,
      action,
      to: record.state,
      note: request.note,
      data: { channel: record.channel, serviceKind: request.serviceKind, serviceMode: request.serviceMode, ...spec.eventData },
    },
    puts: [
      {
        item: { ...idemKey, entity: 'idempotency', caseId: record.id, requestHash: hash, expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS },
        condition: 'attribute_not_exists(pk) OR expiresAt <= :now',
        values: { ':now': nowSeconds },
      },
      { item: eventItem(record.id, routeEvent) },
      { item: { ...keys.caseNumber(record.number), entity: 'caseNumber', caseId: record.id }, condition: 'attribute_not_exists(pk)' },
      // The material list as it stands today stays the case's, whatever the catalogue says later.
      { item: materialListItem(record.id, item.materials), condition: 'attribute_not_exists(pk)' },
      // No resident account yet: the applicant claims the case later with their verified phone.
      ...(spec.applicantUserId === undefined ? [{ item: unclaimedMarker(record, spec.apiKeyId), condition: 'attribute_not_exists(pk)' }] : []),
    ],
    // The agent who keyed the request in needs no notice of their own work.
    notices:
      record.assigneeAgentId && !spec.firstContact
        ? [{ kind: 'newTask', recipient: { agentId: record.assigneeAgentId }, caseId: record.id, caseNumber: record.number, itemName: record.itemName, summary: `新的${label}${spec.noticeSource ?? ''}：${record.itemName}` }]
        : [],
  };
  try {
    await commitChange(change);
  } catch (error) {
    // A concurrent retry with the same key won the race: answer what it created.
    if (error instanceof AppError && error.code === 'conflict') {
      const winner = replayed(await getItem(idemKey, true), hash);
      if (winner) return { caseId: winner };
    }
    throw error;
  }
  const empty: CaseBundle = { record, events: [], subTasks: [], materials: [], materialSpecs: item.materials };
  return { caseId: record.id, written: { bundle: bundleAfter(empty, change), agents: pick.agent ? [pick.agent] : [] } };
}
