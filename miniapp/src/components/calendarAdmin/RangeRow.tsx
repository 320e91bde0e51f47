// One line of an arrangement: 放假 or 调休上班, the festival's name, and its first and last day,
// typed as the notice writes them (2月15日, 2-15 or 2027-02-15).
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { useEffect, useState } from 'react';
import { ChipGroup } from '../catalogueAdmin/ChipGroup';
import { KIND_OPTIONS, parseDay, type RangeDraft } from './calendarForm';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';

interface Props {
  index: number;
  range: RangeDraft;
  year: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<RangeDraft>) => void;
  onRemove: () => void;
}

/** A date field: shows what was typed until it leaves the field, then the date it means (or why not). */
function DayInput({ label, value, year, className, onDate }: { label: string; value: string; year: number; className: string; onDate: (date: string) => void }) {
  const [text, setText] = useState(value);
  const [bad, setBad] = useState(false);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const date = parseDay(year, text);
    setBad(!date);
    if (date) {
      setText(date);
      onDate(date);
    }
  };
  return (
    <View className={`cal-day-field ${className}`}>
      <Input {...field(label)} className='cal-date' placeholder='如 2-15' value={text} maxLength={12} onChange={setText} onBlur={commit} onConfirm={commit} />
      {bad && <Text className='cal-error'>{label}格式应为 月-日，如 2-15</Text>}
    </View>
  );
}

export function RangeRow({ index, range, year, errors, onChange, onRemove }: Props) {
  const err = (field: string) => errors[`ranges.${index}.${field}`];
  return (
    <View className={`cal-range cal-range--${range.kind}`} data-index={index}>
      <View className='cal-range-head'>
        <Text className='cal-range-no'>第 {index + 1} 条</Text>
        <ChipGroup label={`第 ${index + 1} 条是放假还是调休上班`} options={KIND_OPTIONS} selected={[range.kind]} onToggle={(kind) => onChange({ kind })} />
        <Pressable className='cal-range-remove' label={`删除第 ${index + 1} 条`} onPress={onRemove}>
          <Text>删除</Text>
        </Pressable>
      </View>
      <View className='cal-range-fields'>
        <Input {...field(`第 ${index + 1} 条的节日名称`)} className='cal-range-name' placeholder='节日，如 春节' value={range.name} maxLength={20} onChange={(name) => onChange({ name })} />
        <DayInput label='开始日期' className='cal-from' value={range.from} year={year} onDate={(from) => onChange({ from, to: range.to < from ? from : range.to })} />
        <Text className='cal-muted'>至</Text>
        <DayInput label='结束日期' className='cal-to' value={range.to} year={year} onDate={(to) => onChange({ to })} />
      </View>
      {(['name', 'kind', 'from', 'to'] as const).map((f) => (err(f) ? <Text key={f} className='cal-error'>{err(f)}</Text> : null))}
    </View>
  );
}
