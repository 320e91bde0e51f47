// Who may do what, decided in one place: route access by role, and an agent's scope
// (their department and/or service point).
import type { Access, Principal } from '@app/shared';
import { AppError } from '../lib/errors';

/**
 * Throws 401 when a signed-in user (or, on a channel route, a channel's API key) is needed and
 * absent, 403 when the role is not admitted.
 */
export function authorizeRoute(access: Access, principal: Principal | undefined, channel?: unknown): void {
  if (access === 'public') return;
  if (access === 'channelKey') {
    if (!channel) throw new AppError('unauthenticated', 'channel API key required');
    return;
  }
  if (!principal) throw new AppError('unauthenticated', 'sign-in required');
  if (access === 'signedIn') return;
  if (!access.includes(principal.role)) throw new AppError('forbidden', `role ${principal.role} may not call this`);
}

export interface Unit {
  departmentId?: string;
  servicePointId?: string;
}

/** The bureau sees every unit; an agent sees the department and the service point they serve. */
export function canSeeUnit(principal: Principal, unit: Unit): boolean {
  if (principal.role === 'bureau') return true;
  if (principal.role !== 'agent') return false;
  return (
    (unit.departmentId !== undefined && unit.departmentId === principal.departmentId) ||
    (unit.servicePointId !== undefined && unit.servicePointId === principal.servicePointId)
  );
}

export function requireUnit(principal: Principal, unit: Unit): void {
  if (!canSeeUnit(principal, unit)) throw new AppError('forbidden', 'outside the agent\'s department and service point');
}

/** What a case needs for the access decision. */
export interface CaseAccessFacts {
  applicantUserId?: string;
  departmentId: string;
  servicePointId?: string;
  ownerAgentId?: string;
  assigneeAgentId?: string;
  /** Departments with an open parallel sub-task on the case. */
  subTaskDepartmentIds: string[];
}

/**
 * applicant; caseAgent: the case's department, service point, owner or assignee; subTaskAgent: a
 * department helping with an open sub-task (its own task only, masked personal data); bureau.
 */
export type CaseRelation = 'applicant' | 'caseAgent' | 'subTaskAgent' | 'bureau';

/**
 * How the caller stands to a case, or null for no access (answered as 404, so a guessed id
 * reveals nothing). Agents see the cases of their department and service point and the ones they
 * hold; a department with an open sub-task sees the case while that sub-task is open.
 */
export function caseRelation(principal: Principal, c: CaseAccessFacts): CaseRelation | null {
  if (principal.role === 'bureau') return 'bureau';
  if (principal.role === 'resident') return c.applicantUserId !== undefined && c.applicantUserId === principal.userId ? 'applicant' : null;
  const agentId = principal.agentId;
  if (agentId !== undefined && (agentId === c.ownerAgentId || agentId === c.assigneeAgentId)) return 'caseAgent';
  if (canSeeUnit(principal, { departmentId: c.departmentId, servicePointId: c.servicePointId })) return 'caseAgent';
  if (principal.departmentId !== undefined && c.subTaskDepartmentIds.includes(principal.departmentId)) return 'subTaskAgent';
  return null;
}
