// Commitment deadlines on the official calendar: the State Council's 2025 and 2026 holiday
// arrangements (放假调休), checked day by day, and the arithmetic the inbox and the app rely on.
// Every expectation is a fixed date, so the suite means the same under any process TZ; run it with
// TZ=America/Los_Angeles as well as UTC to check that the module is time-zone independent.
import * as shared from '@app/shared';
import { addCalendarDays, chinaDate, describeDaysLeft } from '@app/shared';
import { OFFICIAL_CALENDAR } from './officialArrangements';

// The arithmetic takes the calendar as a value; these suites run it on the published 2025 and
// 2026 arrangements (every other year provisional).
const cal = OFFICIAL_CALENDAR;
const isWorkingDay = (date: string) => shared.isWorkingDay(cal, date);
const addWorkingDays = (start: string, days: number) => shared.addWorkingDays(cal, start, days);
const workingDaysBetween = (from: string, to: string) => shared.workingDaysBetween(cal, from, to);
const workingDaysLeft = (today: string, due: string) => shared.workingDaysLeft(cal, today, due);
const commitmentDueDate = (at: Date | string, days: number) => shared.commitmentDueDate(cal, at, days);
const extendDueDate = (due: string, pausedOn: string, resumedOn: string) => shared.extendDueDate(cal, due, pausedOn, resumedOn);
const deadlineStatus = (today: string, due: string) => shared.deadlineStatus(cal, today, due);
const hasOfficialCalendar = (year: number) => shared.isOfficialYear(cal, year);

/** All calendar dates from `first` to `last`, inclusive. */
function datesFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += 86_400_000) {
    out.push(new Date(ms).toISOString().slice(0, 10));
  }
  return out;
}

/** Day of the week of a calendar date, computed in UTC: 0 = Sunday … 6 = Saturday. */
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

interface Arrangement {
  name: string;
  /** The weeks around the holiday to check day by day. */
  span: [string, string];
  rest: [string, string][];
  makeUp: string[];
}

/** What the General Office of the State Council published (国务院办公厅关于…部分节假日安排的通知). */
const ARRANGEMENTS: Arrangement[] = [
  {
    name: '2025 Spring Festival',
    span: ['2025-01-20', '2025-02-16'],
    rest: [['2025-01-28', '2025-02-04']],
    makeUp: ['2025-01-26', '2025-02-08'],
  },
  {
    name: '2025 National Day and Mid-Autumn Festival',
    span: ['2025-09-22', '2025-10-19'],
    rest: [['2025-10-01', '2025-10-08']],
    makeUp: ['2025-09-28', '2025-10-11'],
  },
  {
    name: '2026 Spring Festival',
    span: ['2026-02-09', '2026-03-08'],
    rest: [['2026-02-15', '2026-02-23']],
    makeUp: ['2026-02-14', '2026-02-28'],
  },
  {
    name: '2026 Mid-Autumn Festival and National Day',
    span: ['2026-09-14', '2026-10-18'],
    rest: [
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    makeUp: ['2026-09-20', '2026-10-10'],
  },
];

describe('the official calendar', () => {
  describe.each(ARRANGEMENTS)('$name', ({ span, rest, makeUp }) => {
    const restDays = new Set(rest.flatMap(([a, b]) => datesFrom(a, b)));

    test('the holiday is rest, make-up weekend days are worked, other weeks are Monday to Friday', () => {
      const wrong: string[] = [];
      for (const date of datesFrom(...span)) {
        const weekday = weekdayOf(date);
        const expected = restDays.has(date) ? false : makeUp.includes(date) ? true : weekday >= 1 && weekday <= 5;
        if (isWorkingDay(date) !== expected) wrong.push(`${date}: expected ${expected ? 'work' : 'rest'}`);
      }
      expect(wrong).toEqual([]);
    });

    test('the make-up days fall on a Saturday or Sunday', () => {
      for (const date of makeUp) expect([0, 6]).toContain(weekdayOf(date));
    });
  });

  test('the 2026 National Day make-up days are Sunday 20 September and Saturday 10 October', () => {
    expect(weekdayOf('2026-09-20')).toBe(0);
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    // and the neighbouring weekend days stay rest days
    expect(isWorkingDay('2026-09-19')).toBe(false);
    expect(isWorkingDay('2026-10-11')).toBe(false);
  });

  test('ordinary Saturdays and Sundays are rest days whatever time zone the machine runs in (March 2026)', () => {
    const wrong = datesFrom('2026-03-02', '2026-03-29').filter((d) => isWorkingDay(d) !== (weekdayOf(d) >= 1 && weekdayOf(d) <= 5));
    expect(wrong).toEqual([]);
  });

  test('the calendar carries the official arrangement for 2025 and 2026', () => {
    expect(hasOfficialCalendar(2025)).toBe(true);
    expect(hasOfficialCalendar(2026)).toBe(true);
  });

  test('deadlines in 2030 are provisional: no arrangement has been published', () => {
    expect(hasOfficialCalendar(2030)).toBe(false);
    expect(hasOfficialCalendar(2027)).toBe(false);
  });

  test('a year without an arrangement is provisional even when its 1 October falls on a weekend (2028, 2033)', () => {
    expect(weekdayOf('2028-10-01')).toBe(0);
    expect(weekdayOf('2033-10-01')).toBe(6);
    expect(hasOfficialCalendar(2028)).toBe(false);
    expect(hasOfficialCalendar(2033)).toBe(false);
  });

  test('without an arrangement only weekends are rest days', () => {
    expect(isWorkingDay('2030-10-01')).toBe(true); // a Tuesday, provisionally worked
    expect(isWorkingDay('2030-10-05')).toBe(false);
  });
});

describe('adding working days', () => {
  test('five working days from 30 September 2026 skip the National Day week and count Saturday 10 October', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
  });

  test('a working day after Thursday 24 September 2026 is Monday 28, after Mid-Autumn', () => {
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
  });

  test('the day after Friday 18 September 2026 that is worked is Sunday 20, a make-up day', () => {
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  test('over the 2025 Spring Festival: Sunday 26 January is worked, then nothing until 5 February', () => {
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-05', 3)).toBe('2025-02-08');
  });

  test('over the 2025 National Day: Sunday 28 September and Saturday 11 October are worked', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 5)).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
  });

  test('over the 2026 Spring Festival: Saturday 14 February is worked, then nothing until the 24th', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-24', 4)).toBe('2026-02-28');
  });

  test('zero working days is the start day itself, even a holiday', () => {
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });

  test('a twenty-working-day item crosses Mid-Autumn and the whole National Day week', () => {
    // from Sunday 20 September: 21-24 (4), 28-30 (3), Oct 8-10 (3), 12-16 (5), 19-23 (5) = 20
    expect(addWorkingDays('2026-09-20', 20)).toBe('2026-10-23');
    // from Friday 18 September the make-up Sunday 20 counts as well, so it ends a day earlier
    expect(addWorkingDays('2026-09-18', 20)).toBe('2026-10-22');
    expect(workingDaysBetween('2026-09-18', '2026-10-22')).toBe(20);
  });
});

