// Lambda: the service network (departments, service points, agents, staffing) and service-point
// schedules and closures. Staff accounts are the staff function's (decisions §102).
import { scheduleRoutes } from '../../../shared/src/api/groups/calendar';
import { networkRoutes } from '../../../shared/src/api/groups/network';
import { networkContentRoutes } from '../../../shared/src/api/groups/networkContent';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import { setDepartmentMongolian, setServicePointMongolian } from '../network/mongolian';
import * as network from '../network/service';
import * as schedules from '../schedules/service';

export const handler = httpHandler('network', { ...networkRoutes, ...networkContentRoutes, ...scheduleRoutes }, {
  listDepartments: () => network.listDepartments(),
  listServicePoints: ({ query }) => network.listServicePoints(query),
  getServicePoint: ({ params }) => network.getServicePoint(params.id),
  getServicePointByCode: ({ params }) => network.getServicePointByCode(params.code),
  listAgents: ({ principal, query }) => network.listAgents(principal!, query),
  staffingReport: () => network.staffingReport(),
  setDepartmentMongolian: ({ params, body }) => setDepartmentMongolian(params.id, body),
  setServicePointMongolian: ({ params, body }) => setServicePointMongolian(params.id, body),
  getPointSchedule: ({ params }) => schedules.getSchedule(params.id),
  updatePointSchedule: ({ principal, params, body }) => schedules.updateSchedule(principal!, params.id, body),
  addPointClosure: ({ principal, params, body }) => schedules.addClosure(principal!, params.id, body),
  removePointClosure: ({ principal, params }) => schedules.removeClosure(principal!, params.id, params.closureId),
}, { rateLimiter: spendAttempt });
