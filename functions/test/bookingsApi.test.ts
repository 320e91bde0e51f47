// Appointments (预约服务) through the bookings handler on the embedded store: slots, booking
// without overbooking, idempotent retries, cancelling, checking in with the point's QR code.
import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ApiErrorSchema, BookingSchema, isWorkingDay, ListBookingsResponse, SlotsResponse, type Booking, type Slot } from '@app/shared';
import { handler } from '../src/handlers/bookings';
import { handler as identity } from '../src/handlers/identity';
import { loadCaseBundle } from '../src/cases/repository';
import { putUser } from '../src/identity/repository';
import { issueSession } from '../src/identity/session';
import { clock } from '../src/lib/clock';
import { documentClient } from '../src/lib/dynamo';
import { demoPoints } from '../local/demoData';
import { createTestCase, fixtureResident } from './support/cases';
import { call, type Answer } from './support/http';
import { useFreshTable } from './support/stack';
import { scanTable } from './support/table';
import { PACKAGE_CALENDAR } from './support/calendar';

// Today in Baotou is Wednesday 2026-11-25, 10:00; tests move the clock to a booked day to check in.
const TODAY = '2026-11-25';
let now = new Date(`${TODAY}T10:00:00+08:00`);
const setChinaTime = (date: string, time = '09:30') => (now = new Date(`${date}T${time}:00+08:00`));

const hall = demoPoints.find((p) => p.id === 'pt-zwzx')!; // district hall, extended hours
const centre = demoPoints.find((p) => p.id === 'pt-lyl')!; // street centre, office hours only
const tokens: Record<string, string> = {};

