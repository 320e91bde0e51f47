// The one way functions read the official calendar: cached per warm Lambda for at most a minute,
// then trusted again only while the version counter is unchanged (one small GetItem), reloaded
// when it moved. A table nobody has seeded gets the `chinese-days` years on first read
// (from the compact copy in packageYears.ts, generated from the package).
import { buildWorkCalendar, type CalendarYear, type WorkCalendar } from '@app/shared';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { readCalendar, readCalendarVersion, seedCalendar } from './repository';

/** How long a warm instance uses its calendar before checking the version (CALENDAR_CACHE_SECONDS). */
function maxAgeMs(): number {
  const seconds = Number(process.env.CALENDAR_CACHE_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : 60) * 1000;
}

interface Cached {
  calendar: WorkCalendar;
  years: CalendarYear[];
  checkedAt: number;
}

// Keyed by table: tests point one process at several tables.
const cache = new Map<string, Cached>();
const loading = new Map<string, Promise<Cached>>();

async function load(consistent: boolean): Promise<Cached> {
  let stored = await readCalendar(consistent);
  if (!stored.exists) {
    // Loaded only on a table's very first read, so the seed stays out of warm paths.
    const { packageSeedYears } = await import('./packageSeed');
    await seedCalendar(packageSeedYears(clock.now().toISOString()), clock.now().toISOString());
    stored = await readCalendar(true);
  }
  return { calendar: buildWorkCalendar(stored.years, stored.version), years: stored.years, checkedAt: Date.now() };
}

async function current(): Promise<Cached> {
  const table = config().tableName;
  const cached = cache.get(table);
  if (cached && Date.now() - cached.checkedAt < maxAgeMs()) return cached;
  // Concurrent requests of one instance share one refresh.
  let pending = loading.get(table);
  if (!pending) {
    pending = (async () => {
      if (cached && (await readCalendarVersion()) === cached.calendar.version) return { ...cached, checkedAt: Date.now() };
      return load(false);
    })();
    loading.set(table, pending);
  }
  try {
    const fresh = await pending;
    cache.set(table, fresh);
    return fresh;
  } finally {
    loading.delete(table);
  }
}

/** The working-day calendar for deadlines, slots and figures. */
export async function workCalendar(): Promise<WorkCalendar> {
  return (await current()).calendar;
}

/** The calendar and its year records, as stored a moment ago. */
export async function calendarRecords(): Promise<{ calendar: WorkCalendar; years: CalendarYear[] }> {
  const { calendar, years } = await current();
  return { calendar, years };
}

/** Read past the cache, strongly consistent: for the follow-up of a publish, which must see it. */
export async function freshCalendar(): Promise<WorkCalendar> {
  const fresh = await load(true);
  cache.set(config().tableName, fresh);
  return fresh.calendar;
}

/** After this instance published, its next read reloads. */
export function forgetCalendar(): void {
  cache.delete(config().tableName);
}
