// In-app notices and WeChat subscribe-message grants.
import { ListNoticesQuery, ListNoticesResponse, MarkNoticesReadRequest, MarkNoticesReadResponse, RecordSubscriptionsRequest, SubscriptionsResponse } from '../../schemas/notices';
import type { RouteDef } from '../routes';

export const noticesRoutes = {
  listNotices: {
    group: 'notices',
    method: 'GET',
    path: '/notices',
    access: ['resident', 'agent'],
    query: ListNoticesQuery,
    response: ListNoticesResponse,
  },
  markNoticesRead: {
    group: 'notices',
    method: 'POST',
    path: '/notices/read',
    access: ['resident', 'agent'],
    body: MarkNoticesReadRequest,
    response: MarkNoticesReadResponse,
  },
  recordSubscriptions: {
    group: 'notices',
    method: 'POST',
    path: '/notices/subscriptions',
    access: ['resident', 'agent'],
    body: RecordSubscriptionsRequest,
    response: SubscriptionsResponse,
  },
} satisfies Record<string, RouteDef>;
