// What the API does when DynamoDB pushes back. The SDK's own retry (3 attempts, exponential
// backoff) covers throttling of single calls. This middleware, outermost on the client, adds:
//  - a transaction cancelled only by conflicts with another transaction (or by throttling) wrote
//    nothing, so it is safe to send again: retried a few times with jitter;
//  - whatever still fails for capacity reasons becomes a 503 with Retry-After (`service_unavailable`),
//    never a 500, and never a half-written case (a transaction is all or nothing).
// Cancellations that carry a ConditionalCheckFailed are the domain's (stale version, taken slot)
// and pass through untouched for the repositories to map.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { AppError } from './errors';

const CAPACITY_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
  'ServiceUnavailable',
]);
const RETRYABLE_REASONS = new Set(['None', 'TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

/** Extra attempts for a transaction cancelled only by conflicts, and the pause before each. */
export const CONFLICT_RETRIES = 3;
const backoffMs = (attempt: number): number => 20 * 2 ** attempt + Math.floor(Math.random() * 20);

/** Seconds a client is asked to wait after a 503. */
export const RETRY_AFTER_SECONDS = 1;

interface DynamoError {
  name?: string;
  CancellationReasons?: { Code?: string }[];
}

/** A cancelled transaction that nothing but conflicts or capacity cancelled: nothing was written. */
export function isTransientCancellation(error: unknown): boolean {
  const e = error as DynamoError;
  if (e?.name !== 'TransactionCanceledException') return false;
  const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
  return codes.length > 0 && codes.every((c) => RETRYABLE_REASONS.has(c)) && codes.some((c) => c !== 'None');
}

export function isCapacityError(error: unknown): boolean {
  const name = (error as DynamoError)?.name;
  return (name !== undefined && CAPACITY_ERRORS.has(name)) || isTransientCancellation(error);
}

const unavailable = (error: unknown): AppError =>
  new AppError('service_unavailable', `database busy: ${(error as DynamoError).name}`, { retryAfterSeconds: RETRY_AFTER_SECONDS });

/** Sends once, then again while a transaction was cancelled only by conflicts; maps capacity errors. */
export async function withFaultHandling<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const transientOrConflict = isTransientCancellation(error) || (error as DynamoError)?.name === 'TransactionConflictException';
      if (transientOrConflict && attempt < CONFLICT_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
        continue;
      }
      if (isCapacityError(error)) throw unavailable(error);
      throw error;
    }
  }
};

export function installFaultHandling(stack: DynamoDBClient['middlewareStack']): void {
  stack.add((next) => (args) => withFaultHandling(() => next(args)), { step: 'initialize', name: 'daibanDynamoFaults', priority: 'high' });
}
