// Lambda: the service-item catalogue, and the bureau's administration of it.
import { catalogueRoutes } from '../../../shared/src/api/groups/catalogue';
import { catalogueAdminRoutes } from '../../../shared/src/api/groups/catalogueAdmin';
import * as admin from '../catalogue/admin';
import * as catalogue from '../catalogue/service';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';

export const handler = httpHandler('catalogue', { ...catalogueRoutes, ...catalogueAdminRoutes }, {
  listServiceItems: ({ query }) => catalogue.listServiceItems(query),
  getServiceItem: ({ params }) => catalogue.getServiceItem(params.id),
  createServiceItem: ({ principal, body, idempotencyKey }) => admin.createServiceItem(principal!, body, idempotencyKey!),
  updateServiceItem: ({ params, body }) => admin.updateServiceItem(params.id, body),
  setServiceItemStatus: ({ params, body }) => admin.setServiceItemStatus(params.id, body.active),
  adminListServiceItems: ({ query }) => admin.adminListServiceItems(query),
}, { rateLimiter: spendAttempt });
