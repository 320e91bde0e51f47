// The catalogue capability: find service items and read one (withdrawn items stay readable by id).
import {
  lazy,
  ServiceItemSummarySchema,
  type ListServiceItemsQuery,
  type ListServiceItemsResponse,
  type ServiceItem,
} from '@app/shared';
import * as z from 'zod/mini';
import { notFound } from '../lib/errors';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { findServiceItem, queryServiceItems } from './repository';

/** Mongolian typed with a plain space before a case suffix finds the text written with U+202F. */
const folded = (text: string) => text.toLowerCase().replace(/\u202f/g, ' ');

export function matchesText(item: ServiceItem, q: string): boolean {
  const needle = folded(q);
  return [item.name, item.code, item.departmentName, item.summary, item.nameMn ?? '', item.descriptionMn ?? '', ...item.keywords].some((field) => folded(field).includes(needle));
}

/** Items are listed by code; the id breaks ties, so a page edge never skips an item. */
const orderKey = (item: ServiceItem) => `${item.code}\u0000${item.id}`;
const CursorSchema = lazy(() => z.string().check(z.maxLength(200)));

/** One page of already-filtered items, in code order, after the cursor's position. */
export function pageOf<T extends ServiceItem>(found: T[], query: { limit: number; cursor?: string }): { page: T[]; nextCursor?: string } {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, CursorSchema);
  const sorted = [...found].sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((item) => orderKey(item) > after);
  const page = rest.slice(0, query.limit);
  return { page, nextCursor: rest.length > page.length ? encodeCursor(orderKey(page[page.length - 1])) : undefined };
}

export async function listServiceItems(query: ListServiceItemsQuery): Promise<ListServiceItemsResponse> {
  const found = (await queryServiceItems(query))
    // Withdrawn items have left the public indexes; the filter only guards against a stray one.
    .filter((item) => item.active !== false)
    .filter((item) => (!query.scope || item.scope === query.scope) && (!query.level || item.level === query.level))
    .filter((item) => !query.q || matchesText(item, query.q));
  const { page, nextCursor } = pageOf(found, query);
  return { items: page.map((item) => ServiceItemSummarySchema.parse(item)), nextCursor };
}

/** An item by id, withdrawn ones included (with active: false), so old links still explain themselves. */
export async function getServiceItem(id: string): Promise<ServiceItem> {
  const item = await findServiceItem(id);
  if (!item) throw notFound('service item');
  return item;
}
