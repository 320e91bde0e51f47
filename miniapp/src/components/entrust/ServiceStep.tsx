// Step 1 服务方式: the item, the service kind and mode it offers, and for on-site service where and when.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { ServiceItem, ServicePoint } from '@app/shared';
import { useMemo } from 'react';
import { field } from '../../lib/a11y';
import { useWorkCalendar } from '../../lib/calendar';
import { Choices } from '../ui/Choices';
import {
  dayLabel,
  kindOptions,
  modeOptions,
  nextWorkingDays,
  PERIOD_LABELS,
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
        <Text className='entrust-item-name'>{item.name}</Text>
        <Text className='entrust-item-meta'>
          {item.departmentName} · 承诺时限 {item.commitmentDays} 个工作日 · {item.fee.note}
        </Text>
        {point && <Text className='entrust-point'>在 {point.name} 受理</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>服务类型</Text>
        <Choices
          label='服务类型'
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
        <Text className='entrust-label'>服务方式</Text>
        <Choices
          label='服务方式'
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
            <Text className='entrust-label'>上门地址</Text>
            <Input {...field('上门地址')}
              className='entrust-input entrust-address'
              placeholder='请填写详细地址（街道、小区、门牌号）'
              maxLength={200}
              value={draft.onSite.address}
              onChange={(address) => setOnSite({ address })}
            />
            {errors.address && <Text className='entrust-error'>{errors.address}</Text>}
          </View>
          <View className='entrust-field'>
            <Text className='entrust-label'>期望日期</Text>
            <Choices
              label='期望日期'
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
            <Text className='entrust-label'>期望时段</Text>
            <Choices
              label='期望时段'
              className='entrust-chips'
              choiceClass='entrust-chip entrust-period'
              activeClass='entrust-chip--active'
              choices={PERIODS.map((period) => ({ value: period, label: PERIOD_LABELS[period] }))}
              selected={draft.onSite.preferredPeriod ? [draft.onSite.preferredPeriod] : []}
              onToggle={(preferredPeriod) => setOnSite({ preferredPeriod })}
            />
            {errors.preferredPeriod && <Text className='entrust-error'>{errors.preferredPeriod}</Text>}
          </View>
          <Text className='entrust-hint'>工作人员将在上门前电话与您确认时间。</Text>
        </View>
      )}
    </View>
  );
}
