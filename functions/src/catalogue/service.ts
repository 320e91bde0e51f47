// The catalogue capability: find service items and read one.
import {
  ServiceItemSummarySchema,
  type ListServiceItemsQuery,
  type ListServiceItemsResponse,
  type ServiceItem,
} from '@app/shared';
import { z } from 'zod';
import { notFound } from '../lib/errors';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { findServiceItem, queryServiceItems } from './repository';

function matchesText(item: ServiceItem, q: string): boolean {
  const needle = q.toLowerCase();
  return [item.name, item.code, item.departmentName, item.summary, ...item.keywords].some((field) => field.toLowerCase().includes(needle));
}

/** Items are listed by code; the id breaks ties, so a page edge never skips an item. */
const orderKey = (item: ServiceItem) => `${item.code}\u0000${item.id}`;
const CursorSchema = z.string().max(200);

export async function listServiceItems(query: ListServiceItemsQuery): Promise<ListServiceItemsResponse> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, CursorSchema);
  const found = (await queryServiceItems(query))
    .filter((item) => (!query.scope || item.scope === query.scope) && (!query.level || item.level === query.level))
    .filter((item) => !query.q || matchesText(item, query.q))
    .sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  const rest = after === undefined ? found : found.filter((item) => orderKey(item) > after);
  const page = rest.slice(0, query.limit);
  return {
    items: page.map((item) => ServiceItemSummarySchema.parse(item)),
    nextCursor: rest.length > page.length ? encodeCursor(orderKey(page[page.length - 1])) : undefined,
  };
}

export async function getServiceItem(id: string): Promise<ServiceItem> {
  const item = await findServiceItem(id);
  if (!item) throw notFound('service item');
  return item;
}
