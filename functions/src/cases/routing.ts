// Routing: which agent a new or transferred case (or a sub-task) goes to, and why.
import { listAgentsOf, type AgentRecord } from '../network/repository';
import { openLoads } from './openWork';

export interface Pick {
  agentId?: string;
  agentName?: string;
  /** The picked agent's record, as routing read it (its contact answers the entrustment). */
  agent?: AgentRecord;
  /** Shown on the timeline in Chinese. */
  reason: string;
}

export interface Loaded {
  agent: AgentRecord;
  load: number;
}

/** Least open load first; ties go to the department head last, then by id, so picks are stable. */
export const byLoad = (a: Loaded, b: Loaded): number =>
  a.load - b.load || Number(a.agent.isHead) - Number(b.agent.isHead) || (a.agent.id < b.agent.id ? -1 : 1);

/** Agents with their open load: one batch read of their counters, whatever they hold. */
export async function withLoads(agents: AgentRecord[]): Promise<Loaded[]> {
  if (agents.length === 0) return [];
  const loads = await openLoads(agents.map((a) => a.id));
  return agents.map((agent) => ({ agent, load: loads.get(agent.id) ?? 0 }));
}

/** Only active agents are ever picked: an agent who left (离岗) is inactive. */
async function leastLoaded(agents: AgentRecord[]): Promise<Loaded | undefined> {
  const loads = await withLoads(agents.filter((a) => a.active));
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
