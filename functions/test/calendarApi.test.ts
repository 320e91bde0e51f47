// The official calendar the bureau runs, on DynamoDB Local: a fresh table starts from the
// `chinese-days` years (checked against the State Council's notices); publishing 2027 moves the due
// date of an open case accepted on 2026-12-28 with a timeline event and notices, cancels a booking
// on a day that became a holiday and opens a new make-up day; the follow-up is idempotent and
// resumable; stale and malformed publishes change nothing; warm caches notice the new version.
import {
  ApiErrorSchema,
  buildWorkCalendar,
  CalendarResponse,
  commitmentDueDate,
  isWorkingDay,
  PublishCalendarYearResponse,
  SlotsResponse,
  type Booking,
  type CalendarRange,
} from '@app/shared';
import { randomUUID } from 'node:crypto';
import { OFFICIAL_ARRANGEMENTS, OFFICIAL_CALENDAR } from '../../shared/test/officialArrangements';
import { readLiveCounter } from '../src/bookings/repository';
import { findCalendarYear, publishItems } from '../src/calendar/repository';
import { packageSeedYears } from '../src/calendar/packageSeed';
import { packageCalendarYears } from '../src/calendar/seed';
import { workCalendar } from '../src/calendar/store';
import { advancePendingChanges } from '../src/changes/runner';
import { findCase, loadCaseBundle } from '../src/cases/repository';
import { handler as bookings } from '../src/handlers/bookings';
import { handler as calendar } from '../src/handlers/calendar';
import { handler as cases } from '../src/handlers/cases';
import { clock } from '../src/lib/clock';
import { documentClient } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createTestCase, fixtureResident } from './support/cases';
import { call, type Answer } from './support/http';
import { tokenOf } from './support/people';
import { expectOpenWorkCounted } from './support/openWork';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';
import { outbox } from './support/outbox';

let now = new Date('2026-12-28T10:00:00+08:00');
const tokens: Record<string, string> = {};
const errorOf = (answer: Answer) => ApiErrorSchema.parse(answer.body).error;
const publish = (year: number, body: unknown, token = tokens.bureau) => call(calendar, { method: 'PUT', path: `/calendar/${year}`, token, body });
const yearOf = async (year: number) => (await call(calendar, { path: `/calendar/${year}` })).body;

/** A 2027 arrangement as the bureau might enter it (a test's, not the State Council's). */
const NEW_YEAR: CalendarRange = { kind: 'holiday', name: '元旦', from: '2027-01-01', to: '2027-01-03' };
const MAKE_UP: CalendarRange = { kind: 'workday', name: '元旦', from: '2027-01-09', to: '2027-01-09' };
const SPRING: CalendarRange = { kind: 'holiday', name: '春节', from: '2027-02-06', to: '2027-02-14' };


beforeAll(async () => {
  await useFreshTable({ seed: true });
  for (const [who, id] of Object.entries({ bureau: 'u-bureau-1', resident: fixtureResident.userId, agent: 'agt-lyl-1' })) tokens[who] = await tokenOf(id);
});
// Every story leaves each agent's open-work counter equal to what their inbox holds.
afterEach(expectOpenWorkCounted);
beforeEach(() => jest.spyOn(clock, 'now').mockImplementation(() => now));
afterEach(() => {
  jest.restoreAllMocks();
  delete process.env.CHANGE_INLINE_MS;
  delete process.env.CHANGE_PAGE_SIZE;
  delete process.env.CALENDAR_CACHE_SECONDS;
});

describe('a new table starts from the chinese-days years', () => {
  test('the seeded 2025 and 2026 agree day by day with the State Council’s notices', () => {
    const seeded = buildWorkCalendar(packageCalendarYears('2026-01-01T00:00:00Z'));
    const wrong: string[] = [];
    for (let ms = Date.parse('2025-01-01T00:00:00Z'); ms <= Date.parse('2026-12-31T00:00:00Z'); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      if (isWorkingDay(seeded, date) !== isWorkingDay(OFFICIAL_CALENDAR, date)) wrong.push(date);
    }
    expect(wrong).toEqual([]);
    expect(seeded.officialYears).toEqual(expect.arrayContaining([2004, 2025, 2026]));
    expect(seeded.officialYears).not.toContain(2027);
    expect(packageCalendarYears('2026-01-01T00:00:00Z').find((y) => y.year === 2025)?.ranges.find((r) => r.from === '2025-10-01')?.name).toBe('国庆节、中秋节');
  });

  test('the functions seed from a copy of the package’s years that matches the package (else: npm run calendar:seed)', () => {
    expect(packageSeedYears('2026-01-01T00:00:00Z')).toEqual(packageCalendarYears('2026-01-01T00:00:00Z'));
  });

  test('anyone reads the calendar: every year on record with its notice; 2027 is provisional until entered', async () => {
    const all = CalendarResponse.parse((await call(calendar, { path: '/calendar' })).body);
    expect(all.version).toBeGreaterThanOrEqual(1);
    expect(all.years.map((y) => y.year)).toEqual(expect.arrayContaining([2025, 2026]));
    expect(all.years.find((y) => y.year === 2026)).toMatchObject({ source: 'package', notice: OFFICIAL_ARRANGEMENTS[1].notice });
    expect(await yearOf(2027)).toEqual({ year: 2027, official: false, calendarVersion: all.version });
  });
});

