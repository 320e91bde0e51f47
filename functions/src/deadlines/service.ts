// 限时办结: the scheduled deadline check. Reads the sharded due-date index (GSI5) for open cases due
// by the next working day, warns the holder of a case about to run out and flags overdue cases to
// the department head and the service bureau — each at most once per case, kind and China day.
import { addWorkingDays, chinaDate, describeDaysLeft, workingDaysLeft, type Department } from '@app/shared';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { workCalendar } from '../calendar/store';
import { DUE_SHARDS, type CaseRecord } from '../cases/record';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, withoutKeys } from '../lib/dynamo';
import * as keys from '../lib/keys';
import { logger } from '../lib/log';
import { findDepartment, listDepartments } from '../network/repository';
import { cancellationCodes, type TransactItem } from '../notices/inbox';
import { outboxItem, type Notice, type Recipient } from '../notices/outbox';

export type DeadlineNoticeKind = 'deadlineNear' | 'overdue';

// belongs in lib/keys.ts
/** Deadline keys, built from lib/keys.ts. */
export const deadlineKeys = {
  marker: (caseId: string, kind: DeadlineNoticeKind, date: string) => keys.deadlineMarker(caseId, kind, date),
  dueBy: keys.dueBy,
} as const;

/** A marker only matters on its own day; TTL clears it from the case's partition a week later. */
const MARKER_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface DeadlineCheckResult {
  /** Cases read from the index whose clock is running (paused ones are skipped, not counted). */
  checked: number;
  /** Cases whose holder was warned in this run. */
  warned: number;
  /** Overdue cases flagged to the head and the bureau in this run. */
  flagged: number;
}

/** Everything in one shard of the due-date index due on or before `lastDate`, following pages. */
async function dueCases(shard: number, lastDate: string): Promise<CaseRecord[]> {
  const cases: CaseRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        IndexName: 'GSI5',
        KeyConditionExpression: 'gsi5pk = :p AND gsi5sk <= :last',
        ExpressionAttributeValues: { ':p': keys.dueShard(shard), ':last': deadlineKeys.dueBy(lastDate) },
        ExclusiveStartKey: start,
      }),
    );
    cases.push(...(out.Items ?? []).map((i) => withoutKeys<CaseRecord>(i)));
    start = out.LastEvaluatedKey;
  } while (start);
  return cases;
}

const notice = (c: CaseRecord, kind: DeadlineNoticeKind, recipient: Recipient, summary: string): Notice => ({
  kind,
  recipient,
  caseId: c.id,
  caseNumber: c.number,
  itemName: c.itemName,
  summary,
});

/**
 * Writes the day's marker and the notices in one transaction. The marker's condition makes a
 * second run on the same day (or a concurrent one) write nothing: false means another run sent them.
 */
async function sendOncePerDay(c: CaseRecord, kind: DeadlineNoticeKind, today: string, notices: Notice[], now: Date): Promise<boolean> {
  const TableName = config().tableName;
  const at = now.toISOString();
  const marker: TransactItem = {
    Put: {
      TableName,
      Item: { ...deadlineKeys.marker(c.id, kind, today), entity: 'deadlineMarker', caseId: c.id, kind, date: today, at, expiresAt: Math.floor(now.getTime() / 1000) + MARKER_TTL_SECONDS },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  try {
    await documentClient().send(
      new TransactWriteCommand({ TransactItems: [marker, ...notices.map((n): TransactItem => ({ Put: { TableName, Item: outboxItem(n, at) } }))] }),
    );
    return true;
  } catch (error) {
    const codes = cancellationCodes(error);
    if (codes?.[0] === 'ConditionalCheckFailed') return false;
    // Another run is writing the same marker right now; if it fails, the next hourly run sends.
    if (codes?.includes('TransactionConflict')) return false;
    throw error;
  }
}

/** Look-ups shared by every case of one run: departments are few and change rarely. */
function departmentCache() {
  const byId = new Map<string, Promise<Department | undefined>>();
  let bureau: Promise<Department | undefined> | undefined;
  return {
    find: (id: string) => {
      if (!byId.has(id)) byId.set(id, findDepartment(id));
      return byId.get(id)!;
    },
    bureau: () => (bureau ??= listDepartments().then((all) => all.find((d) => d.kind === 'bureau'))),
  };
}

/** Who answers for an overdue case: its department's head (or its queue), and the bureau. */
async function overdueRecipients(c: CaseRecord, departments: ReturnType<typeof departmentCache>): Promise<Recipient[]> {
  const [department, bureau] = await Promise.all([departments.find(c.departmentId), departments.bureau()]);
  if (!bureau) logger.warn('no bureau department: overdue case flagged to its department only', { caseId: c.id });
  // The bureau's own cases: its queue already reaches its head, so nobody hears it twice.
  if (bureau && bureau.id === c.departmentId) return [{ departmentId: bureau.id }];
  const head: Recipient = department?.headAgentId ? { agentId: department.headAgentId } : { departmentId: c.departmentId };
  return bureau ? [head, { departmentId: bureau.id }] : [head];
}

/**
 * One pass of the deadline job. Everything due by the next working day (overdue included) is read
 * from the due-date index, shard by shard; cases whose clock is paused are skipped.
 */
export async function runDeadlineCheck(now: Date = clock.now()): Promise<DeadlineCheckResult> {
  const today = chinaDate(now);
  const calendar = await workCalendar();
  const nextWorkingDay = addWorkingDays(calendar, today, 1);
  const departments = departmentCache();
  const result: DeadlineCheckResult = { checked: 0, warned: 0, flagged: 0 };

  async function check(c: CaseRecord): Promise<void> {
    if (c.pausedOn || !c.dueDate) return;
    result.checked += 1;
    const due = c.dueDate;
    if (today > due) {
      const summary = `${describeDaysLeft(workingDaysLeft(calendar, today, due))}，${due}到期`;
      const notices = (await overdueRecipients(c, departments)).map((r) => notice(c, 'overdue', r, summary));
      if (await sendOncePerDay(c, 'overdue', today, notices, now)) result.flagged += 1;
      return;
    }
    const left = workingDaysLeft(calendar, today, due);
    if (left > 1) return;
    const holder = c.ownerAgentId ?? c.assigneeAgentId;
    const recipient: Recipient = holder ? { agentId: holder } : { departmentId: c.departmentId };
    const summary = `${due}到期，${describeDaysLeft(left)}`;
    if (await sendOncePerDay(c, 'deadlineNear', today, [notice(c, 'deadlineNear', recipient, summary)], now)) result.warned += 1;
  }

  await Promise.all(
    Array.from({ length: DUE_SHARDS }, async (_, shard) => {
      for (const c of await dueCases(shard, nextWorkingDay)) await check(c);
    }),
  );
  return result;
}
