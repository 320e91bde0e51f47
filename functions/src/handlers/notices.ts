// Lambda: notices — the in-app inbox of residents and agents, and their WeChat subscriptions.
import { noticesRoutes } from '../../../shared/src/api/groups/notices';
import { staffRoutes } from '../../../shared/src/api/groups/staff';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import * as notices from '../notices/service';

export const handler = httpHandler('notices', { ...noticesRoutes, ...staffRoutes }, {
  listNotices: ({ principal, query }) => notices.listNotices(principal!, query.limit),
  markNoticesRead: ({ principal, body }) => notices.markNoticesRead(principal!, body.ids),
  recordSubscriptions: ({ principal, body }) => notices.recordSubscriptions(principal!, body.answers),
  subscriptionSettings: ({ principal }) => notices.subscriptionSettings(principal!),
}, { rateLimiter: spendAttempt });
