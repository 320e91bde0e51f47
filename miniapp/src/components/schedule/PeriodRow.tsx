// One opening period of a point: 办公时间 or 延时服务, its weekdays, from–to, and optionally its own
// windows, slot length and validity dates (e.g. Saturdays in the farming season).
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { ChipGroup } from '../catalogueAdmin/ChipGroup';
import { KIND_OPTIONS, WEEKDAY_OPTIONS, type PeriodDraft } from './scheduleForm';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';

interface Props {
  index: number;
  period: PeriodDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<PeriodDraft>) => void;
  onRemove: () => void;
}

function Field({ label, value, placeholder, className, onChange }: { label: string; value: string; placeholder: string; className: string; onChange: (v: string) => void }) {
  return (
    <View className={`sch-field ${className}`}>
      <Text className='sch-field-label'>{label}</Text>
      <Input className='sch-input' {...field(label)} placeholder={placeholder} value={value} maxLength={10} onChange={onChange} />
    </View>
  );
}

export function PeriodRow({ index, period, errors, onChange, onRemove }: Props) {
  const err = (field: string) => errors[`periods.${index}.${field}`];
  const toggleDay = (day: string) => {
    const d = Number(day);
    onChange({ weekdays: period.weekdays.includes(d) ? period.weekdays.filter((x) => x !== d) : [...period.weekdays, d].sort() });
  };
  return (
    <View className={`cal-range sch-period sch-period--${period.kind}`} data-index={index}>
      <View className='cal-range-head'>
        <Text className='cal-range-no'>第 {index + 1} 段</Text>
        <ChipGroup label={`第 ${index + 1} 段的类型`} options={KIND_OPTIONS} selected={[period.kind]} onToggle={(kind) => onChange({ kind })} />
        <Pressable className='cal-range-remove' label={`删除第 ${index + 1} 段`} onPress={onRemove}>
          <Text>删除</Text>
        </Pressable>
      </View>
      <ChipGroup label={`第 ${index + 1} 段适用的星期`} multiple className='sch-weekdays' options={WEEKDAY_OPTIONS} selected={period.weekdays.map(String)} onToggle={toggleDay} />
      <View className='sch-row'>
        <Field label='开始' className='sch-from' value={period.from} placeholder='09:00' onChange={(from) => onChange({ from })} />
        <Field label='结束' className='sch-to' value={period.to} placeholder='12:00' onChange={(to) => onChange({ to })} />
        <Field label='窗口数' className='sch-windows' value={period.windows} placeholder='同网点' onChange={(windows) => onChange({ windows })} />
        <Field label='每段分钟' className='sch-slot' value={period.slotMinutes} placeholder='同网点' onChange={(slotMinutes) => onChange({ slotMinutes })} />
      </View>
      <View className='sch-row'>
        <Field label='有效期自' className='sch-valid-from' value={period.validFrom} placeholder='长期' onChange={(validFrom) => onChange({ validFrom })} />
        <Field label='有效期至' className='sch-valid-to' value={period.validTo} placeholder='长期' onChange={(validTo) => onChange({ validTo })} />
      </View>
      {(['weekdays', 'from', 'to', 'windows', 'slotMinutes', 'validFrom', 'validTo'] as const).map((f) => (err(f) ? <Text key={f} className='cal-error'>{err(f)}</Text> : null))}
    </View>
  );
}
