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
import type { RouteDef } from '../routes';

export const supervisionRoutes = {
  supervisionDepartments: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/departments',
    access: ['bureau'],
    summary: 'Per-department figures over a period (default: the last 30 days), with the district total',
    query: PeriodQuery,
    response: SupervisionDepartmentsResponse,
  },
  supervisionAgents: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/agents',
    access: ['bureau'],
    summary: 'Per-agent figures of one department over a period',
    query: SupervisionAgentsQuery,
    response: SupervisionAgentsResponse,
  },
  supervisionExport: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/export',
    access: ['bureau'],
    summary: 'The period’s figures per department and per agent as CSV (UTF-8 with BOM)',
    query: SupervisionExportQuery,
    response: SupervisionExportResponse,
  },
  scorecard: {
    group: 'supervision',
    method: 'GET',
    path: '/scorecard',
    access: 'public',
    summary: 'The public scorecard: each department’s cases, on-time rate and ratings over 30 and 365 days',
    response: ScorecardResponse,
  },
  listRectifications: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/rectifications',
    access: ['agent', 'bureau'],
    summary: 'Rectifications of bad ratings (agents: their department’s), soonest due first',
    query: RectificationsQuery,
    response: ListRectificationsResponse,
  },
  reportRectification: {
    group: 'supervision',
    method: 'POST',
    path: '/cases/{id}/rectification',
    access: ['agent'],
    summary: 'An agent of the case’s department reports what was done about its bad rating',
    params: PathIdParams,
    body: ReportRectificationRequest,
    response: RectificationSchema,
  },
} satisfies Record<string, RouteDef>;
