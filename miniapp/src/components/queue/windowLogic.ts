// What an agent at a window may do with the ticket in front of them, and why not: the same rules
// the API applies (functions/src/queue/calling.ts), so a disabled button says its reason before a tap.
import { QueueRefusal, TicketState, type Ticket, type TicketAction, type WindowView } from '@app/shared';
import Taro from '@tarojs/taro';

/** 叫号, then the four actions on the current ticket. */
export type WindowAction = 'call' | TicketAction;

export const ACTION_LABELS: Record<WindowAction, string> = { call: '叫号', recall: '重呼', miss: '过号', start: '开始办理', finish: '办结' };
export const WINDOW_ACTIONS: readonly WindowAction[] = ['call', 'recall', 'miss', 'start', 'finish'];

/** Calls a ticket must have had before it may be marked missed. */
export const CALLS_BEFORE_MISS = 3;

/** Why `action` cannot be done now at this window, or undefined when it can. */
export function whyNot(action: WindowAction, view: Pick<WindowView, 'current' | 'next'>): string | undefined {
  const t = view.current;
  if (action === 'call') {
    if (t) return QueueRefusal.labels.windowBusy;
    return view.next.length === 0 ? QueueRefusal.labels.nobodyWaiting : undefined;
  }
  if (!t) return '本窗口当前没有号码，请先叫号';
  if (action === 'finish') return t.state === 'serving' ? undefined : QueueRefusal.labels.ticketNotServing;
  if (t.state === 'serving') return action === 'start' ? '已在办理中' : '已开始办理，不能再重呼或过号';
  if (t.state !== 'called') return QueueRefusal.labels.ticketNotCalled;
  if (action === 'miss' && t.calls < CALLS_BEFORE_MISS) return QueueRefusal.labels.tooFewCalls;
  return undefined;
}

/** The reasons under the buttons, one line per reason with the buttons it holds back: 重呼、过号：… */
export function reasonLines(view: Pick<WindowView, 'current' | 'next'>): string[] {
  const held = new Map<string, string[]>();
  for (const action of WINDOW_ACTIONS) {
    const reason = whyNot(action, view);
    if (reason) held.set(reason, [...(held.get(reason) ?? []), ACTION_LABELS[action]]);
  }
  return [...held].map(([reason, labels]) => `${labels.join('、')}：${reason}`);
}

/** Whole minutes from one instant to another (never negative). */
export function minutesBetween(from: string, to: string | Date): number {
  const end = typeof to === 'string' ? Date.parse(to) : to.getTime();
  return Math.max(0, Math.floor((end - Date.parse(from)) / 60_000));
}

/** The ticket's state and times as the agent reads them: 已叫 2 次 · 等候 12 分钟 · 办理 5 分钟. */
export function ticketFacts(t: Ticket, now: Date): string[] {
  const facts: string[] = [TicketState.labels[t.state]];
  if (t.calls > 0) facts.push(`已叫 ${t.calls} 次`);
  facts.push(`等候 ${minutesBetween(t.issuedAt, t.calledAt ?? now)} 分钟`);
  if (t.startedAt) facts.push(`办理 ${minutesBetween(t.startedAt, t.finishedAt ?? now)} 分钟`);
  return facts;
}

/** 10:05 in Baotou, whatever the phone's time zone. */
export function chinaClock(at: string): string {
  return new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(11, 16);
}

const WINDOW_KEY = 'queue.window';

/** The window this device's agent last worked at (an agent sits at the same window all day). */
export function rememberedWindow(windows: number): number | undefined {
  const saved = Number(Taro.getStorageSync(WINDOW_KEY));
  return Number.isInteger(saved) && saved >= 1 && saved <= windows ? saved : undefined;
}

export function rememberWindow(window: number): void {
  Taro.setStorageSync(WINDOW_KEY, window);
}
