// The bureau edits the catalogue: service items, their materials and deadlines.
import {
  AdminListServiceItemsQuery,
  AdminListServiceItemsResponse,
  AdminServiceItemSchema,
  CreateServiceItemRequest,
  SetServiceItemStatusRequest,
  UpdateServiceItemRequest,
} from '../../schemas/catalogue';
import { PathIdParams } from '../../schemas/common';
import type { RouteDef } from '../routes';

export const catalogueAdminRoutes = {
  createServiceItem: {
    group: 'catalogue',
    method: 'POST',
    path: '/catalogue/items',
    access: ['bureau'],
    body: CreateServiceItemRequest,
    response: AdminServiceItemSchema,
    idempotent: true,
  },
  updateServiceItem: {
    group: 'catalogue',
    method: 'PUT',
    path: '/catalogue/items/{id}',
    access: ['bureau'],
    params: PathIdParams,
    body: UpdateServiceItemRequest,
    response: AdminServiceItemSchema,
  },
  setServiceItemStatus: {
    group: 'catalogue',
    method: 'POST',
    path: '/catalogue/items/{id}/status',
    access: ['bureau'],
    params: PathIdParams,
    body: SetServiceItemStatusRequest,
    response: AdminServiceItemSchema,
  },
  adminListServiceItems: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/admin/items',
    access: ['bureau'],
    query: AdminListServiceItemsQuery,
    response: AdminListServiceItemsResponse,
  },
} satisfies Record<string, RouteDef>;
