// The authorisation matrix's tickets at POINT (a street centre with queues A and D), made through
// the queue handler as people would: a missed number of the owner's and one taken at the desk (to
// queue again), a desk number called to the point agent's window 1 (to act on), one waiting (to
// link to the owner's case), one at the desk to give up, and the owner's number at the district
// hall (to give up); the owner takes a new number at a third point, where they hold none.
import { ulid } from 'ulid';
import { demoPoints } from '../../local/demoData';
import { handler as queue } from '../../src/handlers/queue';
import { call, ok } from './http';

export interface QueueFixtures {
  /** Where the owner takes a fresh number (no ticket of theirs there). */
  takePointId: string;
  /** Missed tickets to queue again: the owner's own, and a desk ticket for the point agent. */
  requeue: { owner: string; pointAgent: string };
  /** Live tickets to give up: the owner's at the hall, a desk ticket at POINT for the point agent. */
  cancel: { owner: string; pointAgent: string };
  /** A desk ticket called to the point agent's window 1. */
  calledId: string;
  /** A desk ticket waiting, to link to the owner's case. */
  linkId: string;
}

export async function setUpQueueFixtures(pointId: string, tokens: { owner: string; pointAgent: string }): Promise<QueueFixtures> {
  const hall = demoPoints.find((p) => p.level === 'district')!;
  const third = demoPoints.find((p) => p.id !== pointId && p.level === 'streetTown')!;
  const post = async (what: string, token: string, path: string, body?: unknown, idempotent = false) =>
    ok(`queue ${what}`, await call(queue, { method: 'POST', path, token, body, headers: idempotent ? { 'Idempotency-Key': ulid() } : {} }));
  const take = async (what: string, token: string, at: string) => (await post(what, token, '/queue/tickets', { pointId: at, queueId: 'consult' }, true)).id as string;
  const desk = async (what: string) => (await post(what, tokens.pointAgent, '/queue/desk-tickets', { queueId: 'consult' }, true)).id as string;
  /** Calls the only waiting ticket to window 1, three times, then 过号. */
  const callAndMiss = async (what: string, id: string) => {
    let ticket = await post(`${what} call`, tokens.pointAgent, '/queue/window/call', { window: 1 });
    if (ticket.id !== id) throw new Error(`queue fixture ${what}: called ${ticket.number}, not the ticket`);
    for (const action of ['recall', 'recall', 'miss']) ticket = await post(`${what} ${action}`, tokens.pointAgent, `/queue/tickets/${id}/actions`, { action, version: ticket.version });
  };
  const ownerMissed = await take('owner ticket', tokens.owner, pointId);
  await callAndMiss('owner ticket', ownerMissed);
  const deskMissed = await desk('desk ticket to requeue');
  await callAndMiss('desk ticket', deskMissed);
  const calledId = await desk('desk ticket to call');
  const called = await post('call', tokens.pointAgent, '/queue/window/call', { window: 1 });
  if (called.id !== calledId) throw new Error('queue fixture: window 1 called another ticket');
  return {
    takePointId: third.id,
    requeue: { owner: ownerMissed, pointAgent: deskMissed },
    cancel: { owner: await take('owner ticket at the hall', tokens.owner, hall.id), pointAgent: await desk('desk ticket to give up') },
    calledId,
    linkId: await desk('desk ticket to link'),
  };
}
