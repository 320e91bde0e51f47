// The official working-day calendar (节假日安排) the bureau runs, and service-point schedules:
// hours, windows, booking window and closures. Also the booking calendar residents pick from,
// a point agent's no-show mark, and the bookings per point the bureau supervises.
import {
  CalendarResponse,
  CalendarYearParams,
  CalendarYearResponse,
  PublishCalendarYearRequest,
  PublishCalendarYearResponse,
} from '../../calendar';
import { AddClosureRequest, ClosureParams, ScheduleResponse, UpdateScheduleRequest } from '../../schedule';
import { BookingDaysQuery, BookingDaysResponse, BookingSchema, NoShowRequest } from '../../schemas/bookings';
import { PathIdParams } from '../../schemas/common';
import { PeriodQuery, PointBookingFiguresResponse } from '../../schemas/supervision';
import type { RouteDef } from '../routes';

export const calendarRoutes = {
  getCalendar: {
    group: 'calendar',
    method: 'GET',
    path: '/calendar',
    access: 'public',
    response: CalendarResponse,
  },
  getCalendarYear: {
    group: 'calendar',
    method: 'GET',
    path: '/calendar/{year}',
    access: 'public',
    params: CalendarYearParams,
    response: CalendarYearResponse,
  },
  publishCalendarYear: {
    group: 'calendar',
    method: 'PUT',
    path: '/calendar/{year}',
    access: ['bureau'],
    params: CalendarYearParams,
    body: PublishCalendarYearRequest,
    response: PublishCalendarYearResponse,
  },
} satisfies Record<string, RouteDef>;

export const scheduleRoutes = {
  getPointSchedule: {
    group: 'network',
    method: 'GET',
    path: '/network/points/{id}/schedule',
    access: 'public',
    params: PathIdParams,
    response: ScheduleResponse,
  },
  updatePointSchedule: {
    group: 'network',
    method: 'PUT',
    path: '/network/points/{id}/schedule',
    access: ['bureau'],
    params: PathIdParams,
    body: UpdateScheduleRequest,
    response: ScheduleResponse,
  },
  addPointClosure: {
    group: 'network',
    method: 'POST',
    path: '/network/points/{id}/closures',
    access: ['agent', 'bureau'],
    params: PathIdParams,
    body: AddClosureRequest,
    response: ScheduleResponse,
  },
  removePointClosure: {
    group: 'network',
    method: 'DELETE',
    path: '/network/points/{id}/closures/{closureId}',
    access: ['agent', 'bureau'],
    params: ClosureParams,
    response: ScheduleResponse,
  },
  bookingDays: {
    group: 'bookings',
    method: 'GET',
    path: '/network/points/{id}/booking-days',
    access: 'public',
    params: PathIdParams,
    query: BookingDaysQuery,
    response: BookingDaysResponse,
  },
  markNoShow: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings/{id}/no-show',
    access: ['agent'],
    params: PathIdParams,
    body: NoShowRequest,
    response: BookingSchema,
  },
  pointBookingFigures: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/points',
    access: ['bureau'],
    query: PeriodQuery,
    response: PointBookingFiguresResponse,
  },
} satisfies Record<string, RouteDef>;
