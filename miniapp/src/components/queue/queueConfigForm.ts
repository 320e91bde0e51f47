// The bureau's draft of a point's queues (what the fields hold, as typed) and the way back to the
// request, and a 400's issues onto the fields they are about.
import type { Queue, QueueConfigResponse } from '@app/shared';

export interface QueueDraft {
  /** React's key: the id may be edited in no way, but a new queue has none the API knows yet. */
  key: string;
  id: string;
  name: string;
  prefix: string;
  dailyCap: string;
  active: boolean;
  windows: number[];
}

/** Field errors by `index.field` (e.g. `0.dailyCap`), and `form` for the whole. */
export type QueueErrors = Record<string, string>;

export const draftOf = (config: Pick<QueueConfigResponse, 'queues'>): QueueDraft[] => config.queues.map((q) => ({ ...q, key: q.id, dailyCap: String(q.dailyCap) }));

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWX';

/** A new queue: the first letter no queue uses yet, a cap of 100, every window. */
export function newQueue(drafts: QueueDraft[]): QueueDraft {
  const id = `q${Date.now().toString(36)}`;
  const prefix = [...LETTERS].find((l) => !drafts.some((d) => d.prefix === l)) ?? '';
  return { key: id, id, name: '', prefix, dailyCap: '100', active: true, windows: [] };
}

/** The queues to send, or the fields that cannot be sent as typed (a cap that is no whole number). */
export function requestOf(drafts: QueueDraft[]): { queues: Queue[] } | { errors: QueueErrors } {
  const errors: QueueErrors = {};
  const queues = drafts.map((d, i) => {
    const cap = d.dailyCap.trim();
    if (!/^\d+$/.test(cap)) errors[`${i}.dailyCap`] = '每日上限请填写整数';
    return { id: d.id, name: d.name.trim(), prefix: d.prefix.trim().toUpperCase(), dailyCap: Number(cap), active: d.active, windows: [...d.windows].sort((a, b) => a - b) };
  });
  return Object.keys(errors).length ? { errors } : { queues };
}

const FALLBACK: Record<string, string> = { name: '请填写队列名称（最多 20 字）', prefix: '队列字母为 A–X 中的一个大写字母', dailyCap: '每日上限为 1–999 的整数', windows: '请检查服务窗口' };

/** A 400's issues (path body.queues.i.field) as messages beside their fields; Chinese ones as the API wrote them. */
export function errorsOf(issues: readonly { path: readonly (string | number)[]; message: string }[]): QueueErrors {
  const errors: QueueErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    const chinese = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : undefined;
    if (path[0] === 'queues' && typeof path[1] === 'number' && typeof path[2] === 'string') {
      errors[`${path[1]}.${path[2]}`] ??= chinese ?? FALLBACK[path[2]] ?? '请检查此项';
    } else errors.form ??= chinese ?? '请检查标红的内容';
  }
  return errors;
}
