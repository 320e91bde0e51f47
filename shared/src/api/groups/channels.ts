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
    body: IssueApiKeyRequest,
    response: IssuedApiKeyResponse,
    idempotent: true,
  },
  listChannelKeys: {
    group: 'channels',
    method: 'GET',
    path: '/channels/keys',
    access: ['bureau'],
    response: ListApiKeysResponse,
  },
  revokeChannelKey: {
    group: 'channels',
    method: 'POST',
    path: '/channels/keys/{id}/revoke',
    access: ['bureau'],
    params: ApiKeyParams,
    response: ApiKeySummarySchema,
  },
  // The two routes below are called by channel systems with their X-Api-Key, not by people.
  channelCreateCase: {
    group: 'channels',
    method: 'POST',
    path: '/channel/cases',
    access: 'channelKey',
    body: ChannelCreateCaseRequest,
    response: ChannelCaseProgressSchema,
    idempotent: true,
  },
  channelGetCase: {
    group: 'channels',
    method: 'GET',
    path: '/channel/cases/{id}',
    access: 'channelKey',
    params: PathIdParams,
    response: ChannelCaseProgressSchema,
  },
  claimCases: {
    group: 'channels',
    method: 'POST',
    path: '/cases/claim',
    access: ['resident'],
    body: ClaimCasesRequest,
    response: ClaimCasesResponse,
  },
} satisfies Record<string, RouteDef>;
