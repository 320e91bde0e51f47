// 服务方式 (step 1 of the entrustment): which kinds and modes an item offers, the mode preselected
// from the link, and the on-site request (address, a working day, morning or afternoon).
import { addWorkingDays, chinaDate, ServiceKind, ServiceMode, type ServiceItem, type WorkCalendar } from '@app/shared';
import { t } from '../../lib/i18n';
import '../../i18n/catalogue';
import '../../i18n/entrust';

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

/** 上午 / 下午, in the app's language. */
export const periodLabel = (period: Period): string => t(`entrust.service.${period}`);

export const kindOptions = (item: Pick<ServiceItem, 'serviceKinds'>) =>
  ServiceKind.values.filter((k) => item.serviceKinds.includes(k)).map((value) => ({ value, label: t(`catalogue.kind.${value}`), hint: t(`entrust.service.kindHints.${value}`) }));

export const modeOptions = (item: Pick<ServiceItem, 'serviceModes'>) =>
  ServiceMode.values.filter((m) => item.serviceModes.includes(m)).map((value) => ({ value, label: t(`catalogue.mode.${value}`), hint: t(`entrust.service.modeHints.${value}`) }));

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

/** 2026-11-26 → 11月26日 周四, in the app's language. */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = t(`common.weekdays.d${d.getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6}`);
  return `${t('common.monthDay', { m: d.getUTCMonth() + 1, d: d.getUTCDate() })} ${weekday}`;
}

export function validateService(draft: ServiceDraft, item: Pick<ServiceItem, 'serviceKinds' | 'serviceModes'>): ServiceErrors {
  const errors: ServiceErrors = {};
  if (!draft.kind || !item.serviceKinds.includes(draft.kind)) errors.kind = t('entrust.service.errors.kind');
  if (!draft.mode || !item.serviceModes.includes(draft.mode)) errors.mode = t('entrust.service.errors.mode');
  if (draft.mode === 'onSite') {
    const address = draft.onSite.address.trim();
    if (!address) errors.address = t('entrust.service.errors.address');
    else if (Array.from(address).length > 200) errors.address = t('entrust.service.errors.addressLong', { n: 200 });
    if (!draft.onSite.preferredDate) errors.preferredDate = t('entrust.service.errors.date');
    if (!draft.onSite.preferredPeriod) errors.preferredPeriod = t('entrust.service.errors.period');
  }
  return errors;
}

/** The on-site part of POST /cases: present for on-site service only, as the API requires. */
export function onSiteRequest(draft: ServiceDraft) {
  if (draft.mode !== 'onSite' || !draft.onSite.preferredPeriod) return undefined;
  return { address: draft.onSite.address.trim(), preferredDate: draft.onSite.preferredDate, preferredPeriod: draft.onSite.preferredPeriod };
}