async function login(userId: string): Promise<string> {
  const { status, body } = await call(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
  expect(status).toBe(200);
  return body.token;
}

const slotsOf = (pointId: string, date: string) => call(handler, { path: `/network/points/${pointId}/slots`, query: { date } });
async function slot(pointId: string, date: string, time: string): Promise<Slot> {
  const { status, body } = await slotsOf(pointId, date);
  expect(status).toBe(200);
  return SlotsResponse.parse(body).slots.find((s) => s.time === time)!;
}
const book = (token: string, body: unknown, key: string | null = randomUUID()) =>
  call<Booking>(handler, { method: 'POST', path: '/bookings', token, body, headers: key ? { 'Idempotency-Key': key } : {} });
const cancel = (token: string, id: string) => call<Booking>(handler, { method: 'POST', path: `/bookings/${id}/cancel`, token, body: {} });
const checkIn = (token: string, id: string, pointCode: string) =>
  call<Booking>(handler, { method: 'POST', path: `/bookings/${id}/check-in`, token, body: { pointCode } });
const mine = async (token: string) => ListBookingsResponse.parse((await call(handler, { path: '/bookings/mine', token })).body).bookings;
const errorOf = (answer: Answer) => ApiErrorSchema.parse(answer.body).error;

beforeAll(async () => {
  await useFreshTable({ seed: true });
  tokens.resident = await login(fixtureResident.userId);
  tokens.otherResident = await login('u-resident-2');
  tokens.bureau = await login('u-bureau-1');
  tokens.hallAgent = await login('u-agt-zwzx-1');
  tokens.centreAgent = await login('u-agt-lyl-1');
});

beforeEach(async () => {
  now = new Date(`${TODAY}T10:00:00+08:00`);
  jest.spyOn(clock, 'now').mockImplementation(() => now);
  // Each story starts with the resident holding no live booking (one person may hold at most five).
  for (const b of await mine(tokens.resident)) if (b.state === 'booked') await cancel(tokens.resident, b.id);
});
afterEach(() => jest.restoreAllMocks());

test('a resident sees a point’s slots on a working day, and extended-hours slots only where the point keeps extended hours', async () => {
  const date = '2026-12-02';
  expect(isWorkingDay(PACKAGE_CALENDAR, date)).toBe(true);
  const atHall = SlotsResponse.parse((await slotsOf(hall.id, date)).body);
  const atCentre = SlotsResponse.parse((await slotsOf(centre.id, date)).body);
  expect(atHall.workingDay).toBe(true);
  expect(atCentre.slots.length).toBeGreaterThan(0);
  expect(atCentre.slots.every((s) => !s.extended)).toBe(true);
  expect(atHall.slots.filter((s) => s.extended).map((s) => `${s.time}-${s.endTime}/${s.capacity}`)).toEqual(['12:00-13:30/2', '17:30-19:00/2']);
  // Places come from the schedule: windows × residents per window (5 × 1 at the hall, 2 × 2 at the centre).
  expect(atHall.slots.filter((s) => !s.extended).map((s) => `${s.time}/${s.capacity}`)).toEqual(atCentre.slots.map((s) => `${s.time}/5`));
  expect(atCentre.slots.every((s) => s.capacity === 4)).toBe(true);
  expect(atHall).toMatchObject({ open: true, provisional: false });
  for (const s of atHall.slots) expect(s).toMatchObject({ booked: 0, available: s.capacity });
  expect(atHall.slots.map((s) => s.time)).toEqual([...atHall.slots.map((s) => s.time)].sort());
  expect((await slotsOf('pt-none', date)).status).toBe(404);
});

test('there are no slots on a Sunday, and booking one is refused with its reason; National Day is past', async () => {
  expect(isWorkingDay(PACKAGE_CALENDAR, '2026-12-06')).toBe(false);
  const sundayAtHall = await slotsOf(hall.id, '2026-12-06');
  expect(sundayAtHall.body).toEqual({ pointId: hall.id, date: '2026-12-06', workingDay: false, open: false, closedLabel: '休息', provisional: false, slots: [] });
  const nationalDay = await slotsOf(hall.id, '2026-10-01');
  expect(nationalDay.body).toMatchObject({ open: false, closedLabel: '不能预约过去的日期', slots: [] });
  const sunday = await book(tokens.resident, { pointId: hall.id, date: '2026-12-06', time: '09:00' });
  expect(sunday.status).toBe(409);
  expect(errorOf(sunday).reason).toBe('notOpenThatDay');
});

test('a Saturday extended slot (延时服务) at a point that publishes one is bookable; not at a point that does not', async () => {
  const saturday = '2026-12-05';
  const atHall = SlotsResponse.parse((await slotsOf(hall.id, saturday)).body);
  expect(atHall.slots.map((s) => `${s.time}-${s.endTime}${s.extended ? '延' : ''}`)).toEqual(['09:00-10:00延', '10:00-11:00延', '11:00-12:00延']);
  const booked = await book(tokens.resident, { pointId: hall.id, date: saturday, time: '10:00' });
  expect(booked.status).toBe(200);
  expect(booked.body).toMatchObject({ extended: true, date: saturday, time: '10:00', number: expect.stringMatching(/^K01-\d{3}$/) });
  const atCentre = await book(tokens.resident, { pointId: centre.id, date: saturday, time: '10:00' });
  expect([atCentre.status, errorOf(atCentre).reason]).toEqual([409, 'notOpenThatDay']);
  expect((await cancel(tokens.resident, booked.body.id)).status).toBe(200);
});

test('a resident books a place, sees it in their bookings, cancels it, and the place is free again', async () => {
  const date = '2026-12-03';
  const before = await slot(centre.id, date, '10:00');
  const booked = await book(tokens.resident, { pointId: centre.id, date, time: '10:00' });
  expect(booked.status).toBe(200);
  const booking = BookingSchema.parse(booked.body);
  expect(booking).toMatchObject({ pointId: centre.id, pointName: centre.name, date, time: '10:00', endTime: '11:00', state: 'booked', extended: false });
  expect(await slot(centre.id, date, '10:00')).toMatchObject({ booked: 1, available: before.capacity - 1 });
  expect((await mine(tokens.resident)).find((b) => b.id === booking.id)?.state).toBe('booked');
  expect((await mine(tokens.otherResident)).some((b) => b.id === booking.id)).toBe(false);

  const cancelled = await cancel(tokens.resident, booking.id);
  expect(cancelled.status).toBe(200);
  expect(cancelled.body).toMatchObject({ id: booking.id, state: 'cancelled', cancelledAt: expect.any(String) });
  expect(await slot(centre.id, date, '10:00')).toMatchObject({ booked: 0, available: before.capacity });
  expect((await mine(tokens.resident)).find((b) => b.id === booking.id)?.state).toBe('cancelled');

  const twice = await cancel(tokens.resident, booking.id);
  expect(twice.status).toBe(409);
  expect(errorOf(twice)).toMatchObject({ code: 'transition_refused', reason: 'notBooked' });
  expect(await slot(centre.id, date, '10:00')).toMatchObject({ booked: 0 });
  // The guard went with the cancel: the same person may book the same slot again.
  expect((await book(tokens.resident, { pointId: centre.id, date, time: '10:00' })).status).toBe(200);
});

test('a resident cannot hold two places in one slot', async () => {
  const body = { pointId: centre.id, date: '2026-12-03', time: '11:00' };
  expect((await book(tokens.resident, body)).status).toBe(200);
  const again = await book(tokens.resident, body);
  expect(again.status).toBe(409);
  expect(errorOf(again)).toMatchObject({ code: 'conflict', reason: 'alreadyBookedSlot' });
  expect(await slot(centre.id, body.date, body.time)).toMatchObject({ booked: 1 });
});

test('50 residents booking one slot at once: exactly its capacity succeed, the rest get 409, none a 5xx', async () => {
  const date = '2026-12-04';
  const { capacity } = await slot(hall.id, date, '09:00');
  expect(capacity).toBe(5);
  const crowd = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const userId = `u-crowd-${i}`;
      await putUser({ id: userId, role: 'resident', name: `居民${i}`, createdAt: now.toISOString() });
      return (await issueSession({ userId, role: 'resident', name: `居民${i}` })).token;
    }),
  );
  const answers = await Promise.all(crowd.map((token) => book(token, { pointId: hall.id, date, time: '09:00' })));
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.filter((s) => s === 200)).toHaveLength(capacity);
  expect(statuses.filter((s) => s === 409)).toHaveLength(50 - capacity);
  expect(answers.filter((a) => a.status === 409).every((a) => errorOf(a).reason === 'slotFull')).toBe(true);
  // Numbers are the point's day sequence, one each, none skipped: K01-001 … K01-005.
  expect(answers.filter((a) => a.status === 200).map((a) => a.body.number).sort()).toEqual(['K01-001', 'K01-002', 'K01-003', 'K01-004', 'K01-005']);
  expect(await slot(hall.id, date, '09:00')).toMatchObject({ booked: capacity, available: 0 });
  const day = await call(handler, { path: `/network/points/${hall.id}/bookings`, query: { date }, token: tokens.bureau });
  expect(ListBookingsResponse.parse(day.body).bookings.filter((b) => b.time === '09:00' && b.state === 'booked')).toHaveLength(capacity);
});

