// A case as stored: one item per case, whose index attributes place it in the applicant's list,
// its holder's inbox, its department's queue and its service point's queue while it is open.
import type { CaseEvent, CaseState, SubTask, Channel, CommitmentClock, Language, MaterialSpec, RatingLevel, RatingProblem, ServiceKind, ServiceMode } from '@app/shared';
import { stateFamily } from '@app/shared';
import type { Item } from '../lib/dynamo';
import { monotonicFactory } from 'ulid';
import * as keys from '../lib/keys';
import type { Sealed } from '../lib/sealed';

export interface CaseRecord {
  id: string;
  /** Human-readable 办件编号, e.g. KDL-20261125-0007. */
  number: string;
  kind: 'entrustment' | 'preConsultation';
  state: CaseState;
  version: number;
  itemId: string;
  itemName: string;
  departmentId: string;
  departmentName: string;
  commitmentDays: number;
  serviceKind: ServiceKind;
  serviceMode: ServiceMode;
  channel: Channel;
  servicePointId?: string;
  servicePointName?: string;
  applicantUserId?: string;
  applicant: { name: string; phone: string; enterpriseName?: string; creditCode?: string; idNumberMasked?: string; idNumberSealed?: Sealed };
  onSite?: { address: string; preferredDate: string; preferredPeriod: 'morning' | 'afternoon' };
  note?: string;
  /** Routed to, before acceptance (first-contact responsibility starts at acceptance). */
  assigneeAgentId?: string;
  ownerAgentId?: string;
  acceptedAt?: string;
  dueDate?: string;
  /**
   * The commitment clock the due date is derived from (started at first acceptance; working days
   * grow by every pause given back), so a corrected calendar moves the due date exactly.
   */
  dueClock?: CommitmentClock;
  /** China date the deadline clock stopped (supplement owed, escalated), if it is stopped. */
  pausedOn?: string;
  openSubTasks: number;
  subTaskDepartmentIds: string[];
  rated: boolean;
  escalation?: { authorityKind: 'upperLevel' | 'otherRegion'; authority: string; reason: string; at: string };
  supplement?: { items: { materialSpecId?: string; name: string; reason: string }[]; requestedAt: string };
  result?: {
    outcome: 'approved' | 'notApproved' | 'informed';
    summary: string;
    /** 不予办理: why. */
    reason?: string;
    /** 办结 with required materials not accepted online: each one waived, and why. */
    waivers?: { materialSpecId: string; name: string; reason: string }[];
    at: string;
  };
  /** `language` is absent on agreements signed before the Mongolian text existed (all Chinese). */
  agreement?: { version: string; language?: Language; signerName: string; signedAt: string };
  rating?: { level: RatingLevel; categories?: RatingProblem[]; comment?: string; at: string };
  rectification?: { dueDate: string; state: 'open' | 'done' };
  createdAt: string;
  updatedAt: string;
}

/** The date a queue sorts by: the due date once accepted, the entrustment date before. */
export const queueDate = (c: CaseRecord): string => c.dueDate ?? c.createdAt.slice(0, 10);

/** Partitions of the due-date index: enough to spread writes, few enough to read them all hourly. */
export const DUE_SHARDS = 4;
export function dueShardOf(caseId: string): number {
  let sum = 0;
  for (const ch of caseId.slice(-4)) sum += ch.charCodeAt(0);
  return sum % DUE_SHARDS;
}

export function caseToItem(c: CaseRecord): Item {
  const open = stateFamily(c.state) === 'open';
  // The owner still owes the archive and the follow-up visit after the result.
  const held = open || c.state === 'resultFedBack' || c.state === 'archived';
  const holder = c.ownerAgentId ?? c.assigneeAgentId;
  const sort = keys.queueSort(queueDate(c), c.id);
  return {
    ...keys.case(c.id),
    entity: 'case',
    gsi1pk: c.applicantUserId ? keys.applicantCases(c.applicantUserId) : undefined,
    gsi1sk: c.applicantUserId ? `${c.createdAt}#${c.id}` : undefined,
    gsi2pk: held && holder ? keys.agentOpen(holder) : undefined,
    gsi2sk: held && holder ? sort : undefined,
    gsi3pk: open ? keys.departmentOpen(c.departmentId) : undefined,
    gsi3sk: open ? sort : undefined,
    gsi4pk: open && c.servicePointId ? keys.pointOpen(c.servicePointId) : undefined,
    gsi4sk: open && c.servicePointId ? sort : undefined,
    // Only while the commitment clock can run out: open and with a due date.
    gsi5pk: open && c.dueDate ? keys.dueShard(dueShardOf(c.id)) : undefined,
    gsi5sk: open && c.dueDate ? `${c.dueDate}#${c.id}` : undefined,
    // Supervision: every case of the department, for good, by entrustment time.
    gsi6pk: keys.departmentHistory(c.departmentId),
    gsi6sk: `${c.createdAt}#${c.id}`,
    ...c,
  };
}

/**
 * The case's material list, kept as its own item in the case's partition (read with the case for
 * free, and not copied into the case item's six indexes): the item's list as entrusted — a later
 * catalogue edit does not change an open case — plus any material a 补正 asked for by name.
 */
export function materialListItem(caseId: string, specs: readonly MaterialSpec[]): Item {
  return { ...keys.materialList(caseId), entity: 'materialList', caseId, specs };
}

export function eventItem(caseId: string, event: CaseEvent): Item {
  return { ...keys.caseEvent(caseId, event.at, event.id), entity: 'caseEvent', caseId, ...event };
}

/** Event ids increase within a millisecond too, so two events stamped alike keep their order. */
export const newEventId = monotonicFactory();

/** A parallel sub-task sits in its department's queue and its agent's inbox while open. */
export function subTaskToItem(c: CaseRecord, t: SubTask): Item {
  const open = t.state === 'open';
  const sort = keys.queueSort(t.dueDate ?? c.createdAt.slice(0, 10), c.id, t.id);
  return {
    ...keys.subTask(c.id, t.id),
    entity: 'subTask',
    caseId: c.id,
    caseNumber: c.number,
    itemName: c.itemName,
    applicantName: c.applicant.name,
    gsi2pk: open && t.assignedAgentId ? keys.agentOpen(t.assignedAgentId) : undefined,
    gsi2sk: open && t.assignedAgentId ? sort : undefined,
    gsi3pk: open ? keys.departmentOpen(t.departmentId) : undefined,
    gsi3sk: open ? sort : undefined,
    ...t,
  };
}