describe('the bureau publishes 2027', () => {
  let openCase: Awaited<ReturnType<typeof createTestCase>>;
  let holidayBooking: Booking;

  beforeAll(async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => now);
    // Accepted on Monday 28 December 2026, five working days: provisionally due Monday 4 January.
    const acceptedAt = now.toISOString();
    const dueDate = commitmentDueDate(await workCalendar(), acceptedAt, 5);
    expect(dueDate).toBe('2027-01-04');
    openCase = await createTestCase({ acceptedAt, commitmentDays: 5, dueDate, dueClock: { startedOn: '2026-12-28', workingDays: 5 } });
    // A resident booked Friday 1 January 2027, an ordinary weekday while 2027 is provisional.
    const booked = await call(bookings, { method: 'POST', path: '/bookings', token: tokens.resident, body: { pointId: 'pt-lyl', date: '2027-01-01', time: '09:00' }, headers: { 'Idempotency-Key': randomUUID() } });
    expect(booked.status).toBe(200);
    holidayBooking = booked.body;
    jest.restoreAllMocks();
  });

  test('a correct publish answers the new version and what followed: the case moved, the booking cancelled', async () => {
    const answer = await publish(2027, { ranges: [NEW_YEAR, MAKE_UP], notice: '国办发明电〔2026〕（测试）', version: 0 });
    expect(answer.status).toBe(200);
    const body = PublishCalendarYearResponse.parse(answer.body);
    expect(body.year).toMatchObject({ year: 2027, source: 'bureau', version: 1, enteredBy: { name: expect.any(String) } });
    expect(body.changedDates).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-09']);
    expect(body.change).toMatchObject({ state: 'done', casesAdjusted: 1, bookingsCancelled: 1 });
    expect(await yearOf(2027)).toMatchObject({ official: true, record: { notice: '国办发明电〔2026〕（测试）' } });
  });

  test('the open case accepted on 2026-12-28 is now due 2027-01-05, with a timeline event and notices to its agent and applicant', async () => {
    const record = (await findCase(openCase.id, true))!;
    expect(record.dueDate).toBe('2027-01-05');
    expect(record.version).toBe(openCase.version + 1);
    const event = (await loadCaseBundle(openCase.id))!.events.find((e) => e.action === 'adjustDeadline');
    expect(event).toMatchObject({ actor: { role: 'system' }, note: '因节假日安排调整，办结时限由 2027-01-04 调整为 2027-01-05', data: { from: '2027-01-04', to: '2027-01-05' } });
    const notices = (await outbox()).filter((i) => i.caseId === openCase.id && i.kind === 'deadlineAdjusted');
    expect(notices.map((n) => n.recipient)).toEqual(expect.arrayContaining([{ agentId: openCase.ownerAgentId }, { userId: openCase.applicantUserId }]));
    // What the app shows: the new due date, on an official calendar.
    const seen = await call(cases, { path: `/cases/${openCase.id}`, token: tokens.resident });
    expect(seen.body.deadline).toMatchObject({ dueDate: '2027-01-05', official: true });
  });

  test('the booking on 1 January is cancelled with the reason, the resident told, the place and the live count freed', async () => {
    const mine = (await call(bookings, { path: '/bookings/mine', token: tokens.resident })).body.bookings as Booking[];
    expect(mine.find((b) => b.id === holidayBooking.id)).toMatchObject({ state: 'cancelled', cancelReason: '元旦放假，预约已取消' });
    const notice = (await outbox()).find((i) => i.kind === 'bookingCancelled' && String(i.summary).includes('2027-01-01'));
    expect(notice).toMatchObject({ recipient: { userId: fixtureResident.userId } });
    expect(String(notice!.summary)).toContain('元旦放假');
    expect((await readLiveCounter(fixtureResident.userId)).bookings[holidayBooking.id]).toBeUndefined();
    expect(SlotsResponse.parse((await call(bookings, { path: '/network/points/pt-lyl/slots', query: { date: '2027-01-01' } })).body)).toMatchObject({ open: false, closedLabel: '元旦放假', slots: [] });
  });

  test('the new make-up Saturday opens with Monday’s hours at a point that never opens on Saturdays', async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => now);
    const slots = SlotsResponse.parse((await call(bookings, { path: '/network/points/pt-lyl/slots', query: { date: '2027-01-09' } })).body);
    expect(slots).toMatchObject({ open: true, workingDay: true, provisional: false });
    expect(slots.slots.map((s) => s.time)).toEqual(['09:00', '10:00', '11:00', '13:30', '14:30', '15:30', '16:30']);
    expect(slots.note).toContain('调休上班日');
  });

  test('running the follow-up again changes nothing', async () => {
    const before = await tableSnapshot();
    await advancePendingChanges(5_000);
    expect(await tableSnapshot()).toBe(before);
  });

  test('an edit from a stale version is 409 and changes nothing', async () => {
    const before = await tableSnapshot();
    const stale = await publish(2027, { ranges: [NEW_YEAR, SPRING], notice: '国办发明电〔2026〕（测试）', version: 0 });
    expect([stale.status, errorOf(stale).reason]).toEqual([409, 'calendarChanged']);
    expect(await tableSnapshot()).toBe(before);
  });
});

