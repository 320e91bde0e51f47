// The official calendar as data: year records built into the calendar the arithmetic runs on, the
// bureau's publish request refusing what cannot be an arrangement, and the dates a change touches.
import {
  addWorkingDays,
  buildWorkCalendar,
  changedDates,
  commitmentDueDate,
  dayKind,
  dueDateOf,
  isOfficialYear,
  isWorkingDay,
  PublishCalendarYearRequest,
  rangesOutsideYear,
  WEEKENDS_ONLY,
  type CalendarRange,
} from '@app/shared';
import { OFFICIAL_ARRANGEMENTS, OFFICIAL_CALENDAR } from './officialArrangements';

/** A 2027 arrangement as a bureau might enter it (dates of the lunar festivals of 2027; not an official notice). */
const SAMPLE_2027: CalendarRange[] = [
  { kind: 'holiday', name: '元旦', from: '2027-01-01', to: '2027-01-03' },
  { kind: 'holiday', name: '春节', from: '2027-02-06', to: '2027-02-14' },
  { kind: 'workday', name: '春节', from: '2027-02-20', to: '2027-02-20' },
];

describe('a year that nobody has published is provisional', () => {
  test('2027 counts weekends only until it is entered; 2025 and 2026 are official', () => {
    expect(isOfficialYear(OFFICIAL_CALENDAR, 2026)).toBe(true);
    expect(isOfficialYear(OFFICIAL_CALENDAR, 2027)).toBe(false);
    expect(isWorkingDay(OFFICIAL_CALENDAR, '2027-01-01')).toBe(true); // a Friday, provisionally worked
    expect(isWorkingDay(WEEKENDS_ONLY, '2026-10-01')).toBe(true);
  });

  test('once 2027 is entered, New Year’s Day is a holiday and a case accepted on 28 December 2026 is due a day later', () => {
    const before = commitmentDueDate(OFFICIAL_CALENDAR, '2026-12-28T02:00:00Z', 5);
    const with2027 = buildWorkCalendar([...OFFICIAL_ARRANGEMENTS, { year: 2027, ranges: SAMPLE_2027 }], 2);
    expect(before).toBe('2027-01-04');
    expect(commitmentDueDate(with2027, '2026-12-28T02:00:00Z', 5)).toBe('2027-01-05');
    expect(isOfficialYear(with2027, 2027)).toBe(true);
    expect(dayKind(with2027, '2027-02-20')).toEqual({ kind: 'makeUpWorkday', name: '春节' });
    expect(dayKind(with2027, '2027-02-08')).toEqual({ kind: 'holiday', name: '春节' });
  });

  test('a commitment clock gives the same due date as counting from acceptance, on any calendar', () => {
    for (const cal of [OFFICIAL_CALENDAR, WEEKENDS_ONLY]) {
      expect(dueDateOf(cal, { startedOn: '2026-09-30', workingDays: 5 })).toBe(addWorkingDays(cal, '2026-09-30', 5));
    }
  });
});

describe('the dates a change touches', () => {
  test('publishing a provisional year touches every date of its ranges', () => {
    expect(changedDates([], SAMPLE_2027.slice(0, 1))).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });

  test('a correction touches only what moved: a make-up day moved from Saturday to Sunday', () => {
    const corrected = [...SAMPLE_2027.slice(0, 2), { kind: 'workday' as const, name: '春节', from: '2027-02-21', to: '2027-02-21' }];
    expect(changedDates(SAMPLE_2027, corrected)).toEqual(['2027-02-20', '2027-02-21']);
    expect(changedDates(SAMPLE_2027, SAMPLE_2027)).toEqual([]);
  });
});

describe('the bureau’s publish request', () => {
  const parse = (ranges: unknown, extra: Record<string, unknown> = {}) => PublishCalendarYearRequest.safeParse({ ranges, notice: '国办发明电〔2026〕X号', version: 0, ...extra });
  const paths = (result: ReturnType<typeof parse>) => (result.success ? [] : result.error.issues.map((i) => i.path.join('.')));

  test('a well-formed arrangement passes', () => {
    expect(parse(SAMPLE_2027).success).toBe(true);
  });

  test('overlapping ranges are refused, naming the later range', () => {
    const overlapping = [SAMPLE_2027[1], { kind: 'workday', name: '春节', from: '2027-02-14', to: '2027-02-14' }];
    expect(paths(parse(overlapping))).toEqual(['ranges.1.from']);
  });

  test('a range that ends before it starts, or runs over a month, is refused at its end date', () => {
    expect(paths(parse([{ kind: 'holiday', name: '春节', from: '2027-02-14', to: '2027-02-06' }]))).toEqual(['ranges.0.to']);
    expect(paths(parse([{ kind: 'holiday', name: '春节', from: '2027-01-01', to: '2027-03-01' }]))).toEqual(['ranges.0.to']);
  });

  test('a range across New Year is outside the year being published', () => {
    expect(rangesOutsideYear(2027, [{ kind: 'holiday', name: '元旦', from: '2026-12-31', to: '2027-01-02' }])).toEqual([{ index: 0, field: 'from' }]);
    expect(rangesOutsideYear(2027, [{ kind: 'holiday', name: '元旦', from: '2027-12-31', to: '2028-01-01' }])).toEqual([{ index: 0, field: 'to' }]);
    expect(rangesOutsideYear(2027, SAMPLE_2027)).toEqual([]);
  });

  test('no ranges, no notice, an unknown kind, a bad date or an extra field are refused', () => {
    expect(paths(parse([]))).toEqual(['ranges']);
    expect(paths(parse(SAMPLE_2027, { notice: ' ' }))).toEqual(['notice']);
    expect(paths(parse([{ ...SAMPLE_2027[0], kind: 'rest' }]))).toEqual(['ranges.0.kind']);
    expect(paths(parse([{ ...SAMPLE_2027[0], from: '2027-02-30' }]))).toContain('ranges.0.from');
    expect(parse(SAMPLE_2027, { admin: true }).success).toBe(false);
  });
});
