// What each lifecycle action does to a case beyond its state: the facts it records, the items it
// writes alongside, and the notices it causes. Pure except for routing picks and look-ups.
import {
  SIGNATURE_SPEC_ID,
  chinaDate,
  type CaseActionRequest,
  type CaseState,
  type Material,
  type MaterialSpec,
  type Principal,
  type ServiceItem,
  type ServiceKind,
  type ServiceMode,
  type SubTask,
  type WorkCalendar,
} from '@app/shared';
import { ulid } from 'ulid';
import type { CaseRelation } from '../identity/access';
import type { Item } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { findServiceItem } from '../catalogue/repository';
import { findDepartment } from '../network/repository';
import { noticeWords } from '../notices/noticeText';
import type { Notice } from '../notices/outbox';
import { signedAgreementItem, textToSign } from './agreement';
import { resumeCommitment, startCommitment } from './commitment';
import { ratingEffect, resultEffect } from './outcomes';
import { materialListItem, subTaskToItem, type CaseRecord } from './record';
import { pickAgent } from './routing';

export interface EffectInput {
  record: CaseRecord;
  principal: Principal;
  relation: CaseRelation;
  request: CaseActionRequest;
  to: CaseState;
  now: Date;
  /** The official calendar the commitment clock counts on. */
  calendar: WorkCalendar;
  subTasks: SubTask[];
  materials: Material[];
  /** The case's list of materials as loaded. */
  materialSpecs: MaterialSpec[];
}

export interface Effect {
  after: CaseRecord;
  note?: string;
  data?: Record<string, unknown>;
  puts: { item: Item; condition?: string; values?: Record<string, unknown>; names?: Record<string, string> }[];
  notices: Notice[];
}

const forbidden = (why: string) => new AppError('forbidden', why);

/** An item is entrusted only with a service kind and mode it offers; on-site needs an address. */
export function checkOffer(item: ServiceItem, kind: ServiceKind, mode: ServiceMode, onSite: unknown): void {
  const issue = (field: string, message: string) => new AppError('validation_failed', message, { issues: [{ path: ['body', field], code: 'custom', message }] });
  if (!item.serviceKinds.includes(kind)) throw issue('serviceKind', '该事项不提供此服务类型');
  if (!item.serviceModes.includes(mode)) throw issue('serviceMode', '该事项不提供此服务方式');
  if (mode === 'onSite' && !onSite) throw issue('onSite', '上门服务请填写地址和期望时间');
  if (mode !== 'onSite' && onSite) throw issue('onSite', '仅上门服务需要上门信息');
}

/** Departments that still have an open sub-task: they keep their view of the case. */
const openDepartments = (tasks: SubTask[]) => [...new Set(tasks.filter((t) => t.state === 'open').map((t) => t.departmentId))];

/** Agent actions reserved to the owner once a case is accepted (first-contact responsibility). */
const OWNER_ONLY = new Set(['requestSupplement', 'startCoordination', 'splitSubTasks', 'feedBackResult', 'archive', 'recordFollowUpVisit', 'escalate', 'submitMaterials', 'answerSupplement']);

