// The notifier: drains the outbox into the recipients' inboxes. Each delivery is recorded on its
// outbox item, so a retry repeats none; an item that keeps failing is parked, never lost.
import { DeleteCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { logger } from '../lib/log';
import { findServiceItem } from '../catalogue/repository';
import { findUser, type UserRecord } from '../identity/repository';
import { findAgent, listAgentsOf } from '../network/repository';
import { cancellationCodes, deliver, type InboxOwner, type TransactItem } from './inbox';
import { renderNotice } from './noticeText';
import { OUTBOX_SHARDS, outboxKeys, outboxShard, type OutboxRecord, type Recipient } from './outbox';
import { TOPIC_OF_KIND, sendSubscribeMessage, templateIdOf } from './wechatClient';

/** The attempt that fails for the eighth time parks the item instead of scheduling another. */
export const MAX_ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 60 * 60_000;
/** Due items taken per shard and run: keeps one run well inside a Lambda's timeout. */
const DEFAULT_LIMIT = 25;

/** How long to wait after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
}

export interface DrainOptions {
  /** Only these shards (the stream names the ones that changed); all by default. */
  shards?: number[];
  /** Due items per shard, oldest first. */
  limit?: number;
}

/** Outbox items handled by one run: delivered to every recipient, parked, or scheduled again. */
export interface DrainResult {
  delivered: number;
  parked: number;
  retried: number;
}

/** Reads a user record; one outbox item's delivery reads each user once (see usersOnce). */
type Users = (id: string) => Promise<UserRecord | undefined>;

/**
 * The user records one outbox item's delivery reads, each read once: resolving a resident
 * recipient, choosing the language of their notice and finding their WeChat target all need it.
 */
function usersOnce(): Users {
  const read = new Map<string, Promise<UserRecord | undefined>>();
  return (id) => {
    let user = read.get(id);
    if (!user) read.set(id, (user = findUser(id)));
    return user;
  };
}

/** Every inbox a notice is for; a department means each of its active agents. */
export async function resolveRecipients(recipient: Recipient, users: Users = findUser): Promise<InboxOwner[]> {
  if ('userId' in recipient) {
    if (!(await users(recipient.userId))) throw new Error(`unknown user ${recipient.userId}`);
    return [{ userId: recipient.userId }];
  }
  if ('agentId' in recipient) {
    // An inactive agent still hears about the cases they hold; only an unknown one cannot.
    if (!(await findAgent(recipient.agentId))) throw new Error(`unknown agent ${recipient.agentId}`);
    return [{ agentId: recipient.agentId }];
  }
  const agents = (await listAgentsOf({ departmentId: recipient.departmentId })).filter((a) => a.active);
  if (agents.length === 0) throw new Error(`no active agent in department ${recipient.departmentId}`);
  return agents.map((a) => ({ agentId: a.id }));
}

const outboxKey = (item: OutboxRecord) => keys.outbox(outboxShard(item.id), item.at, item.id);
const ownerKey = (owner: InboxOwner) => ('userId' in owner ? `user:${owner.userId}` : `agent:${owner.agentId}`);

/** Records one delivery on the outbox item, as long as the item is still there. */
function deliveryMark(item: OutboxRecord, mark: string): TransactItem {
  return {
    Update: {
      TableName: config().tableName,
      Key: outboxKey(item),
      UpdateExpression: 'ADD delivered :mark',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':mark': new Set([mark]) },
    },
  };
}

/**
 * One way of reaching a recipient, run once per outbox item and recipient: deliveries already
 * marked on the item are skipped. `mark` records this one; a channel writes it with its delivery
 * (in-app: the same transaction) or right after (the WeChat subscribe message: claim, send, mark).
 */
interface Channel {
  name: string;
  deliver(item: OutboxRecord, owner: InboxOwner, mark: TransactItem, markName: string, reading: Reading, users: Users): Promise<void>;
}

/** A notice's words as one recipient reads them: the line, and the item's name. */
interface Reading {
  summary: string;
  itemName?: string;
}

