// Supervision (督查考评), the public scorecard and the rectification of bad ratings.
import { PathIdParams } from '../../schemas/common';
import {
  ListRectificationsResponse,
  PeriodQuery,
  RectificationSchema,
  RectificationsQuery,
  ReportRectificationRequest,
  ScorecardResponse,
  SupervisionAgentsQuery,
  SupervisionAgentsResponse,
  SupervisionDepartmentsResponse,
  SupervisionExportQuery,
  SupervisionExportResponse,
} from '../../schemas/supervision';
import { QueueFiguresResponse } from '../../schemas/queue';
import type { RouteDef } from '../routes';

export const supervisionRoutes = {
  supervisionDepartments: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/departments',
    access: ['bureau'],
    query: PeriodQuery,
    response: SupervisionDepartmentsResponse,
  },
  supervisionAgents: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/agents',
    access: ['bureau'],
    query: SupervisionAgentsQuery,
    response: SupervisionAgentsResponse,
  },
  supervisionExport: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/export',
    access: ['bureau'],
    query: SupervisionExportQuery,
    response: SupervisionExportResponse,
  },
  scorecard: {
    group: 'supervision',
    method: 'GET',
    path: '/scorecard',
    access: 'public',
    response: ScorecardResponse,
  },
  listRectifications: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/rectifications',
    access: ['agent', 'bureau'],
    query: RectificationsQuery,
    response: ListRectificationsResponse,
  },
  reportRectification: {
    group: 'supervision',
    method: 'POST',
    path: '/cases/{id}/rectification',
    access: ['agent'],
    params: PathIdParams,
    body: ReportRectificationRequest,
    response: RectificationSchema,
  },
  supervisionQueues: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/queues',
    access: ['bureau'],
    query: PeriodQuery,
    response: QueueFiguresResponse,
  },
} satisfies Record<string, RouteDef>;
