// A row of tabs that switch what a page lists (部门/服务网点, 近30天/近一年 …): a named tablist of
// Pressable tabs, the chosen one marked by fill and weight, not colour alone.
import { Text, View } from '@tarojs/components';
import { group } from '../../lib/a11y';
import { Pressable } from './Pressable';
import './ui.scss';

interface Props<T extends string> {
  label: string;
  tabs: readonly { value: T; title: string; className?: string }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

export function TabBar<T extends string>({ label, tabs, value, onChange, className = '' }: Props<T>) {
  return (
    <View className={`tab-bar ${className}`.trim()} {...group('tablist', label)}>
      {tabs.map((t) => (
        <Pressable
          key={t.value}
          role='tab'
          selected={t.value === value}
          className={`tab-bar-tab${t.className ? ` ${t.className}` : ''}${t.value === value ? ' tab-bar-tab--on' : ''}`}
          data={{ value: t.value }}
          onPress={() => onChange(t.value)}
        >
          <Text>{t.title}</Text>
        </Pressable>
      ))}
    </View>
  );
}