const inApp: Channel = {
  name: 'inApp',
  async deliver(item, owner, mark, _markName, { summary, itemName }) {
    const { id, kind, caseId, caseNumber, ticketId, at } = item;
    await deliver(owner, { id, kind, caseId, caseNumber, itemName, ticketId, summary, at }, [mark]);
  },
};

/**
 * What the notice says to one recipient: a resident whose record chose Mongolian gets the words
 * rendered in Mongolian, and the item named by its Mongolian name where the bureau entered one
 * (§97; else the Chinese name, as everywhere a translation is missing); everyone else (Chinese,
 * no choice, agents, whose pages are Chinese) the stored Chinese summary and name.
 */
async function readingFor(item: OutboxRecord, owner: InboxOwner, users: Users): Promise<Reading> {
  const chinese = { summary: item.summary, itemName: item.itemName };
  if (!('userId' in owner)) return chinese;
  if ((await users(owner.userId))?.language !== 'mn') return chinese;
  const nameMn = item.itemId ? (await findServiceItem(item.itemId))?.nameMn : undefined;
  const itemName = nameMn ?? item.itemName;
  if (!item.text) return { summary: item.summary, itemName };
  const { params } = item.text;
  // Only a value that is the item's Chinese name is replaced: other values (agents, points) are data as entered.
  const text = nameMn && params.item === item.itemName ? { ...item.text, params: { ...params, item: nameMn } } : item.text;
  return { summary: renderNotice(text, 'mn') || item.summary, itemName };
}

/** WeChat subscription claims already made on an outbox item (one subscription consumed each). */
type WechatOutboxRecord = OutboxRecord & { wechatClaimed?: Set<string> };

/** A transient WeChat failure: the item is tried again with backoff (and parked in the end). */
export class WechatTransientError extends Error {
  override name = 'WechatTransientError';
}

/**
 * Where an inbox owner's WeChat messages go: a resident's own user; an agent's bound user (the one
 * who bound the record with an invitation code and still points at it). Grants are the user's.
 */
async function wechatTargetOf(owner: InboxOwner, { caseId, ticketId }: Pick<OutboxRecord, 'caseId' | 'ticketId'>, users: Users): Promise<{ userId: string; openid: string; page: string } | undefined> {
  if ('userId' in owner) {
    const user = await users(owner.userId);
    if (!user?.openid) return undefined;
    const page = ticketId ? `resident/ticket/index?id=${ticketId}` : caseId ? `resident/case/index?id=${caseId}` : 'resident/notices/index';
    return { userId: user.id, openid: user.openid, page };
  }
  const agent = await findAgent(owner.agentId);
  if (!agent?.active || !agent.userId) return undefined;
  const user = await users(agent.userId);
  if (!user?.openid || user.agentId !== agent.id) return undefined;
  return { userId: user.id, openid: user.openid, page: caseId ? `agent/case/index?id=${caseId}` : 'agent/inbox/index' };
}

/**
 * The WeChat subscribe message, after the in-app notice: only for a resident with an openid, or an
 * agent bound to a WeChat user, with an unused one-time subscription to the kind's topic, and only
 * when the topic's template is configured. A delivery takes two writes around the send:
 *  1. claim: consume one `remaining` (conditioned on remaining > 0) and record the claim on the
 *     outbox item, in one transaction: concurrent notices never over-consume, and a retry after a
 *     transient failure sends again without consuming again;
 *  2. after the send: mark the delivery done (with lastError when WeChat refused for good: 43101,
 *     40003), so it is never retried. Transient failures throw and follow the backoff/park rules.
 */
