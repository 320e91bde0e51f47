// The API surface in one table: method, path, who may call it, and the schemas of its parts.
// Handlers, serverless.yml (checked by a test), the app's client and the OpenAPI document read it.
import type * as z from 'zod';
import { ListServiceItemsQuery, ListServiceItemsResponse, ServiceItemResponse } from '../schemas/catalogue';
import { PathIdParams } from '../schemas/common';
import { DemoUsersResponse, DevLoginRequest, MeResponse, SessionResponse, WechatLoginRequest } from '../schemas/identity';
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
import { staffRoutes } from './groups/staff';
import { supervisionRoutes } from './groups/supervision';

/**
 * Who may call: anyone, any signed-in user, the listed roles, or a channel system holding one of
 * the bureau's channel API keys (the web portal, the 12345 hotline: an `X-Api-Key`, no session).
 */
export type Access = 'public' | 'signedIn' | 'channelKey' | readonly Role[];

/** Lambda functions group routes by capability. */
export type RouteGroup = 'catalogue' | 'network' | 'identity' | 'cases' | 'materials' | 'bookings' | 'notices' | 'supervision' | 'opinions' | 'meta' | 'channels' | 'calendar';

export interface RouteDef {
  group: RouteGroup;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: Access;
  summary: string;
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
  ...metaRoutes,
  ...channelRoutes,
  ...calendarRoutes,
  ...scheduleRoutes,
  listServiceItems: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/items',
    access: 'public',
    summary: 'List and search service items by scope, department, level and text',
    query: ListServiceItemsQuery,
    response: ListServiceItemsResponse,
  },
  getServiceItem: {
    group: 'catalogue',
    method: 'GET',
    path: '/catalogue/items/{id}',
    access: 'public',
    summary: 'Service item detail: department, materials, commitment deadline, fee',
    params: PathIdParams,
    response: ServiceItemResponse,
  },
  listDepartments: {
    group: 'network',
    method: 'GET',
    path: '/network/departments',
    access: 'public',
    summary: 'Departments that handle service items',
    response: ListDepartmentsResponse,
  },
  listServicePoints: {
    group: 'network',
    method: 'GET',
    path: '/network/points',
    access: 'public',
    summary: 'Service points by level and parent street/town',
    query: ListServicePointsQuery,
    response: ListServicePointsResponse,
  },
  getServicePoint: {
    group: 'network',
    method: 'GET',
    path: '/network/points/{id}',
    access: 'public',
    summary: 'A service point with its agents',
    params: PathIdParams,
    response: ServicePointDetailResponse,
  },
  getServicePointByCode: {
    group: 'network',
    method: 'GET',
    path: '/network/point-codes/{code}',
    access: 'public',
    summary: 'The service point behind a QR code',
    params: PointCodeParams,
    response: ServicePointDetailResponse,
  },
  listAgents: {
    group: 'network',
    method: 'GET',
    path: '/network/agents',
    access: ['agent', 'bureau'],
    summary: 'Agents of a department or service point (agents: their own units only)',
    query: ListAgentsQuery,
    response: ListAgentsResponse,
  },
  pointPoster: {
    group: 'network',
    method: 'GET',
    path: '/network/points/{id}/poster',
    access: ['bureau'],
    summary: 'A printable QR-code poster for a service point (local QR of the H5 page, or a WeChat mini-program code)',
    params: PathIdParams,
    query: PointPosterQuery,
    response: PointPosterResponse,
  },
  staffingReport: {
    group: 'network',
    method: 'GET',
    path: '/network/staffing',
    access: ['bureau'],
    summary: 'The staffing rule checked for every department and service point',
    response: StaffingReportResponse,
  },
  wechatLogin: {
    group: 'identity',
    method: 'POST',
    path: '/auth/wechat',
    access: 'public',
    summary: 'Trade a wx.login code for a session token',
    body: WechatLoginRequest,
    response: SessionResponse,
  },
  devLogin: {
    group: 'identity',
    method: 'POST',
    path: '/auth/dev',
    access: 'public',
    summary: 'Local stack only: sign in as a demo user',
    body: DevLoginRequest,
    response: SessionResponse,
    localOnly: true,
  },
  listDemoUsers: {
    group: 'identity',
    method: 'GET',
    path: '/auth/dev/users',
    access: 'public',
    summary: 'Local stack only: the demo users one can sign in as',
    response: DemoUsersResponse,
    localOnly: true,
  },
  me: {
    group: 'identity',
    method: 'GET',
    path: '/auth/me',
    access: 'signedIn',
    summary: 'The signed-in user',
    response: MeResponse,
  },

  createCase: {
    group: 'cases',
    method: 'POST',
    path: '/cases',
    access: ['resident', 'agent'],
    summary: 'Entrust a service item (or open a pre-consultation); agents key in window and hotline requests',
    body: CreateCaseRequest,
    response: CaseDetailSchema,
    idempotent: true,
  },
  listMyCases: {
    group: 'cases',
    method: 'GET',
    path: '/cases/mine',
    access: ['resident'],
    summary: 'The signed-in resident’s cases, newest first',
    query: ListMyCasesQuery,
    response: ListCasesResponse,
  },
  getCase: {
    group: 'cases',
    method: 'GET',
    path: '/cases/{id}',
    access: 'signedIn',
    summary: 'A case with its timeline, owner, deadline, sub-tasks, materials and the caller’s possible actions',
    params: PathIdParams,
    response: CaseDetailSchema,
  },
  actOnCase: {
    group: 'cases',
    method: 'POST',
    path: '/cases/{id}/actions',
    access: 'signedIn',
    summary: 'Take one lifecycle action (accept, requestSupplement, transfer, rate …) at the version the caller saw',
    params: PathIdParams,
    body: CaseActionRequest,
    response: CaseDetailSchema,
  },
  agentInbox: {
    group: 'cases',
    method: 'GET',
    path: '/agent/inbox',
    access: ['agent'],
    summary: 'Open cases and sub-tasks, soonest deadline first: mine, my department’s or my service point’s',
    query: InboxQuery,
    response: InboxResponse,
  },
  caseAccessLog: {
    group: 'cases',
    method: 'GET',
    path: '/cases/{id}/access-log',
    access: ['bureau'],
    summary: 'Who among the staff read this case’s personal data, newest first',
    params: PathIdParams,
    query: AccessLogQuery,
    response: AccessLogResponse,
  },
  revealIdNumber: {
    group: 'cases',
    method: 'POST',
    path: '/cases/{id}/id-number',
    access: ['agent'],
    summary: 'A case’s agent opens the applicant’s whole ID number; the opening is put on the timeline',
    params: PathIdParams,
    response: RevealIdNumberResponse,
  },

  requestUpload: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/uploads',
    access: ['resident', 'agent'],
    summary: 'A presigned POST for one material file (jpg, png, pdf; ≤ 10 MB)',
    params: PathIdParams,
    body: RequestUploadRequest,
    response: UploadTicketResponse,
  },
  confirmUpload: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/materials',
    access: ['resident', 'agent'],
    summary: 'Record an uploaded file after checking it in storage (type, size, key)',
    params: PathIdParams,
    body: ConfirmUploadRequest,
    response: MaterialSchema,
  },
  commitMaterial: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/commitments',
    access: ['resident'],
    summary: '告知承诺: a signed commitment in place of a material the item allows it for',
    params: PathIdParams,
    body: CommitmentRequest,
    response: MaterialSchema,
  },
  reviewMaterial: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/materials/{materialId}/review',
    access: ['agent'],
    summary: 'Accept a material, or reject it with a reason',
    params: MaterialParams,
    body: ReviewMaterialRequest,
    response: MaterialSchema,
  },
  downloadMaterial: {
    group: 'materials',
    method: 'GET',
    path: '/cases/{id}/materials/{materialId}/download',
    access: 'signedIn',
    summary: 'A short-lived link to a material file, for the applicant, the case’s agents and the bureau',
    params: MaterialParams,
    response: DownloadResponse,
  },

  listSlots: {
    group: 'bookings',
    method: 'GET',
    path: '/network/points/{id}/slots',
    access: 'public',
    summary: 'A service point’s appointment slots on a date, with free places',
    params: PathIdParams,
    query: SlotsQuery,
    response: SlotsResponse,
  },
  bookSlot: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings',
    access: ['resident'],
    summary: 'Book a place in a slot; never overbooks',
    body: BookSlotRequest,
    response: BookingSchema,
    idempotent: true,
  },
  listMyBookings: {
    group: 'bookings',
    method: 'GET',
    path: '/bookings/mine',
    access: ['resident'],
    summary: 'The signed-in resident’s bookings',
    response: ListBookingsResponse,
  },
  cancelBooking: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings/{id}/cancel',
    access: ['resident'],
    summary: 'Cancel a booking and free its place',
    params: PathIdParams,
    body: CancelBookingRequest,
    response: BookingSchema,
  },
  checkIn: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings/{id}/check-in',
    access: ['resident', 'agent'],
    summary: 'Check in at the point (code from its QR poster); puts an event on the booked case',
    params: PathIdParams,
    body: CheckInRequest,
    response: BookingSchema,
  },
  pointBookings: {
    group: 'bookings',
    method: 'GET',
    path: '/network/points/{id}/bookings',
    access: ['agent', 'bureau'],
    summary: 'A point’s bookings on a date, for its agents',
    params: PathIdParams,
    query: PointBookingsQuery,
    response: ListBookingsResponse,
  },

  listNotices: {
    group: 'notices',
    method: 'GET',
    path: '/notices',
    access: ['resident', 'agent'],
    summary: 'My in-app notices, newest first, with the unread count',
    query: ListNoticesQuery,
    response: ListNoticesResponse,
  },
  markNoticesRead: {
    group: 'notices',
    method: 'POST',
    path: '/notices/read',
    access: ['resident', 'agent'],
    summary: 'Mark some (or all) of my notices read',
    body: MarkNoticesReadRequest,
    response: MarkNoticesReadResponse,
  },
  recordSubscriptions: {
    group: 'notices',
    method: 'POST',
    path: '/notices/subscriptions',
    access: ['resident', 'agent'],
    summary: 'Remember what the user answered to wx.requestSubscribeMessage (one message per accepted tap)',
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
