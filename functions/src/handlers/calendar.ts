// Lambda: the official working-day calendar (节假日安排): read by anyone, published by the bureau.
import { calendarRoutes } from '../../../shared/src/api/groups/calendar';
import * as calendar from '../calendar/service';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';

export const handler = httpHandler('calendar', calendarRoutes, {
  getCalendar: () => calendar.getCalendar(),
  getCalendarYear: ({ params }) => calendar.getCalendarYear(params.year),
  publishCalendarYear: ({ principal, params, body }) => calendar.publishCalendarYear(principal!, params.year, body),
}, { rateLimiter: spendAttempt });