describe('a large follow-up runs in steps and resumes where it stopped', () => {
  test('with one case per page and no time in the request, the schedule finishes it in several passes', async () => {
    jest.spyOn(clock, 'now').mockImplementation(() => now);
    const calendarNow = await workCalendar();
    const many = await Promise.all(
      Array.from({ length: 6 }, () => createTestCase({ acceptedAt: now.toISOString(), commitmentDays: 30, dueDate: commitmentDueDate(calendarNow, now, 30), dueClock: { startedOn: '2026-12-28', workingDays: 30 } })),
    );
    process.env.CHANGE_INLINE_MS = '0';
    process.env.CHANGE_PAGE_SIZE = '1';
    const current = (await findCalendarYear(2027))!;
    const answer = await publish(2027, { ranges: [...current.ranges, SPRING], notice: current.notice, version: current.version });
    expect(answer.status).toBe(200);
    expect(answer.body.change.state).toBe('running');
    let passes = 0;
    for (; passes < 50; passes += 1) {
      const { finished } = await advancePendingChanges(40);
      if (finished > 0) break;
    }
    expect(passes).toBeGreaterThan(1);
    const due = await Promise.all(many.map(async (c) => (await findCase(c.id, true))!.dueDate));
    // Thirty working days from 28 December, 2027's New Year and Spring Festival both kept.
    const expected = commitmentDueDate(await workCalendar(), now, 30);
    expect(new Set(due)).toEqual(new Set([expected]));
    expect(many.every((c) => c.dueDate !== expected)).toBe(true);
  });
});

describe('bad input changes nothing', () => {
  test.each([
    ['overlapping ranges', { ranges: [NEW_YEAR, { ...MAKE_UP, from: '2027-01-03', to: '2027-01-03' }] }, ['body', 'ranges', 1, 'from']],
    ['a range across years', { ranges: [{ ...NEW_YEAR, from: '2027-12-31', to: '2028-01-01' }] }, ['body', 'ranges', 0, 'to']],
    ['an end before the start', { ranges: [{ ...NEW_YEAR, to: '2026-12-31' }] }, ['body', 'ranges', 0, 'to']],
    ['no notice', { notice: '' }, ['body', 'notice']],
    ['an unknown kind', { ranges: [{ ...NEW_YEAR, kind: 'rest' }] }, ['body', 'ranges', 0, 'kind']],
    ['a negative version', { version: -1 }, ['body', 'version']],
  ])('%s is 400 naming the field', async (_label, patch, path) => {
    const version = (await findCalendarYear(2028))?.version ?? 0;
    const before = await tableSnapshot();
    const body = { ranges: [{ ...NEW_YEAR, from: '2028-01-01', to: '2028-01-01' }], notice: '测试', version, ...patch };
    const year = JSON.stringify(patch).includes('2027') ? 2027 : 2028;
    const answer = await publish(year, body);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).issues?.map((i) => i.path)).toContainEqual(path);
    expect(await tableSnapshot()).toBe(before);
  });

  test('a year out of range is 400; an agent or a resident may not publish (403)', async () => {
    expect((await publish(1999, { ranges: [NEW_YEAR], notice: '测试', version: 0 })).status).toBe(400);
    expect((await publish(2028, { ranges: [NEW_YEAR], notice: '测试', version: 0 }, tokens.agent)).status).toBe(403);
    expect((await publish(2028, { ranges: [NEW_YEAR], notice: '测试', version: 0 }, tokens.resident)).status).toBe(403);
  });
});

describe('a warm instance notices a publish made elsewhere', () => {
  test('within its cache age it keeps its calendar; past it, the version check reloads', async () => {
    const cached = await workCalendar();
    // Another instance publishes 2029 (straight to the table: this process's cache is not told).
    const at = new Date().toISOString();
    const record = { year: 2029, ranges: [{ kind: 'holiday' as const, name: '元旦', from: '2029-01-01', to: '2029-01-01' }], notice: '测试', source: 'bureau' as const, enteredBy: { name: '测试' }, enteredAt: at, version: 1 };
    await documentClient().send(new TransactWriteCommand({ TransactItems: publishItems(record, 0, at) }));
    expect((await workCalendar()).version).toBe(cached.version);
    process.env.CALENDAR_CACHE_SECONDS = '0';
    const reloaded = await workCalendar();
    expect(reloaded.version).toBe(cached.version + 1);
    expect(reloaded.officialYears).toContain(2029);
    expect(keys.calendarVersion().pk).toBe('CALENDAR');
  });
});
