// What a caller reads of a case: its summary in lists, its detail with the timeline, owner,
// deadline and the actions the caller may take now. Personal data shown per the caller's relation.
import { openIdNumber } from './personalData';
import {
  availableActions,
  awaiting,
  blockedActions,
  chinaDate,
  deadlineStatus,
  isProvisionalDate,
  maskPhone,
  stateFamily,
  workingDaysLeft,
  type CaseAction,
  type CaseDetail,
  type CaseSummary,
  type Principal,
  type WorkCalendar,
} from '@app/shared';
import type { CaseRelation } from '../identity/access';
import { sessionRecords } from '../identity/session';
import { findAgent, type AgentRecord } from '../network/repository';
import { dueDateToday } from './commitment';
import { checkRelation } from './effects';
import { factsOf } from './preconditions';
import type { CaseRecord } from './record';
import type { CaseBundle } from './repository';

/** Deadline facts while the case is being worked: days left on the official calendar, paused or not. */
export function deadlineOf(record: CaseRecord, now: Date, calendar: WorkCalendar): CaseSummary['deadline'] {
  if (!record.dueDate || stateFamily(record.state) !== 'open') return undefined;
  const today = chinaDate(now);
  const due = dueDateToday(calendar, record, today)!;
  return {
    dueDate: due,
    workingDaysLeft: workingDaysLeft(calendar, today, due),
    status: deadlineStatus(calendar, today, due),
    paused: record.pausedOn !== undefined,
    official: !isProvisionalDate(calendar, due),
  };
}

export function summaryOf(record: CaseRecord, now: Date, calendar: WorkCalendar): CaseSummary {
  return {
    id: record.id,
    number: record.number,
    kind: record.kind,
    state: record.state,
    version: record.version,
    itemId: record.itemId,
    itemName: record.itemName,
    departmentId: record.departmentId,
    departmentName: record.departmentName,
    serviceKind: record.serviceKind,
    serviceMode: record.serviceMode,
    channel: record.channel,
    applicantName: record.applicant.name,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    awaiting: awaiting(record.state),
    deadline: deadlineOf(record, now, calendar),
  };
}

/**
 * An agent's contact. Records this request already holds are used as they are: the caller's own
 * (read by the session check) and `known` ones (the agent routing just picked).
 */
async function person(agentId: string | undefined, principal: Principal, known: readonly AgentRecord[], handlesCase: boolean) {
  if (!agentId) return undefined;
  const own = principal.agentId === agentId ? sessionRecords(principal)?.agent : undefined;
  const agent = own ?? known.find((a) => a.id === agentId) ?? (await findAgent(agentId));
  if (!agent) return undefined;
  // The office line is published for the agent's applicants: whole for those who handle the case with them.
  return { agentId: agent.id, name: agent.name, phoneMasked: maskPhone(agent.phone), officePhone: handlesCase ? agent.officePhone : undefined };
}

/** Whether this caller, by their relation to the case, could take the action (whatever the case's facts). */
function relationAllows(principal: Principal, relation: CaseRelation, bundle: CaseBundle, action: CaseAction): boolean {
  const { record, subTasks } = bundle;
  // A sub-task action needs a task this caller can complete.
  const taskId = action === 'completeSubTask' ? subTasks.find((t) => t.state === 'open' && (t.departmentId === principal.departmentId || record.ownerAgentId === principal.agentId))?.id : undefined;
  if (action === 'completeSubTask' && !taskId) return false;
  try {
    checkRelation({ record, principal, relation, subTasks, request: { action, taskId } as never });
    return true;
  } catch {
    return false;
  }
}

/** The actions this caller may take now: the state machine's, narrowed by their relation to the case. */
export function actionsFor(principal: Principal, relation: CaseRelation, bundle: CaseBundle) {
  return availableActions(bundle.record.state, principal.role, factsOf(bundle)).filter((action) => relationAllows(principal, relation, bundle, action));
}

/** The steps this caller could take but for the case's facts, with the reason: disabled buttons in the app. */
export function blockedFor(principal: Principal, relation: CaseRelation, bundle: CaseBundle) {
  return blockedActions(bundle.record.state, principal.role, factsOf(bundle)).filter((b) => relationAllows(principal, relation, bundle, b.action));
}

export async function detailOf(
  bundle: CaseBundle,
  principal: Principal,
  relation: CaseRelation,
  now: Date,
  calendar: WorkCalendar,
  known: readonly AgentRecord[] = [],
): Promise<CaseDetail> {
  const { record } = bundle;
  // Owner and assignee are often the same agent: read their record once.
  // Personal data for those who handle the case: the applicant and the case's own agents.
  const seesPhone = relation === 'applicant' || relation === 'caseAgent';
  const ownerContact = person(record.ownerAgentId, principal, known, seesPhone);
  const [owner, assignee] = await Promise.all([ownerContact, record.assigneeAgentId === record.ownerAgentId ? ownerContact : person(record.assigneeAgentId, principal, known, seesPhone)]);
  return {
    ...summaryOf(record, now, calendar),
    applicant: {
      name: record.applicant.name,
      phoneMasked: maskPhone(record.applicant.phone),
      phone: seesPhone ? record.applicant.phone : undefined,
      idNumberMasked: record.applicant.idNumberMasked,
      idNumber: relation === 'applicant' ? await openIdNumber(record) : undefined,
      enterpriseName: record.applicant.enterpriseName,
      creditCode: record.applicant.creditCode,
    },
    servicePointId: record.servicePointId,
    servicePointName: record.servicePointName,
    commitmentDays: record.commitmentDays,
    acceptedAt: record.acceptedAt,
    owner,
    assignee,
    onSite: seesPhone ? record.onSite : undefined,
    escalation: record.escalation,
    supplement: record.supplement,
    result: record.result,
    agreement: record.agreement,
    rating: record.rating,
    rectification: record.rectification,
    subTasks: bundle.subTasks,
    materialSpecs: bundle.materialSpecs,
    materials: bundle.materials,
    timeline: bundle.events,
    availableActions: actionsFor(principal, relation, bundle),
    blockedActions: blockedFor(principal, relation, bundle),
  };
}