const wechat: Channel = {
  name: 'wechat',
  async deliver(raw, owner, mark, markName, reading, users) {
    const item = raw as WechatOutboxRecord;
    const topic = TOPIC_OF_KIND[item.kind];
    const templateId = topic && templateIdOf(topic);
    if (!topic || !templateId) return;
    const target = await wechatTargetOf(owner, item, users);
    if (!target) return;
    const TableName = config().tableName;
    if (!item.wechatClaimed?.has(markName)) {
      try {
        await documentClient().send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName,
                  Key: keys.subscription(target.userId, topic),
                  UpdateExpression: 'ADD remaining :minusOne',
                  ConditionExpression: 'remaining > :zero',
                  ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
                },
              },
              {
                Update: {
                  TableName,
                  Key: outboxKey(item),
                  UpdateExpression: 'ADD wechatClaimed :mark',
                  ConditionExpression: 'attribute_exists(pk) AND NOT contains(wechatClaimed, :name)',
                  ExpressionAttributeValues: { ':mark': new Set([markName]), ':name': markName },
                },
              },
            ],
          }),
        );
      } catch (error) {
        const codes = cancellationCodes(error);
        // No subscription left (and the outbox item untouched): nothing to send.
        if (codes?.[0] === 'ConditionalCheckFailed' && codes[1] !== 'ConditionalCheckFailed') return;
        throw error; // Lost to another run (codes[1]) or a real failure.
      }
    }
    const result = await sendSubscribeMessage({ openid: target.openid, templateId, page: target.page, data: templateData(item, reading) });
    if (!result.ok && !result.permanent) throw new WechatTransientError(`wechat: ${result.reason}`);
    const update = mark.Update!;
    await documentClient().send(
      new UpdateCommand({
        TableName: update.TableName,
        Key: update.Key,
        ConditionExpression: update.ConditionExpression,
        UpdateExpression: result.ok ? update.UpdateExpression : `${update.UpdateExpression} SET lastError = :reason`,
        ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ...(result.ok ? {} : { ':reason': `wechat: ${result.reason} (not retried)` }) },
      }),
    );
    if (!result.ok) logger.warn('wechat message refused', { outboxId: item.id, kind: item.kind, errcode: result.errcode });
  },
};

/** A short status word per kind, for the template's phrase field (at most 5 characters). */
const PHRASE: Record<string, string> = {
  caseAccepted: '已受理', supplementRequested: '待补正', resultReady: '已办结', newTask: '新任务', transferredToMe: '已转办',
  supplementAnswered: '已补正', bookingCheckedIn: '已签到', deadlineNear: '临近期限', overdue: '已超期', badRating: '差评',
  subTaskAssigned: '子任务', bookingReminder: '预约提醒', reassignedToMe: '改派', deadlineAdjusted: '时限调整', bookingCancelled: '预约取消',
  ticketNear: '即将叫号', ticketCalled: '请到窗口',
};

/**
 * The template fields every topic's template is chosen with in the WeChat console:
 * case number, item name, status, time, summary. Values are fitted to WeChat's limits when sent.
 * A queue call (排队叫号提醒) fills the same fields: the ticket's number, the point, 请到窗口.
 * The summary and the item's name are in the recipient's language (a Mongolian name is cut where
 * a word ends, fitField); the phrase stays Chinese because WeChat takes only
 * Chinese characters there (≤ 5), and time is WeChat's own format (docs/decisions.md §99).
 */
function templateData(item: OutboxRecord, { summary, itemName }: Reading): Record<string, string> {
  return {
    character_string1: item.caseNumber ?? '',
    thing2: itemName ?? '',
    phrase3: PHRASE[item.kind] ?? '通知',
    time4: item.at,
    thing5: summary,
  };
}

const CHANNELS: Channel[] = [inApp, wechat];

/** Another run got there first: the item was finished, parked or rescheduled meanwhile. */
function lostToAnotherRun(error: unknown): boolean {
  if ((error as Error).name === 'ConditionalCheckFailedException') return true;
  return (cancellationCodes(error) ?? []).slice(1).includes('ConditionalCheckFailed');
}

type Outcome = keyof DrainResult | 'skipped';

