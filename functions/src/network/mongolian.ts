// The bureau's Mongolian texts of the network (issue 17): a department's name, a service point's
// name and address. One UpdateItem per unit, conditioned on the unit existing; a field left out of
// the request is removed, so the app shows the Chinese again.
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Department, ServicePoint, SetDepartmentMongolianRequest, SetServicePointMongolianRequest } from '@app/shared';
import { config } from '../lib/config';
import { documentClient, withoutKeys, type Item } from '../lib/dynamo';
import { notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { toPoint } from './repository';

/** SET the fields given, REMOVE the others, on an existing item only; answers the item as it is now. */
async function setTexts(key: { pk: string; sk: string }, fields: Record<string, string | undefined>, what: string): Promise<Item> {
  const set = Object.entries(fields).filter(([, value]) => value !== undefined);
  const remove = Object.entries(fields).filter(([, value]) => value === undefined);
  const names: Record<string, string> = { '#pk': 'pk' };
  const values: Record<string, string> = {};
  for (const [field, value] of set) {
    names[`#${field}`] = field;
    values[`:${field}`] = value!;
  }
  for (const [field] of remove) names[`#${field}`] = field;
  const update = [
    set.length ? `SET ${set.map(([field]) => `#${field} = :${field}`).join(', ')}` : '',
    remove.length ? `REMOVE ${remove.map(([field]) => `#${field}`).join(', ')}` : '',
  ].join(' ');
  try {
    const out = await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: key,
        UpdateExpression: update.trim(),
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return out.Attributes!;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') throw notFound(what);
    throw error;
  }
}

export async function setDepartmentMongolian(id: string, body: SetDepartmentMongolianRequest): Promise<Department> {
  return withoutKeys<Department>(await setTexts(keys.department(id), { nameMn: body.nameMn }, 'department'));
}

export async function setServicePointMongolian(id: string, body: SetServicePointMongolianRequest): Promise<ServicePoint> {
  return toPoint(await setTexts(keys.point(id), { nameMn: body.nameMn, addressMn: body.addressMn }, 'service point'));
}
