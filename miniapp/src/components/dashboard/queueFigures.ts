// The queue figures' arithmetic for the dashboard: one point's queues, the district's totals, and
// tickets taken per hour of the day as a stacked column chart (one series per queue).
import type { QueueFigures } from '@app/shared';
import { COLORS, type ChartData } from './figures';

const QUEUE_COLORS = [COLORS.brand, COLORS.ok, COLORS.near, '#7a4cc2', COLORS.overdue, COLORS.muted];

/** Points in the order the API lists them, each once, with the tickets issued there. */
export function pointsOf(queues: QueueFigures[]): { id: string; name: string; issued: number }[] {
  const points = new Map<string, { id: string; name: string; issued: number }>();
  for (const q of queues) {
    const p = points.get(q.pointId) ?? points.set(q.pointId, { id: q.pointId, name: q.pointName, issued: 0 }).get(q.pointId)!;
    p.issued += q.issued;
  }
  return [...points.values()];
}

export function totalsOf(queues: QueueFigures[]): { issued: number; served: number; missed: number } {
  return queues.reduce((t, q) => ({ issued: t.issued + q.issued, served: t.served + q.served, missed: t.missed + q.missed }), { issued: 0, served: 0, missed: 0 });
}

/** 9.46 → 9.5 分钟; null (nobody called yet) → —. */
export const minutes = (m: number | null) => (m === null ? '—' : `${Math.round(m * 10) / 10} 分钟`);

/** Hours from the first to the last with a ticket (8–17 when there are none), one series per queue. */
export function hourSeries(queues: QueueFigures[]): ChartData {
  const busy = Array.from({ length: 24 }, (_, h) => queues.some((q) => q.issuedByHour[h] > 0));
  const first = busy.indexOf(true);
  const [from, to] = first === -1 ? [8, 17] : [first, busy.lastIndexOf(true)];
  const hours = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return {
    categories: hours.map(String),
    series: queues.map((q, i) => ({ name: q.queueName, data: hours.map((h) => q.issuedByHour[h]), color: QUEUE_COLORS[i % QUEUE_COLORS.length] })),
  };
}
