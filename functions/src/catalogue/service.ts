// The catalogue capability: find service items and read one.
import {
  ServiceItemSummarySchema,
  type ListServiceItemsQuery,
  type ListServiceItemsResponse,
  type ServiceItem,
} from '@app/shared';
import { AppError, notFound } from '../lib/errors';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { findServiceItem, queryServiceItems } from './repository';

function matchesText(item: ServiceItem, q: string): boolean {
  const needle = q.toLowerCase();
  return [item.name, item.code, item.departmentName, item.summary, ...item.keywords].some((field) => field.toLowerCase().includes(needle));
}

export async function listServiceItems(query: ListServiceItemsQuery): Promise<ListServiceItemsResponse> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 'cursor');
  if (after !== undefined && typeof after !== 'string') {
    throw new AppError('validation_failed', 'bad cursor', { issues: [{ path: ['cursor'], code: 'custom', message: '分页参数无效' }] });
  }
  const found = (await queryServiceItems(query))
    .filter((item) => (!query.scope || item.scope === query.scope) && (!query.level || item.level === query.level))
    .filter((item) => !query.q || matchesText(item, query.q))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const start = after === undefined ? 0 : found.findIndex((item) => item.code > after);
  const page = start < 0 ? [] : found.slice(start, start + query.limit);
  const more = start >= 0 && start + query.limit < found.length;
  return {
    items: page.map((item) => ServiceItemSummarySchema.parse(item)),
    nextCursor: more ? encodeCursor(page[page.length - 1].code) : undefined,
  };
}

export async function getServiceItem(id: string): Promise<ServiceItem> {
  const item = await findServiceItem(id);
  if (!item) throw notFound('service item');
  return item;
}
