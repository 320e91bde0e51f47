// Opinions in the single table: the opinion item on its lists (a resident's, by state, by state and
// kind), the per-resident count of unanswered ones, and idempotency records. Every change is one
// TransactWriteItems whose conditions decide: the cap, a reused key, answering only once.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Opinion } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, getItem, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { transact } from '../lib/transact';
import { outboxItem, type Notice } from '../notices/outbox';


/** The list an opinion sits on by state: open ones by sending time, answered ones by answer time. */
function stateIndex(o: Opinion): Item {
  const sort = keys.opinionSort(o.answer?.answeredAt ?? o.createdAt, o.id);
  return {
    gsi3pk: keys.opinionsByState(o.state),
    gsi3sk: sort,
    gsi4pk: keys.opinionsByStateAndKind(o.state, o.kind),
    gsi4sk: sort,
  };
}

export function opinionToItem(o: Opinion): Item {
  return {
    ...keys.opinion(o.id),
    entity: 'opinion',
    gsi1pk: keys.userOpinions(o.userId),
    gsi1sk: keys.opinionSort(o.createdAt, o.id),
    ...stateIndex(o),
    ...o,
  };
}

const toOpinion = (item: Item): Opinion => withoutKeys<Opinion>(item);

export async function findOpinion(id: string, consistent = true): Promise<Opinion | undefined> {
  const item = await getItem(keys.opinion(id), consistent);
  return item && toOpinion(item);
}

export type ListIndex = 'GSI1' | 'GSI3' | 'GSI4';

/** One page of an opinion list: a Query on one index partition, never a Scan. */
export async function queryOpinions(
  index: ListIndex,
  partition: string,
  page: { limit: number; forward: boolean; startKey?: Record<string, string> },
): Promise<{ opinions: Opinion[]; lastKey?: Record<string, unknown> }> {
  const n = index.slice(3);
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: index,
      KeyConditionExpression: '#p = :p',
      ExpressionAttributeNames: { '#p': `gsi${n}pk` },
      ExpressionAttributeValues: { ':p': partition },
      ScanIndexForward: page.forward,
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
    }),
  );
  return { opinions: (out.Items ?? []).map(toOpinion), lastKey: out.LastEvaluatedKey };
}

export interface IdempotencyRecord {
  opinionId: string;
  requestHash: string;
}

const IDEMPOTENCY_SCOPE = 'createOpinion';

/** A live idempotency record (TTL deletion lags, so an expired one is ignored). */
export async function findIdempotency(userId: string, key: string, nowEpoch: number): Promise<IdempotencyRecord | undefined> {
  const item = await getItem(keys.idempotency(IDEMPOTENCY_SCOPE, userId, key), true);
  if (!item || Number(item.expiresAt) <= nowEpoch) return undefined;
  return { opinionId: String(item.opinionId), requestHash: String(item.requestHash) };
}

export interface NewOpinion {
  opinion: Opinion;
  maxOpen: number;
  idempotency: { key: string; requestHash: string; expiresAt: number; nowEpoch: number };
}

export type CreateRefusal = 'keyUsed' | 'tooManyOpen' | 'contended';

// Positions in the create transaction, read back from CancellationReasons.
const COUNT = 0;
const IDEMPOTENCY = 2;

/** The opinion, one more on the resident's open count (never past the cap), and the idempotency record. */
export async function insertOpinion(n: NewOpinion): Promise<{ ok: true } | { ok: false; refusal: CreateRefusal }> {
  const TableName = config().tableName;
  const o = n.opinion;
  const outcome = await transact([
    {
      Update: {
        TableName,
        Key: keys.openOpinionCount(o.userId),
        UpdateExpression: 'SET entity = :entity, userId = :user, openCount = if_not_exists(openCount, :zero) + :one',
        ConditionExpression: 'attribute_not_exists(openCount) OR openCount < :max',
        ExpressionAttributeValues: { ':entity': 'openOpinionCount', ':user': o.userId, ':zero': 0, ':one': 1, ':max': n.maxOpen },
      },
    },
    { Put: { TableName, Item: opinionToItem(o), ConditionExpression: 'attribute_not_exists(pk)' } },
    {
      Put: {
        TableName,
        Item: {
          ...keys.idempotency(IDEMPOTENCY_SCOPE, o.userId, n.idempotency.key),
          entity: 'idempotency',
          opinionId: o.id,
          requestHash: n.idempotency.requestHash,
          expiresAt: n.idempotency.expiresAt,
        },
        // An expired record TTL has not yet removed no longer holds the key.
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
        ExpressionAttributeValues: { ':now': n.idempotency.nowEpoch },
      },
    },
  ]);
  if (outcome.ok) return outcome;
  if (outcome.failed.has(IDEMPOTENCY)) return { ok: false, refusal: 'keyUsed' };
  if (outcome.failed.has(COUNT)) return { ok: false, refusal: 'tooManyOpen' };
  return { ok: false, refusal: 'contended' };
}

/**
 * Answers: the opinion (only while still open) moves to the answered lists with its answer, the
 * resident's open count goes down, and the notice to the resident goes to the outbox — together.
 */
export async function answerOpinion(answered: Opinion, notice: Notice): Promise<{ ok: true } | { ok: false; refusal: 'notOpen' | 'contended' }> {
  const TableName = config().tableName;
  const index = stateIndex(answered);
  const outcome = await transact([
    {
      Update: {
        TableName,
        Key: keys.opinion(answered.id),
        UpdateExpression: 'SET #state = :answered, answer = :answer, gsi3pk = :g3p, gsi3sk = :g3s, gsi4pk = :g4p, gsi4sk = :g4s',
        ConditionExpression: 'attribute_exists(pk) AND #state = :open',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':answered': 'answered',
          ':open': 'open',
          ':answer': answered.answer,
          ':g3p': index.gsi3pk,
          ':g3s': index.gsi3sk,
          ':g4p': index.gsi4pk,
          ':g4s': index.gsi4sk,
        },
      },
    },
    {
      Update: {
        TableName,
        Key: keys.openOpinionCount(answered.userId),
        UpdateExpression: 'SET openCount = openCount - :one',
        ConditionExpression: 'openCount > :zero',
        ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
      },
    },
    { Put: { TableName, Item: outboxItem(notice, answered.answer!.answeredAt) } },
  ]);
  if (outcome.ok) return outcome;
  return { ok: false, refusal: outcome.failed.has(0) ? 'notOpen' : 'contended' };
}
