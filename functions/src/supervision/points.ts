// Bookings per service point over a period (预约履约): booked, checked in, no-shows, cancelled,
// read from each point's booking history (GSI6), one Query per point.
import { chinaDate } from '@app/shared';
import { pointBookingHistory } from '../bookings/repository';
import { clock } from '../lib/clock';
import { listPoints } from '../network/repository';
import { resolvePeriod } from './service';

export async function pointBookingFigures(query: { from?: string; to?: string }) {
  const { from, to } = resolvePeriod(query, chinaDate(clock.now()));
  const points = await listPoints();
  const rows = await Promise.all(
    points.map(async (p) => {
      const bookings = await pointBookingHistory(p.id, from, to);
      const count = (state: string) => bookings.filter((b) => b.state === state).length;
      const [checkedIn, noShow] = [count('checkedIn'), count('noShow')];
      return {
        pointId: p.id,
        pointName: p.name,
        booked: bookings.length,
        checkedIn,
        noShow,
        cancelled: count('cancelled'),
        noShowRate: checkedIn + noShow === 0 ? null : noShow / (checkedIn + noShow),
      };
    }),
  );
  return { from, to, points: rows };
}
