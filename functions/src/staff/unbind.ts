// An agent leaves (离岗): the bound user becomes a resident again, the agent record is marked left
// (routing passes it over) and everything it held is reassigned (reassign.ts).
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Principal, UnbindAgentResponse } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { findAgent, type AgentRecord } from '../network/repository';
import { toAgent } from '../network/service';
import { reassignHeldWork } from './reassign';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One transaction marks the agent left (conditioned on it being active and bound to the user we
 * read), takes the agent role from that user (conditioned on them still pointing at this agent)
 * and deletes an unused invitation code.
 */
async function markLeft(agent: AgentRecord, now: Date): Promise<void> {
  const TableName = config().tableName;
  const at = now.toISOString();
  const items: TransactItem[] = [
    {
      Update: {
        TableName,
        Key: keys.agent(agent.id),
        // The session version goes up with it: every token on this record stops, even a re-bound one's.
        UpdateExpression: `SET active = :false, leftAt = :at${agent.userId ? ', formerUserId = :user' : ''} REMOVE userId, openid, invitationCode ADD sessionVersion :one`,
        ConditionExpression: `attribute_exists(pk) AND active = :true AND ${agent.userId ? 'userId = :user' : 'attribute_not_exists(userId)'}`,
        ExpressionAttributeValues: { ':false': false, ':true': true, ':at': at, ':one': 1, ...(agent.userId ? { ':user': agent.userId } : {}) },
      },
    },
  ];
  if (agent.userId) {
    items.push({
      Update: {
        TableName,
        Key: keys.user(agent.userId),
        UpdateExpression: 'SET #role = :resident, unboundAt = :at REMOVE agentId',
        ConditionExpression: 'attribute_exists(pk) AND agentId = :agent',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':resident': 'resident', ':at': at, ':agent': agent.id },
      },
    });
  }
  if (agent.invitationCode) {
    items.push({
      Delete: {
        TableName,
        Key: keys.invitation(agent.invitationCode),
        ConditionExpression: 'attribute_not_exists(pk) OR agentId = :agent',
        ExpressionAttributeValues: { ':agent': agent.id },
      },
    });
  }
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') {
      throw new AppError('conflict', 'agent changed meanwhile', { reason: 'agentChanged' });
    }
    throw error;
  }
}

/**
 * Unbinds an agent and reassigns their open work. Calling it again for an agent who already left
 * reassigns whatever is still theirs (e.g. after a failure half-way) and changes nothing else.
 */
export async function unbindAgent(principal: Principal, agentId: string): Promise<UnbindAgentResponse> {
  const now = clock.now();
  const agent = await findAgent(agentId, true);
  if (!agent) throw notFound('agent');
  if (agent.active) await markLeft(agent, now);
  const left = (await findAgent(agentId, true)) ?? agent;
  const reassigned = await reassignHeldWork(left, principal, now);
  return { agent: toAgent(left), reassigned, queued: reassigned.filter((r) => !r.toAgentId).length };
}
