// Service-point schedules on DynamoDB Local: the published hours are generated from the schedule;
// the bureau edits a point's hours, windows and booking window; a change that takes away booked
// places is refused until confirmed, then cancels them with a notice; a point's own agent closes
// it for a day (the day disappears from the booking calendar); bad input is 400 naming the field,
// stale edits 409, and neither changes anything. Supervision counts no-shows per point.
import { randomUUID } from 'node:crypto';
import { ApiErrorSchema, BookingDaysResponse, PointBookingFiguresResponse, ScheduleResponse, SlotsResponse, type Booking, type PointSchedule } from '@app/shared';
import { handler as bookings } from '../src/handlers/bookings';
import { handler as network } from '../src/handlers/network';
import { handler as supervision } from '../src/handlers/supervision';
import { clock } from '../src/lib/clock';
import { call, type Answer } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';
import { outbox } from './support/outbox';

// Wednesday 25 November 2026, 10:00 in Baotou.
let now = new Date('2026-11-25T10:00:00+08:00');
const tokens: Record<string, string> = {};
const errorOf = (answer: Answer) => ApiErrorSchema.parse(answer.body).error;
const CENTRE = 'pt-lyl'; // 林荫路街道便民服务中心: office hours only, 2 windows × 2
const HALL = 'pt-zwzx';

const scheduleOf = async (pointId: string) => ScheduleResponse.parse((await call(network, { path: `/network/points/${pointId}/schedule` })).body);
const settingsOf = (s: PointSchedule) => {
  const { closures, updatedAt, updatedBy, ...settings } = s;
  void closures, updatedAt, updatedBy;
  return settings;
};
const saveSchedule = (pointId: string, body: unknown, token = tokens.bureau) => call(network, { method: 'PUT', path: `/network/points/${pointId}/schedule`, token, body });
const addClosure = (pointId: string, body: unknown, token: string) => call(network, { method: 'POST', path: `/network/points/${pointId}/closures`, token, body });
const book = (token: string, body: unknown) => call<Booking>(bookings, { method: 'POST', path: '/bookings', token, body, headers: { 'Idempotency-Key': randomUUID() } });
const slotsOf = async (pointId: string, date: string) => SlotsResponse.parse((await call(bookings, { path: `/network/points/${pointId}/slots`, query: { date } })).body);
const mine = async (token: string) => (await call(bookings, { path: '/bookings/mine', token })).body.bookings as Booking[];


beforeAll(async () => {
  await useFreshTable({ seed: true });
  for (const [who, id] of Object.entries({ bureau: 'u-bureau-1', r1: 'u-resident-1', r2: 'u-resident-2', centreAgent: 'agt-lyl-1', hallAgent: 'agt-zwzx-1', deptAgent: 'agt-fgw-1' })) tokens[who] = await tokenOf(id);
});
beforeEach(() => jest.spyOn(clock, 'now').mockImplementation(() => now));
afterEach(() => jest.restoreAllMocks());

test('a point’s published hours are generated from its schedule: the point and its schedule say the same', async () => {
  const { schedule, hours } = await scheduleOf(HALL);
  const point = (await call(network, { path: `/network/points/${HALL}` })).body.point;
  expect(point.hours).toEqual(hours);
  expect(hours).toEqual({ regular: '周一至周五 9:00-12:00，13:30-17:30', extended: '周一至周五 12:00-13:30，17:30-19:00；周六 9:00-12:00' });
  expect(schedule).toMatchObject({ slotMinutes: 60, windows: 5, perWindowSlot: 1, bookingDays: 30, version: 1 });
});

