// 服务方式 (step 1 of the entrustment): which kinds and modes an item offers, the mode preselected
// from the link, and the on-site request (address, a working day, morning or afternoon).
import { addWorkingDays, chinaDate, ServiceKind, ServiceMode, type ServiceItem, type WorkCalendar } from '@app/shared';

export type ServiceKindValue = ServiceItem['serviceKinds'][number];
export type ServiceModeValue = ServiceItem['serviceModes'][number];
export type Period = 'morning' | 'afternoon';

export interface OnSiteDraft {
  address: string;
  preferredDate: string;
  preferredPeriod: Period | '';
}

export interface ServiceDraft {
  kind?: ServiceKindValue;
  mode?: ServiceModeValue;
  onSite: OnSiteDraft;
}

export type ServiceErrors = Partial<Record<'kind' | 'mode' | 'address' | 'preferredDate' | 'preferredPeriod', string>>;

export const PERIOD_LABELS: Record<Period, string> = { morning: '上午', afternoon: '下午' };

/** One line under each option, so a first-time user knows what they are choosing. */
export const KIND_HINTS: Record<ServiceKindValue, string> = {
  consult: '解答办事政策和流程',
  guide: '指导准备材料、填写表格',
  coordinate: '协调相关部门共同办理',
  handleOnBehalf: '工作人员替您办理',
  assist: '工作人员协助您自己办理',
};
export const MODE_HINTS: Record<ServiceModeValue, string> = {
  appointment: '预约时间到窗口办理',
  extendedHours: '工作时间以外预约办理',
  onSite: '工作人员上门受理',
  online: '全程网上办理',
};

export const kindOptions = (item: Pick<ServiceItem, 'serviceKinds'>) =>
  ServiceKind.values.filter((k) => item.serviceKinds.includes(k)).map((value) => ({ value, label: ServiceKind.labels[value], hint: KIND_HINTS[value] }));

export const modeOptions = (item: Pick<ServiceItem, 'serviceModes'>) =>
  ServiceMode.values.filter((m) => item.serviceModes.includes(m)).map((value) => ({ value, label: ServiceMode.labels[value], hint: MODE_HINTS[value] }));

/** The mode from the link when the item offers it; the only mode when there is just one. */
export function initialMode(item: Pick<ServiceItem, 'serviceModes'>, requested: string | undefined): ServiceModeValue | undefined {
  const offered = item.serviceModes.find((m) => m === requested);
  if (offered) return offered;
  return item.serviceModes.length === 1 ? item.serviceModes[0] : undefined;
}

/**
 * The kind the link asked for (委托代办 → 代办, 预约帮办 → 帮办) when the item offers it; otherwise the
 * only kind when there is just one, so nobody has to tap the obvious.
 */
export function initialKind(item: Pick<ServiceItem, 'serviceKinds'>, requested?: string): ServiceKindValue | undefined {
  const offered = item.serviceKinds.find((k) => k === requested);
  if (offered) return offered;
  return item.serviceKinds.length === 1 ? item.serviceKinds[0] : undefined;
}

/** The next `count` working days after today in China (调休 make-up days included). */
export function nextWorkingDays(calendar: WorkCalendar, now: Date, count: number): string[] {
  const today = chinaDate(now);
  return Array.from({ length: count }, (_, i) => addWorkingDays(calendar, today, i + 1));
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 2026-11-26 → 11月26日 周四 */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEKDAYS[d.getUTCDay()]}`;
}

export function validateService(draft: ServiceDraft, item: Pick<ServiceItem, 'serviceKinds' | 'serviceModes'>): ServiceErrors {
  const errors: ServiceErrors = {};
  if (!draft.kind || !item.serviceKinds.includes(draft.kind)) errors.kind = '请选择服务类型';
  if (!draft.mode || !item.serviceModes.includes(draft.mode)) errors.mode = '请选择服务方式';
  if (draft.mode === 'onSite') {
    const address = draft.onSite.address.trim();
    if (!address) errors.address = '请填写上门地址';
    else if (Array.from(address).length > 200) errors.address = '地址不超过 200 个字';
    if (!draft.onSite.preferredDate) errors.preferredDate = '请选择上门日期';
    if (!draft.onSite.preferredPeriod) errors.preferredPeriod = '请选择上午或下午';
  }
  return errors;
}

/** The on-site part of POST /cases: present for on-site service only, as the API requires. */
export function onSiteRequest(draft: ServiceDraft) {
  if (draft.mode !== 'onSite' || !draft.onSite.preferredPeriod) return undefined;
  return { address: draft.onSite.address.trim(), preferredDate: draft.onSite.preferredDate, preferredPeriod: draft.onSite.preferredPeriod };
}