describe('the commitment due date', () => {
  test('an instant of 17:00 UTC on 30 September 2026 is already 1 October in China', () => {
    expect(chinaDate('2026-09-30T17:00:00Z')).toBe('2026-10-01');
    expect(chinaDate(new Date(Date.UTC(2026, 8, 30, 17)))).toBe('2026-10-01');
    expect(chinaDate('2026-09-30T15:59:59Z')).toBe('2026-09-30');
    expect(commitmentDueDate('2026-09-30T17:00:00Z', 5)).toBe('2026-10-13');
  });

  test('a case accepted just after midnight in Baotou counts from that China date', () => {
    // 16:00 UTC on 13 February is 00:00 on Saturday 14 February, a make-up working day.
    expect(commitmentDueDate('2026-02-13T15:59:59Z', 1)).toBe('2026-02-14');
    expect(commitmentDueDate('2026-02-13T16:00:00Z', 1)).toBe('2026-02-24');
    expect(commitmentDueDate('2026-02-14T00:00:00+08:00', 1)).toBe('2026-02-24');
    expect(commitmentDueDate(new Date(Date.UTC(2026, 1, 13, 15, 59, 59)), 1)).toBe('2026-02-14');
  });

  test('counting starts the day after acceptance (受理之日的次日起算)', () => {
    expect(commitmentDueDate('2026-03-02T02:00:00Z', 1)).toBe('2026-03-03');
    expect(commitmentDueDate('2026-03-02T02:00:00Z', 0)).toBe('2026-03-02');
  });

  test('chinaDate depends only on the instant, not on the machine', () => {
    const cases: [number, string][] = [
      [Date.UTC(2026, 0, 1, 0, 0), '2026-01-01'],
      [Date.UTC(2025, 11, 31, 15, 59, 59), '2025-12-31'],
      [Date.UTC(2025, 11, 31, 16, 0, 0), '2026-01-01'],
      [Date.UTC(2026, 9, 1, 15, 59, 59), '2026-10-01'],
    ];
    for (const [ms, date] of cases) {
      expect(chinaDate(new Date(ms))).toBe(date);
      expect(chinaDate(new Date(ms).toISOString())).toBe(date);
    }
    expect(chinaDate('2026-10-01T00:30:00+08:00')).toBe('2026-10-01');
    expect(chinaDate('2026-09-30T12:30:00-04:00')).toBe('2026-10-01');
  });

  test('a timestamp without a zone is refused or read as China time, never as the machine’s zone', () => {
    const local = '2026-09-30T20:00:00'; // 20:00 on 30 September in Baotou
    let date: string | undefined;
    try {
      date = chinaDate(local);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      return;
    }
    expect(date).toBe('2026-09-30');
  });
});

