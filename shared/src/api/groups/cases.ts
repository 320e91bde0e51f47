// Cases (办件): entrustment, the lifecycle actions, the agent's inbox, the access log.
import { AccessLogQuery, AccessLogResponse, CaseActionRequest, CaseDetailSchema, CreateCaseRequest, InboxQuery, InboxResponse, ListCasesResponse, ListMyCasesQuery, RevealIdNumberResponse } from '../../schemas/cases';
import { PathIdParams } from '../../schemas/common';
import type { RouteDef } from '../routes';

export const casesRoutes = {
  createCase: {
    group: 'cases',
    method: 'POST',
    path: '/cases',
    access: ['resident', 'agent'],
    body: CreateCaseRequest,
    response: CaseDetailSchema,
    idempotent: true,
  },
  listMyCases: {
    group: 'cases',
    method: 'GET',
    path: '/cases/mine',
    access: ['resident'],
    query: ListMyCasesQuery,
    response: ListCasesResponse,
  },
  getCase: {
    group: 'cases',
    method: 'GET',
    path: '/cases/{id}',
    access: 'signedIn',
    params: PathIdParams,
    response: CaseDetailSchema,
  },
  actOnCase: {
    group: 'cases',
    method: 'POST',
    path: '/cases/{id}/actions',
    access: 'signedIn',
    params: PathIdParams,
    body: CaseActionRequest,
    response: CaseDetailSchema,
  },
  agentInbox: {
    group: 'cases',
    method: 'GET',
    path: '/agent/inbox',
    access: ['agent'],
    query: InboxQuery,
    response: InboxResponse,
  },
  caseAccessLog: {
    group: 'cases',
    method: 'GET',
    path: '/cases/{id}/access-log',
    access: ['bureau'],
    params: PathIdParams,
    query: AccessLogQuery,
    response: AccessLogResponse,
  },
  revealIdNumber: {
    group: 'cases',
    method: 'POST',
    path: '/cases/{id}/id-number',
    access: ['agent'],
    params: PathIdParams,
    response: RevealIdNumberResponse,
  },
} satisfies Record<string, RouteDef>;
