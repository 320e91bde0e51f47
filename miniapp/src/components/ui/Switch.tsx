// An on/off setting as one row: its title and hint are the switch's name, and a tap anywhere on
// the row (label included) turns it, as WeChat's own settings do.
import { Text, View } from '@tarojs/components';
import { decorative } from '../../lib/a11y';
import { Pressable } from './Pressable';
import './ui.scss';

interface Props {
  title: string;
  hint?: string;
  on: boolean;
  onChange: (on: boolean) => void;
  className?: string;
}

export function Switch({ title, hint, on, onChange, className = '' }: Props) {
  return (
    <Pressable role='switch' checked={on} label={hint ? `${title}，${hint}` : title} className={`switch-row ${className}`.trim()} onPress={() => onChange(!on)}>
      <View className='switch-text'>
        <Text className='switch-title'>{title}</Text>
        {hint && <Text className='switch-hint'>{hint}</Text>}
      </View>
      <View className={`switch-track${on ? ' switch-track--on' : ''}`} {...decorative}>
        <View className='switch-thumb' />
      </View>
    </Pressable>
  );
}
