// One statement the person ticks to agree with (the agreement's three confirmations): a checkbox
// whose box shows ✓ when ticked, the whole row tappable, its text the name.
import { Text, View } from '@tarojs/components';
import { decorative } from '../../lib/a11y';
import { Pressable } from './Pressable';
import './ui.scss';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Not yet possible, and why (said with the name and shown under it). */
  disabledReason?: string;
  className?: string;
}

export function Checkbox({ label, checked, onChange, disabledReason, className = '' }: Props) {
  return (
    <Pressable
      role='checkbox'
      checked={checked}
      disabled={Boolean(disabledReason)}
      label={disabledReason ? `${label}（${disabledReason}）` : undefined}
      className={`checkbox${checked ? ' checkbox--on' : ''}${disabledReason ? ' checkbox--disabled' : ''} ${className}`.trim()}
      onPress={() => onChange(!checked)}
    >
      <View className='checkbox-box' {...decorative}>
        <Text>{checked ? '✓' : ''}</Text>
      </View>
      <Text className='checkbox-label'>{label}</Text>
    </Pressable>
  );
}
