// Moving an agent to another unit (调岗) and signing an agent out everywhere (强制下线). Both bump
// the agent record's session version, so every token issued before stops at the next request.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { MoveAgentRequest, Principal, RouteResponse } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import { agentToItem, findAgent, findDepartment, findPoint, type AgentRecord } from '../network/repository';
import { toAgent } from '../network/service';
import { reassignHeldWork } from './reassign';

const invalid = (field: string, message: string) => new AppError('validation_failed', message, { issues: [{ path: ['body', field], code: 'custom', message }] });

/** The record as read: a move or sign-out is refused when someone changed it meanwhile. */
function unchangedSince(agent: AgentRecord) {
  const values: Record<string, unknown> = { ':true': true };
  if (agent.userId !== undefined) values[':user'] = agent.userId;
  if (agent.sessionVersion !== undefined) values[':version'] = agent.sessionVersion;
  const conditions = [
    'attribute_exists(pk)',
    'active = :true',
    agent.userId === undefined ? 'attribute_not_exists(userId)' : 'userId = :user',
    agent.sessionVersion === undefined ? 'attribute_not_exists(sessionVersion)' : 'sessionVersion = :version',
  ];
  return { ConditionExpression: conditions.join(' AND '), ExpressionAttributeValues: values };
}

async function writeAgent(agent: AgentRecord, changed: AgentRecord): Promise<void> {
  try {
    await documentClient().send(new PutCommand({ TableName: config().tableName, Item: agentToItem(changed), ...unchangedSince(agent) }));
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') throw new AppError('conflict', 'agent changed meanwhile', { reason: 'agentChanged' });
    throw error;
  }
}

async function activeAgent(agentId: string): Promise<AgentRecord> {
  const agent = await findAgent(agentId, true);
  if (!agent) throw notFound('agent');
  if (!agent.active) throw new AppError('conflict', 'agent has left', { reason: 'agentLeft' });
  return agent;
}

/**
 * 调岗: the agent serves the given unit from now on. The record moves (its indexes with it) and its
 * session version goes up in one conditional write; then what the agent held in the unit they leave
 * goes to the least-loaded colleague there (or back to its queue), as when an agent leaves. A
 * department's head stays until someone else heads it. Moving to the same unit changes nothing.
 */
export async function moveAgent(principal: Principal, agentId: string, to: MoveAgentRequest): Promise<RouteResponse<'moveAgent'>> {
  const now = clock.now();
  const agent = await activeAgent(agentId);
  if ((agent.departmentId ?? undefined) === to.departmentId && (agent.servicePointId ?? undefined) === to.servicePointId) {
    return { agent: toAgent(agent), reassigned: [], queued: 0 };
  }
  if (agent.isHead) throw new AppError('conflict', 'a department head cannot move', { reason: 'headCannotMove' });
  const [department, point] = await Promise.all([to.departmentId ? findDepartment(to.departmentId) : undefined, to.servicePointId ? findPoint(to.servicePointId) : undefined]);
  if (to.departmentId && !department) throw invalid('departmentId', '所选部门不存在');
  if (to.servicePointId && !point) throw invalid('servicePointId', '所选服务站点不存在');

  const moved: AgentRecord = { ...agent, departmentId: to.departmentId, servicePointId: to.servicePointId, sessionVersion: (agent.sessionVersion ?? 0) + 1 };
  await writeAgent(agent, moved);
  // `agent` still describes the unit left behind: its colleagues take over.
  const reassigned = await reassignHeldWork(agent, principal, now, 'moved');
  return { agent: toAgent(moved), reassigned, queued: reassigned.filter((r) => !r.toAgentId).length };
}

/** 强制下线: every session of the agent ends at its next request; signing in again works as before. */
export async function signOutAgent(agentId: string): Promise<RouteResponse<'signOutAgent'>> {
  const now = clock.now();
  const agent = await activeAgent(agentId);
  const signedOut: AgentRecord = { ...agent, sessionVersion: (agent.sessionVersion ?? 0) + 1 };
  await writeAgent(agent, signedOut);
  return { agent: toAgent(signedOut), signedOutAt: now.toISOString() };
}
