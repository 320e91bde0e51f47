// Lambda: the service network (departments, service points, agents, staffing), service-point
// schedules and closures, and staff accounts (invitation codes, unbinding an agent who leaves,
// moving one to another unit, signing one out).
import { scheduleRoutes } from '../../../shared/src/api/groups/calendar';
import { networkRoutes } from '../../../shared/src/api/groups/network';
import { networkContentRoutes } from '../../../shared/src/api/groups/networkContent';
import { staffRoutes } from '../../../shared/src/api/groups/staff';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import { setDepartmentMongolian, setServicePointMongolian } from '../network/mongolian';
import * as network from '../network/service';
import * as schedules from '../schedules/service';
import { inviteAgent } from '../staff/invitations';
import { moveAgent, signOutAgent } from '../staff/move';
import { unbindAgent } from '../staff/unbind';

export const handler = httpHandler('network', { ...networkRoutes, ...networkContentRoutes, ...scheduleRoutes, ...staffRoutes }, {
  listDepartments: () => network.listDepartments(),
  listServicePoints: ({ query }) => network.listServicePoints(query),
  getServicePoint: ({ params }) => network.getServicePoint(params.id),
  getServicePointByCode: ({ params }) => network.getServicePointByCode(params.code),
  listAgents: ({ principal, query }) => network.listAgents(principal!, query),
  staffingReport: () => network.staffingReport(),
  setDepartmentMongolian: ({ params, body }) => setDepartmentMongolian(params.id, body),
  setServicePointMongolian: ({ params, body }) => setServicePointMongolian(params.id, body),
  inviteAgent: ({ principal, params, idempotencyKey }) => inviteAgent(principal!, params.id, idempotencyKey!),
  unbindAgent: ({ principal, params }) => unbindAgent(principal!, params.id),
  moveAgent: ({ principal, params, body }) => moveAgent(principal!, params.id, body),
  signOutAgent: ({ params }) => signOutAgent(params.id),
  getPointSchedule: ({ params }) => schedules.getSchedule(params.id),
  updatePointSchedule: ({ principal, params, body }) => schedules.updateSchedule(principal!, params.id, body),
  addPointClosure: ({ principal, params, body }) => schedules.addClosure(principal!, params.id, body),
  removePointClosure: ({ principal, params }) => schedules.removeClosure(principal!, params.id, params.closureId),
}, { rateLimiter: spendAttempt });