/** Beyond the role the state machine checks: is this caller the right person for this case? */
export function checkRelation(input: Pick<EffectInput, 'record' | 'principal' | 'relation' | 'request' | 'subTasks'>): void {
  const { record, principal, relation, request } = input;
  const action = request.action;
  if (principal.role === 'resident') {
    if (relation !== 'applicant') throw forbidden('not the applicant');
    return;
  }
  if (principal.role === 'bureau') return;
  // An agent.
  const isOwner = record.ownerAgentId !== undefined && record.ownerAgentId === principal.agentId;
  const ofUnit = principal.departmentId === record.departmentId || (record.servicePointId !== undefined && principal.servicePointId === record.servicePointId);
  const isAssignee = record.assigneeAgentId !== undefined && record.assigneeAgentId === principal.agentId;
  if (action === 'accept' || action === 'recordConsultation' || action === 'concludeConsultation' || action === 'entrust') {
    if (!ofUnit && !isAssignee) throw forbidden('not an agent of the case’s department or service point');
    return;
  }
  if (action === 'signAgreement') {
    if (record.applicantUserId) throw forbidden('the applicant signs in the app');
    if (!ofUnit && !isAssignee && !isOwner) throw forbidden('not an agent of the case');
    return;
  }
  if (action === 'transfer') {
    if (record.ownerAgentId ? !isOwner : !ofUnit && !isAssignee) throw forbidden('only the owner transfers');
    return;
  }
  if (action === 'completeSubTask') {
    const task = input.subTasks.find((t) => t.id === request.taskId);
    if (!isOwner && !(task && task.departmentId === principal.departmentId)) throw forbidden('not the sub-task’s department');
    return;
  }
  if (action === 'recordProgress') {
    const inSubTask = input.subTasks.some((t) => t.state === 'open' && t.departmentId === principal.departmentId);
    if (!isOwner && !inSubTask) throw forbidden('not the owner');
    return;
  }
  if (OWNER_ONLY.has(action) && !isOwner) throw forbidden('not the owner');
}

/** A notice's words: the Chinese line, or (for a resident, who may read Mongolian) the line with its key and values. */
type Said = string | Pick<Notice, 'summary' | 'text'>;

const notice = (record: CaseRecord, kind: Notice['kind'], recipient: Notice['recipient'], said: Said): Notice => ({
  kind,
  recipient,
  caseId: record.id,
  caseNumber: record.number,
  itemName: record.itemName,
  itemId: record.itemId,
  ...(typeof said === 'string' ? { summary: said } : said),
});

const toApplicant = (r: CaseRecord, kind: Notice['kind'], said: Said): Notice[] =>
  r.applicantUserId ? [notice(r, kind, { userId: r.applicantUserId }, said)] : [];
const toHolder = (r: CaseRecord, kind: Notice['kind'], summary: string): Notice[] => {
  const holder = r.ownerAgentId ?? r.assigneeAgentId;
  return holder ? [notice(r, kind, { agentId: holder }, summary)] : [notice(r, kind, { departmentId: r.departmentId }, summary)];
};

async function departmentOrFail(id: string, field: string) {
  const department = await findDepartment(id);
  if (!department) {
    throw new AppError('validation_failed', 'unknown department', { issues: [{ path: ['body', field], code: 'custom', message: '部门不存在' }] });
  }
  return department;
}

