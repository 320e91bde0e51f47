// Per-agent open-work counters: how many entries each agent's inbox partition (GSI2 agentOpen)
// holds, kept in the very transactions that put a case or sub-task into a partition or take it
// out, so routing reads one small item per candidate instead of counting a partition that grows
// with the work a district has done (docs/decisions.md §80).
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SubTask } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { caseToItem, subTaskToItem, type CaseRecord } from './record';
import type { TransactItem } from './repository';

/** The inbox partition an item sits in, as written (undefined: in none). */
const partitionOf = (item: Item | undefined): string | undefined => (typeof item?.gsi2pk === 'string' ? item.gsi2pk : undefined);

/** One item's move between inbox partitions: where it was before the write and where it is after. */
export interface Placement {
  before: string | undefined;
  after: string | undefined;
}

/**
 * The moves a case change makes: the case item itself and every sub-task item it writes. A sub-task
 * written without its prior state would leave the counters guessing, so that is a programming error.
 */
export function placementsOf(change: { before: CaseRecord | null; after: CaseRecord; subTasksBefore?: readonly SubTask[]; puts?: { item: Item }[] }): Placement[] {
  const moves: Placement[] = [{ before: change.before ? partitionOf(caseToItem(change.before)) : undefined, after: partitionOf(caseToItem(change.after)) }];
  for (const { item } of change.puts ?? []) {
    if (item.entity !== 'subTask') continue;
    if (!change.subTasksBefore) throw new Error('a change that writes sub-tasks must say what they were (subTasksBefore)');
    const was = change.subTasksBefore.find((t) => t.id === item.id);
    moves.push({ before: was && change.before ? partitionOf(subTaskToItem(change.before, was)) : undefined, after: partitionOf(item) });
  }
  return moves;
}

/**
 * The counter updates for a set of moves: one ADD per partition whose count changes (a transaction
 * may touch an item only once, so moves are summed per partition first).
 */
export function counterUpdates(moves: readonly Placement[]): TransactItem[] {
  const delta = new Map<string, number>();
  for (const { before, after } of moves) {
    if (before === after) continue;
    if (before) delta.set(before, (delta.get(before) ?? 0) - 1);
    if (after) delta.set(after, (delta.get(after) ?? 0) + 1);
  }
  return [...delta]
    .filter(([, d]) => d !== 0)
    .map(([partition, d]) => ({
      Update: {
        TableName: config().tableName,
        Key: keys.openCount(partition),
        UpdateExpression: 'ADD openWork :d SET entity = :e',
        ExpressionAttributeValues: { ':d': d, ':e': 'openCount' },
      },
    }));
}

/** Batch reads take at most 100 keys. */
const BATCH = 100;

/**
 * Each agent's open load: one BatchGetItem of their counters (an agent who never held work has no
 * counter: 0). Eventually consistent, as the index count it replaces was.
 */
export async function openLoads(agentIds: readonly string[]): Promise<Map<string, number>> {
  const loads = new Map<string, number>(agentIds.map((id) => [id, 0]));
  const TableName = config().tableName;
  const byPartition = new Map(agentIds.map((id) => [keys.agentOpen(id), id]));
  const all = [...byPartition.keys()].map((p) => keys.openCount(p));
  for (let i = 0; i < all.length; i += BATCH) {
    let pending: Record<string, unknown>[] | undefined = all.slice(i, i + BATCH);
    for (let round = 0; pending?.length; round += 1) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** Math.min(round, 6)));
      const out = await documentClient().send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: pending, ProjectionExpression: 'pk, openWork' } } }));
      for (const item of out.Responses?.[TableName] ?? []) {
        const id = byPartition.get(String(item.pk));
        if (id) loads.set(id, Number(item.openWork ?? 0));
      }
      pending = out.UnprocessedKeys?.[TableName]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return loads;
}

/**
 * Counts items written straight into inbox partitions outside a case transaction (the demo history's
 * batch writes, which create and never overwrite): one ADD per partition.
 */
export async function countWrittenOpenWork(items: readonly Item[]): Promise<void> {
  const updates = counterUpdates(items.map((item) => ({ before: undefined, after: partitionOf(item) })));
  await Promise.all(updates.map(({ Update }) => documentClient().send(new UpdateCommand(Update!))));
}
