// Supervision rollups: per department and per owning agent, per China day of entrustment, the
// summed tally of those cases as they stand now. Every case transaction moves its case's tally
// from the buckets it was in to the buckets it is in (cases/repository.ts commitChange), so a
// period's figures read one small item per day whatever the number of cases (docs/decisions.md §81).
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { chinaDate, type WorkCalendar } from '@app/shared';
import { workCalendar } from '../calendar/store';
import type { TransactItem } from '../cases/repository';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import { keys } from '../lib/keys';
import type { CaseFacts } from './figures';
import { addTally, needsCalendar, tallyDelta, tallyOf, type Tally } from './tally';

interface Bucket {
  pk: string;
  sk: string;
  departmentId: string;
  day: string;
  /** Owner buckets only: the owning agent, or null for cases nobody owns. */
  ownerAgentId?: string | null;
}

/** The two buckets a case counts in: its department's day, and its owner's day in that department. */
function bucketsOf(c: CaseFacts): Bucket[] {
  const day = chinaDate(c.createdAt);
  const owner = c.ownerAgentId ?? null;
  return [
    { pk: keys.departmentRollup(c.departmentId), sk: keys.rollupDay(day), departmentId: c.departmentId, day },
    { pk: keys.ownerRollup(c.departmentId), sk: keys.rollupDay(day, owner), departmentId: c.departmentId, day, ownerAgentId: owner },
  ];
}

/** What a set of case changes moves, per bucket (a transaction touches each item once). */
function movesOf(changes: readonly { before: CaseFacts | null; after: CaseFacts | null }[], calendar: WorkCalendar | undefined): { bucket: Bucket; delta: Tally }[] {
  const moves = new Map<string, { bucket: Bucket; before: Tally; after: Tally }>();
  const add = (c: CaseFacts | null, side: 'before' | 'after') => {
    if (!c) return;
    const t = tallyOf(c, calendar);
    for (const bucket of bucketsOf(c)) {
      const id = `${bucket.pk}|${bucket.sk}`;
      const move = moves.get(id) ?? { bucket, before: {}, after: {} };
      addTally(move[side], t);
      moves.set(id, move);
    }
  };
  for (const { before, after } of changes) {
    add(before, 'before');
    add(after, 'after');
  }
  return [...moves.values()].map(({ bucket, before, after }) => ({ bucket, delta: tallyDelta(before, after) })).filter((m) => Object.keys(m.delta).length > 0);
}

/** One bucket's ADD of its delta (creating the bucket on first use). */
function updateOf(bucket: Bucket, delta: Tally) {
  const names: Record<string, string> = { '#e': 'entity', '#d': 'departmentId', '#day': 'day' };
  const values: Record<string, unknown> = { ':e': bucket.ownerAgentId === undefined ? 'departmentRollup' : 'ownerRollup', ':d': bucket.departmentId, ':day': bucket.day };
  const adds = Object.entries(delta).map(([name, n], i) => {
    names[`#n${i}`] = name;
    values[`:n${i}`] = n;
    return `#n${i} :n${i}`;
  });
  const sets = ['#e = :e', '#d = :d', '#day = :day'];
  if (bucket.ownerAgentId !== undefined) {
    names['#o'] = 'ownerAgentId';
    values[':o'] = bucket.ownerAgentId ?? '-';
    sets.push('#o = :o');
  }
  return {
    TableName: config().tableName,
    Key: { pk: bucket.pk, sk: bucket.sk },
    UpdateExpression: `ADD ${adds.join(', ')} SET ${sets.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * The rollup updates of one case change, for its transaction. The calendar is read only when a
 * result's working days are counted (a result before or after the change).
 */
export async function rollupUpdates(before: CaseFacts | null, after: CaseFacts): Promise<TransactItem[]> {
  const calendar = needsCalendar(before) || needsCalendar(after) ? await workCalendar() : undefined;
  return movesOf([{ before, after }], calendar).map(({ bucket, delta }) => ({ Update: updateOf(bucket, delta) }));
}

const SEED_PARALLEL = 8;

/**
 * Counts cases written straight to the table outside a case transaction (the demo history's batch
 * writes, which create and never overwrite): one ADD per bucket.
 */
export async function rollUpWrittenCases(cases: readonly CaseFacts[]): Promise<void> {
  const calendar = cases.some(needsCalendar) ? await workCalendar() : undefined;
  const moves = movesOf(cases.map((after) => ({ before: null, after })), calendar);
  // A few at a time: the demo seed writes a few hundred buckets before the local stack is ready.
  for (let i = 0; i < moves.length; i += SEED_PARALLEL) {
    await Promise.all(moves.slice(i, i + SEED_PARALLEL).map(({ bucket, delta }) => documentClient().send(new UpdateCommand(updateOf(bucket, delta)))));
  }
}

/**
 * Every bucket's whole tally, counted from the given cases (the backfill's rebuild): each bucket
 * as an item to put, replacing whatever it held.
 */
export async function rollupItemsOf(cases: readonly CaseFacts[]): Promise<Item[]> {
  const calendar = cases.some(needsCalendar) ? await workCalendar() : undefined;
  return movesOf(cases.map((after) => ({ before: null, after })), calendar).map(({ bucket, delta }) => ({
    pk: bucket.pk,
    sk: bucket.sk,
    entity: bucket.ownerAgentId === undefined ? 'departmentRollup' : 'ownerRollup',
    departmentId: bucket.departmentId,
    day: bucket.day,
    ...(bucket.ownerAgentId === undefined ? {} : { ownerAgentId: bucket.ownerAgentId ?? '-' }),
    ...delta,
  }));
}

/** A bucket's counts: its numeric attributes (the keys and labels are text). */
const tallyOfItem = (item: Item): Tally => Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number')) as Tally;

async function queryAll(pk: string, lo: string, hi: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :lo AND :hi',
        ExpressionAttributeValues: { ':p': pk, ':lo': lo, ':hi': hi },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A department's day buckets from `from` to `to` (China dates, inclusive): at most one item per day. */
export async function departmentDays(departmentId: string, from: string, to: string): Promise<{ day: string; tally: Tally }[]> {
  const items = await queryAll(keys.departmentRollup(departmentId), keys.rollupDay(from), keys.rollupDay(to));
  return items.map((item) => ({ day: String(item.day), tally: tallyOfItem(item) }));
}

/** A department's period by owning agent ('' for cases nobody owns): one item per owner and day. */
export async function ownerTallies(departmentId: string, from: string, to: string): Promise<Map<string, Tally>> {
  const items = await queryAll(keys.ownerRollup(departmentId), keys.rollupDayStart(from), keys.rollupDayEnd(to));
  const byOwner = new Map<string, Tally>();
  for (const item of items) {
    const owner = item.ownerAgentId === '-' ? '' : String(item.ownerAgentId);
    byOwner.set(owner, addTally(byOwner.get(owner) ?? {}, tallyOfItem(item)));
  }
  return byOwner;
}

/** Where a period's tallies come from: the rollups (every request), or the cases themselves (supervision/history.ts). */
export interface TallySource {
  departmentDays(departmentId: string, from: string, to: string): Promise<{ day: string; tally: Tally }[]>;
  ownerTallies(departmentId: string, from: string, to: string): Promise<Map<string, Tally>>;
}

export const rollupSource: TallySource = { departmentDays, ownerTallies };
