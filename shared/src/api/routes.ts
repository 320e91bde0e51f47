// The API surface in one table: method, path, who may call it, and the schemas of its parts.
// Handlers, serverless.yml (checked by a test), the app's client and the OpenAPI document read it.
import type * as z from 'zod';
import { ListServiceItemsQuery, ListServiceItemsResponse, ServiceItemResponse } from '../schemas/catalogue';
import { PathIdParams } from '../schemas/common';
import { DemoUsersResponse, DevLoginRequest, MeResponse, SessionResponse, SetLanguageRequest, SetLanguageResponse, WechatLoginRequest } from '../schemas/identity';
import {
  ListAgentsQuery,
  ListAgentsResponse,
  ListDepartmentsResponse,
  ListServicePointsQuery,
  ListServicePointsResponse,
  PointCodeParams,
  PointPosterQuery,
  PointPosterResponse,
  ServicePointDetailResponse,
  StaffingReportResponse,
} from '../schemas/network';
import type { Role } from '../vocabulary';
import { ListNoticesQuery, ListNoticesResponse, MarkNoticesReadRequest, MarkNoticesReadResponse, RecordSubscriptionsRequest, SubscriptionsResponse } from '../schemas/notices';
import {
  BookSlotRequest,
  BookingSchema,
  CancelBookingRequest,
  CheckInRequest,
  ListBookingsResponse,
  PointBookingsQuery,
  SlotsQuery,
  SlotsResponse,
} from '../schemas/bookings';
import { AccessLogQuery, AccessLogResponse, CaseActionRequest, CaseDetailSchema, CreateCaseRequest, RevealIdNumberResponse, InboxQuery, InboxResponse, ListCasesResponse, ListMyCasesQuery } from '../schemas/cases';
import {
  CommitmentRequest,
  ConfirmUploadRequest,
  DownloadResponse,
  MaterialParams,
  MaterialSchema,
  RequestUploadRequest,
  ReviewMaterialRequest,
  UploadTicketResponse,
} from '../schemas/materials';
import { calendarRoutes, scheduleRoutes } from './groups/calendar';
import { catalogueAdminRoutes } from './groups/catalogueAdmin';
import { channelRoutes } from './groups/channels';
import { metaRoutes } from './groups/meta';
import { opinionRoutes } from './groups/opinions';
import { queueRoutes } from './groups/queue';
import { staffRoutes } from './groups/staff';
import { supervisionRoutes } from './groups/supervision';

/**
 * Who may call: anyone, any signed-in user, the listed roles, or a channel system holding one of
 * the bureau's channel API keys (the web portal, the 12345 hotline: an `X-Api-Key`, no session).
 */
export type Access = 'public' | 'signedIn' | 'channelKey' | readonly Role[];

/** Lambda functions group routes by capability. */
export type RouteGroup = 'catalogue' | 'network' | 'identity' | 'cases' | 'materials' | 'bookings' | 'notices' | 'supervision' | 'opinions' | 'meta' | 'channels' | 'calendar' | 'queue';