test('the booking calendar of a point: its window of days, Saturdays with extended hours only, Sundays closed', async () => {
  const days = BookingDaysResponse.parse((await call(bookings, { path: `/network/points/${HALL}/booking-days` })).body);
  expect(days.days).toHaveLength(31);
  expect(days.days[0].date).toBe('2026-11-25');
  expect(days.days.find((d) => d.date === '2026-11-28')).toMatchObject({ open: true, extendedOnly: true, label: '延时' });
  expect(days.days.find((d) => d.date === '2026-11-29')).toMatchObject({ open: false, label: '休息', closedLabel: '休息' });
  const centre = BookingDaysResponse.parse((await call(bookings, { path: `/network/points/${CENTRE}/booking-days` })).body);
  expect(centre.days.find((d) => d.date === '2026-11-28')).toMatchObject({ open: false });
});

test('the bureau opens Sunday mornings at the hall and gives it a longer window: hours text, slots and the window follow', async () => {
  const { schedule } = await scheduleOf(HALL);
  const sunday = { weekdays: [7], from: '09:00', to: '11:00', kind: 'extended', windows: 1 };
  const saved = await saveSchedule(HALL, { ...settingsOf(schedule), periods: [...schedule.periods, sunday], bookingDays: 60 });
  expect(saved.status).toBe(200);
  const view = ScheduleResponse.parse(saved.body);
  expect(view.schedule.version).toBe(schedule.version + 1);
  expect(view.hours.extended).toBe('周一至周五 12:00-13:30，17:30-19:00；周六 9:00-12:00；周日 9:00-11:00');
  expect((await slotsOf(HALL, '2026-11-29')).slots.map((s) => `${s.time}/${s.capacity}`)).toEqual(['09:00/1', '10:00/1']);
  expect((await slotsOf(HALL, '2027-01-20')).open).toBe(true);
  // A second edit from the version first read is stale: 409, nothing written.
  const before = await tableSnapshot();
  const stale = await saveSchedule(HALL, { ...settingsOf(schedule), bookingDays: 45 });
  expect([stale.status, errorOf(stale).reason]).toEqual([409, 'scheduleChanged']);
  expect(await tableSnapshot()).toBe(before);
});

describe('a change that takes away booked places', () => {
  const DATE = '2026-12-03';
  let first: Booking;
  let second: Booking;

  beforeAll(async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => now);
    first = (await book(tokens.r1, { pointId: CENTRE, date: DATE, time: '10:00' })).body;
    second = (await book(tokens.r2, { pointId: CENTRE, date: DATE, time: '10:00' })).body;
    expect([first.number, second.number]).toEqual(['K03-001', 'K03-002']);
    jest.restoreAllMocks();
  });

  test('is refused until the bureau confirms it, naming the bookings it would cancel, and writes nothing', async () => {
    const { schedule } = await scheduleOf(CENTRE);
    const before = await tableSnapshot();
    const answer = await saveSchedule(CENTRE, { ...settingsOf(schedule), windows: 1, perWindowSlot: 1 });
    expect(answer.status).toBe(409);
    expect(errorOf(answer)).toMatchObject({ code: 'conflict', reason: 'bookingsAffected' });
    expect(errorOf(answer).issues?.[0]).toMatchObject({ path: ['body', 'confirmCancellations'], message: expect.stringContaining(`将取消 1 个已有预约（${DATE} 10:00）`) });
    expect(await tableSnapshot()).toBe(before);
  });

  test('once confirmed, the latest booking beyond the new capacity is cancelled with a notice; the first stays', async () => {
    const { schedule } = await scheduleOf(CENTRE);
    const answer = await saveSchedule(CENTRE, { ...settingsOf(schedule), windows: 1, perWindowSlot: 1, confirmCancellations: true });
    expect(answer.status).toBe(200);
    expect(ScheduleResponse.parse(answer.body).cancelled).toEqual([{ bookingId: second.id, date: DATE, time: '10:00', why: '网点减少了该时段的接待人数' }]);
    expect((await mine(tokens.r2)).find((b) => b.id === second.id)).toMatchObject({ state: 'cancelled', cancelReason: '网点减少了该时段的接待人数，预约已取消' });
    expect((await mine(tokens.r1)).find((b) => b.id === first.id)?.state).toBe('booked');
    expect((await outbox()).some((i) => i.kind === 'bookingCancelled' && (i.recipient as { userId?: string }).userId === 'u-resident-2')).toBe(true);
    expect((await slotsOf(CENTRE, DATE)).slots.find((s) => s.time === '10:00')).toMatchObject({ capacity: 1, booked: 1, available: 0 });
  });

  test('removing the morning hours cancels the morning’s booking too', async () => {
    const { schedule } = await scheduleOf(CENTRE);
    const afternoonOnly = { ...settingsOf(schedule), periods: schedule.periods.filter((p) => p.from !== '09:00'), confirmCancellations: true };
    const answer = await saveSchedule(CENTRE, afternoonOnly);
    expect(answer.status).toBe(200);
    expect(ScheduleResponse.parse(answer.body).cancelled.map((c) => c.bookingId)).toEqual([first.id]);
    expect((await mine(tokens.r1)).find((b) => b.id === first.id)?.cancelReason).toBe('网点调整了办公时间，该时段不再开放，预约已取消');
    expect(ScheduleResponse.parse(answer.body).hours.regular).toBe('周一至周五 13:30-17:30');
  });
});

