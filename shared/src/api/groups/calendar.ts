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
    summary: 'Every year’s holiday arrangement on record (放假 and 调休上班 ranges, the notice, who entered it) and the calendar version',
    response: CalendarResponse,
  },
  getCalendarYear: {
    group: 'calendar',
    method: 'GET',
    path: '/calendar/{year}',
    access: 'public',
    summary: 'One year: official (its arrangement is on record) or provisional (weekends only until it is published)',
    params: CalendarYearParams,
    response: CalendarYearResponse,
  },
  publishCalendarYear: {
    group: 'calendar',
    method: 'PUT',
    path: '/calendar/{year}',
    access: ['bureau'],
    summary: 'Publish or correct a year’s arrangement; open cases’ due dates and bookings on changed days follow (resumable)',
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
    summary: 'A service point’s schedule (hours per weekday, slot length, windows, booking window, closures) and its published hours text',
    params: PathIdParams,
    response: ScheduleResponse,
  },
  updatePointSchedule: {
    group: 'network',
    method: 'PUT',
    path: '/network/points/{id}/schedule',
    access: ['bureau'],
    summary: 'Change a point’s schedule at the version read; a change that removes booked places needs confirmCancellations and cancels them with a notice',
    params: PathIdParams,
    body: UpdateScheduleRequest,
    response: ScheduleResponse,
  },
  addPointClosure: {
    group: 'network',
    method: 'POST',
    path: '/network/points/{id}/closures',
    access: ['agent', 'bureau'],
    summary: 'Close a point for a date range with a reason (its own agents or the bureau); bookings on those days are cancelled once confirmed',
    params: PathIdParams,
    body: AddClosureRequest,
    response: ScheduleResponse,
  },
  removePointClosure: {
    group: 'network',
    method: 'DELETE',
    path: '/network/points/{id}/closures/{closureId}',
    access: ['agent', 'bureau'],
    summary: 'Lift a closure: the days open for booking again',
    params: ClosureParams,
    response: ScheduleResponse,
  },
  bookingDays: {
    group: 'bookings',
    method: 'GET',
    path: '/network/points/{id}/booking-days',
    access: 'public',
    summary: 'The dates a point can be booked on, within its booking window: open or why not (holiday, closure, no hours), 调休 make-up days, provisional years',
    params: PathIdParams,
    query: BookingDaysQuery,
    response: BookingDaysResponse,
  },
  markNoShow: {
    group: 'bookings',
    method: 'POST',
    path: '/bookings/{id}/no-show',
    access: ['agent'],
    summary: 'The point’s agent marks a booking whose slot is over as 未到 (no-show)',
    params: PathIdParams,
    body: NoShowRequest,
    response: BookingSchema,
  },
  pointBookingFigures: {
    group: 'supervision',
    method: 'GET',
    path: '/supervision/points',
    access: ['bureau'],
    summary: 'Bookings per service point over a period: booked, checked in, no-shows, cancelled',
    query: PeriodQuery,
    response: PointBookingFiguresResponse,
  },
} satisfies Record<string, RouteDef>;
