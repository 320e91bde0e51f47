// Binding a WeChat user to an agent record with an invitation code: the code is consumed, the
// agent record gets the user and openid, and the user becomes an agent, all in one transaction.
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '@app/shared';
import { findUser, type UserRecord } from '../identity/repository';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { findAgent } from '../network/repository';
import { findLiveInvitation } from './invitations';

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * Binds the signed-in resident to the agent the code was issued for and answers the user as they
 * now are. The transaction's three conditions make every race end cleanly: the code must still
 * exist unexpired and unused (two binds racing with one code: one wins, the other is 409), the agent must be
 * active and unbound, and the user must still be a plain resident.
 */
export async function bindWithInvitation(principal: Principal, code: string): Promise<UserRecord> {
  const now = clock.now();
  const invitation = await findLiveInvitation(code, now);
  if (!invitation) throw new AppError('not_found', 'invitation not found or expired', { reason: 'invitationUnknown' });
  if (invitation.usedBy) throw new AppError('conflict', 'invitation used', { reason: 'invitationUsed' });
  const [agent, user] = await Promise.all([findAgent(invitation.agentId, true), findUser(principal.userId, true)]);
  if (!agent || !agent.active) throw new AppError('not_found', 'agent of the invitation gone', { reason: 'invitationUnknown' });
  if (agent.userId) throw new AppError('conflict', 'agent already bound', { reason: 'agentBoundElsewhere' });
  if (!user) throw new AppError('unauthenticated', 'user no longer exists');
  if (user.role !== 'resident' || user.agentId) throw new AppError('conflict', 'user is staff already', { reason: 'alreadyStaff' });

  const TableName = config().tableName;
  const boundAt = now.toISOString();
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            // Consumed, not deleted: until its TTL removes it, a second use is told "already used".
            Update: {
              TableName,
              Key: keys.invitation(code),
              UpdateExpression: 'SET usedBy = :user, usedAt = :at',
              ConditionExpression: 'attribute_exists(pk) AND agentId = :agent AND expiresAt > :now AND attribute_not_exists(usedBy)',
              ExpressionAttributeValues: { ':agent': agent.id, ':now': epoch(now), ':user': user.id, ':at': boundAt },
            },
          },
          {
            Update: {
              TableName,
              Key: keys.agent(agent.id),
              UpdateExpression: `SET userId = :user, boundAt = :at${user.openid ? ', openid = :openid' : ''} REMOVE invitationCode`,
              ConditionExpression: 'attribute_exists(pk) AND active = :true AND attribute_not_exists(userId)',
              ExpressionAttributeValues: { ':user': user.id, ':at': boundAt, ':true': true, ...(user.openid ? { ':openid': user.openid } : {}) },
            },
          },
          {
            Update: {
              TableName,
              Key: keys.user(user.id),
              UpdateExpression: 'SET #role = :agentRole, agentId = :agent, boundAt = :at, #name = :name',
              ConditionExpression: 'attribute_exists(pk) AND #role = :resident AND attribute_not_exists(agentId)',
              ExpressionAttributeNames: { '#role': 'role', '#name': 'name' },
              // The staff member's name is the agent record's (a WeChat user is '微信用户' until then).
              ExpressionAttributeValues: { ':agentRole': 'agent', ':agent': agent.id, ':resident': 'resident', ':at': boundAt, ':name': agent.name },
            },
          },
        ],
      }),
    );
  } catch (error) {
    const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
    if (e.name !== 'TransactionCanceledException') throw error;
    const codes = (e.CancellationReasons ?? []).map((r) => r.Code);
    if (codes[1] === 'ConditionalCheckFailed') throw new AppError('conflict', 'agent bound meanwhile', { reason: 'agentBoundElsewhere' });
    if (codes[2] === 'ConditionalCheckFailed') throw new AppError('conflict', 'user changed meanwhile', { reason: 'alreadyStaff' });
    // The code was consumed by a racing bind (or a concurrent transaction on the same items won).
    throw new AppError('conflict', 'invitation used meanwhile', { reason: 'invitationUsed' });
  }
  return { ...user, role: 'agent', agentId: agent.id, name: agent.name };
}
