// 统计期间: three presets and a custom from–to range chosen with date pickers.
import { Picker, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { PRESETS, periodProblem, presetPeriod, type Period, type PresetDays } from './figures';

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
      <View className='dash-chips'>
        {PRESETS.map((p) => (
          <Text
            key={p.days}
            className={`dash-chip${choice.preset === p.days && !editing ? ' dash-chip--on' : ''}`}
            onClick={() => {
              setEditing(false);
              setProblem(undefined);
              onChange({ preset: p.days });
            }}
          >
            {p.label}
          </Text>
        ))}
        <Text className={`dash-chip${editing ? ' dash-chip--on' : ''}`} onClick={() => setEditing(true)}>
          自定义
        </Text>
      </View>
      {editing && (
        <View className='dash-custom'>
          <Picker mode='date' value={custom.from} end={today} onChange={(e) => setCustom((c) => ({ ...c, from: String(e.detail.value) }))}>
            <Text className='dash-date dash-date-from'>{custom.from}</Text>
          </Picker>
          <Text className='dash-muted'>至</Text>
          <Picker mode='date' value={custom.to} end={today} onChange={(e) => setCustom((c) => ({ ...c, to: String(e.detail.value) }))}>
            <Text className='dash-date dash-date-to'>{custom.to}</Text>
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
