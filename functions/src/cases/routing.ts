// Routing: which agent a new or transferred case (or a sub-task) goes to, and why.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../lib/config';
import { documentClient } from '../lib/dynamo';
import { keys } from '../lib/keys';
import { listAgentsOf, type AgentRecord } from '../network/repository';

export interface Pick {
  agentId?: string;
  agentName?: string;
  /** The picked agent's record, as routing read it (its contact answers the entrustment). */
  agent?: AgentRecord;
  /** Shown on the timeline in Chinese. */
  reason: string;
}

/** Open entries an agent holds now: a COUNT query of their inbox partition. */
export async function openLoad(agentId: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: config().tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'gsi2pk = :p',
        ExpressionAttributeValues: { ':p': keys.agentOpen(agentId) },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

export interface Loaded {
  agent: AgentRecord;
  load: number;
}

/** Least open load first; ties go to the department head last, then by id, so picks are stable. */
export const byLoad = (a: Loaded, b: Loaded): number =>
  a.load - b.load || Number(a.agent.isHead) - Number(b.agent.isHead) || (a.agent.id < b.agent.id ? -1 : 1);

/** Only active agents are ever picked: an agent who left (离岗) is inactive. */
async function leastLoaded(agents: AgentRecord[]): Promise<Loaded | undefined> {
  const loads = await Promise.all(agents.filter((a) => a.active).map(async (agent) => ({ agent, load: await openLoad(agent.id) })));
  loads.sort(byLoad);
  return loads[0];
}

/** A case entrusted at a service point goes to that point's agent; otherwise to its department's. */
export async function pickAgent(target: { departmentId: string; departmentName: string; servicePointId?: string; servicePointName?: string }): Promise<Pick> {
  if (target.servicePointId) {
    const atPoint = (await listAgentsOf({ servicePointId: target.servicePointId })).filter((a) => a.active);
    const best = await leastLoaded(atPoint);
    if (best) {
      return { agentId: best.agent.id, agentName: best.agent.name, agent: best.agent, reason: `在${target.servicePointName ?? '服务站点'}受理，由该站点代办帮办员${best.agent.name}接待（当前在办${best.load}件）` };
    }
  }
  const inDepartment = (await listAgentsOf({ departmentId: target.departmentId })).filter((a) => a.active && !a.servicePointId);
  const best = await leastLoaded(inDepartment);
  if (!best) return { reason: `${target.departmentName}暂无在岗代办帮办员，进入部门待办队列` };
  return {
    agentId: best.agent.id,
    agentName: best.agent.name,
    agent: best.agent,
    reason: `按部门在办量最少分派给${target.departmentName}代办帮办员${best.agent.name}（当前在办${best.load}件）`,
  };
}
