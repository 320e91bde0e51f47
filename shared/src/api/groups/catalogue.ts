// The service-item catalogue (事项清单): what anyone may browse.
import { ListServiceItemsQuery, ListServiceItemsResponse, ServiceItemResponse } from '../../schemas/catalogue';
import { PathIdParams } from '../../schemas/common';
import type { RouteDef } from '../routes';

export const catalogueRoutes = {
  listServiceItems: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/items',
    access: 'public',
    query: ListServiceItemsQuery,
    response: ListServiceItemsResponse,
  },
  getServiceItem: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/items/{id}',
    access: 'public',
    params: PathIdParams,
    response: ServiceItemResponse,
  },
} satisfies Record<string, RouteDef>;