test('a phone retrying with the same Idempotency-Key gets the same booking back and takes one place', async () => {
  const body = { pointId: hall.id, date: '2026-12-07', time: '13:30' };
  const key = randomUUID();
  const first = await book(tokens.resident, body, key);
  expect(first.status).toBe(200);
  const retries = await Promise.all([book(tokens.resident, body, key), book(tokens.resident, body, key)]);
  for (const retry of retries) expect(retry).toMatchObject({ status: 200, body: { id: first.body.id } });
  expect(await slot(hall.id, body.date, body.time)).toMatchObject({ booked: 1 });
  expect((await mine(tokens.resident)).filter((b) => b.date === body.date && b.time === body.time)).toHaveLength(1);
});

test('the same Idempotency-Key with a different request is 409; a booking without a key is 400', async () => {
  const key = randomUUID();
  expect((await book(tokens.resident, { pointId: hall.id, date: '2026-12-07', time: '14:30' }, key)).status).toBe(200);
  const reused = await book(tokens.resident, { pointId: hall.id, date: '2026-12-07', time: '15:30' }, key);
  expect(reused.status).toBe(409);
  expect(errorOf(reused)).toMatchObject({ code: 'conflict', reason: 'idempotencyKeyReused' });
  expect(await slot(hall.id, '2026-12-07', '15:30')).toMatchObject({ booked: 0 });
  const keyless = await book(tokens.resident, { pointId: hall.id, date: '2026-12-07', time: '15:30' }, null);
  expect(keyless.status).toBe(400);
  expect(errorOf(keyless).issues?.[0].path).toEqual(['headers']);
});

