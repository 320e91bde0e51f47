// The in-app inbox as the app sees it: my notices with the unread count, and marking them read;
// and the WeChat one-time subscriptions the user granted (one message per accepted tap).
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SUBSCRIPTION_TOPICS, type NoticeView, type Principal, type SubscriptionSettingsResponse, type SubscriptionTopic } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, queryPartition } from '../lib/dynamo';
import { forbidden } from '../lib/errors';
import * as keys from '../lib/keys';
import { countUnread, listNotices as listInbox, markRead, type InboxOwner } from './inbox';
import { templateIdOf } from './wechatClient';

/** A resident's inbox is their user's; an agent's is their agent record's, whichever user signs in. */
export function inboxOf(principal: Principal): InboxOwner {
  if (principal.role !== 'agent') return { userId: principal.userId };
  if (!principal.agentId) throw forbidden('no agent record');
  return { agentId: principal.agentId };
}

export async function listNotices(principal: Principal, limit: number): Promise<{ notices: NoticeView[]; unread: number }> {
  const owner = inboxOf(principal);
  const [notices, unread] = await Promise.all([listInbox(owner, limit), countUnread(owner)]);
  return { notices, unread };
}

/** Marks the given notices (all when none are given) read; ids outside my inbox change nothing. */
export async function markNoticesRead(principal: Principal, ids?: string[]): Promise<{ unread: number }> {
  return { unread: await markRead(inboxOf(principal), clock.now(), ids) };
}

/**
 * Every topic's unused grants of a user in one round trip: the subscription items share the user's
 * partition (`USER#<id>`, `SUBSCRIPTION#<topic>`), so one consistent Query reads them all.
 */
async function grantsOf(userId: string): Promise<{ topic: SubscriptionTopic; remaining: number }[]> {
  const { pk, sk: prefix } = keys.subscription(userId, '');
  const items = await queryPartition('table', pk, prefix, true);
  const remaining = new Map(items.map((item) => [String(item.sk).slice(prefix.length), Number(item.remaining ?? 0)]));
  return SUBSCRIPTION_TOPICS.map((topic) => ({ topic, remaining: remaining.get(topic) ?? 0 }));
}

export interface SubscriptionAnswer {
  topic: SubscriptionTopic;
  accepted: boolean;
}

/**
 * Remembers what wx.requestSubscribeMessage answered: each accepted topic allows one more message
 * (WeChat's one-time subscription); a refusal changes nothing. Answers every topic's remaining count.
 */
export async function recordSubscriptions(principal: Principal, answers: SubscriptionAnswer[]): Promise<{ granted: { topic: SubscriptionTopic; remaining: number }[] }> {
  const now = clock.now().toISOString();
  for (const { topic, accepted } of answers) {
    if (!accepted) continue;
    await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.subscription(principal.userId, topic),
        UpdateExpression: 'ADD remaining :one SET entity = :entity, topic = :topic, updatedAt = :now',
        ExpressionAttributeValues: { ':one': 1, ':entity': 'subscription', ':topic': topic, ':now': now },
      }),
    );
  }
  return { granted: await grantsOf(principal.userId) };
}

/**
 * What the app may ask for at a tap: the configured template id of each topic (a stage without
 * one for a topic leaves it out, so the app never asks for it) and the user's unused grants.
 */
export async function subscriptionSettings(principal: Principal): Promise<SubscriptionSettingsResponse> {
  const templates = SUBSCRIPTION_TOPICS.flatMap((topic) => {
    const templateId = templateIdOf(topic);
    return templateId ? [{ topic, templateId }] : [];
  });
  return { templates, granted: await grantsOf(principal.userId) };
}
