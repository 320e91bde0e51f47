// The in-app inbox: one notice item per recipient, newest first, and a sparse index of the unread
// ones for the badge. Every key is built from the owner's own partition, so nobody reaches another's.
import { QueryCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import * as keys from '../lib/keys';
import type { NoticeView } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Whose inbox: a resident's (by user) or an agent's (by agent record). */
export type InboxOwner = { userId: string } | { agentId: string };

/** Inbox keys, built from lib/keys.ts. */
export const inboxKeys = {
  partition: keys.inboxPartition,
  /** Sorted by the time of the change, then the outbox id: the same notice always lands on the same key. */
  notice: (owner: InboxOwner, at: string, id: string) => ({ pk: keys.inboxPartition(owner), sk: `${at}#${id}` }),
  unread: keys.inboxUnread,
} as const;

/** What a notice says; its id is the outbox item's, which makes delivery idempotent per recipient. */
export type NoticeContent = Omit<NoticeView, 'readAt'>;

export function noticeToItem(owner: InboxOwner, n: NoticeContent): Item {
  const key = inboxKeys.notice(owner, n.at, n.id);
  return {
    ...key,
    entity: 'notice',
    gsi1pk: inboxKeys.unread(owner),
    gsi1sk: key.sk,
    unread: 1,
    id: n.id,
    kind: n.kind,
    caseId: n.caseId,
    caseNumber: n.caseNumber,
    itemName: n.itemName,
    ticketId: n.ticketId,
    summary: n.summary,
    at: n.at,
  };
}

const toView = (item: Item): NoticeView => ({
  id: String(item.id),
  kind: item.kind as NoticeView['kind'],
  caseId: item.caseId as string | undefined,
  caseNumber: item.caseNumber as string | undefined,
  itemName: item.itemName as string | undefined,
  ticketId: item.ticketId as string | undefined,
  summary: String(item.summary),
  at: String(item.at),
  readAt: item.readAt as string | undefined,
});

/** The cancellation codes of a failed transaction, one per item ('None' for the items that were fine). */
export function cancellationCodes(error: unknown): string[] | undefined {
  if ((error as { name?: string }).name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
}

/**
 * Puts the notice in the owner's inbox unless it is already there, in one transaction with
 * `alongside` (the notifier records the delivery on the outbox item). A redelivery is a no-op.
 */
export async function deliver(owner: InboxOwner, notice: NoticeContent, alongside: TransactItem[] = []): Promise<'delivered' | 'alreadyDelivered'> {
  const put: TransactItem = {
    Put: { TableName: config().tableName, Item: noticeToItem(owner, notice), ConditionExpression: 'attribute_not_exists(pk)' },
  };
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: [put, ...alongside] }));
    return 'delivered';
  } catch (error) {
    if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return 'alreadyDelivered';
    throw error;
  }
}

/** The newest notices of an inbox. */
export async function listNotices(owner: InboxOwner, limit: number): Promise<NoticeView[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': inboxKeys.partition(owner) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(toView);
}

/** The unread notices' keys, from the sparse index: bounded by what is unread, not by the inbox's age. */
async function unreadKeys(owner: InboxOwner): Promise<{ id: string; sk: string }[]> {
  const found: { id: string; sk: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': inboxKeys.unread(owner) },
        ProjectionExpression: '#id, sk',
        ExpressionAttributeNames: { '#id': 'id' },
        ExclusiveStartKey: start,
      }),
    );
    found.push(...(out.Items ?? []).map((i) => ({ id: String(i.id), sk: String(i.sk) })));
    start = out.LastEvaluatedKey;
  } while (start);
  return found;
}

export async function countUnread(owner: InboxOwner): Promise<number> {
  return (await unreadKeys(owner)).length;
}

/** Updates this many notices at a time: an agent back from leave may have hundreds unread. */
const MARK_CONCURRENCY = 25;

/**
 * Marks the given notices (or every unread one) read and answers how many stay unread. Ids are
 * looked up among the owner's own unread notices, so an id from another inbox matches nothing.
 */
export async function markRead(owner: InboxOwner, now: Date, ids?: string[]): Promise<number> {
  const unread = await unreadKeys(owner);
  const wanted = ids && new Set(ids);
  const targets = wanted ? unread.filter((n) => wanted.has(n.id)) : unread;
  const at = now.toISOString();
  for (let i = 0; i < targets.length; i += MARK_CONCURRENCY) {
    await Promise.all(
      targets.slice(i, i + MARK_CONCURRENCY).map(async (n) => {
        try {
          await documentClient().send(
            new UpdateCommand({
              TableName: config().tableName,
              Key: { pk: inboxKeys.partition(owner), sk: n.sk },
              UpdateExpression: 'SET readAt = :at REMOVE unread, gsi1pk, gsi1sk',
              ConditionExpression: 'attribute_exists(unread)',
              ExpressionAttributeValues: { ':at': at },
            }),
          );
        } catch (error) {
          // Read a moment ago on another device: already what we want.
          if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
        }
      }),
    );
  }
  return unread.length - targets.length;
}
