// Waiting-time estimates and queue figures from a point's day items (sequences and figures per
// queue, QDAY#<date>#…): what a ticket's "about N minutes" and supervision's averages are made of.
import { addCalendarDays } from '@app/shared';
import type { Item } from '../lib/dynamo';
import { queueDays } from './repository';

/** One queue's counters over some days. */
export interface QueueCounters {
  queueId: string;
  queueName: string;
  issued: number;
  called: number;
  waitSeconds: number;
  maxWaitSeconds: number;
  served: number;
  serviceSeconds: number;
  missed: number;
  issuedByHour: number[];
}

const emptyCounters = (queueId: string, queueName: string): QueueCounters => ({
  queueId,
  queueName,
  issued: 0,
  called: 0,
  waitSeconds: 0,
  maxWaitSeconds: 0,
  served: 0,
  serviceSeconds: 0,
  missed: 0,
  issuedByHour: Array.from({ length: 24 }, () => 0),
});

/** Adds day items (sequences and figures) into per-queue counters. */
export function countersOf(items: Item[]): Map<string, QueueCounters> {
  const byQueue = new Map<string, QueueCounters>();
  const of = (item: Item) => {
    const id = String(item.queueId);
    let c = byQueue.get(id);
    if (!c) byQueue.set(id, (c = emptyCounters(id, String(item.queueName ?? id))));
    return c;
  };
  for (const item of items) {
    if (item.entity === 'queueSequence') {
      const c = of(item);
      c.issued += Number(item.seq ?? 0);
      for (let h = 0; h < 24; h += 1) c.issuedByHour[h] += Number(item[`h${String(h).padStart(2, '0')}`] ?? 0);
    } else if (item.entity === 'queueStats') {
      const c = of(item);
      c.called += Number(item.called ?? 0);
      c.waitSeconds += Number(item.waitSeconds ?? 0);
      c.maxWaitSeconds = Math.max(c.maxWaitSeconds, Number(item.maxWaitSeconds ?? 0));
      c.served += Number(item.served ?? 0);
      c.serviceSeconds += Number(item.serviceSeconds ?? 0);
      c.missed += Number(item.missed ?? 0);
    }
  }
  return byQueue;
}

export interface DayFigures {
  issued: Map<string, number>;
  counters: Map<string, QueueCounters>;
}

export async function todayFigures(pointId: string, date: string): Promise<DayFigures> {
  const counters = countersOf(await queueDays(pointId, date, date));
  return { counters, issued: new Map([...counters].map(([id, c]) => [id, c.issued])) };
}

/** Served tickets a day needs before its own average is trusted over recent days'. */
const TRUSTED_SERVED = 3;
/** Days looked back when today has too few. */
const RECENT_DAYS = 7;
/** A warm function reuses the recent days' averages this long (they change once a day). */
const RECENT_CACHE_MS = 10 * 60_000;
const recentCache = new Map<string, { at: number; averages: Map<string, number> }>();

async function recentAverages(pointId: string, today: string): Promise<Map<string, number>> {
  const key = `${pointId}#${today}`;
  const hit = recentCache.get(key);
  if (hit && Date.now() - hit.at < RECENT_CACHE_MS) return hit.averages;
  const counters = countersOf(await queueDays(pointId, addCalendarDays(today, -RECENT_DAYS), addCalendarDays(today, -1)));
  const averages = new Map<string, number>();
  let served = 0;
  let seconds = 0;
  for (const [id, c] of counters) {
    if (c.served > 0) averages.set(id, c.serviceSeconds / c.served);
    served += c.served;
    seconds += c.serviceSeconds;
  }
  // Any queue of the point: a queue new this week borrows the point's average.
  if (served > 0) averages.set('*', seconds / served);
  if (recentCache.size > 500) recentCache.clear();
  recentCache.set(key, { at: Date.now(), averages });
  return averages;
}

/**
 * Average service seconds per queue: today's when it has served enough, else the last seven
 * days' (the queue's, or the point's over all queues); absent when nothing is known.
 */
export async function recentServiceSeconds(pointId: string, today: string, figures: DayFigures): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>();
  for (const [id, c] of figures.counters) if (c.served >= TRUSTED_SERVED) out.set(id, c.serviceSeconds / c.served);
  for (const [id, avg] of await recentAverages(pointId, today)) if (!out.has(id)) out.set(id, avg);
  // No history at all (a point's first days): today's few are better than nothing.
  for (const [id, c] of figures.counters) if (!out.has(id) && c.served > 0) out.set(id, c.serviceSeconds / c.served);
  return out;
}

/** Minutes until called: the people ahead, served in parallel by the queue's windows at the average pace; null when no pace is known. */
export function estimateFor(queueId: string, ahead: number, windows: number, averages: Map<string, number | null>): number | null {
  if (ahead === 0) return 0;
  const pace = averages.get(queueId) ?? averages.get('*') ?? null;
  if (pace === null) return null;
  return Math.max(1, Math.ceil((ahead * pace) / Math.max(1, windows) / 60));
}
