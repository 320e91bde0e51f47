// Invitation codes: the bureau issues a one-time code for an unbound agent; the code is an item of
// its own with a TTL, so binding reads it with one GetItem and consumes it with a condition.
import { randomInt } from 'node:crypto';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { INVITATION_ALPHABET, INVITATION_CODE_LENGTH, INVITATION_TTL_HOURS, type InvitationResponse, type Principal } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, getItem, type Item } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { findAgent } from '../network/repository';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** How long a create's idempotency record answers a retry with the same code. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** 8 characters, each drawn with the CSPRNG from a 30-letter alphabet: about 6.6 × 10^11 codes. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i += 1) code += INVITATION_ALPHABET[randomInt(INVITATION_ALPHABET.length)];
  return code;
}

/** An invitation item as stored; `expiresAt` (epoch seconds) is the table's TTL attribute too. */
export interface InvitationRecord {
  code: string;
  agentId: string;
  expiresAt: number;
  expiresAtIso: string;
  createdAt: string;
  createdBy: string;
  /** Set when a bind consumed it. */
  usedBy?: string;
  usedAt?: string;
}

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

/** A code that exists and has not expired (the TTL sweep lags, so expiry is checked here too). */
export async function findLiveInvitation(code: string, now: Date): Promise<InvitationRecord | undefined> {
  const item = await getItem(keys.invitation(code), true);
  if (!item || Number(item.expiresAt) <= epoch(now)) return undefined;
  return item as unknown as InvitationRecord;
}

/** The earlier answer to this Idempotency-Key, or 409 when the key was used for another agent. */
async function replay(key: { pk: string; sk: string }, agentId: string, now: Date): Promise<InvitationResponse | undefined> {
  const item = await getItem(key, true);
  if (!item || Number(item.expiresAt) <= epoch(now)) return undefined;
  if (item.agentId !== agentId) throw new AppError('conflict', 'idempotency key reused for another agent', { reason: 'idempotencyKeyReused' });
  return { agentId, code: String(item.code), expiresAt: String(item.invitationExpiresAt) };
}

function cancellationCodes(error: unknown): string[] | undefined {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  return e.name === 'TransactionCanceledException' ? (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None') : undefined;
}

/**
 * A new code for an active, unbound agent, valid 72 hours. One transaction writes the code (new,
 * or an expired one's leftover), points the agent at it (conditioned on the code the agent had,
 * so two concurrent issues leave one live code), deletes the code it replaces, and records the
 * Idempotency-Key: a retried request answers the same code.
 */
export async function inviteAgent(principal: Principal, agentId: string, idempotencyKey: string): Promise<InvitationResponse> {
  const now = clock.now();
  const idemKey = keys.idempotency('inviteAgent', principal.userId, idempotencyKey);
  const earlier = await replay(idemKey, agentId, now);
  if (earlier) return earlier;
  const agent = await findAgent(agentId, true);
  if (!agent) throw notFound('agent');
  if (!agent.active) throw new AppError('conflict', 'agent has left', { reason: 'agentLeft' });
  if (agent.userId) throw new AppError('conflict', 'agent already bound', { reason: 'agentAlreadyBound' });

  const TableName = config().tableName;
  const expires = new Date(now.getTime() + INVITATION_TTL_HOURS * 3600_000);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const code = newInvitationCode();
    const invitation: InvitationRecord = { code, agentId, expiresAt: epoch(expires), expiresAtIso: expires.toISOString(), createdAt: now.toISOString(), createdBy: principal.userId };
    const items: TransactItem[] = [
      {
        Put: {
          TableName,
          Item: { ...keys.invitation(code), entity: 'invitation', ...invitation } satisfies Item,
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': epoch(now) },
        },
      },
      {
        Update: {
          TableName,
          Key: keys.agent(agentId),
          UpdateExpression: 'SET invitationCode = :code',
          ConditionExpression: `attribute_exists(pk) AND active = :true AND attribute_not_exists(userId) AND ${agent.invitationCode ? 'invitationCode = :old' : 'attribute_not_exists(invitationCode)'}`,
          ExpressionAttributeValues: { ':code': code, ':true': true, ...(agent.invitationCode ? { ':old': agent.invitationCode } : {}) },
        },
      },
      {
        Put: {
          TableName,
          Item: { ...idemKey, entity: 'idempotency', agentId, code, invitationExpiresAt: invitation.expiresAtIso, expiresAt: epoch(now) + IDEMPOTENCY_TTL_SECONDS },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': epoch(now) },
        },
      },
    ];
    if (agent.invitationCode) {
      // The code it replaces stops working at once (unless it already expired and went to someone else).
      items.push({
        Delete: {
          TableName,
          Key: keys.invitation(agent.invitationCode),
          ConditionExpression: 'attribute_not_exists(pk) OR agentId = :agent',
          ExpressionAttributeValues: { ':agent': agentId },
        },
      });
    }
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
      return { agentId, code, expiresAt: invitation.expiresAtIso };
    } catch (error) {
      const codes = cancellationCodes(error);
      if (!codes) throw error;
      if (codes[0] === 'ConditionalCheckFailed') continue; // A live code drew the same letters: draw again.
      if (codes[2] === 'ConditionalCheckFailed' || codes.includes('TransactionConflict')) {
        const winner = await replay(idemKey, agentId, now);
        if (winner) return winner;
      }
      throw new AppError('conflict', 'agent changed meanwhile', { reason: 'agentChanged' });
    }
  }
  throw new AppError('service_unavailable', 'no free invitation code', { retryAfterSeconds: 1 });
}
