// Step 1 服务方式: the item, the service kind and mode it offers, and for on-site service where and when.
import { Text, View } from '@tarojs/components';
import { Input, Radio, RadioGroup } from '@nutui/nutui-react-taro';
import type { ServiceItem, ServicePoint } from '@app/shared';
import { useMemo } from 'react';
import { useWorkCalendar } from '../../lib/calendar';
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
        <RadioGroup
          className='entrust-options'
          shape='button'
          value={draft.kind ?? ''}
          onChange={(value) => onChange({ ...draft, kind: kinds.find((k) => k.value === value)?.value })}
        >
          {kinds.map((k) => (
            <Radio key={k.value} value={k.value} className={`entrust-kind${draft.kind === k.value ? ' entrust-kind--active' : ''}`}>
              <View className='entrust-option-label'>{k.label}</View>
              <View className='entrust-option-hint'>{k.hint}</View>
            </Radio>
          ))}
        </RadioGroup>
        {errors.kind && <Text className='entrust-error'>{errors.kind}</Text>}
      </View>

      <View className='entrust-field'>
        <Text className='entrust-label'>服务方式</Text>
        <RadioGroup
          className='entrust-options'
          shape='button'
          value={draft.mode ?? ''}
          onChange={(value) => onChange({ ...draft, mode: modes.find((m) => m.value === value)?.value })}
        >
          {modes.map((m) => (
            <Radio key={m.value} value={m.value} className={`entrust-mode${draft.mode === m.value ? ' entrust-mode--active' : ''}`}>
              <View className='entrust-option-label'>{m.label}</View>
              <View className='entrust-option-hint'>{m.hint}</View>
            </Radio>
          ))}
        </RadioGroup>
        {errors.mode && <Text className='entrust-error'>{errors.mode}</Text>}
      </View>

      {draft.mode === 'onSite' && (
        <View className='entrust-onsite'>
          <View className='entrust-field'>
            <Text className='entrust-label'>上门地址</Text>
            <Input
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
            <View className='entrust-chips'>
              {days.map((day) => (
                <View
                  key={day}
                  className={`entrust-chip entrust-date${draft.onSite.preferredDate === day ? ' entrust-chip--active' : ''}`}
                  data-date={day}
                  onClick={() => setOnSite({ preferredDate: day })}
                >
                  {dayLabel(day)}
                </View>
              ))}
            </View>
            {errors.preferredDate && <Text className='entrust-error'>{errors.preferredDate}</Text>}
          </View>
          <View className='entrust-field'>
            <Text className='entrust-label'>期望时段</Text>
            <View className='entrust-chips'>
              {PERIODS.map((period) => (
                <View
                  key={period}
                  className={`entrust-chip entrust-period${draft.onSite.preferredPeriod === period ? ' entrust-chip--active' : ''}`}
                  onClick={() => setOnSite({ preferredPeriod: period })}
                >
                  {PERIOD_LABELS[period]}
                </View>
              ))}
            </View>
            {errors.preferredPeriod && <Text className='entrust-error'>{errors.preferredPeriod}</Text>}
          </View>
          <Text className='entrust-hint'>工作人员将在上门前电话与您确认时间。</Text>
        </View>
      )}
    </View>
  );
}
