// Lambda: staff accounts, for the bureau: one-time invitation codes an agent binds their WeChat
// account with, unbinding an agent who leaves (their open work reassigned), moving one to another
// unit, signing one out. Apart from the network function, which every resident's page reads, so that
// neither carries the other's code or grants (decisions §102).
import { staffRoutes } from '../../../shared/src/api/groups/staff';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import { inviteAgent } from '../staff/invitations';
import { moveAgent, signOutAgent } from '../staff/move';
import { unbindAgent } from '../staff/unbind';

export const handler = httpHandler('staff', staffRoutes, {
  inviteAgent: ({ principal, params, idempotencyKey }) => inviteAgent(principal!, params.id, idempotencyKey!),
  unbindAgent: ({ principal, params }) => unbindAgent(principal!, params.id),
  moveAgent: ({ principal, params, body }) => moveAgent(principal!, params.id, body),
  signOutAgent: ({ params }) => signOutAgent(params.id),
}, { rateLimiter: spendAttempt });
