// The case a caller asked for, if they may see it: no access and no case look the same (404).
import type { Principal } from '@app/shared';
import { caseRelation, type CaseRelation } from '../identity/access';
import { notFound } from '../lib/errors';
import type { CaseRecord } from './record';
import { findCase } from './repository';

export async function caseForCaller(caseId: string, principal: Principal, consistent = true): Promise<{ record: CaseRecord; relation: CaseRelation }> {
  const record = await findCase(caseId, consistent);
  const relation = record ? caseRelation(principal, record) : null;
  if (!record || !relation) throw notFound('case');
  return { record, relation };
}

/** The actor stamped on timeline events. */
export function actorOf(principal: Principal) {
  return { userId: principal.userId, role: principal.role, name: principal.name, agentId: principal.agentId };
}
