// The State Council's holiday arrangements for 2025 and 2026, typed from the notices themselves
// (国务院办公厅关于2025年部分节假日安排的通知, 2024-11-12; …关于2026年部分节假日安排的通知,
// 2025-11-04). The deadline arithmetic is checked on these, and the seed taken from the
// `chinese-days` package is checked against them (functions/test/calendarSeed.test.ts).
import { buildWorkCalendar, type CalendarRange, type CalendarYear } from '@app/shared';

const holiday = (name: string, from: string, to = from): CalendarRange => ({ kind: 'holiday', name, from, to });
const workday = (name: string, date: string): CalendarRange => ({ kind: 'workday', name, from: date, to: date });

export const OFFICIAL_ARRANGEMENTS: Pick<CalendarYear, 'year' | 'ranges' | 'notice'>[] = [
  {
    year: 2025,
    notice: '国务院办公厅关于2025年部分节假日安排的通知',
    ranges: [
      holiday('元旦', '2025-01-01'),
      workday('春节', '2025-01-26'),
      holiday('春节', '2025-01-28', '2025-02-04'),
      workday('春节', '2025-02-08'),
      holiday('清明节', '2025-04-04', '2025-04-06'),
      workday('劳动节', '2025-04-27'),
      holiday('劳动节', '2025-05-01', '2025-05-05'),
      holiday('端午节', '2025-05-31', '2025-06-02'),
      workday('国庆节', '2025-09-28'),
      holiday('国庆节、中秋节', '2025-10-01', '2025-10-08'),
      workday('国庆节', '2025-10-11'),
    ],
  },
  {
    year: 2026,
    notice: '国务院办公厅关于2026年部分节假日安排的通知',
    ranges: [
      holiday('元旦', '2026-01-01', '2026-01-03'),
      workday('元旦', '2026-01-04'),
      workday('春节', '2026-02-14'),
      holiday('春节', '2026-02-15', '2026-02-23'),
      workday('春节', '2026-02-28'),
      holiday('清明节', '2026-04-04', '2026-04-06'),
      holiday('劳动节', '2026-05-01', '2026-05-05'),
      workday('劳动节', '2026-05-09'),
      holiday('端午节', '2026-06-19', '2026-06-21'),
      workday('国庆节', '2026-09-20'),
      holiday('中秋节', '2026-09-25', '2026-09-27'),
      holiday('国庆节', '2026-10-01', '2026-10-07'),
      workday('国庆节', '2026-10-10'),
    ],
  },
];

/** The calendar with 2025 and 2026 published and every other year provisional. */
export const OFFICIAL_CALENDAR = buildWorkCalendar(OFFICIAL_ARRANGEMENTS, 1);
