// The official working-day calendar in the app: this year's and next year's arrangements as the
// bureau published them (GET /calendar/{year}), fetched once per launch; weekends only until they
// arrive, or for a year nobody has published yet.
import { buildWorkCalendar, chinaDate, WEEKENDS_ONLY, type CalendarYear, type WorkCalendar } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../api/client';

let loaded: Promise<WorkCalendar> | undefined;

/** The calendar of this year and the next, fetched once (a failed fetch is tried again next time). */
export function loadWorkCalendar(now = new Date()): Promise<WorkCalendar> {
  if (!loaded) {
    const year = Number(chinaDate(now).slice(0, 4));
    loaded = Promise.all([year, year + 1].map((y) => call('getCalendarYear', { params: { year: y } })))
      .then((answers) => {
        const records = answers.flatMap((a) => (a.record ? [a.record as CalendarYear] : []));
        return buildWorkCalendar(records, Math.max(...answers.map((a) => a.calendarVersion)));
      })
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      });
  }
  return loaded;
}

/** The calendar for a page: weekends only at first, the published one as soon as it is here. */
export function useWorkCalendar(): WorkCalendar {
  const [calendar, setCalendar] = useState<WorkCalendar>(WEEKENDS_ONLY);
  useEffect(() => {
    let live = true;
    loadWorkCalendar()
      .then((c) => live && setCalendar(c))
      .catch(() => undefined); // weekends only stays: the API checks every date anyway
    return () => {
      live = false;
    };
  }, []);
  return calendar;
}
