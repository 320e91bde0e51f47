// One TransactWriteItems, retried with growing jitter while it only lost to concurrent transactions
// on the same items (TransactionConflict, no failed condition): a contended counter or slot still
// fills exactly. Answers which items' conditions failed, or `contended` when the retries ran out.
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './dynamo';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type TransactOutcome = { ok: true } | { ok: false; failed: Set<number>; contended: boolean };

export async function transact(items: TransactItem[], maxAttempts = 12): Promise<TransactOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
      return { ok: true };
    } catch (error) {
      const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
      const conflictOnly = e.name === 'TransactionConflictException';
      if (e.name !== 'TransactionCanceledException' && !conflictOnly) throw error;
      const reasons = e.CancellationReasons ?? [];
      const failed = new Set(reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : [])));
      const contended = conflictOnly || reasons.some((r) => r.Code === 'TransactionConflict');
      if (failed.size > 0 || !contended || attempt >= maxAttempts) return { ok: false, failed, contended };
      // Full jitter, growing: contenders spread out instead of colliding again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));
    }
  }
}
