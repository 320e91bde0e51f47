// How the app words and colours domain values: one place, so every page says the same thing.
import {
  CaseAction,
  CaseState,
  Channel,
  RatingLevel,
  ServiceKind,
  ServiceMode,
  describeDaysLeft,
  stateFamily,
  type CaseState as State,
  type CaseSummary,
} from '@app/shared';
import { t } from './i18n';

export const stateLabel = (state: State) => CaseState.labels[state];
export const actionLabel = (action: keyof typeof CaseAction.labels) => CaseAction.labels[action];
export const kindLabel = (kind: keyof typeof ServiceKind.labels) => ServiceKind.labels[kind];
export const modeLabel = (mode: keyof typeof ServiceMode.labels) => ServiceMode.labels[mode];
export const channelLabel = (channel: keyof typeof Channel.labels) => Channel.labels[channel];
export const ratingLabel = (level: keyof typeof RatingLevel.labels) => RatingLevel.labels[level];

/** NutUI Tag types by state family: blue while being worked, green when done, grey when closed. */
export function stateTagType(state: State): 'primary' | 'success' | 'default' {
  const family = stateFamily(state);
  return family === 'open' ? 'primary' : family === 'done' ? 'success' : 'default';
}

/** 限时办结: red when overdue, yellow within a working day, plain otherwise. */
export function deadlineTone(deadline: CaseSummary['deadline']): 'overdue' | 'near' | 'onTrack' | 'none' {
  return deadline ? deadline.status : 'none';
}

export function deadlineText(deadline: CaseSummary['deadline']): string {
  if (!deadline) return '';
  if (deadline.paused) return `计时暂停（承诺办结 ${deadline.dueDate}）`;
  return `${describeDaysLeft(deadline.workingDaysLeft)}（${deadline.dueDate}）${deadline.official ? '' : '，节假日安排待公布'}`;
}

/** 2026-11-25T03:14:00Z → 11月25日 11:14 (China time), in the app's language. */
export function formatTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('common.monthDayTime', { m: d.getUTCMonth() + 1, d: d.getUTCDate(), hm: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` });
}

export { needsApplicant } from './needsApplicant';
