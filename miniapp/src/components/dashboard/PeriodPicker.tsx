// 统计期间: three presets and a custom from–to range chosen with date pickers.
import { Picker, Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import { useState } from 'react';
import { PRESETS, periodProblem, presetPeriod, type Period, type PresetDays } from './figures';
import { Choices } from '../ui/Choices';
import { control } from '../../lib/a11y';

export type PeriodChoice = { preset: PresetDays } | { preset: 'custom'; period: Period };

export function periodOf(choice: PeriodChoice): Period {
  return choice.preset === 'custom' ? choice.period : presetPeriod(choice.preset);
}

export function PeriodPicker({ choice, onChange }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const [custom, setCustom] = useState<Period>(() => periodOf(choice));
  const [editing, setEditing] = useState(choice.preset === 'custom');
  const [problem, setProblem] = useState<string>();
  const today = presetPeriod(30).to;

  const apply = () => {
    const found = periodProblem(custom);
    setProblem(found);
    if (!found) onChange({ preset: 'custom', period: custom });
  };

  return (
    <View className='dash-period'>
      <Choices
        label='统计期间'
        className='dash-chips'
        choiceClass='dash-chip'
        choices={[...PRESETS.map((p) => ({ value: String(p.days), label: p.label })), { value: 'custom', label: '自定义' }]}
        selected={[editing ? 'custom' : String(choice.preset ?? '')]}
        onToggle={(value: string) => {
          if (value === 'custom') return setEditing(true);
          setEditing(false);
          setProblem(undefined);
          onChange({ preset: Number(value) as (typeof PRESETS)[number]['days'] });
        }}
      />
      {editing && (
        <View className='dash-custom'>
          <Picker mode='date' value={custom.from} end={today} onChange={(e) => setCustom((c) => ({ ...c, from: String(e.detail.value) }))}>
            <View className='dash-date dash-date-from tap' {...control('button', `开始日期 ${custom.from}，点击选择`)}>
              <Text>{custom.from}</Text>
            </View>
          </Picker>
          <Text className='dash-muted'>至</Text>
          <Picker mode='date' value={custom.to} end={today} onChange={(e) => setCustom((c) => ({ ...c, to: String(e.detail.value) }))}>
            <View className='dash-date dash-date-to tap' {...control('button', `结束日期 ${custom.to}，点击选择`)}>
              <Text>{custom.to}</Text>
            </View>
          </Picker>
          <Button className='dash-apply' size='small' type='primary' onClick={apply}>
            查询
          </Button>
        </View>
      )}
      {problem && <Text className='dash-error'>{problem}</Text>}
    </View>
  );
}