test('another resident can neither cancel nor check in to my booking (404)', async () => {
  const { body: booking } = await book(tokens.resident, { pointId: centre.id, date: TODAY, time: '14:30' });
  expect((await cancel(tokens.otherResident, booking.id)).status).toBe(404);
  expect((await checkIn(tokens.otherResident, booking.id, centre.code)).status).toBe(404);
  expect((await cancel(tokens.resident, 'no-such-booking')).status).toBe(404);
  expect((await mine(tokens.resident)).find((b) => b.id === booking.id)?.state).toBe('booked');
});

test('check-in needs the booked point’s own code (403), its own agents (another point’s agent with no tie to it: 404) and the booked day (409)', async () => {
  const date = '2026-12-08';
  const { body: booking } = await book(tokens.resident, { pointId: centre.id, date, time: '15:30' });
  const early = await checkIn(tokens.resident, booking.id, centre.code);
  expect(early.status).toBe(409);
  expect(errorOf(early).reason).toBe('notBookingDay');
  setChinaTime(date);
  expect((await checkIn(tokens.resident, booking.id, hall.code)).status).toBe(403);
  expect((await checkIn(tokens.resident, booking.id, 'NOSUCHCODE')).status).toBe(403);
  // An agent of another point with no tie to the booking or its case learns nothing from its id.
  expect((await checkIn(tokens.hallAgent, booking.id, centre.code)).status).toBe(404);
  const done = await checkIn(tokens.resident, booking.id, centre.code);
  expect(done.status).toBe(200);
  expect(done.body).toMatchObject({ state: 'checkedIn', checkedInAt: now.toISOString() });
  expect((await cancel(tokens.resident, booking.id)).status).toBe(409);
});

test('the point’s agent checks a resident in: the case gets a checkIn event and its agent an outbox notice', async () => {
  const theCase = await createTestCase({ applicantUserId: fixtureResident.userId });
  expect(theCase.ownerAgentId).toBeDefined();
  const date = '2026-12-09';
  const booked = await book(tokens.resident, { pointId: centre.id, date, time: '09:00', caseId: theCase.id });
  expect(booked.status).toBe(200);
  expect(booked.body.caseId).toBe(theCase.id);
  setChinaTime(date, '08:50');
  const done = await checkIn(tokens.centreAgent, booked.body.id, centre.code);
  expect(done.status).toBe(200);

  const bundle = await loadCaseBundle(theCase.id);
  const actions = bundle!.events.map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(['book', 'checkIn']));
  expect(bundle!.events.find((e) => e.action === 'checkIn')).toMatchObject({ actor: { role: 'agent', agentId: 'agt-lyl-1' }, data: { bookingId: booked.body.id } });
  const notices = (await scanTable()).filter((i) => i.entity === 'outbox' && i.caseId === theCase.id && i.kind === 'bookingCheckedIn');
  expect(notices).toHaveLength(1);
  expect(notices[0].recipient).toEqual({ agentId: theCase.ownerAgentId });
});