describe('working days between two dates, and days left', () => {
  test('counts the half-open range: from excluded, to included', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-13')).toBe(5);
    expect(workingDaysBetween('2026-10-13', '2026-09-30')).toBe(-5);
    expect(workingDaysBetween('2026-10-13', '2026-10-13')).toBe(0);
    expect(workingDaysBetween('2025-01-27', '2025-02-05')).toBe(1);
    expect(workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
  });

  test('a case due 13 October 2026 has five working days left on 30 September, none on the day itself', () => {
    expect(workingDaysLeft('2026-09-30', '2026-10-13')).toBe(5);
    expect(workingDaysLeft('2026-10-05', '2026-10-13')).toBe(5); // nothing is worked before 8 October
    expect(workingDaysLeft('2026-10-13', '2026-10-13')).toBe(0);
  });

  test('a case past its due date is overdue by the working days since, holidays not counted', () => {
    expect(workingDaysLeft('2026-10-14', '2026-10-13')).toBe(-1);
    expect(workingDaysLeft('2026-10-20', '2026-10-13')).toBe(-5);
    expect(workingDaysLeft('2026-10-08', '2026-09-30')).toBe(-1);
    expect(workingDaysLeft('2026-10-09', '2026-09-29')).toBe(-3);
  });

  test('a case due on 30 September 2026 is overdue, not "due today", during the National Day holiday', () => {
    const left = workingDaysLeft('2026-10-05', '2026-09-30');
    expect(left).toBeLessThan(0);
    expect(describeDaysLeft(left)).not.toBe('今日到期');
  });
});

describe('extending a due date for a paused clock', () => {
  test('a supplement request answered three working days later moves the due date by three working days', () => {
    // paused Monday 21, resumed Thursday 24 September: 22, 23, 24 given back
    expect(extendDueDate('2026-09-30', '2026-09-21', '2026-09-24')).toBe('2026-10-10');
  });

  test('a pause over the National Day holiday gives back only the working days in it', () => {
    // paused 30 September, resumed 9 October: 8 and 9 October given back
    expect(extendDueDate('2026-10-13', '2026-09-30', '2026-10-09')).toBe('2026-10-15');
  });

  test('a pause lifted the same day, or dates given in the wrong order, change nothing', () => {
    expect(extendDueDate('2026-10-13', '2026-09-30', '2026-09-30')).toBe('2026-10-13');
    expect(extendDueDate('2026-10-13', '2026-10-09', '2026-09-30')).toBe('2026-10-13');
  });
});

describe('deadline status (限时办结)', () => {
  test('on track with more than one working day left, near with one or none, overdue after', () => {
    expect(deadlineStatus('2026-09-30', '2026-10-13')).toBe('onTrack');
    expect(deadlineStatus('2026-10-09', '2026-10-13')).toBe('onTrack');
    expect(deadlineStatus('2026-10-12', '2026-10-13')).toBe('near');
    expect(deadlineStatus('2026-10-13', '2026-10-13')).toBe('near');
    expect(deadlineStatus('2026-10-14', '2026-10-13')).toBe('overdue');
  });

  test('a case due right after the holiday is already near on the last day before it', () => {
    expect(deadlineStatus('2026-09-30', '2026-10-08')).toBe('near');
    expect(deadlineStatus('2026-09-29', '2026-10-08')).toBe('onTrack');
  });

  test('a case is overdue the day after its due date even when that day is a holiday', () => {
    expect(deadlineStatus('2026-10-01', '2026-09-30')).toBe('overdue');
  });
});

describe('the days left in Chinese', () => {
  test('the app words days left, due today and overdue', () => {
    expect(describeDaysLeft(5)).toBe('剩余5个工作日');
    expect(describeDaysLeft(1)).toBe('剩余1个工作日');
    expect(describeDaysLeft(0)).toBe('今日到期');
    expect(describeDaysLeft(-1)).toBe('已超期1个工作日');
    expect(describeDaysLeft(-12)).toBe('已超期12个工作日');
  });
});

describe('invalid input', () => {
  test.each(['2026/10/01', '2026-10-1', '20261001', '', '2026-13-01', '2026-00-10', '2026-10-32'])('"%s" is not a date', (bad) => {
    expect(() => isWorkingDay(bad)).toThrow(RangeError);
    expect(() => addCalendarDays(bad, 1)).toThrow(RangeError);
    expect(() => addWorkingDays(bad, 1)).toThrow(RangeError);
    expect(() => workingDaysBetween(bad, '2026-10-01')).toThrow(RangeError);
    expect(() => workingDaysBetween('2026-10-01', bad)).toThrow(RangeError);
  });

  test.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-09-31'])('"%s" does not exist in the calendar', (bad) => {
    expect(() => isWorkingDay(bad)).toThrow(RangeError);
    expect(() => addWorkingDays(bad, 1)).toThrow(RangeError);
  });

  test('working days must be a whole number of at least zero', () => {
    expect(() => addWorkingDays('2026-10-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-01', Number.NaN)).toThrow(RangeError);
    expect(() => commitmentDueDate('2026-10-01T00:00:00Z', -3)).toThrow(RangeError);
  });

  test('an instant that cannot be read is refused', () => {
    expect(() => chinaDate('not a date')).toThrow(RangeError);
    expect(() => chinaDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => commitmentDueDate('yesterday', 5)).toThrow(RangeError);
  });

  test('leap days that exist are accepted', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2028-02-29', 1)).toBe('2028-03-01');
  });
});
