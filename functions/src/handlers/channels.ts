// Lambda: channels — the bureau's channel API keys, channel operators' entrustments on behalf of
// callers and their progress (X-Api-Key), and residents claiming those cases with a verified phone.
import { channelRoutes } from '../../../shared/src/api/groups/channels';
import { authenticateApiKey, issueApiKey, listApiKeys, revokeApiKey } from '../channels/apiKeys';
import { claimCases } from '../channels/claim';
import { entrustForCaller, progressOf } from '../channels/entrust';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';

export const handler = httpHandler(
  'channels',
  channelRoutes,
  {
    issueChannelKey: ({ principal, body, idempotencyKey }) => issueApiKey(principal!, body, idempotencyKey!),
    listChannelKeys: () => listApiKeys(),
    revokeChannelKey: ({ params }) => revokeApiKey(params.id),
    channelCreateCase: async ({ channel, body, idempotencyKey }) => {
      const progress = await entrustForCaller(channel!, body, idempotencyKey!);
      await channel!.markUsed();
      return progress;
    },
    channelGetCase: async ({ channel, params }) => {
      const progress = await progressOf(params.id, channel!);
      await channel!.markUsed();
      return progress;
    },
    claimCases: ({ principal, body }) => claimCases(principal!, body),
  },
  { authenticateChannel: authenticateApiKey, rateLimiter: spendAttempt },
);
