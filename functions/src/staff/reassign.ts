// Reassigning what an agent who left still holds: each case (and parallel sub-task) goes to the
// least-loaded active colleague of the same unit, through commitChange with a 'reassign' event and
// a 'reassignedToMe' notice; with no colleague left it goes back to the department queue.
import type { Principal, ReassignedCase, SubTask } from '@app/shared';
import { actorOf } from '../cases/lookup';
import { eventItem, newEventId, subTaskToItem, type CaseRecord } from '../cases/record';
import { commitChange, loadCaseBundle } from '../cases/repository';
import { byLoad, withLoads, type Loaded } from '../cases/routing';
import { queryPartition } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { listAgentsOf, type AgentRecord } from '../network/repository';
import type { Notice } from '../notices/outbox';

/** Attempts per case when a concurrent action on it wins (the case is re-read each time). */
const ATTEMPTS = 4;

/**
 * Colleagues who may take over: the other active agents of the unit the agent served (their
 * service point, or their department's own agents), with their current open load.
 */
export async function colleaguesOf(left: AgentRecord): Promise<Loaded[]> {
  const unit = left.servicePointId ? { servicePointId: left.servicePointId } : left.departmentId ? { departmentId: left.departmentId } : undefined;
  if (!unit) return [];
  const agents = (await listAgentsOf(unit)).filter((a) => a.active && a.id !== left.id && (unit.servicePointId !== undefined || !a.servicePointId));
  return withLoads(agents);
}

/** The least-loaded colleague, counted as one more open entry from now on. */
function takeLeastLoaded(pool: Loaded[]): AgentRecord | undefined {
  pool.sort(byLoad);
  const best = pool[0];
  if (!best) return undefined;
  best.load += 1;
  return best.agent;
}

/** The ids of the cases an agent still holds (their inbox partition: cases and sub-tasks). */
async function heldCaseIds(agentId: string): Promise<string[]> {
  const items = await queryPartition('GSI2', keys.agentOpen(agentId));
  return [...new Set(items.map((i) => String(i.entity === 'case' ? i.id : i.caseId)))];
}

interface Move {
  subTaskId?: string;
  to?: AgentRecord;
}

/** Why the agent's work moves: they left (离岗), or they now serve another unit (调岗). */
export type HandOverCause = 'left' | 'moved';
const CAUSE_WORDS: Record<HandOverCause, string> = { left: '离岗', moved: '调岗' };

/** One case: every part the left agent holds moves in one transaction, conditioned on the version read. */
async function reassignCase(caseId: string, left: AgentRecord, pool: Loaded[], principal: Principal, now: Date, cause: HandOverCause): Promise<ReassignedCase[]> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const bundle = await loadCaseBundle(caseId);
    if (!bundle) return [];
    const { record } = bundle;
    const holdsCase = record.ownerAgentId === left.id || record.assigneeAgentId === left.id;
    const tasks = bundle.subTasks.filter((t) => t.state === 'open' && t.assignedAgentId === left.id);
    if (!holdsCase && tasks.length === 0) return [];
    // Picks are tentative until the commit: a lost race gives the load back and picks again.
    const snapshot = pool.map((p) => p.load);
    const moves: Move[] = [...(holdsCase ? [{ to: takeLeastLoaded(pool) }] : []), ...tasks.map((t) => ({ subTaskId: t.id, to: takeLeastLoaded(pool) }))];
    const at = now.toISOString();
    const after: CaseRecord = { ...record, version: record.version + 1, updatedAt: at };
    if (holdsCase) {
      const to = moves[0].to;
      if (record.ownerAgentId === left.id) after.ownerAgentId = to?.id;
      if (record.assigneeAgentId === left.id) after.assigneeAgentId = to?.id;
    }
    const events = moves.map((m) => ({
      id: newEventId(),
      at,
      actor: actorOf(principal),
      action: 'reassign' as const,
      note: m.to
        ? `${left.name}${CAUSE_WORDS[cause]}，${m.subTaskId ? '并联子任务' : ''}改由${m.to.name}办理`
        : `${left.name}${CAUSE_WORDS[cause]}，暂无其他在岗代办帮办员，${m.subTaskId ? '并联子任务' : '办件'}退回部门待办队列`,
      data: { fromAgentId: left.id, fromAgentName: left.name, toAgentId: m.to?.id, toAgentName: m.to?.name, subTaskId: m.subTaskId },
    }));
    const taskPuts = tasks.map((t, i) => {
      const moved: SubTask = { ...t, assignedAgentId: moves[(holdsCase ? 1 : 0) + i].to?.id };
      return { item: subTaskToItem(after, moved) };
    });
    const notices: Notice[] = moves.flatMap((m) =>
      m.to
        ? [{ kind: 'reassignedToMe' as const, recipient: { agentId: m.to.id }, caseId: record.id, caseNumber: record.number, itemName: record.itemName, summary: `改派给您：${record.itemName}`.slice(0, 60) }]
        : [],
    );
    try {
      await commitChange({
        before: record,
        after,
        event: events[0],
        puts: [...events.slice(1).map((e) => ({ item: eventItem(record.id, e) })), ...taskPuts],
        notices,
        subTasksBefore: bundle.subTasks,
      });
    } catch (error) {
      pool.forEach((p, i) => (p.load = snapshot[i]));
      if (error instanceof AppError && (error.code === 'stale_version' || error.code === 'conflict')) continue;
      throw error;
    }
    return moves.map((m) => ({ caseId: record.id, caseNumber: record.number, itemName: record.itemName, subTaskId: m.subTaskId, toAgentId: m.to?.id, toAgentName: m.to?.name }));
  }
  throw new AppError('service_unavailable', `case ${caseId} kept changing during reassignment`, { retryAfterSeconds: 1 });
}

/**
 * Everything the agent still holds, case by case, to colleagues of the unit `left` describes (for
 * a move: the unit before it); safe to run again (it moves what is left).
 */
export async function reassignHeldWork(left: AgentRecord, principal: Principal, now: Date, cause: HandOverCause = 'left'): Promise<ReassignedCase[]> {
  const pool = await colleaguesOf(left);
  const moved: ReassignedCase[] = [];
  for (const caseId of await heldCaseIds(left.id)) moved.push(...(await reassignCase(caseId, left, pool, principal, now, cause)));
  return moved;
}
