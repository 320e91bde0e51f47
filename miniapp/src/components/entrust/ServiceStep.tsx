// Step 1 服务方式: the item, the service kind and mode it offers, and for on-site service where and when.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { ServiceItem, ServicePoint } from '@app/shared';
import { useMemo } from 'react';
import { field } from '../../lib/a11y';
import { useWorkCalendar } from '../../lib/calendar';
import { Choices } from '../ui/Choices';
import { t } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import {
  dayLabel,
  kindOptions,
  modeOptions,
  nextWorkingDays,
  periodLabel,
  type Period,
  type ServiceDraft,
  type ServiceErrors,
} from './serviceChoice';

interface Props {
  item: ServiceItem;
  point?: ServicePoint;
  draft: ServiceDraft;
  errors: ServiceErrors;
  onChange: (draft: ServiceDraft) => void;
}

const PERIODS: Period[] = ['morning', 'afternoon'];

export function ServiceStep({ item, point, draft, errors, onChange }: Props) {
  const kinds = kindOptions(item);
  const modes = modeOptions(item);
  const calendar = useWorkCalendar();
  const days = useMemo(() => nextWorkingDays(calendar, new Date(), 5), [calendar]);
  const setOnSite = (patch: Partial<ServiceDraft['onSite']>) => onChange({ ...draft, onSite: { ...draft.onSite, ...patch } });

  return (
    <View className='entrust-section'>
      <View className='entrust-item'>
        <Text className='entrust-item-name'>{localized(item.name, (item as { nameMn?: string }).nameMn)}</Text>
        <Text className='entrust-item-meta'>
          {t('entrust.service.meta', { department: localized(item.departmentName, (item as { departmentNameMn?: string }).departmentNameMn), n: item.commitmentDays, fee: t('catalogue.free') })}
        </Text>
        {point && <Text className='entrust-point'>{t('entrust.service.atPoint', { point: localized(point.name, (point as { nameMn?: string }).nameMn) })}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>{t('entrust.service.kind')}</Text>
        <Choices
          label={t('entrust.service.kind')}
          className='entrust-options'
          choiceClass='entrust-kind'
          activeClass='entrust-kind--active'
          choices={kinds}
          selected={draft.kind ? [draft.kind] : []}
          onToggle={(kind) => onChange({ ...draft, kind })}
        />
        {errors.kind && <Text className='entrust-error'>{errors.kind}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>{t('entrust.service.mode')}</Text>
        <Choices
          label={t('entrust.service.mode')}
          className='entrust-options'
          choiceClass='entrust-mode'
          activeClass='entrust-mode--active'
          choices={modes}
          selected={draft.mode ? [draft.mode] : []}
          onToggle={(mode) => onChange({ ...draft, mode })}
        />
        {errors.mode && <Text className='entrust-error'>{errors.mode}</Text>}
      </View>

      {draft.mode === 'onSite' && (
        <View className='entrust-onsite'>
          <View className='entrust-field'>
            <Text className='entrust-label'>{t('entrust.service.address')}</Text>
            <Input {...field(t('entrust.service.address'))}
              className='entrust-input entrust-address'
              placeholder={t('entrust.service.addressPlaceholder')}
              maxLength={200}
              value={draft.onSite.address}
              onChange={(address) => setOnSite({ address })}
            />
            {errors.address && <Text className='entrust-error'>{errors.address}</Text>}
          </View>
          <View className='entrust-field'>
            <Text className='entrust-label'>{t('entrust.service.date')}</Text>
            <Choices
              label={t('entrust.service.date')}
              className='entrust-chips'
              choiceClass='entrust-chip entrust-date'
              activeClass='entrust-chip--active'
              choices={days.map((day) => ({ value: day, label: dayLabel(day) }))}
              selected={draft.onSite.preferredDate ? [draft.onSite.preferredDate] : []}
              onToggle={(preferredDate) => setOnSite({ preferredDate })}
            />
            {errors.preferredDate && <Text className='entrust-error'>{errors.preferredDate}</Text>}
          </View>
          <View className='entrust-field'>
            <Text className='entrust-label'>{t('entrust.service.period')}</Text>
            <Choices
              label={t('entrust.service.period')}
              className='entrust-chips'
              choiceClass='entrust-chip entrust-period'
              activeClass='entrust-chip--active'
              choices={PERIODS.map((period) => ({ value: period, label: periodLabel(period) }))}
              selected={draft.onSite.preferredPeriod ? [draft.onSite.preferredPeriod] : []}
              onToggle={(preferredPeriod) => setOnSite({ preferredPeriod })}
            />
            {errors.preferredPeriod && <Text className='entrust-error'>{errors.preferredPeriod}</Text>}
          </View>
          <Text className='entrust-hint'>{t('entrust.service.callFirst')}</Text>
        </View>
      )}
    </View>
  );
}