describe('a closure (暂停服务)', () => {
  const DATE = '2026-12-08';
  let booking: Booking;

  beforeAll(async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => now);
    booking = (await book(tokens.r1, { pointId: HALL, date: DATE, time: '09:00' })).body;
    jest.restoreAllMocks();
  });

  test('agents of other units may not close a point; the point’s own agent may', async () => {
    for (const token of [tokens.centreAgent, tokens.deptAgent]) {
      const refused = await addClosure(HALL, { from: DATE, to: DATE, reason: '系统升级' }, token);
      expect([refused.status, errorOf(refused).reason]).toEqual([403, 'notThisPointsAgent']);
    }
    const unconfirmed = await addClosure(HALL, { from: DATE, to: DATE, reason: '系统升级' }, tokens.hallAgent);
    expect([unconfirmed.status, errorOf(unconfirmed).reason]).toEqual([409, 'bookingsAffected']);
    const closed = await addClosure(HALL, { from: DATE, to: DATE, reason: '系统升级', confirmCancellations: true }, tokens.hallAgent);
    expect(closed.status).toBe(200);
    expect(ScheduleResponse.parse(closed.body).schedule.closures).toEqual([expect.objectContaining({ from: DATE, to: DATE, reason: '系统升级', by: { name: expect.any(String), role: 'agent' } })]);
  });

  test('hides the day: no slots, the booking calendar says why, booking it is refused, and the booked resident is told', async () => {
    expect(await slotsOf(HALL, DATE)).toMatchObject({ open: false, closedLabel: '暂停服务：系统升级', slots: [] });
    const days = BookingDaysResponse.parse((await call(bookings, { path: `/network/points/${HALL}/booking-days` })).body);
    expect(days.days.find((d) => d.date === DATE)).toMatchObject({ open: false, label: '暂停', closedLabel: '暂停服务：系统升级' });
    const refused = await book(tokens.r2, { pointId: HALL, date: DATE, time: '10:00' });
    expect([refused.status, errorOf(refused).reason]).toEqual([409, 'pointClosed']);
    expect((await mine(tokens.r1)).find((b) => b.id === booking.id)?.cancelReason).toBe('暂停服务：系统升级，预约已取消');
  });

  test('lifting it opens the day again', async () => {
    const { schedule } = await scheduleOf(HALL);
    const lifted = await call(network, { method: 'DELETE', path: `/network/points/${HALL}/closures/${schedule.closures[0].id}`, token: tokens.bureau });
    expect(lifted.status).toBe(200);
    expect((await slotsOf(HALL, DATE)).open).toBe(true);
    expect((await call(network, { method: 'DELETE', path: `/network/points/${HALL}/closures/${schedule.closures[0].id}`, token: tokens.bureau })).status).toBe(404);
  });
});

