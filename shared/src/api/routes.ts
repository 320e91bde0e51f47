// The API surface in one table: method, path, who may call it, and the schemas of its parts.
// Handlers, serverless.yml (checked by a test), the app's client and the OpenAPI document read it.
import type * as z from 'zod/mini';
import type { Role } from '../vocabulary';
import { bookingsRoutes } from './groups/bookings';
import { casesRoutes } from './groups/cases';
import { catalogueRoutes } from './groups/catalogue';
import { calendarRoutes, scheduleRoutes } from './groups/calendar';
import { catalogueAdminRoutes } from './groups/catalogueAdmin';
import { channelRoutes } from './groups/channels';
import { identityRoutes } from './groups/identity';
import { materialsRoutes } from './groups/materials';
import { metaRoutes } from './groups/meta';
import { networkRoutes } from './groups/network';
import { networkContentRoutes } from './groups/networkContent';
import { noticesRoutes } from './groups/notices';
import { opinionRoutes } from './groups/opinions';
import { posterRoutes } from './groups/posters';
import { queueRoutes } from './groups/queue';
import { staffRoutes } from './groups/staff';
import { supervisionRoutes } from './groups/supervision';

/**
 * Who may call: anyone, any signed-in user, the listed roles, or a channel system holding one of
 * the bureau's channel API keys (the web portal, the 12345 hotline: an `X-Api-Key`, no session).
 */
export type Access = 'public' | 'signedIn' | 'channelKey' | readonly Role[];

/** Lambda functions group routes by capability. */
export type RouteGroup = 'catalogue' | 'network' | 'identity' | 'cases' | 'materials' | 'bookings' | 'notices' | 'supervision' | 'opinions' | 'meta' | 'channels' | 'calendar' | 'queue' | 'posters' | 'staff';

export interface RouteDef {
  group: RouteGroup;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: Access;
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Served only by the local stack; every other stage answers 404. */
  localOnly?: boolean;
  /** A create that phones retry: requires an Idempotency-Key header; a retry returns the first answer. */
  idempotent?: boolean;
}

export const define = <T extends Record<string, RouteDef>>(routes: T): T => routes;

export const ROUTES = define({
  ...catalogueAdminRoutes,
  ...staffRoutes,
  ...supervisionRoutes,
  ...opinionRoutes,
  ...queueRoutes,
  ...metaRoutes,
  ...channelRoutes,
  ...calendarRoutes,
  ...scheduleRoutes,
  ...catalogueRoutes,
  ...networkRoutes,
  ...networkContentRoutes,
  ...posterRoutes,
  ...identityRoutes,
  ...casesRoutes,
  ...materialsRoutes,
  ...bookingsRoutes,
  ...noticesRoutes,
});

export type RouteId = keyof typeof ROUTES;
export type Route<Id extends RouteId> = (typeof ROUTES)[Id];

type Infer<T> = T extends z.ZodMiniType ? z.infer<T> : undefined;
type InferInput<T> = T extends z.ZodMiniType ? z.input<T> : undefined;
export type RouteParams<Id extends RouteId> = Route<Id> extends { params: infer P } ? Infer<P> : undefined;
export type RouteQuery<Id extends RouteId> = Route<Id> extends { query: infer Q } ? Infer<Q> : undefined;
export type RouteQueryInput<Id extends RouteId> = Route<Id> extends { query: infer Q } ? InferInput<Q> : undefined;
export type RouteBody<Id extends RouteId> = Route<Id> extends { body: infer B } ? Infer<B> : undefined;
export type RouteBodyInput<Id extends RouteId> = Route<Id> extends { body: infer B } ? InferInput<B> : undefined;
export type RouteResponse<Id extends RouteId> = z.infer<Route<Id>['response']>;

// In its own module so that the app's client can fill paths without loading the whole table.
export { pathFor } from './paths';
