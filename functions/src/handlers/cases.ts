// Lambda: cases — entrust, read, act on the lifecycle, and the agent's inbox.
import { casesRoutes } from '../../../shared/src/api/groups/cases';
import * as cases from '../cases/service';
import { accessLogOf, revealIdNumber } from '../cases/personalData';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';

export const handler = httpHandler('cases', casesRoutes, {
  createCase: ({ principal, body, idempotencyKey }) => cases.createCase(principal!, body, idempotencyKey!),
  listMyCases: ({ principal, query }) => cases.listMyCases(principal!, query),
  getCase: ({ principal, params }) => cases.getCase(params.id, principal!),
  actOnCase: ({ principal, params, body }) => cases.actOnCase(principal!, params.id, body),
  agentInbox: ({ principal, query }) => cases.inbox(principal!, query),
  revealIdNumber: ({ principal, params }) => revealIdNumber(principal!, params.id),
  caseAccessLog: ({ principal, params, query }) => accessLogOf(principal!, params.id, query.limit),
}, { rateLimiter: spendAttempt });
