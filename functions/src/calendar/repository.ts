// The official calendar in the single table: one item per year (`CALENDAR` / `YEAR#<year>`) and a
// version counter (`CALENDAR` / `VERSION`) bumped by every publish, so caches know when to reload.
import { GetCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CalendarYear } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export const calendarYearItem = (y: CalendarYear): Item => ({ ...keys.calendarYear(y.year), entity: 'calendarYear', ...y });

export interface StoredCalendar {
  version: number;
  years: CalendarYear[];
  /** False on a table nobody has seeded yet. */
  exists: boolean;
}

/** The version counter and every year: one Query of the calendar partition from 'VERSION' on. */
export async function readCalendar(consistent = false): Promise<StoredCalendar> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        KeyConditionExpression: 'pk = :p AND sk >= :v',
        ExpressionAttributeValues: { ':p': keys.calendarPartition, ':v': keys.calendarVersion().sk },
        ConsistentRead: consistent,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  const version = items.find((i) => i.sk === keys.calendarVersion().sk);
  return {
    version: Number(version?.version ?? 0),
    years: items.filter((i) => String(i.sk).startsWith('YEAR#')).map((i) => withoutKeys<CalendarYear>(i)),
    exists: Boolean(version),
  };
}

/** The version counter alone: what a warm cache checks before trusting itself again. */
export async function readCalendarVersion(): Promise<number> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.calendarVersion() }));
  return Number(out.Item?.version ?? 0);
}

export async function findCalendarYear(year: number): Promise<CalendarYear | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.calendarYear(year), ConsistentRead: true }));
  return out.Item && withoutKeys<CalendarYear>(out.Item);
}

/**
 * Seeds an empty table with the package's years, all or nothing, conditioned on the version
 * counter not existing: two cold starts seeding at once write once.
 */
export async function seedCalendar(years: CalendarYear[], at: string): Promise<boolean> {
  const TableName = config().tableName;
  const items: TransactItem[] = [
    { Put: { TableName, Item: { ...keys.calendarVersion(), entity: 'calendarVersion', version: 1, updatedAt: at }, ConditionExpression: 'attribute_not_exists(pk)' } },
    ...years.map((y): TransactItem => ({ Put: { TableName, Item: calendarYearItem(y), ConditionExpression: 'attribute_not_exists(pk)' } })),
  ];
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') return false;
    throw error;
  }
}

/**
 * The transaction items of a publish: the year (conditioned on the version the editor read, or
 * on not existing) and the counter bump. The caller adds the follow-up it starts.
 */
export function publishItems(year: CalendarYear, readVersion: number, at: string): TransactItem[] {
  const TableName = config().tableName;
  return [
    {
      Put: {
        TableName,
        Item: calendarYearItem(year),
        ConditionExpression: readVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ExpressionAttributeValues: readVersion === 0 ? undefined : { ':v': readVersion },
      },
    },
    {
      Update: {
        TableName,
        Key: keys.calendarVersion(),
        UpdateExpression: 'SET entity = :e, updatedAt = :at ADD version :one',
        ExpressionAttributeValues: { ':e': 'calendarVersion', ':at': at, ':one': 1 },
      },
    },
  ];
}
