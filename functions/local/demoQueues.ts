// The demo points' walk-in queues (取号叫号) and a month of their figures, so the hall's estimate
// of the wait and the supervision dashboard's queue chart have something to show on a fresh stack.
// The district hall runs four queues on its five windows, street centres two, stations one.
// Deterministic: a fixed seed, days counted back from `now` on the calendar the table holds.
import { addCalendarDays, chinaDate, dayPlan, type Queue, type ServicePoint, type WorkCalendar } from '@app/shared';
import type { Item } from '../src/lib/dynamo';
import * as keys from '../src/lib/keys';
import { demoPoints } from './demoData';
import { generator } from './demoHistory';

export const QUEUES_SEED = 20261207;
const HISTORY_DAYS = 30;

const queue = (id: string, name: string, prefix: string, dailyCap: number, windows: number[] = []): Queue => ({ id, name, prefix, dailyCap, active: true, windows });

/** The queues of a demo point, by its level. */
export function demoQueuesOf(point: ServicePoint): Queue[] {
  switch (point.level) {
    case 'district':
      return [
        queue('consult', '代办帮办咨询', 'A', 200, [1, 2]),
        queue('enterprise', '企业开办', 'B', 150, [3]),
        queue('investment', '投资项目', 'C', 100, [4]),
        queue('livelihood', '民生服务', 'D', 200, [5, 1]),
      ];
    case 'streetTown':
      return [queue('consult', '代办帮办咨询', 'A', 150), queue('livelihood', '民生服务', 'D', 150)];
    case 'park':
      return [queue('consult', '代办帮办咨询', 'A', 80), queue('investment', '投资项目', 'C', 80)];
    default:
      return [queue('consult', '代办帮办咨询', 'A', 80)];
  }
}

export const demoQueueConfigItems = (): Item[] =>
  demoPoints.map((p) => ({ ...keys.queueConfig(p.id), entity: 'queueConfig', pointId: p.id, queues: demoQueuesOf(p), version: 1, updatedAt: '2026-11-01T00:00:00.000Z' }));

/** Busier at the hall, busier in the morning. */
const DAILY_TICKETS: Record<ServicePoint['level'], number> = { district: 60, streetTown: 24, community: 8, park: 10 };
const HOUR_WEIGHTS: Record<number, number> = { 9: 5, 10: 6, 11: 4, 12: 2, 13: 2, 14: 4, 15: 4, 16: 3, 17: 1, 18: 1 };

/** The figures (sequence and stats items) of the demo points' queues over the last month, today excluded. */
export function demoQueueHistory(now: Date, calendar: WorkCalendar, seed = QUEUES_SEED): Item[] {
  const random = generator(seed);
  const today = chinaDate(now);
  const items: Item[] = [];
  for (const point of demoPoints) {
    const queues = demoQueuesOf(point);
    for (let back = HISTORY_DAYS; back >= 1; back -= 1) {
      const date = addCalendarDays(today, -back);
      const plan = dayPlan(point.schedule, calendar, date);
      if (!plan.open) continue;
      const hours = [...new Set(plan.slots.map((s) => Number(s.time.slice(0, 2))))];
      for (const q of queues) {
        const issued = Math.max(1, Math.round((DAILY_TICKETS[point.level] / queues.length) * (0.6 + random.next() * 0.8)));
        const byHour: Record<string, number> = {};
        const weights = hours.map((h) => HOUR_WEIGHTS[h] ?? 1);
        const total = weights.reduce((a, b) => a + b, 0);
        for (let i = 0; i < issued; i += 1) {
          let r = random.next() * total;
          const idx = weights.findIndex((w) => (r -= w) < 0);
          const name = `h${String(hours[idx === -1 ? hours.length - 1 : idx]).padStart(2, '0')}`;
          byHour[name] = (byHour[name] ?? 0) + 1;
        }
        const missed = random.chance(0.5) ? random.int(0, Math.max(1, Math.round(issued * 0.05))) : 0;
        const called = issued;
        const served = Math.max(0, issued - missed);
        const meanWait = q.id === 'consult' ? 9 : q.id === 'enterprise' ? 18 : 14;
        const waits = Array.from({ length: called }, () => Math.round((meanWait * (0.3 + random.next() * 1.4)) * 60));
        const meanService = q.id === 'enterprise' ? 22 : q.id === 'investment' ? 25 : 9;
        const serviceSeconds = Array.from({ length: served }, () => Math.round(meanService * (0.5 + random.next()) * 60)).reduce((a, b) => a + b, 0);
        const base = { pointId: point.id, queueId: q.id, queueName: q.name, date };
        items.push({ ...keys.queueSequence(point.id, date, q.id), entity: 'queueSequence', ...base, seq: issued, ...byHour });
        items.push({
          ...keys.queueStats(point.id, date, q.id),
          entity: 'queueStats',
          ...base,
          called,
          waitSeconds: waits.reduce((a, b) => a + b, 0),
          maxWaitSeconds: Math.max(...waits),
          served,
          serviceSeconds,
          missed,
        });
      }
    }
  }
  return items;
}
