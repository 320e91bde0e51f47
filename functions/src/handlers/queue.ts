// Lambda: walk-in queues (取号叫号): taking numbers, an agent's window, the hall display, a point's queue settings.
import { queueRoutes } from '../../../shared/src/api/groups/queue';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import { hallBoard } from '../queue/board';
import * as calling from '../queue/calling';
import * as queue from '../queue/service';

export const handler = httpHandler('queue', queueRoutes, {
  pointQueues: ({ principal, params }) => queue.pointQueues(principal, params.id),
  getQueueConfig: ({ principal, params }) => queue.getQueueConfig(principal!, params.id),
  updateQueueConfig: ({ principal, params, body }) => queue.updateQueueConfig(principal!, params.id, body),
  takeTicket: ({ principal, body, idempotencyKey }) => queue.takeTicket(principal!, body, idempotencyKey!),
  deskTicket: ({ principal, body, idempotencyKey }) => queue.deskTicket(principal!, body, idempotencyKey!),
  myTickets: ({ principal }) => queue.myTickets(principal!),
  getTicket: ({ principal, params }) => queue.getTicket(principal!, params.id),
  cancelTicket: ({ principal, params }) => queue.cancelTicket(principal!, params.id),
  requeueTicket: ({ principal, params }) => queue.requeueTicket(principal!, params.id),
  queueWindow: ({ principal, query }) => calling.windowView(principal!, query.window),
  callNext: ({ principal, body }) => calling.callNext(principal!, body.window),
  actOnTicket: ({ principal, params, body }) => calling.actOnTicket(principal!, params.id, body),
  linkTicket: ({ principal, params, body }) => calling.linkTicket(principal!, params.id, body),
  hallBoard: ({ params, query }) => hallBoard(params.code, query.since),
}, { rateLimiter: spendAttempt });
