// Lambda: supervision (督查考评), the public scorecard, the rectification of bad ratings, bookings and queues per point.
import { scheduleRoutes } from '../../../shared/src/api/groups/calendar';
import { supervisionRoutes } from '../../../shared/src/api/groups/supervision';
import { httpHandler } from '../lib/http';
import { pointBookingFigures } from '../supervision/points';
import { queueFigures } from '../supervision/queues';
import { spendAttempt } from '../lib/rateLimit';
import * as supervision from '../supervision/service';

export const handler = httpHandler('supervision', { ...supervisionRoutes, ...scheduleRoutes }, {
  supervisionDepartments: ({ query }) => supervision.departmentFigures(query),
  supervisionAgents: ({ query }) => supervision.agentFigures(query),
  supervisionExport: ({ query }) => supervision.exportCsv(query),
  scorecard: () => supervision.scorecard(),
  listRectifications: ({ principal, query }) => supervision.listRectifications(principal!, query),
  reportRectification: ({ principal, params, body }) => supervision.reportRectification(principal!, params.id, body),
  pointBookingFigures: ({ query }) => pointBookingFigures(query),
  supervisionQueues: ({ query }) => queueFigures(query),
}, { rateLimiter: spendAttempt });
