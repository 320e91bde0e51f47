// The calendar a fresh table starts with (the `chinese-days` years, seeded on first read), as a
// value for tests that compute expected dates the way the API does.
import { buildWorkCalendar } from '@app/shared';
import { packageCalendarYears } from '../../src/calendar/seed';

export const PACKAGE_CALENDAR = buildWorkCalendar(packageCalendarYears('2026-01-01T00:00:00.000Z'), 1);
