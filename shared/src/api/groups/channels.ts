// The policy's other channels (web portal, 12345 hotline): operators authenticated by per-channel
// API keys create entrustments on behalf of callers and read their progress; residents claim them.
import { ClaimCasesResponse, ApiKeyParams, ChannelCaseProgressSchema, ChannelCreateCaseRequest, ClaimCasesRequest, IssueApiKeyRequest, IssuedApiKeyResponse, ListApiKeysResponse, ApiKeySummarySchema } from '../../schemas/channels';
import { PathIdParams } from '../../schemas/common';
import type { RouteDef } from '../routes';

export const channelRoutes = {
  issueChannelKey: {
    group: 'channels',
    method: 'POST',
    path: '/channels/keys',
    access: ['bureau'],
    summary: 'Issue an API key for a channel (web portal, 12345 hotline); the key is shown once and stored only hashed',
    body: IssueApiKeyRequest,
    response: IssuedApiKeyResponse,
    idempotent: true,
  },
  listChannelKeys: {
    group: 'channels',
    method: 'GET',
    path: '/channels/keys',
    access: ['bureau'],
    summary: 'The channel API keys: label, prefix, when created and last used, revoked or not',
    response: ListApiKeysResponse,
  },
  revokeChannelKey: {
    group: 'channels',
    method: 'POST',
    path: '/channels/keys/{id}/revoke',
    access: ['bureau'],
    summary: 'Revoke a channel API key at once',
    params: ApiKeyParams,
    response: ApiKeySummarySchema,
  },
  // The two routes below are called by channel systems with their X-Api-Key, not by people.
  channelCreateCase: {
    group: 'channels',
    method: 'POST',
    path: '/channel/cases',
    access: 'channelKey',
    summary: 'A channel operator entrusts an item on behalf of a caller (X-Api-Key); the channel is recorded on the case',
    body: ChannelCreateCaseRequest,
    response: ChannelCaseProgressSchema,
    idempotent: true,
  },
  channelGetCase: {
    group: 'channels',
    method: 'GET',
    path: '/channel/cases/{id}',
    access: 'channelKey',
    summary: 'Progress of a case this channel created (X-Api-Key): state, deadline, timeline titles, masked phone',
    params: PathIdParams,
    response: ChannelCaseProgressSchema,
  },
  claimCases: {
    group: 'channels',
    method: 'POST',
    path: '/cases/claim',
    access: ['resident'],
    summary: 'The resident verifies their phone with WeChat and takes over the cases entrusted for it by phone or at a window',
    body: ClaimCasesRequest,
    response: ClaimCasesResponse,
  },
} satisfies Record<string, RouteDef>;