export interface RouteDef {
  group: RouteGroup;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
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
  listServiceItems: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/items',
    access: 'public',
    query: ListServiceItemsQuery,
    response: ListServiceItemsResponse,
  },
  getServiceItem: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/items/{id}',
    access: 'public',
    params: PathIdParams,
    response: ServiceItemResponse,
  },
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
  pointPoster: {
    group: 'network',
    method: 'GET',
    path: '/network/points/{id}/poster',
    access: ['bureau'],
    params: PathIdParams,
    query: PointPosterQuery,
    response: PointPosterResponse,
  },
  staffingReport: {
    group: 'network',
    method: 'GET',
    path: '/network/staffing',
    access: ['bureau'],
    response: StaffingReportResponse,
  },
  wechatLogin: {
    group: 'identity',
    method: 'POST',
    path: '/auth/wechat',
    access: 'public',
    body: WechatLoginRequest,
    response: SessionResponse,
  },
  devLogin: {
    group: 'identity',
    method: 'POST',
    path: '/auth/dev',
    access: 'public',
    body: DevLoginRequest,
    response: SessionResponse,
    localOnly: true,
  },
  listDemoUsers: {
    group: 'identity',
    method: 'GET',
    path: '/auth/dev/users',
    access: 'public',
    response: DemoUsersResponse,
    localOnly: true,
  },
  me: {
    group: 'identity',
    method: 'GET',
    path: '/auth/me',
    access: 'signedIn',
    response: MeResponse,
  },
  setMyLanguage: {
    group: 'identity',
    method: 'PUT',
    path: '/auth/me/language',
    access: 'signedIn',
    body: SetLanguageRequest,
    response: SetLanguageResponse,
  },

  createCase: {
    group: 'cases',
    method: 'POST',
    path: '/cases',
    access: ['resident', 'agent'],
    body: CreateCaseRequest,
    response: CaseDetailSchema,
    idempotent: true,
  },
  listMyCases: {
    group: 'cases',
    method: 'GET',
    path: '/cases/mine',
    access: ['resident'],
    query: ListMyCasesQuery,
    response: ListCasesResponse,
  },
  getCase: {
    group: 'cases',
    method: 'GET',
    path: '/cases/{id}',
    access: 'signedIn',
    params: PathIdParams,
    response: CaseDetailSchema,
  },
  actOnCase: {
    group: 'cases',
    method: 'POST',
    path: '/cases/{id}/actions',
    access: 'signedIn',
    params: PathIdParams,
    body: CaseActionRequest,
    response: CaseDetailSchema,
  },
  agentInbox: {
    group: 'cases',
    method: 'GET',
    path: '/agent/inbox',
    access: ['agent'],
    query: InboxQuery,
    response: InboxResponse,
  },
  caseAccessLog: {
    group: 'cases',
    method: 'GET',
    path: '/cases/{id}/access-log',
    access: ['bureau'],
    params: PathIdParams,
    query: AccessLogQuery,
    response: AccessLogResponse,
  },
  revealIdNumber: {
    group: 'cases',
    method: 'POST',
    path: '/cases/{id}/id-number',
    access: ['agent'],
    params: PathIdParams,
    response: RevealIdNumberResponse,
  },

  requestUpload: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/uploads',
    access: ['resident', 'agent'],
    params: PathIdParams,
    body: RequestUploadRequest,
    response: UploadTicketResponse,
  },
  confirmUpload: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/materials',
    access: ['resident', 'agent'],
    params: PathIdParams,
    body: ConfirmUploadRequest,
    response: MaterialSchema,
  },
  commitMaterial: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/commitments',
    access: ['resident'],
    params: PathIdParams,
    body: CommitmentRequest,
    response: MaterialSchema,
  },
  reviewMaterial: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/materials/{materialId}/review',
    access: ['agent'],
    params: MaterialParams,
    body: ReviewMaterialRequest,
    response: MaterialSchema,
  },
  downloadMaterial: {
    group: 'materials',
    method: 'GET',
    path: '/cases/{id}/materials/{materialId}/download',
    access: 'signedIn',
    params: MaterialParams,
    response: DownloadResponse,
  },

  listSlots: {
    group: 'bookings',
    method: 'GET',
    path: '/network/points/{id}/slots',
    access: 'public',
    params: PathIdParams,
    query: SlotsQuery,
    response: SlotsResponse,
  },
  bookSlot: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings',
    access: ['resident'],
    body: BookSlotRequest,
    response: BookingSchema,
    idempotent: true,
  },
  listMyBookings: {
    group: 'bookings',
    method: 'GET',
    path: '/bookings/mine',
    access: ['resident'],
    response: ListBookingsResponse,
  },
  cancelBooking: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings/{id}/cancel',
    access: ['resident'],
    params: PathIdParams,
    body: CancelBookingRequest,
    response: BookingSchema,
  },
  checkIn: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings/{id}/check-in',
    access: ['resident', 'agent'],
    params: PathIdParams,
    body: CheckInRequest,
    response: BookingSchema,
  },
  pointBookings: {
    group: 'bookings',
    method: 'GET',
    path: '/network/points/{id}/bookings',
    access: ['agent', 'bureau'],
    params: PathIdParams,
    query: PointBookingsQuery,
    response: ListBookingsResponse,
  },

  listNotices: {
    group: 'notices',
    method: 'GET',
    path: '/notices',
    access: ['resident', 'agent'],
    query: ListNoticesQuery,
    response: ListNoticesResponse,
  },
  markNoticesRead: {
    group: 'notices',
    method: 'POST',
    path: '/notices/read',
    access: ['resident', 'agent'],
    body: MarkNoticesReadRequest,
    response: MarkNoticesReadResponse,
  },
  recordSubscriptions: {
    group: 'notices',
    method: 'POST',
    path: '/notices/subscriptions',
    access: ['resident', 'agent'],
    body: RecordSubscriptionsRequest,
    response: SubscriptionsResponse,
  },
});

export type RouteId = keyof typeof ROUTES;
export type Route<Id extends RouteId> = (typeof ROUTES)[Id];

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type InferInput<T> = T extends z.ZodType ? z.input<T> : undefined;
export type RouteParams<Id extends RouteId> = Route<Id> extends { params: infer P } ? Infer<P> : undefined;
export type RouteQuery<Id extends RouteId> = Route<Id> extends { query: infer Q } ? Infer<Q> : undefined;
export type RouteQueryInput<Id extends RouteId> = Route<Id> extends { query: infer Q } ? InferInput<Q> : undefined;
export type RouteBody<Id extends RouteId> = Route<Id> extends { body: infer B } ? Infer<B> : undefined;
export type RouteBodyInput<Id extends RouteId> = Route<Id> extends { body: infer B } ? InferInput<B> : undefined;
export type RouteResponse<Id extends RouteId> = z.infer<Route<Id>['response']>;

/** Fills a path template: pathFor('/catalogue/items/{id}', { id: 'x' }) → '/catalogue/items/x'. */
export function pathFor(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