export async function effectOf(input: EffectInput): Promise<Effect> {
  const { record, principal, request, now, calendar } = input;
  const at = now.toISOString();
  const today = chinaDate(now);
  const after: CaseRecord = { ...record, state: input.to, version: record.version + 1, updatedAt: at };
  const effect: Effect = { after, puts: [], notices: [], note: 'note' in request ? request.note : undefined };
  const outcome = { record, after, at, today, calendar, materialSpecs: input.materialSpecs, materials: input.materials };

  switch (request.action) {
    case 'entrust': {
      const item = await findServiceItem(record.itemId);
      if (!item) throw new AppError('conflict', 'the item is no longer in the catalogue', { reason: 'itemWithdrawn' });
      if (item.active === false) {
        throw new AppError('validation_failed', 'item withdrawn', { issues: [{ path: ['body', 'action'], code: 'custom', message: '该事项已停用，暂不受理新的委托' }], reason: 'itemWithdrawn' });
      }
      checkOffer(item, request.serviceKind, request.serviceMode, request.onSite);
      Object.assign(after, { kind: 'entrustment', serviceKind: request.serviceKind, serviceMode: request.serviceMode, onSite: request.onSite });
      break;
    }
    case 'signAgreement': {
      // The version names the text the signer read, in their language; each text is kept whole.
      const text = textToSign(request.agreementVersion);
      if (request.signatureUploadId && !input.materials.some((m) => m.id === request.signatureUploadId && m.materialSpecId === SIGNATURE_SPEC_ID)) {
        throw new AppError('validation_failed', 'signature not uploaded', {
          issues: [{ path: ['body', 'signatureUploadId'], code: 'custom', message: '签名图片未上传成功，请重新签名' }],
        });
      }
      after.agreement = { version: text.version, language: text.language, signerName: request.signerName, signedAt: at };
      effect.puts.push({
        item: signedAgreementItem(record.id, text, { signerName: request.signerName, principal, signatureUploadId: request.signatureUploadId, at }),
        condition: 'attribute_not_exists(pk)',
      });
      effect.data = { agreementVersion: text.version, agreementLanguage: text.language, signerName: request.signerName };
      effect.notices.push(...toHolder(after, 'newTask', `新的代办帮办委托：${record.itemName}`));
      break;
    }
    case 'accept':
      Object.assign(after, {
        ownerAgentId: principal.agentId,
        assigneeAgentId: undefined,
        acceptedAt: record.acceptedAt ?? at,
        // The clock starts at the first acceptance; a transfer does not restart it.
        ...startCommitment(calendar, record, now),
      });
      effect.notices.push(...toApplicant(after, 'caseAccepted', noticeWords('caseAccepted', { agent: principal.name })));
      break;
    case 'requestSupplement': {
      const items = supplementItems(request.items, input.materialSpecs);
      // Materials asked for by name join the case's list (which a case from before the list was kept gets now).
      if (items.added.length > 0) effect.puts.push({ item: materialListItem(record.id, [...input.materialSpecs, ...items.added]) });
      after.supplement = { items: items.named, requestedAt: at };
      after.pausedOn = record.pausedOn ?? today;
      effect.data = { items: items.named };
      effect.notices.push(...toApplicant(after, 'supplementRequested', noticeWords('supplementRequested', { materials: items.named.map((i) => i.name).join('、') })));
      break;
    }
    case 'answerSupplement':
      Object.assign(after, resumeCommitment(calendar, record, today));
      after.supplement = undefined;
      effect.notices.push(...toHolder(after, 'supplementAnswered', '申请人已补正材料'));
      break;
    case 'splitSubTasks': {
      const created: SubTask[] = [];
      for (const [i, task] of request.tasks.entries()) {
        const department = await departmentOrFail(task.departmentId, `tasks.${i}.departmentId`);
        if (department.id === record.departmentId) {
          throw new AppError('validation_failed', 'sub-task for own department', {
            issues: [{ path: ['body', 'tasks', i, 'departmentId'], code: 'custom', message: '并联子任务应分派给其他部门' }],
          });
        }
        const pick = await pickAgent({ departmentId: department.id, departmentName: department.name });
        created.push({ id: ulid(), departmentId: department.id, departmentName: department.name, title: task.title, note: task.note, state: 'open', assignedAgentId: pick.agentId, dueDate: record.dueDate });
      }
      for (const task of created) {
        effect.puts.push({ item: subTaskToItem(after, task), condition: 'attribute_not_exists(pk)' });
        if (task.assignedAgentId) effect.notices.push(notice(after, 'subTaskAssigned', { agentId: task.assignedAgentId }, `并联办理：${task.title}`));
      }
      after.openSubTasks = record.openSubTasks + created.length;
      after.subTaskDepartmentIds = openDepartments([...input.subTasks, ...created]);
      effect.data = { tasks: created.map((t) => ({ id: t.id, departmentName: t.departmentName, title: t.title, assignedAgentId: t.assignedAgentId })) };
      break;
    }
    case 'completeSubTask': {
      const task = input.subTasks.find((t) => t.id === request.taskId);
      if (!task) throw new AppError('not_found', 'sub-task not found');
      if (task.state !== 'open') throw new AppError('transition_refused', 'sub-task already done', { reason: 'subTaskDone' });
      const done: SubTask = { ...task, state: 'done', result: request.result, completedAt: at };
      effect.puts.push({ item: subTaskToItem(after, done), condition: '#state = :open', values: { ':open': 'open' }, names: { '#state': 'state' } });
      after.openSubTasks = record.openSubTasks - 1;
      after.subTaskDepartmentIds = openDepartments(input.subTasks.map((t) => (t.id === done.id ? done : t)));
      effect.data = { taskId: task.id, departmentName: task.departmentName, result: request.result };
      break;
    }
    case 'transfer': {
      const department = await departmentOrFail(request.departmentId, 'departmentId');
      if (department.id === record.departmentId) {
        throw new AppError('validation_failed', 'same department', { issues: [{ path: ['body', 'departmentId'], code: 'custom', message: '不能转办给本部门' }] });
      }
      const pick = await pickAgent({ departmentId: department.id, departmentName: department.name });
      // The receiving department owns the case now: the point it was entrusted at is history, and
      // a supplement still owed is the new department's to ask again, so the clock runs on.
      Object.assign(after, {
        departmentId: department.id,
        departmentName: department.name,
        ownerAgentId: undefined,
        assigneeAgentId: pick.agentId,
        servicePointId: undefined,
        supplement: undefined,
        ...resumeCommitment(calendar, record, today),
      });
      effect.data = { fromDepartment: record.departmentName, toDepartment: department.name, routedTo: pick.agentName, routing: pick.reason };
      effect.note = request.reason;
      effect.notices.push(...toHolder(after, 'transferredToMe', `转办：${record.itemName}`));
      break;
    }
    case 'escalate':
      after.escalation = { authorityKind: request.authorityKind, authority: request.authority, reason: request.reason, at };
      after.pausedOn = record.pausedOn ?? today;
      effect.data = { authorityKind: request.authorityKind, authority: request.authority };
      effect.note = request.reason;
      break;
    case 'feedBackResult':
      Object.assign(effect, resultEffect(request, outcome));
      effect.notices.push(...toApplicant(after, 'resultReady', noticeWords('resultReady', { item: record.itemName })));
      break;
    case 'recordFollowUpVisit':
      effect.puts.push({
        item: { ...keys.followUpVisit(record.id, at), entity: 'followUpVisit', method: request.method, note: request.note, agentId: principal.agentId, at },
      });
      effect.data = { method: request.method };
      break;
    case 'rate': {
      const rated = ratingEffect(request, outcome, (recipient, summary) => notice(after, 'badRating', recipient, summary));
      effect.puts.push(...rated.puts);
      effect.notices.push(...rated.notices);
      effect.data = rated.data;
      effect.note = rated.note;
      break;
    }
    case 'withdraw': {
      effect.note = request.reason;
      // Parallel sub-tasks end with the case: out of every queue and inbox.
      for (const task of input.subTasks.filter((t) => t.state === 'open')) {
        effect.puts.push({ item: subTaskToItem(after, { ...task, state: 'cancelled', completedAt: at }), condition: '#state = :open', values: { ':open': 'open' }, names: { '#state': 'state' } });
        if (task.assignedAgentId) effect.notices.push(notice(after, 'caseWithdrawn', { agentId: task.assignedAgentId }, `申请人已撤回，并联子任务取消：${task.title}`.slice(0, 60)));
      }
      after.openSubTasks = 0;
      after.subTaskDepartmentIds = [];
      effect.notices.push(...toHolder(after, 'caseWithdrawn', `申请人已撤回：${record.itemName}`));
      break;
    }
    default:
      break;
  }
  return effect;
}

/**
 * The items of a supplement request as kept: one naming a material of the case's list keeps it (an
 * unknown one is a 400); one asked for by name becomes a material of the case's own list, required,
 * so the applicant has somewhere to upload it and the request can be checked as answered.
 */
function supplementItems(items: Extract<CaseActionRequest, { action: 'requestSupplement' }>['items'], specs: readonly MaterialSpec[]) {
  const added: MaterialSpec[] = [];
  const named = items.map((item, i) => {
    if (item.materialSpecId) {
      if (!specs.some((s) => s.id === item.materialSpecId)) {
        throw new AppError('validation_failed', 'unknown material', { issues: [{ path: ['body', 'items', i, 'materialSpecId'], code: 'custom', message: '该办件没有这项材料' }] });
      }
      return item;
    }
    const spec: MaterialSpec = { id: `extra-${ulid().toLowerCase()}`, name: item.name, note: item.reason, required: true, commitmentAllowed: false };
    added.push(spec);
    return { ...item, materialSpecId: spec.id };
  });
  return { named, added };
}
