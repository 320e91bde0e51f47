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
    summary: 'Publish a new service item (its code unique, its department known)',
    body: CreateServiceItemRequest,
    response: AdminServiceItemSchema,
    idempotent: true,
  },
  updateServiceItem: {
    group: 'catalogue',
    method: 'PUT',
    path: '/catalogue/items/{id}',
    access: ['bureau'],
    summary: 'Edit an item at the version the bureau saw: materials keep their ids; open cases keep their copy',
    params: PathIdParams,
    body: UpdateServiceItemRequest,
    response: AdminServiceItemSchema,
  },
  setServiceItemStatus: {
    group: 'catalogue',
    method: 'POST',
    path: '/catalogue/items/{id}/status',
    access: ['bureau'],
    summary: '停用 (withdraw) or 启用 an item: withdrawn items leave the public list and take no new entrustments',
    params: PathIdParams,
    body: SetServiceItemStatusRequest,
    response: AdminServiceItemSchema,
  },
  adminListServiceItems: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/admin/items',
    access: ['bureau'],
    summary: 'Every item, withdrawn ones included, with its version',
    query: AdminListServiceItemsQuery,
    response: AdminListServiceItemsResponse,
  },
} satisfies Record<string, RouteDef>;
