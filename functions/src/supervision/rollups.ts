// Supervision rollups: per department and per owning agent, the summed tally of the cases entrusted
// on one China day, and again per China month, as those cases stand now. Every case transaction
// moves its case's tally from the buckets it was in to the buckets it is in (cases/repository.ts
// commitChange), so a period's figures read a bounded number of small items whatever the number of
// cases: one per day for periods up to two months (§81), one per month beyond (§100).
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { chinaDate, type WorkCalendar } from '@app/shared';
import { workCalendar } from '../calendar/store';
import type { TransactItem } from '../cases/repository';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import type { CaseFacts } from './figures';
import { storedTally, tallyOfItem } from './rollupItems';
import { addTally, byDueMonth, dueDaysByMonth, needsCalendar, tallyDelta, tallyOf, type Tally } from './tally';

/** The label every bucket item carries (the backfill finds them by it). */
export const ROLLUP_ENTITY = 'rollup';

interface Bucket {
  pk: string;
  sk: string;
}

/**
 * Where a case counts, and what it adds there: its department's and its owner's bucket of its
 * entrustment day (the whole tally) and of its entrustment month (open cases and rectifications
 * by due month), and the due items of that month (those by due day, one item per due month).
 */
function contributionsOf(c: CaseFacts, calendar: WorkCalendar | undefined): { bucket: Bucket; tally: Tally }[] {
  const tally = tallyOf(c, calendar);
  const day = chinaDate(c.createdAt);
  const month = day.slice(0, 7);
  const owner = c.ownerAgentId ?? null;
  const department = keys.departmentRollup(c.departmentId);
  const owners = keys.ownerRollup(c.departmentId);
  const monthly = byDueMonth(tally);
  const out = [
    { bucket: { pk: department, sk: keys.rollupDay(day) }, tally },
    { bucket: { pk: owners, sk: keys.rollupDay(day, owner) }, tally },
    { bucket: { pk: department, sk: keys.rollupMonth(month) }, tally: monthly },
    { bucket: { pk: owners, sk: keys.rollupMonth(month, owner) }, tally: monthly },
  ];
  for (const [dueMonth, dueDays] of dueDaysByMonth(tally)) {
    out.push({ bucket: { pk: department, sk: keys.rollupDue(dueMonth, month) }, tally: dueDays }, { bucket: { pk: owners, sk: keys.rollupDue(dueMonth, month, owner) }, tally: dueDays });
  }
  return out;
}

/** What a set of case changes moves, per bucket (a transaction touches each item once). */
function movesOf(changes: readonly { before: CaseFacts | null; after: CaseFacts | null }[], calendar: WorkCalendar | undefined): { bucket: Bucket; delta: Tally }[] {
  const moves = new Map<string, { bucket: Bucket; before: Tally; after: Tally }>();
  const add = (c: CaseFacts | null, side: 'before' | 'after') => {
    if (!c) return;
    for (const { bucket, tally } of contributionsOf(c, calendar)) {
      const id = `${bucket.pk}|${bucket.sk}`;
      const move = moves.get(id) ?? { bucket, before: {}, after: {} };
      addTally(move[side], tally);
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
  const names: Record<string, string> = { '#e': 'entity' };
  const values: Record<string, unknown> = { ':e': ROLLUP_ENTITY };
  const adds = Object.entries(storedTally(delta)).map(([name, n], i) => {
    names[`#n${i}`] = name;
    values[`:n${i}`] = n;
    return `#n${i} :n${i}`;
  });
  return {
    TableName: config().tableName,
    Key: { pk: bucket.pk, sk: bucket.sk },
    UpdateExpression: `ADD ${adds.join(', ')} SET #e = :e`,
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
  return movesOf(cases.map((after) => ({ before: null, after })), calendar).map(({ bucket, delta }) => ({ pk: bucket.pk, sk: bucket.sk, entity: ROLLUP_ENTITY, ...storedTally(delta) }));
}

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

/** The owner a bucket item counts for ('' for cases nobody owns): the last part of its sort key. */
const ownerOf = (item: Item) => {
  const owner = String(item.sk).split('#').pop()!;
  return owner === '-' ? '' : owner;
};

function byOwner(items: Item[]): Map<string, Tally> {
  const owners = new Map<string, Tally>();
  for (const item of items) owners.set(ownerOf(item), addTally(owners.get(ownerOf(item)) ?? {}, tallyOfItem(item)));
  return owners;
}

/**
 * The month buckets of the months `fromMonth` to `toMonth` and the due items (open cases and
 * rectifications by due day) of those months whose due month is `thisMonth` or later: with the
 * months' by-due-month counts of earlier due months — all past — that is exactly what today's
 * overdue figures need (tally.ts). When the period reaches this month, one Query reads both: the
 * due items are keyed to sort right after the last month (keys.rollupDue).
 */
async function monthItems(pk: string, fromMonth: string, toMonth: string, thisMonth: string): Promise<Item[]> {
  // Nothing is entrusted in a month that has not begun.
  if (fromMonth > thisMonth) return [];
  const items =
    toMonth >= thisMonth
      ? await queryAll(pk, keys.rollupMonth(fromMonth), keys.rollupDueEnd(thisMonth))
      : [...(await queryAll(pk, keys.rollupMonth(fromMonth), keys.rollupMonthEnd(toMonth))), ...(await queryAll(pk, keys.rollupDueStart(), keys.rollupDueEnd(thisMonth)))];
  return items.filter((item) => {
    const [, month, entryMonth] = String(item.sk).split('#');
    const entered = month.startsWith('~') ? entryMonth : month;
    return entered >= fromMonth && entered <= toMonth;
  });
}

/** A period counted by days (up to two months) or by whole months (§100). */
export interface Period {
  from: string;
  to: string;
  byMonth: boolean;
}

/** A department's tally of the cases entrusted in the period. */
export async function departmentTally(departmentId: string, period: Period, today: string): Promise<Tally> {
  const pk = keys.departmentRollup(departmentId);
  const items = period.byMonth
    ? await monthItems(pk, period.from.slice(0, 7), period.to.slice(0, 7), today.slice(0, 7))
    : await queryAll(pk, keys.rollupDay(period.from), keys.rollupDay(period.to));
  return items.reduce<Tally>((sum, item) => addTally(sum, tallyOfItem(item)), {});
}

/** A department's period by owning agent ('' for cases nobody owns). */
export async function ownerTallies(departmentId: string, period: Period, today: string): Promise<Map<string, Tally>> {
  const pk = keys.ownerRollup(departmentId);
  return byOwner(
    period.byMonth
      ? await monthItems(pk, period.from.slice(0, 7), period.to.slice(0, 7), today.slice(0, 7))
      : await queryAll(pk, keys.rollupDayStart(period.from), keys.rollupDayEnd(period.to)),
  );
}

/** Where a period's tallies come from: the rollups (every request), or the cases themselves (supervision/history.ts). */
export interface TallySource {
  departmentTally(departmentId: string, period: Period, today: string): Promise<Tally>;
  ownerTallies(departmentId: string, period: Period, today: string): Promise<Map<string, Tally>>;
}

export const rollupSource: TallySource = { departmentTally, ownerTallies };