test('one resident may hold at most five future bookings (the sixth is told why); dates past the point’s 30-day window are refused', async () => {
  const times = ['09:00', '10:00', '11:00', '13:30', '14:30'];
  for (const time of times) expect((await book(tokens.resident, { pointId: hall.id, date: '2026-12-11', time })).status).toBe(200);
  const sixth = await book(tokens.resident, { pointId: hall.id, date: '2026-12-11', time: '15:30' });
  expect([sixth.status, errorOf(sixth).reason]).toEqual([409, 'tooManyLiveBookings']);
  for (const b of await mine(tokens.resident)) if (b.state === 'booked') await cancel(tokens.resident, b.id);
  const far = await book(tokens.resident, { pointId: hall.id, date: '2026-12-28', time: '09:00' });
  expect(far.status).toBe(400);
  expect(errorOf(far).issues?.[0].message).toContain('30天');
});

test('until 2027’s arrangement is published its ordinary weekdays are bookable, with a note saying so', async () => {
  now = new Date('2026-12-20T10:00:00+08:00');
  const slots = SlotsResponse.parse((await slotsOf(hall.id, '2027-01-05')).body);
  expect(slots).toMatchObject({ open: true, provisional: true, note: '该年度节假日安排尚未公布，如遇调整将提前通知您' });
  const booked = await book(tokens.resident, { pointId: hall.id, date: '2027-01-05', time: '09:00' });
  expect(booked.status).toBe(200);
  expect((await cancel(tokens.resident, booked.body.id)).status).toBe(200);
});

test('30 concurrent bookings by one resident leave exactly 5 live ones: the cap is inside the booking transaction', async () => {
  const userId = `u-hoarder-${randomUUID().slice(0, 8)}`;
  await putUser({ id: userId, role: 'resident', name: '囤号者', createdAt: now.toISOString() });
  const token = (await issueSession({ userId, role: 'resident', name: '囤号者' })).token;
  const slotTimes = ['09:00', '10:00', '11:00', '13:30', '14:30', '15:30'];
  const dates = ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18'];
  const requests = dates.flatMap((date) => slotTimes.map((time) => ({ pointId: hall.id, date, time })));
  expect(requests).toHaveLength(30);
  const answers = await Promise.all(requests.map((body) => book(token, body)));
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.filter((s) => s === 200)).toHaveLength(5);
  expect(answers.filter((a) => a.status === 409).map((a) => errorOf(a).reason).every((r) => r === 'tooManyLiveBookings' || r === 'slotBusy')).toBe(true);
  expect((await mine(token)).filter((b) => b.state === 'booked')).toHaveLength(5);
  const slots = await Promise.all(dates.map(async (date) => SlotsResponse.parse((await slotsOf(hall.id, date)).body).slots));
  expect(slots.flat().reduce((sum, s) => sum + s.booked, 0)).toBe(5);
});

test('a booking for a case carries its number, item and case, and shows on the case’s timeline', async () => {
  const theCase = await createTestCase({ applicantUserId: fixtureResident.userId });
  const date = '2026-12-21';
  const first = await book(tokens.resident, { pointId: centre.id, date, time: '09:00', caseId: theCase.id });
  const second = await book(tokens.otherResident, { pointId: centre.id, date, time: '10:00' });
  expect(first.body).toMatchObject({ number: 'K03-001', caseId: theCase.id, caseNumber: theCase.number, itemName: theCase.itemName });
  expect(second.body.number).toBe('K03-002');
  const event = (await loadCaseBundle(theCase.id))!.events.find((e) => e.action === 'book');
  expect(event?.data).toMatchObject({ bookingId: first.body.id, pointName: centre.name, date, time: '09:00' });
});

