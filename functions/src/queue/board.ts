// The hall display (叫号屏): public, addressed by the point's code, polled every second or so. The
// cheap question is the board's version (one strongly consistent GetItem of one small attribute);
// only when it moved are the calls and the waiting counts read. docs/decisions.md says why polling.
import { chinaDate, PRIORITY_QUEUE_ID, type Board } from '@app/shared';
import { clock } from '../lib/clock';
import { notFound } from '../lib/errors';
import { findPointByCode } from '../network/repository';
import * as repo from './repository';

/** A warm function remembers which point a code names (codes never move to another point). */
const CODE_CACHE_MS = 5 * 60_000;
const points = new Map<string, { at: number; point: { id: string; name: string } | undefined }>();

async function pointOfCode(code: string): Promise<{ id: string; name: string } | undefined> {
  const hit = points.get(code);
  if (hit && Date.now() - hit.at < CODE_CACHE_MS) return hit.point;
  const point = await findPointByCode(code);
  const found = point && { id: point.id, name: point.name };
  if (points.size > 1000) points.clear();
  points.set(code, { at: Date.now(), point: found });
  return found;
}

/** Calls shown under the current ones. */
const RECENT_SHOWN = 6;

export async function hallBoard(code: string, since?: number): Promise<Board> {
  const point = await pointOfCode(code);
  if (!point) throw notFound('service point');
  const now = clock.now();
  const today = chinaDate(now);
  const at = now.toISOString();
  if (since !== undefined) {
    const version = await repo.boardVersion(point.id, today);
    if (version === since) return { pointName: point.name, version, changed: false, current: [], recent: [], waiting: [], at };
  }
  const [board, config, waiting] = await Promise.all([repo.readBoard(point.id, today), repo.findQueueConfig(point.id), repo.waitingTickets(point.id, today)]);
  const live = new Set(Object.values(board.busy));
  // The current call of each window: its newest call while the window still holds that ticket.
  const current = board.calls.filter((c, i) => live.has(c.id) && board.calls.findIndex((x) => x.window === c.window) === i);
  const shown = new Set(current.map((c) => c.id));
  const recent = board.calls.filter((c) => !shown.has(c.id)).slice(0, RECENT_SHOWN);
  const queues = [...config.queues, repo.PRIORITY_QUEUE];
  return {
    pointName: point.name,
    version: board.version,
    changed: true,
    current: current.sort((a, b) => a.window - b.window),
    recent,
    waiting: queues
      .map((q) => ({ queueId: q.id, name: q.name, prefix: q.prefix, count: waiting.filter((t) => t.queueId === q.id).length }))
      .filter((q) => q.queueId !== PRIORITY_QUEUE_ID || q.count > 0),
    at,
  };
}
