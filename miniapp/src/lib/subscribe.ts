// WeChat subscribe messages: which templates the app may ask for (fetched ahead, when a page
// loads), and askSubscription, called synchronously inside a user's tap — WeChat only shows its
// consent sheet from a tap, for at most three templates. The answers are remembered by the API.
import Taro from '@tarojs/taro';
import type { SubscriptionTopic } from '@app/shared';
import { call } from '../api/client';

/** WeChat's limit of template ids per requestSubscribeMessage call. */
export const MAX_TEMPLATES_PER_ASK = 3;

export type SubscriptionAnswer = { topic: SubscriptionTopic; accepted: boolean };

let templates: Partial<Record<SubscriptionTopic, string>> | undefined;
let loading: Promise<void> | undefined;

const inWeapp = () => process.env.TARO_ENV === 'weapp';

/**
 * Fetches the template ids once (per launch) for the signed-in user, before any tap needs them.
 * Never throws: without them the app simply does not ask.
 */
export function prefetchSubscriptions(): Promise<void> {
  if (!inWeapp()) return Promise.resolve();
  if (templates) return Promise.resolve();
  loading ??= call('subscriptionSettings')
    .then((settings) => {
      templates = Object.fromEntries(settings.templates.map((t) => [t.topic, t.templateId]));
    })
    .catch(() => undefined)
    .finally(() => {
      loading = undefined;
    });
  return loading;
}

/** Forgets the fetched templates (tests; a stage switch). */
export function resetSubscriptions(): void {
  templates = undefined;
  loading = undefined;
}

/**
 * Asks for one-time subscriptions to these topics. Call it synchronously in the tap handler and
 * go on with the user's action without waiting: the returned promise never rejects, and neither
 * a refusal nor a failure blocks anything. It resolves to the answers the API remembered, or
 * undefined when nothing was asked or something failed. On H5 (no subscribe messages) it does nothing.
 */
export function askSubscription(topics: readonly SubscriptionTopic[]): Promise<SubscriptionAnswer[] | undefined> {
  if (!inWeapp() || !templates) return Promise.resolve(undefined);
  const known = templates;
  const asked = [...new Set(topics)].flatMap((topic) => (known[topic] ? [{ topic, templateId: known[topic]! }] : [])).slice(0, MAX_TEMPLATES_PER_ASK);
  if (asked.length === 0) return Promise.resolve(undefined);
  let request: Promise<Record<string, unknown>>;
  try {
    // Synchronously, still inside the tap: WeChat refuses the call after an await.
    request = Taro.requestSubscribeMessage({ tmplIds: asked.map((a) => a.templateId) } as Parameters<typeof Taro.requestSubscribeMessage>[0]) as unknown as Promise<
      Record<string, unknown>
    >;
  } catch {
    return Promise.resolve(undefined);
  }
  return Promise.resolve(request)
    .then((result) => {
      const answers = asked.map((a) => ({ topic: a.topic, accepted: result?.[a.templateId] === 'accept' }));
      return call('recordSubscriptions', { body: { answers } }).then(() => answers);
    })
    .catch(() => undefined);
}