test('the point’s agent marks a booking 未到 once its slot is over, not before; it no longer counts as live', async () => {
  const date = '2026-12-22';
  const { body: booking } = await book(tokens.resident, { pointId: centre.id, date, time: '09:00' });
  const noShow = (token: string) => call<Booking>(handler, { method: 'POST', path: `/bookings/${booking.id}/no-show`, token, body: {} });
  setChinaTime(date, '09:30');
  const early = await noShow(tokens.centreAgent);
  expect([early.status, errorOf(early).reason]).toEqual([409, 'slotNotOver']);
  setChinaTime(date, '10:05');
  expect((await noShow(tokens.hallAgent)).status).toBe(404);
  const marked = await noShow(tokens.centreAgent);
  expect(marked.status).toBe(200);
  expect(marked.body).toMatchObject({ state: 'noShow', noShowAt: now.toISOString() });
  expect((await noShow(tokens.centreAgent)).status).toBe(409);
  expect((await mine(tokens.resident)).find((b) => b.id === booking.id)?.state).toBe('noShow');
  // The place stays used: the slot still counts it.
  expect(await slot(centre.id, date, '09:00')).toMatchObject({ booked: 1 });
});

test('a resident cannot book for someone else’s case (404), and nothing is written', async () => {
  const othersCase = await createTestCase({ applicantUserId: 'u-resident-2' });
  const before = await scanTable();
  const answer = await book(tokens.resident, { pointId: centre.id, date: '2026-12-10', time: '09:00', caseId: othersCase.id });
  expect(answer.status).toBe(404);
  expect(await scanTable()).toEqual(before);
});

test('a cancel racing a check-in: exactly one wins, and the slot count agrees with the booking', async () => {
  const date = '2026-12-11';
  // Five races: as many live bookings as one person may hold.
  const times = ['09:00', '10:00', '11:00', '13:30', '14:30'];
  const bookings = [];
  for (const time of times) bookings.push((await book(tokens.resident, { pointId: centre.id, date, time })).body as Booking);
  setChinaTime(date, '08:30');
  for (const b of bookings) {
    const [cancelled, checkedIn] = await Promise.all([cancel(tokens.resident, b.id), checkIn(tokens.centreAgent, b.id, centre.code)]);
    expect([cancelled.status, checkedIn.status].sort()).toEqual([200, 409]);
    const final = (await mine(tokens.resident)).find((x) => x.id === b.id)!;
    const { booked } = await slot(centre.id, date, b.time);
    if (cancelled.status === 200) expect([final.state, booked]).toEqual(['cancelled', 0]);
    else expect([final.state, booked]).toEqual(['checkedIn', 1]);
  }
});

test('a booking or cancel that keeps losing to concurrent transactions is 409, never 500; one that loses once goes through', async () => {
  // DynamoDB Local serialises transactions; real DynamoDB cancels the loser with TransactionConflict.
  const client = documentClient();
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  let conflicts = Infinity;
  jest.spyOn(client, 'send').mockImplementation(((command: unknown) => {
    if (command instanceof TransactWriteCommand && conflicts > 0) {
      conflicts -= 1;
      const n = command.input.TransactItems?.length ?? 0;
      throw new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: Array.from({ length: n }, (_, i) => ({ Code: i === 0 ? 'TransactionConflict' : 'None' })),
      });
    }
    return send(command);
  }) as never);
  const body = { pointId: hall.id, date: '2026-12-10', time: '10:00' };
  const lost = await book(tokens.resident, body);
  expect([lost.status, errorOf(lost).code, errorOf(lost).reason]).toEqual([409, 'conflict', 'slotBusy']);
  expect(await slot(hall.id, body.date, body.time)).toMatchObject({ booked: 0 });

  conflicts = 1;
  const won = await book(tokens.resident, body);
  expect(won.status).toBe(200);
  conflicts = Infinity;
  expect((await cancel(tokens.resident, won.body.id)).status).toBe(409);
  expect(await slot(hall.id, body.date, body.time)).toMatchObject({ booked: 1 });
});

