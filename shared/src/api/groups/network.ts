// The service network: departments, service points, agents and the staffing rule (posters: posters.ts).
import { PathIdParams } from '../../schemas/common';
import { ListAgentsQuery, ListAgentsResponse, ListDepartmentsResponse, ListServicePointsQuery, ListServicePointsResponse, PointCodeParams, ServicePointDetailResponse, StaffingReportResponse } from '../../schemas/network';
import type { RouteDef } from '../routes';

export const networkRoutes = {
  listDepartments: {
    group: 'network',
    method: 'GET',
    path: '/network/departments',
    access: 'public',
    response: ListDepartmentsResponse,
  },
  listServicePoints: {
    group: 'network',
    method: 'GET',
    path: '/network/points',
    access: 'public',
    query: ListServicePointsQuery,
    response: ListServicePointsResponse,
  },
  getServicePoint: {
    group: 'network',
    method: 'GET',
    path: '/network/points/{id}',
    access: 'public',
    params: PathIdParams,
    response: ServicePointDetailResponse,
  },
  getServicePointByCode: {
    group: 'network',
    method: 'GET',
    path: '/network/point-codes/{code}',
    access: 'public',
    params: PointCodeParams,
    response: ServicePointDetailResponse,
  },
  listAgents: {
    group: 'network',
    method: 'GET',
    path: '/network/agents',
    access: ['agent', 'bureau'],
    query: ListAgentsQuery,
    response: ListAgentsResponse,
  },
  staffingReport: {
    group: 'network',
    method: 'GET',
    path: '/network/staffing',
    access: ['bureau'],
    response: StaffingReportResponse,
  },
} satisfies Record<string, RouteDef>;
