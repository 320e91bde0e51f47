// Per-channel API keys (政务服务网, 12345 热线): issued by the bureau and shown once, stored only as
// the SHA-256 of the whole key (the secret is 256 random bits, so no salt or slow hash is needed),
// found by their public prefix with a GetItem and compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ApiKeySchema, type ApiKeyChannel, type ApiKeySummary, type Principal } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, getItem, queryPartition, type Item } from '../lib/dynamo';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/** lastUsedAt is refreshed at most this often per key, so a busy channel does not write on every call. */
const LAST_USED_GRANULARITY_MS = 60_000;

/** The channel a request's key belongs to. */
export interface ChannelCaller {
  keyId: string;
  channel: ApiKeyChannel;
  label: string;
  /** Records the key's last use; called once the request succeeded (a refused request writes nothing). */
  markUsed(): Promise<void>;
}

const hashOf = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

function summaryOf(item: Item): ApiKeySummary {
  return {
    id: String(item.id),
    channel: item.channel as ApiKeyChannel,
    label: String(item.label),
    prefix: `dbk_${String(item.id)}`,
    createdAt: String(item.createdAt),
    createdBy: item.createdBy as string | undefined,
    lastUsedAt: item.lastUsedAt as string | undefined,
    revokedAt: item.revokedAt as string | undefined,
  };
}

/**
 * Issues a key. The answer is the only place the whole key ever appears; a retry with the same
 * Idempotency-Key cannot show it again and answers 409 (revoke the key and issue another).
 */
export async function issueApiKey(principal: Principal, body: { channel: ApiKeyChannel; label: string }, idempotencyKey: string): Promise<ApiKeySummary & { key: string }> {
  const idemKey = keys.idempotency('issueChannelKey', principal.userId, idempotencyKey);
  const earlier = await getItem(idemKey, true);
  const nowSeconds = Math.floor(clock.now().getTime() / 1000);
  if (earlier && Number(earlier.expiresAt) > nowSeconds) {
    throw new AppError('conflict', 'this key was already issued and is shown only once', { reason: 'apiKeyAlreadyIssued' });
  }
  const id = randomBytes(6).toString('hex');
  const key = `dbk_${id}_${randomBytes(32).toString('base64url')}`;
  const createdAt = clock.now().toISOString();
  const item: Item = {
    ...keys.channelApiKey(id),
    entity: 'channelApiKey',
    gsi1pk: keys.allChannelApiKeys(),
    gsi1sk: `${createdAt}#${id}`,
    id,
    channel: body.channel,
    label: body.label,
    secretHash: hashOf(key).toString('hex'),
    createdAt,
    createdBy: principal.userId,
  };
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: config().tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Put: {
              TableName: config().tableName,
              Item: { ...idemKey, entity: 'idempotency', keyId: id, expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS },
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
              ExpressionAttributeValues: { ':now': nowSeconds },
            },
          },
        ],
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') throw new AppError('conflict', 'key issued concurrently', { reason: 'apiKeyAlreadyIssued' });
    throw error;
  }
  return { ...summaryOf(item), key };
}

/** Every key, newest first (a handful: one or two per channel system). */
export async function listApiKeys(): Promise<{ keys: ApiKeySummary[] }> {
  const items = await queryPartition('GSI1', keys.allChannelApiKeys());
  return { keys: items.reverse().map(summaryOf) };
}

/** Revokes at once; revoking a revoked key answers it as it is. */
export async function revokeApiKey(id: string): Promise<ApiKeySummary> {
  const at = clock.now().toISOString();
  try {
    const out = await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.channelApiKey(id),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return summaryOf(out.Attributes as Item);
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') throw notFound('API key');
    throw error;
  }
}

/**
 * The channel behind an X-Api-Key header value. Missing, malformed, unknown, wrong or revoked keys
 * are all the same 401: a caller learns nothing about which keys exist.
 */
export async function authenticateApiKey(header: string | undefined): Promise<ChannelCaller> {
  const refused = () => new AppError('unauthenticated', 'no valid channel API key');
  const parsed = ApiKeySchema.safeParse(header?.trim());
  if (!parsed.success) throw refused();
  const key = parsed.data;
  const id = key.slice(4, 16);
  const item = await getItem(keys.channelApiKey(id), true);
  const stored = typeof item?.secretHash === 'string' ? Buffer.from(item.secretHash, 'hex') : Buffer.alloc(32);
  const matches = timingSafeEqual(stored.length === 32 ? stored : Buffer.alloc(32), hashOf(key));
  if (!item || !matches || item.revokedAt) throw refused();
  return { keyId: id, channel: item.channel as ApiKeyChannel, label: String(item.label), markUsed: () => touch(item) };
}

async function touch(item: Item): Promise<void> {
  const now = clock.now();
  const last = typeof item.lastUsedAt === 'string' ? Date.parse(item.lastUsedAt) : 0;
  if (now.getTime() - last < LAST_USED_GRANULARITY_MS) return;
  await documentClient().send(
    new UpdateCommand({
      TableName: config().tableName,
      Key: keys.channelApiKey(String(item.id)),
      UpdateExpression: 'SET lastUsedAt = :at',
      // Never touch a key revoked (or deleted) meanwhile.
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':at': now.toISOString() },
    }),
  ).catch((error: Error) => {
    if (error.name !== 'ConditionalCheckFailedException') throw error;
  });
}
