// Lambda: the service network (departments, service points, agents, staffing).
import { httpHandler } from '../lib/http';
import { pointPoster } from '../network/poster';
import * as network from '../network/service';

export const handler = httpHandler('network', {
  listDepartments: () => network.listDepartments(),
  listServicePoints: ({ query }) => network.listServicePoints(query),
  getServicePoint: ({ params }) => network.getServicePoint(params.id),
  getServicePointByCode: ({ params }) => network.getServicePointByCode(params.code),
  listAgents: ({ principal, query }) => network.listAgents(principal!, query),
  staffingReport: () => network.staffingReport(),
  pointPoster: ({ params, query }) => pointPoster(params.id, query.source),
});
