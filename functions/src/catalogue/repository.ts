// Service items in the single table: one item each, reachable by scope, department and level.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ServiceItem } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, getItem, queryPartition, withoutKeys, type Item } from '../lib/dynamo';
import { keys } from '../lib/keys';

export function serviceItemToItem(item: ServiceItem): Item {
  return {
    ...keys.serviceItem(item.id),
    entity: 'serviceItem',
    gsi1pk: keys.itemsOfScope(item.scope),
    gsi1sk: item.code,
    gsi2pk: keys.itemsOfDepartment(item.departmentId),
    gsi2sk: item.code,
    gsi3pk: keys.allItems(),
    gsi3sk: `${item.level}#${item.code}`,
    ...item,
  };
}

export async function putServiceItem(item: ServiceItem): Promise<void> {
  await documentClient().send(new PutCommand({ TableName: config().tableName, Item: serviceItemToItem(item) }));
}

export async function findServiceItem(id: string): Promise<ServiceItem | undefined> {
  const item = await getItem(keys.serviceItem(id));
  return item && withoutKeys<ServiceItem>(item);
}

/**
 * The narrowest index for a filter: a department's items, a scope's, a level's, or all.
 * The catalogue is bounded (a district publishes hundreds of items, not millions).
 */
export async function queryServiceItems(filter: { scope?: string; departmentId?: string; level?: string }): Promise<ServiceItem[]> {
  const items = filter.departmentId
    ? await queryPartition('GSI2', keys.itemsOfDepartment(filter.departmentId))
    : filter.scope
      ? await queryPartition('GSI1', keys.itemsOfScope(filter.scope))
      : await queryPartition('GSI3', keys.allItems(), filter.level ? `${filter.level}#` : undefined);
  return items.map((i) => withoutKeys<ServiceItem>(i));
}
