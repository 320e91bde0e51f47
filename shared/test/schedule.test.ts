// A service point's schedule as data: a day's slots on the official calendar (holidays closed,
// make-up days on Monday's hours, Saturday extended hours, closures, validity dates), the published
// hours text generated from it, and the bureau's edits refused where they cannot be a schedule.
import { dayPlan, describeHours, UpdateScheduleRequest, type OpeningPeriod, type PointSchedule } from '@app/shared';
import { OFFICIAL_CALENDAR } from './officialArrangements';

const WEEKDAYS = [1, 2, 3, 4, 5];
const HALL: PointSchedule = {
  periods: [
    { weekdays: WEEKDAYS, from: '09:00', to: '12:00', kind: 'regular' },
    { weekdays: WEEKDAYS, from: '13:30', to: '17:30', kind: 'regular' },
    { weekdays: WEEKDAYS, from: '12:00', to: '13:30', kind: 'extended', windows: 2, slotMinutes: 90 },
    { weekdays: [6], from: '09:00', to: '12:00', kind: 'extended', windows: 2 },
  ],
  slotMinutes: 60,
  windows: 5,
  perWindowSlot: 1,
  bookingDays: 30,
  closures: [],
  version: 1,
};
const times = (plan: ReturnType<typeof dayPlan>) => (plan.open ? plan.slots.map((s) => `${s.time}-${s.endTime}/${s.capacity}${s.extended ? '延' : ''}`) : plan.label);

describe('a day’s slots', () => {
  test('a Thursday: seven regular one-hour slots of 5 places and the 90-minute lunch slot of 2', () => {
    expect(times(dayPlan(HALL, OFFICIAL_CALENDAR, '2026-11-26'))).toEqual([
      '09:00-10:00/5', '10:00-11:00/5', '11:00-12:00/5', '12:00-13:30/2延', '13:30-14:30/5', '14:30-15:30/5', '15:30-16:30/5', '16:30-17:30/5',
    ]);
  });

  test('a Saturday where the point publishes 延时服务: three extended slots; a Sunday: closed', () => {
    expect(times(dayPlan(HALL, OFFICIAL_CALENDAR, '2026-11-28'))).toEqual(['09:00-10:00/2延', '10:00-11:00/2延', '11:00-12:00/2延']);
    expect(times(dayPlan(HALL, OFFICIAL_CALENDAR, '2026-11-29'))).toBe('休息');
  });

  test('a public holiday is closed, even a Saturday that has hours; a make-up Saturday keeps Monday’s hours', () => {
    expect(times(dayPlan(HALL, OFFICIAL_CALENDAR, '2026-10-03'))).toBe('国庆节放假');
    expect(times(dayPlan(HALL, OFFICIAL_CALENDAR, '2026-10-01'))).toBe('国庆节放假');
    const makeUp = dayPlan(HALL, OFFICIAL_CALENDAR, '2026-10-10');
    expect(makeUp.open && makeUp.makeUp).toBe('国庆节');
    expect(times(makeUp)).toHaveLength(8);
  });

  test('a closure hides its days with its reason', () => {
    const closed = { ...HALL, closures: [{ id: 'c1', from: '2026-12-01', to: '2026-12-02', reason: '系统升级', by: { name: '赵敏', role: 'agent' as const }, at: '2026-11-26T02:00:00Z' }] };
    expect(times(dayPlan(closed, OFFICIAL_CALENDAR, '2026-12-02'))).toBe('暂停服务：系统升级');
    expect(times(dayPlan(closed, OFFICIAL_CALENDAR, '2026-12-03'))).toHaveLength(8);
  });

  test('a period applies only within its validity dates (农忙季节周六)', () => {
    const seasonal = { ...HALL, periods: [...HALL.periods.slice(0, 2), { weekdays: [6], from: '09:00', to: '12:00', kind: 'extended' as const, validFrom: '2027-04-01', validTo: '2027-10-31' }] };
    expect(times(dayPlan(seasonal, OFFICIAL_CALENDAR, '2026-11-28'))).toBe('休息');
    expect(times(dayPlan(seasonal, OFFICIAL_CALENDAR, '2027-04-03'))).toEqual(['09:00-10:00/5延', '10:00-11:00/5延', '11:00-12:00/5延']);
  });
});

describe('the published hours come from the schedule', () => {
  test('regular and extended hours grouped by weekday', () => {
    expect(describeHours(HALL, '2026-11-26')).toEqual({ regular: '周一至周五 9:00-12:00，13:30-17:30', extended: '周一至周五 12:00-13:30；周六 9:00-12:00' });
  });

  test('a seasonal period names its dates; an expired one is no longer published', () => {
    const seasonal: OpeningPeriod = { weekdays: [6], from: '09:00', to: '12:00', kind: 'extended', validFrom: '2027-04-01', validTo: '2027-10-31' };
    expect(describeHours({ periods: [seasonal] }, '2026-11-26').extended).toBe('周六 9:00-12:00（2027年4月1日至2027年10月31日）');
    expect(describeHours({ periods: [seasonal] }, '2027-11-01').extended).toBeUndefined();
  });
});

describe('the bureau’s schedule edit', () => {
  const edit = (patch: Partial<Record<keyof PointSchedule, unknown>>) => {
    const { closures, ...rest } = HALL;
    void closures;
    return UpdateScheduleRequest.safeParse({ ...rest, ...patch });
  };
  const paths = (result: ReturnType<typeof edit>) => (result.success ? [] : result.error.issues.map((i) => i.path.join('.')));

  test('the hall’s schedule is a valid edit', () => {
    expect(edit({}).success).toBe(true);
  });

  test('a slot length that does not divide the hours is refused, naming the slot length', () => {
    const result = edit({ slotMinutes: 50 });
    expect(paths(result)).toEqual(['slotMinutes', 'slotMinutes', 'slotMinutes']);
    expect(result.success ? '' : result.error.issues[0].message).toContain('不能按每段 50 分钟划分');
  });

  test('fewer than one window, overlapping periods and an end before the start are refused by field', () => {
    expect(paths(edit({ windows: 0 }))).toEqual(['windows']);
    expect(paths(edit({ periods: [...HALL.periods, { weekdays: [3], from: '11:00', to: '12:00', kind: 'extended' }] }))).toEqual(['periods.4.from']);
    expect(paths(edit({ periods: [{ weekdays: [1], from: '12:00', to: '09:00', kind: 'regular' }] }))).toEqual(['periods.0.to']);
    expect(paths(edit({ periods: [{ weekdays: [8], from: '09:00', to: '12:00', kind: 'regular' }] }))).toEqual(['periods.0.weekdays.0']);
  });

  test('periods on different weekdays, or valid at different times, may share their hours', () => {
    const summer: OpeningPeriod = { weekdays: [6], from: '09:00', to: '12:00', kind: 'extended', validFrom: '2027-04-01', validTo: '2027-10-31' };
    const winter: OpeningPeriod = { ...summer, validFrom: '2027-11-01', validTo: '2028-03-31' };
    expect(edit({ periods: [...HALL.periods.slice(0, 2), summer, winter] }).success).toBe(true);
  });
});
