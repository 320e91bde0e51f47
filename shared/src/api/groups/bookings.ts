// Bookings at service points: slots, booking, cancelling, check-in, a point's day.
import { BookSlotRequest, BookingSchema, CancelBookingRequest, CheckInRequest, ListBookingsResponse, PointBookingsQuery, SlotsQuery, SlotsResponse } from '../../schemas/bookings';
import { PathIdParams } from '../../schemas/common';
import type { RouteDef } from '../routes';

export const bookingsRoutes = {
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
} satisfies Record<string, RouteDef>;
