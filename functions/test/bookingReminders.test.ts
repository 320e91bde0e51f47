// 预约提醒 against DynamoDB Local with a fixed clock: a resident who booked through the bookings
// handler is reminded the day before the appointment (or on the day, if booked after the previous
// day's run), once per booking; cancelled bookings and later appointments are left alone.
import { randomUUID } from 'node:crypto';
import { BookingSchema, isWorkingDay, type Booking } from '@app/shared';
import { handler } from '../src/handlers/bookings';
import { handler as identity } from '../src/handlers/identity';
import { runBookingReminders } from '../src/deadlines/bookingReminders';
import { clock } from '../src/lib/clock';
import { demoPoints } from '../local/demoData';
import { fixtureResident } from './support/cases';
import { call } from './support/http';
import { useFreshTable } from './support/stack';
import { PACKAGE_CALENDAR } from './support/calendar';
import { outbox } from './support/outbox';

// Today in Baotou is Wednesday 2026-11-25, 10:00.
const TODAY = '2026-11-25';
const TOMORROW = '2026-11-26';
const NEXT_WEEK = '2026-12-02';
const chinaAt = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
let now = chinaAt(TODAY);

const centre = demoPoints.find((p) => p.id === 'pt-lyl')!;
const tokens: Record<string, string> = {};
const users = { resident: fixtureResident.userId, other: 'u-resident-2' };

async function login(userId: string): Promise<string> {
  const { status, body } = await call(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
  expect(status).toBe(200);
  return body.token;
}

async function book(token: string, date: string, time: string): Promise<Booking> {
  const { status, body } = await call<Booking>(handler, {
    method: 'POST',
    path: '/bookings',
    token,
    body: { pointId: centre.id, date, time },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(status).toBe(200);
  return BookingSchema.parse(body);
}

/** The reminders sent for one booking (its point, date and time are in the summary). */
const remindersOf = async (b: Booking) =>
  (await outbox()).filter((i) => i.kind === 'bookingReminder' && String(i.summary).includes(`${b.pointName} ${b.date} ${b.time}`));

beforeAll(async () => {
  await useFreshTable({ seed: true });
  tokens.resident = await login(users.resident);
  tokens.other = await login(users.other);
  for (const d of [TODAY, TOMORROW, NEXT_WEEK]) expect(isWorkingDay(PACKAGE_CALENDAR, d)).toBe(true);
});

beforeEach(() => {
  now = chinaAt(TODAY);
  jest.spyOn(clock, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

describe('a resident who booked for tomorrow', () => {
  let booking: Booking;
  beforeAll(async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => chinaAt(TODAY));
    booking = await book(tokens.resident, TOMORROW, '10:00');
    jest.restoreAllMocks();
  });

  test('gets one reminder today, for that resident', async () => {
    const result = await runBookingReminders(now);
    expect(result).toEqual({ checked: 1, reminded: 1 });
    const sent = await remindersOf(booking);
    expect(sent).toEqual([expect.objectContaining({ kind: 'bookingReminder', recipient: { userId: users.resident }, summary: `预约提醒：${centre.name} ${TOMORROW} 10:00` })]);
    expect(String(sent[0].summary).length).toBeLessThanOrEqual(60);
    // A booking without a case carries no case fields.
    expect(sent[0].caseId).toBeUndefined();
  });

  test('running again, even twice at once and again on the day itself, reminds nobody twice', async () => {
    const again = await Promise.all([runBookingReminders(now), runBookingReminders(now)]);
    expect(again.map((r) => r.reminded)).toEqual([0, 0]);
    expect(await runBookingReminders(chinaAt(TOMORROW, '08:00'))).toEqual({ checked: 1, reminded: 0 });
    expect(await remindersOf(booking)).toHaveLength(1);
  });

  test('the scheduled handler also runs the reminders, without repeating this one', async () => {
    const { handler: deadlines } = await import('../src/handlers/deadlines');
    await deadlines();
    expect(await remindersOf(booking)).toHaveLength(1);
  });
});

test('a cancelled booking for tomorrow is not reminded', async () => {
  const booking = await book(tokens.other, TOMORROW, '14:30');
  const { status } = await call<Booking>(handler, { method: 'POST', path: `/bookings/${booking.id}/cancel`, token: tokens.other, body: {} });
  expect(status).toBe(200);
  expect((await runBookingReminders(now)).reminded).toBe(0);
  expect(await remindersOf(booking)).toEqual([]);
});

test('a booking for next week is not reminded today, only the day before it', async () => {
  const booking = await book(tokens.other, NEXT_WEEK, '09:00');
  expect((await runBookingReminders(now)).reminded).toBe(0);
  expect(await remindersOf(booking)).toEqual([]);
  expect(await runBookingReminders(chinaAt('2026-12-01', '09:00'))).toEqual({ checked: 1, reminded: 1 });
  expect(await remindersOf(booking)).toHaveLength(1);
});

test('a booking for later today, made after the day before’s run, is reminded on the day', async () => {
  const booking = await book(tokens.other, TODAY, '16:30');
  expect((await runBookingReminders(now)).reminded).toBe(1);
  expect(await remindersOf(booking)).toEqual([expect.objectContaining({ recipient: { userId: users.other } })]);
});