async function drainItem(raw: Item): Promise<Outcome> {
  const item = raw as unknown as OutboxRecord;
  try {
    const users = usersOnce();
    const owners = await resolveRecipients(item.recipient, users);
    // Channel by channel: every in-app notice is delivered before WeChat is tried for anyone.
    const readings = new Map<InboxOwner, Reading>();
    for (const owner of owners) readings.set(owner, await readingFor(item, owner, users));
    for (const channel of CHANNELS) {
      for (const owner of owners) {
        const mark = `${channel.name}:${ownerKey(owner)}`;
        if (!item.delivered?.has(mark)) await channel.deliver(item, owner, deliveryMark(item, mark), mark, readings.get(owner)!, users);
      }
    }
    await documentClient().send(
      new DeleteCommand({ TableName: config().tableName, Key: outboxKey(item), ConditionExpression: 'attribute_exists(pk)' }),
    );
    return 'delivered';
  } catch (error) {
    if (lostToAnotherRun(error)) return 'skipped';
    return recordFailure(raw, item, error);
  }
}

/** Schedules the next attempt with backoff, or parks the item after its last one. */
async function recordFailure(raw: Item, item: OutboxRecord, error: unknown): Promise<Outcome> {
  const attempts = (item.attempts ?? 0) + 1;
  const reason = String((error as Error)?.message ?? error).slice(0, 300);
  const now = clock.now();
  const TableName = config().tableName;
  // Conditioned on the attempts we read, so two runs failing at once count one attempt.
  const unchanged = { ConditionExpression: 'attribute_not_exists(attempts) OR attempts = :prev', ExpressionAttributeValues: { ':prev': item.attempts ?? 0 } };
  const log = { outboxId: item.id, kind: item.kind, attempts, reason };
  try {
    if (attempts >= MAX_ATTEMPTS) {
      const parked = { ...raw, ...outboxKeys.parked(item.at, item.id), entity: 'parkedNotice', attempts, reason, parkedAt: now.toISOString(), nextAttemptAt: undefined };
      await documentClient().send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: parked, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Delete: { TableName, Key: outboxKey(item), ...unchanged } },
          ],
        }),
      );
      logger.error('notice parked', log);
      return 'parked';
    }
    await documentClient().send(
      new UpdateCommand({
        TableName,
        Key: outboxKey(item),
        UpdateExpression: 'SET attempts = :n, nextAttemptAt = :next, lastError = :reason',
        ConditionExpression: unchanged.ConditionExpression,
        ExpressionAttributeValues: {
          ...unchanged.ExpressionAttributeValues,
          ':n': attempts,
          ':next': new Date(now.getTime() + backoffMs(attempts)).toISOString(),
          ':reason': reason,
        },
      }),
    );
    logger.warn('notice delivery failed', log);
    return 'retried';
  } catch (bookkeeping) {
    const codes = cancellationCodes(bookkeeping);
    if ((bookkeeping as Error).name === 'ConditionalCheckFailedException' || codes?.includes('ConditionalCheckFailed')) return 'skipped';
    throw bookkeeping;
  }
}

/** A shard's items that are due, oldest first; items waiting out a backoff are passed over. */
async function dueItems(shard: number, now: string, limit: number): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        KeyConditionExpression: 'pk = :p',
        FilterExpression: 'attribute_not_exists(nextAttemptAt) OR nextAttemptAt <= :now',
        ExpressionAttributeValues: { ':p': outboxKeys.shard(shard), ':now': now },
        ConsistentRead: true,
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length < limit);
  return items.slice(0, limit);
}

/** One pass over the outbox: shards in parallel, each shard's items in order. */
export async function drainOutbox(options: DrainOptions = {}): Promise<DrainResult> {
  const all = Array.from({ length: OUTBOX_SHARDS }, (_, i) => i);
  const shards = options.shards ? all.filter((s) => options.shards!.includes(s)) : all;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const now = clock.now().toISOString();
  const result: DrainResult = { delivered: 0, parked: 0, retried: 0 };
  await Promise.all(
    shards.map(async (shard) => {
      for (const item of await dueItems(shard, now, limit)) {
        const outcome = await drainItem(item);
        if (outcome !== 'skipped') result[outcome] += 1;
      }
    }),
  );
  return result;
}
