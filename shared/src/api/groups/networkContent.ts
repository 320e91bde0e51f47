// The bureau's texts of the network in Mongolian: a department's name, a service point's name and address.
import { PathIdParams } from '../../schemas/common';
import { DepartmentSchema, ServicePointSchema, SetDepartmentMongolianRequest, SetServicePointMongolianRequest } from '../../schemas/network';
import type { RouteDef } from '../routes';

export const networkContentRoutes = {
  setDepartmentMongolian: {
    group: 'network',
    method: 'PUT',
    path: '/network/departments/{id}/mongolian',
    access: ['bureau'],
    params: PathIdParams,
    body: SetDepartmentMongolianRequest,
    response: DepartmentSchema,
  },
  setServicePointMongolian: {
    group: 'network',
    method: 'PUT',
    path: '/network/points/{id}/mongolian',
    access: ['bureau'],
    params: PathIdParams,
    body: SetServicePointMongolianRequest,
    response: ServicePointSchema,
  },
} satisfies Record<string, RouteDef>;
