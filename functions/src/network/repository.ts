// Departments, service points and agents in the single table.
import { PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { chinaDate, describeHours, type Department, type ServicePoint } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { AppError } from '../lib/errors';
import { documentClient, getItem, queryPartition, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';

/** An agent as stored: the work phone is kept whole and masked on the way out. */
export interface AgentRecord {
  id: string;
  name: string;
  title: string;
  departmentId?: string;
  servicePointId?: string;
  phone: string;
  /** 办公电话: a line the agent publishes for the applicants they serve (a desk phone), where there is one. */
  officePhone?: string;
  isHead: boolean;
  /** False once the agent left (离岗): routing and reassignment pass them over. */
  active: boolean;
  /** The WeChat user bound with an invitation code (staff/binding.ts), and where messages go. */
  userId?: string;
  openid?: string;
  boundAt?: string;
  /** The unused invitation code issued last: a new one replaces it, binding or leaving removes it. */
  invitationCode?: string;
  leftAt?: string;
  /** The user who was bound when the agent left, kept for the record. */
  formerUserId?: string;
  /**
   * Carried in the agent's session tokens; bumped when the agent is unbound, moved to another unit
   * or signed out everywhere by the bureau, so every token issued before stops at once.
   */
  sessionVersion?: number;
}

export function departmentToItem(d: Department): Item {
  return { ...keys.department(d.id), entity: 'department', gsi1pk: keys.allDepartments(), gsi1sk: d.id, ...d };
}

/** A point as stored: everything but its hours text, which is generated from its schedule on read. */
export type StoredPoint = Omit<ServicePoint, 'hours'>;

export function pointToItem(p: StoredPoint | ServicePoint): Item {
  const { hours, ...stored } = p as ServicePoint;
  void hours;
  return {
    ...keys.point(p.id),
    entity: 'servicePoint',
    gsi1pk: keys.allPoints(),
    gsi1sk: keys.pointSort(p.level, p.parentId, p.id),
    gsi2pk: p.parentId ? keys.pointsUnder(p.parentId) : undefined,
    gsi2sk: p.parentId ? p.id : undefined,
    ...stored,
  };
}

/** The published hours come from the schedule, so the two can never disagree. */
export function toPoint(item: Item): ServicePoint {
  const stored = withoutKeys<StoredPoint & { hours?: unknown }>(item);
  const { hours, ...rest } = stored;
  void hours;
  return { ...rest, hours: describeHours(rest.schedule, chinaDate(clock.now())) };
}

export function agentToItem(a: AgentRecord): Item {
  return {
    ...keys.agent(a.id),
    entity: 'agent',
    gsi1pk: a.departmentId ? keys.agentsOfDepartment(a.departmentId) : undefined,
    gsi1sk: a.departmentId ? a.id : undefined,
    gsi2pk: a.servicePointId ? keys.agentsOfPoint(a.servicePointId) : undefined,
    gsi2sk: a.servicePointId ? a.id : undefined,
    gsi3pk: keys.allAgents(),
    gsi3sk: a.id,
    ...a,
  };
}

async function put(item: Item): Promise<void> {
  await documentClient().send(new PutCommand({ TableName: config().tableName, Item: item }));
}
export const putDepartment = (d: Department) => put(departmentToItem(d));
/**
 * A point and the item that reserves its QR code, in one transaction: a code already printed on
 * another point's poster is refused (409), so a scan can never land on the wrong point.
 */
export async function putPoint(p: StoredPoint | ServicePoint): Promise<void> {
  const TableName = config().tableName;
  try {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName,
              Item: { ...keys.pointCode(p.code), entity: 'pointCode', pointId: p.id },
              ConditionExpression: 'attribute_not_exists(pk) OR pointId = :id',
              ExpressionAttributeValues: { ':id': p.id },
            },
          },
          { Put: { TableName, Item: pointToItem(p) } },
        ],
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') throw new AppError('conflict', `point code ${p.code} is taken`, { reason: 'concurrentChange' });
    throw error;
  }
}
export const putAgent = (a: AgentRecord) => put(agentToItem(a));

export async function listDepartments(): Promise<Department[]> {
  return (await queryPartition('GSI1', keys.allDepartments())).map((i) => withoutKeys<Department>(i));
}

export async function findDepartment(id: string): Promise<Department | undefined> {
  const item = await getItem(keys.department(id));
  return item && withoutKeys<Department>(item);
}

export async function listPoints(filter: { level?: string; parentId?: string } = {}): Promise<ServicePoint[]> {
  const items = filter.parentId
    ? await queryPartition('GSI2', keys.pointsUnder(filter.parentId))
    : await queryPartition('GSI1', keys.allPoints(), filter.level ? `${filter.level}#` : undefined);
  const points = items.map(toPoint);
  return filter.level ? points.filter((p) => p.level === filter.level) : points;
}

export async function findPoint(id: string, consistent = false): Promise<ServicePoint | undefined> {
  const item = await getItem(keys.point(id), consistent);
  return item && toPoint(item);
}

export async function findPointByCode(code: string): Promise<ServicePoint | undefined> {
  const reservation = await getItem(keys.pointCode(code));
  return reservation ? findPoint(String(reservation.pointId)) : undefined;
}

export async function findAgent(id: string, consistent = false): Promise<AgentRecord | undefined> {
  const item = await getItem(keys.agent(id), consistent);
  return item && withoutKeys<AgentRecord>(item);
}

export async function listAgentsOf(unit: { departmentId?: string; servicePointId?: string }): Promise<AgentRecord[]> {
  const items = unit.servicePointId
    ? await queryPartition('GSI2', keys.agentsOfPoint(unit.servicePointId))
    : unit.departmentId
      ? await queryPartition('GSI1', keys.agentsOfDepartment(unit.departmentId))
      : await queryPartition('GSI3', keys.allAgents());
  return items.map((i) => withoutKeys<AgentRecord>(i));
}

/**
 * Open cases in a department's queue that no agent holds: a COUNT query of the queue (GSI3)
 * filtered on the holder's index attribute being absent. Sub-tasks without an agent count too.
 */
export async function countUnassignedOpen(departmentId: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'gsi3pk = :p',
        FilterExpression: 'attribute_not_exists(gsi2pk)',
        ExpressionAttributeValues: { ':p': keys.departmentOpen(departmentId) },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}
