// Lambda: appointments at service points (booking days and slots, booking, cancelling, checking in, no-shows).
import { bookingsRoutes } from '../../../shared/src/api/groups/bookings';
import { scheduleRoutes } from '../../../shared/src/api/groups/calendar';
import * as bookings from '../bookings/service';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';

export const handler = httpHandler('bookings', { ...bookingsRoutes, ...scheduleRoutes }, {
  listSlots: ({ params, query }) => bookings.listSlots(params.id, query.date),
  bookSlot: ({ principal, body, idempotencyKey }) => bookings.bookSlot(principal!, body, idempotencyKey!),
  listMyBookings: ({ principal }) => bookings.listMyBookings(principal!),
  cancelBooking: ({ principal, params }) => bookings.cancelBooking(principal!, params.id),
  checkIn: ({ principal, params, body }) => bookings.checkIn(principal!, params.id, body.pointCode),
  pointBookings: ({ principal, params, query }) => bookings.pointBookings(principal!, params.id, query.date),
  bookingDays: ({ params, query }) => bookings.bookingDays(params.id, query.from),
  markNoShow: ({ principal, params }) => bookings.markNoShow(principal!, params.id),
}, { rateLimiter: spendAttempt });
