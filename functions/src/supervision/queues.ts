// 取号叫号 figures per service point and queue over a period: issued, served, missed, average and
// longest wait, average service time, tickets per hour of the day. Read from each point's day
// items (one Query per point, bounded by days × queues), never from the tickets themselves.
import { addCalendarDays, chinaDate, type QueueFigures, type QueueFiguresResponse } from '@app/shared';
import { clock } from '../lib/clock';
import { listPoints } from '../network/repository';
import { countersOf, type QueueCounters } from '../queue/estimate';
import { queueDays } from '../queue/repository';
import { csvField, resolvePeriod } from './service';

const minutes = (seconds: number, count: number) => (count === 0 ? null : Math.round((seconds / count / 60) * 10) / 10);

function figuresOf(point: { id: string; name: string }, c: QueueCounters): QueueFigures {
  return {
    pointId: point.id,
    pointName: point.name,
    queueId: c.queueId,
    queueName: c.queueName,
    issued: c.issued,
    served: c.served,
    missed: c.missed,
    averageWaitMinutes: minutes(c.waitSeconds, c.called),
    longestWaitMinutes: c.called === 0 ? null : Math.round((c.maxWaitSeconds / 60) * 10) / 10,
    averageServiceMinutes: minutes(c.serviceSeconds, c.served),
    issuedByHour: c.issuedByHour,
  };
}

async function figuresBetween(from: string, to: string): Promise<QueueFigures[]> {
  const points = await listPoints();
  const perPoint = await Promise.all(points.map(async (p) => [...countersOf(await queueDays(p.id, from, to)).values()].map((c) => figuresOf(p, c))));
  return perPoint.flat();
}

export async function queueFigures(query: { from?: string; to?: string }): Promise<QueueFiguresResponse> {
  const { from, to } = resolvePeriod(query, chinaDate(clock.now()));
  return { from, to, queues: await figuresBetween(from, to) };
}

/** Each point's average wait over the last 30 days (the public scorecard): called tickets only. */
export async function pointWaits(today: string): Promise<{ from: string; to: string; points: { pointId: string; pointName: string; called: number; averageWaitMinutes: number | null }[] }> {
  const from = addCalendarDays(today, -29);
  const points = await listPoints();
  const rows = await Promise.all(
    points.map(async (p) => {
      const counters = [...countersOf(await queueDays(p.id, from, today)).values()];
      const called = counters.reduce((n, c) => n + c.called, 0);
      const seconds = counters.reduce((n, c) => n + c.waitSeconds, 0);
      return { pointId: p.id, pointName: p.name, called, averageWaitMinutes: minutes(seconds, called) };
    }),
  );
  return { from, to: today, points: rows.filter((r) => r.called > 0) };
}

const CSV_QUEUE_HEADER = ['类型', '服务网点', '队列', '取号数', '办结数', '过号数', '平均等候（分钟）', '最长等候（分钟）', '平均办理（分钟）'];

/** The export's second table: one row per point and queue (after a blank line). */
export async function queueCsvLines(from: string, to: string): Promise<string[]> {
  const rows = await figuresBetween(from, to);
  return [
    CSV_QUEUE_HEADER.map(csvField).join(','),
    ...rows.map((r) =>
      ['取号叫号', r.pointName, r.queueName, r.issued, r.served, r.missed, r.averageWaitMinutes, r.longestWaitMinutes, r.averageServiceMinutes].map(csvField).join(','),
    ),
  ];
}