test('a point’s bookings of a day are for its own agents and the bureau', async () => {
  const date = '2026-12-14';
  const { body: booking } = await book(tokens.resident, { pointId: centre.id, date, time: '16:30' });
  const forAgent = await call(handler, { path: `/network/points/${centre.id}/bookings`, query: { date }, token: tokens.centreAgent });
  expect(forAgent.status).toBe(200);
  expect(ListBookingsResponse.parse(forAgent.body).bookings.map((b) => b.id)).toEqual([booking.id]);
  expect((await call(handler, { path: `/network/points/${centre.id}/bookings`, query: { date }, token: tokens.hallAgent })).status).toBe(403);
  expect((await call(handler, { path: `/network/points/${centre.id}/bookings`, query: { date }, token: tokens.resident })).status).toBe(403);
  expect((await call(handler, { path: `/network/points/${centre.id}/bookings`, query: { date }, token: tokens.bureau })).status).toBe(200);
});

test('malformed or impossible requests are 400 (or 404) and leave the table unchanged', async () => {
  const before = await scanTable();
  const good = { pointId: centre.id, date: '2026-12-15', time: '09:00' };
  const badBodies: unknown[] = [
    {},
    { pointId: centre.id, date: good.date },
    { ...good, pointId: 42 },
    { ...good, time: 900 },
    { ...good, extra: true },
    { ...good, userId: 'u-resident-2' },
    { ...good, date: '2026-13-01' },
    { ...good, date: '2026/12/15' },
    { ...good, date: '2026-02-30' },
    { ...good, time: '9:00' },
    { ...good, time: '24:00' },
    { ...good, caseId: '' },
    { ...good, caseId: 'not an id!' },
    [good],
    null,
    '2026-12-15',
  ];
  for (const body of badBodies) {
    const answer = await book(tokens.resident, body);
    expect([answer.status, errorOf(answer).code]).toEqual([400, 'validation_failed']);
  }
  const broken = await call(handler, { method: 'POST', path: '/bookings', token: tokens.resident, rawBody: '{"pointId":', headers: { 'Idempotency-Key': randomUUID() } });
  expect(broken.status).toBe(400);
  expect((await book(tokens.resident, good, 'short')).status).toBe(400);

  // Well-formed, but no such slot or day: 400 with the offending field named.
  const noSlot = await book(tokens.resident, { ...good, time: '08:00' });
  expect([noSlot.status, errorOf(noSlot).issues?.[0].path]).toEqual([400, ['body', 'time']]);
  const extendedAtCentre = await book(tokens.resident, { ...good, time: '17:30' });
  expect([extendedAtCentre.status, errorOf(extendedAtCentre).issues?.[0].path]).toEqual([400, ['body', 'time']]);
  const past = await book(tokens.resident, { ...good, date: '2026-11-20' });
  expect([past.status, errorOf(past).issues?.[0].path]).toEqual([400, ['body', 'date']]);
  const over = await book(tokens.resident, { ...good, date: TODAY, time: '09:00' }); // ended at 10:00 today
  expect([over.status, errorOf(over).issues?.[0].path]).toEqual([400, ['body', 'time']]);
  expect((await book(tokens.resident, { ...good, pointId: 'pt-none' })).status).toBe(404);

  expect((await call(handler, { method: 'POST', path: '/bookings/x/cancel', token: tokens.resident, body: { why: 'x' } })).status).toBe(400);
  expect((await checkIn(tokens.resident, 'x', 'bad code!')).status).toBe(400);
  expect((await call(handler, { method: 'POST', path: '/bookings/x/check-in', token: tokens.resident, body: {} })).status).toBe(400);
  expect((await slotsOf(centre.id, 'tomorrow')).status).toBe(400);
  expect((await call(handler, { path: `/network/points/${centre.id}/slots`, query: { date: good.date, extra: '1' } })).status).toBe(400);
  expect((await book(tokens.bureau, good)).status).toBe(403);
  expect((await call(handler, { method: 'POST', path: '/bookings', body: good, headers: { 'Idempotency-Key': randomUUID() } })).status).toBe(401);

  expect(await scanTable()).toEqual(before);
});
