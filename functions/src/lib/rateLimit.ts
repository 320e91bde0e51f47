// Per-caller rate limits: a fixed-window counter item per caller, route and window, bumped with one
// conditional UpdateItem before the route's work; the window's item expires by TTL after it ends.
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLimit, RouteId } from '@app/shared';
import { clock } from './clock';
import { config } from './config';
import { documentClient } from './dynamo';
import { AppError } from './errors';
import * as keys from './keys';

/** Counters are kept a little past their window so a late request never recreates a fresh one. */
const KEEP_AFTER_WINDOW_SECONDS = 60;

/**
 * Counts one attempt of `caller` at the route, or refuses it with 429 and `Retry-After` (the
 * seconds until the window ends) when the window's count is already at the limit. The condition
 * makes concurrent attempts exact: N racing requests over a limit of L let exactly L through.
 */
export async function spendAttempt(caller: string, routeId: RouteId, limit: RateLimit): Promise<void> {
  const now = Math.floor(clock.now().getTime() / 1000);
  const windowStart = now - (now % limit.windowSeconds);
  const windowEnd = windowStart + limit.windowSeconds;
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.rateWindow(caller, routeId, windowStart),
        UpdateExpression: 'ADD attempts :one SET entity = :entity, expiresAt = :expires',
        ConditionExpression: 'attribute_not_exists(attempts) OR attempts < :limit',
        ExpressionAttributeValues: { ':one': 1, ':limit': limit.requests, ':entity': 'rateWindow', ':expires': windowEnd + KEEP_AFTER_WINDOW_SECONDS },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    throw new AppError('too_many_requests', `more than ${limit.requests} attempts in ${limit.windowSeconds} s`, { retryAfterSeconds: Math.max(1, windowEnd - now) });
  }
}

export type RateLimiter = typeof spendAttempt;
