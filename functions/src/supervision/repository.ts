// Supervision reads and writes: a department's cases of a period from its history index (GSI6),
// the rectification items of bad ratings (GSI3), and the cached public scorecard.
import { GetCommand, PutCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { addCalendarDays, type RatingLevel, type RatingProblem, type Scorecard } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { CASE_FACT_ATTRIBUTES, entrustedWithin, type CaseFacts } from './figures';

export { listDepartments, listAgentsOf, findAgent } from '../network/repository';

/** The first instant of a China date, as the ISO string case times are stored with. */
const chinaDayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

/** Every page of a Query (a department's history grows; a page is at most 1 MB). */
async function queryAll(input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * The cases a department was entrusted with from `from` to `to` (China dates, inclusive): one
 * paged Query of its history partition, bounded on the sort key `${createdAt}#${id}`, projecting
 * only what the figures need.
 */
export async function departmentCases(departmentId: string, from: string, to: string): Promise<CaseFacts[]> {
  const names = Object.fromEntries(CASE_FACT_ATTRIBUTES.map((a, i) => [`#a${i}`, a]));
  const items = await queryAll({
    TableName: config().tableName,
    IndexName: 'GSI6',
    KeyConditionExpression: 'gsi6pk = :p AND gsi6sk BETWEEN :lo AND :hi',
    ProjectionExpression: Object.keys(names).join(', '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: {
      ':p': keys.departmentHistory(departmentId),
      ':lo': chinaDayStart(from),
      // Before the next China day starts: `${instant}#${id}` sorts after the bare instant, so a
      // case stamped exactly at that instant falls outside, and everything earlier inside.
      ':hi': chinaDayStart(addCalendarDays(to, 1)),
    },
  });
  // The bounds are exact for stored instants; the filter keeps the meaning independent of them,
  // and a case counts only for the department that holds it now (a transfer moves its entry).
  return items.map((i) => i as unknown as CaseFacts).filter((c) => c.departmentId === departmentId && entrustedWithin(c, from, to));
}

/** A rectification item as the rate action writes it (cases/effects.ts), and as reporting leaves it. */
export interface RectificationRecord {
  caseId: string;
  caseNumber: string;
  itemName?: string;
  departmentId: string;
  departmentName?: string;
  ownerAgentId?: string;
  level: RatingLevel;
  /** What went wrong (差评问题类型); absent on items written before bad ratings carried them. */
  categories?: RatingProblem[];
  comment?: string;
  dueDate: string;
  state: 'open' | 'done';
  openedAt: string;
  report?: { measures: string; byName: string; byAgentId?: string; at: string };
}

/** How many reported rectifications a list shows per department, newest first. */
export const DONE_LIST_LIMIT = 100;

/** A department's open rectifications (soonest due first) or its reported ones (newest first). */
export async function rectificationsOf(departmentId: string, state: 'open' | 'done'): Promise<RectificationRecord[]> {
  const base = { TableName: config().tableName, IndexName: 'GSI3', KeyConditionExpression: 'gsi3pk = :p' };
  if (state === 'open') {
    const items = await queryAll({ ...base, ExpressionAttributeValues: { ':p': keys.departmentRectifications(departmentId) } });
    return items.map((i) => withoutKeys<RectificationRecord>(i));
  }
  const out = await documentClient().send(
    new QueryCommand({
      ...base,
      ExpressionAttributeValues: { ':p': keys.departmentRectificationsDone(departmentId) },
      ScanIndexForward: false,
      Limit: DONE_LIST_LIMIT,
    }),
  );
  return (out.Items ?? []).map((i) => withoutKeys<RectificationRecord>(i));
}

export async function findRectification(caseId: string): Promise<RectificationRecord | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.rectification(caseId), ConsistentRead: true }));
  return out.Item && withoutKeys<RectificationRecord>(out.Item);
}

/** The rectification item once reported: off the open index, onto the department's done index. */
export function reportedRectificationItem(r: RectificationRecord): Item {
  if (!r.report) throw new Error('a reported rectification has a report');
  return {
    ...keys.rectification(r.caseId),
    entity: 'rectification',
    ...r,
    gsi3pk: keys.departmentRectificationsDone(r.departmentId),
    gsi3sk: `${r.report.at}#${r.caseId}`,
  };
}

// The public scorecard cache.

export interface CachedScorecard {
  scorecard: Scorecard;
  computedAt: string;
}

export async function readScorecardCache(consistent = false): Promise<CachedScorecard | undefined> {
  const out = await documentClient().send(new GetCommand({ TableName: config().tableName, Key: keys.scorecardCache(), ConsistentRead: consistent }));
  if (!out.Item) return undefined;
  return { scorecard: out.Item.scorecard as Scorecard, computedAt: String(out.Item.computedAt) };
}

/**
 * Stores a freshly computed scorecard only if the cache is still what the caller saw (absent, or
 * computed at `seen`): of two concurrent recomputations one wins, the other reads the winner's.
 * Returns false when another one won.
 */
export async function writeScorecardCache(scorecard: Scorecard, seen: string | undefined): Promise<boolean> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: config().tableName,
        Item: { ...keys.scorecardCache(), entity: 'scorecard', computedAt: scorecard.computedAt, scorecard },
        ConditionExpression: seen === undefined ? 'attribute_not_exists(pk)' : 'computedAt = :seen',
        ExpressionAttributeValues: seen === undefined ? undefined : { ':seen': seen },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
