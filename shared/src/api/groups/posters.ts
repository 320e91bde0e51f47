// A service point's printable poster: in a function of its own, because the QR encoder it draws
// with is a third of a network bundle and every other network route would load it at cold start
// (issue 15, decisions §101).
import { PathIdParams } from '../../schemas/common';
import { PointPosterQuery, PointPosterResponse } from '../../schemas/network';
import type { RouteDef } from '../routes';

export const posterRoutes = {
  pointPoster: {
    group: 'posters',
    method: 'GET',
    path: '/network/points/{id}/poster',
    access: ['bureau'],
    params: PathIdParams,
    query: PointPosterQuery,
    response: PointPosterResponse,
  },
} satisfies Record<string, RouteDef>;