describe('bad input is 400 naming the field and changes nothing', () => {
  test.each([
    ['a slot length that does not divide the hours', { slotMinutes: 50 }, ['body', 'slotMinutes']],
    ['fewer than one window', { windows: 0 }, ['body', 'windows']],
    ['no places per window', { perWindowSlot: 0 }, ['body', 'perWindowSlot']],
    ['a booking window beyond 90 days', { bookingDays: 120 }, ['body', 'bookingDays']],
    ['overlapping periods', { periods: [{ weekdays: [1], from: '09:00', to: '12:00', kind: 'regular' }, { weekdays: [1, 2], from: '11:00', to: '12:00', kind: 'extended' }] }, ['body', 'periods', 1, 'from']],
    ['a period that ends before it starts', { periods: [{ weekdays: [1], from: '12:00', to: '09:00', kind: 'regular' }] }, ['body', 'periods', 0, 'to']],
    ['a weekday that does not exist', { periods: [{ weekdays: [0], from: '09:00', to: '12:00', kind: 'regular' }] }, ['body', 'periods', 0, 'weekdays', 0]],
    ['an unknown field', { admin: true }, ['body']],
  ])('%s', async (_label, patch, path) => {
    const { schedule } = await scheduleOf(HALL);
    const before = await tableSnapshot();
    const answer = await saveSchedule(HALL, { ...settingsOf(schedule), ...patch });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).issues?.map((i) => i.path)).toContainEqual(path);
    expect(await tableSnapshot()).toBe(before);
  });

  test.each([
    ['a closure ending before it starts', { from: '2026-12-10', to: '2026-12-09', reason: '培训' }, ['body', 'to']],
    ['a closure in the past', { from: '2026-11-20', to: '2026-11-21', reason: '培训' }, ['body', 'from']],
    ['a closure without a reason', { from: '2026-12-10', to: '2026-12-10', reason: ' ' }, ['body', 'reason']],
  ])('%s', async (_label, body, path) => {
    const before = await tableSnapshot();
    const answer = await addClosure(HALL, body, tokens.bureau);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).issues?.map((i) => i.path)).toContainEqual(path);
    expect(await tableSnapshot()).toBe(before);
  });
});

test('supervision counts each point’s bookings: checked in, no-shows and cancelled', async () => {
  const date = '2026-12-09';
  const a = (await book(tokens.r1, { pointId: HALL, date, time: '09:00' })).body;
  const b = (await book(tokens.r2, { pointId: HALL, date, time: '09:00' })).body;
  now = new Date(`${date}T09:10:00+08:00`);
  expect((await call(bookings, { method: 'POST', path: `/bookings/${a.id}/check-in`, token: tokens.r1, body: { pointCode: 'P01ZWZX' } })).status).toBe(200);
  now = new Date(`${date}T10:30:00+08:00`);
  expect((await call(bookings, { method: 'POST', path: `/bookings/${b.id}/no-show`, token: tokens.hallAgent, body: {} })).status).toBe(200);
  const figures = PointBookingFiguresResponse.parse((await call(supervision, { path: '/supervision/points', query: { from: '2026-11-25', to: '2026-12-31' }, token: tokens.bureau })).body);
  const hall = figures.points.find((p) => p.pointId === HALL)!;
  expect(hall).toMatchObject({ checkedIn: 1, noShow: 1, noShowRate: 0.5 });
  // The closure's cancellation on 8 December, and every booking of the period counted once.
  expect(hall.cancelled).toBeGreaterThanOrEqual(1);
  expect(hall.booked).toBeGreaterThanOrEqual(hall.checkedIn + hall.noShow + hall.cancelled);
  expect(figures.points).toHaveLength(13);
});
