// One entry on the home page: an icon, a title and an optional count; a link that opens a page.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { decorative } from '../../lib/a11y';
import { t } from '../../lib/i18n';
import { Pressable } from '../ui/Pressable';
import './home.scss';

interface HomeEntryProps {
  className: string;
  title: string;
  hint?: string;
  icon: ReactNode;
  url: string;
  /** Shown as a red count on the icon when above 0, and said with the title. */
  badge?: number;
  /** What the count is, e.g. "件需要您处理", for the spoken name (default: unread). */
  badgeMeaning?: string;
  badgeClassName?: string;
  /** 长辈模式: a full-width row with very large type. */
  large?: boolean;
}

export function HomeEntry({ className, title, hint, icon, url, badge = 0, badgeMeaning = t('home.entries.unread'), badgeClassName = '', large = false }: HomeEntryProps) {
  const count = badge > 99 ? '99+' : String(badge);
  const name = [title, badge > 0 ? `${count} ${badgeMeaning}` : '', hint ?? ''].filter(Boolean).join(', ');
  return (
    <Pressable
      role='link'
      label={name}
      className={`home-entry ${large ? 'home-entry--large' : ''} ${className}`}
      hoverClass='home-entry--pressed'
      onPress={() => Taro.navigateTo({ url })}
    >
      <View className='home-entry-icon' {...decorative}>
        {icon}
        {badge > 0 && <Text className={`home-badge ${badgeClassName}`.trim()}>{count}</Text>}
      </View>
      <View className='home-entry-text'>
        <Text className='home-entry-title'>{title}</Text>
        {hint && <Text className='home-entry-hint'>{hint}</Text>}
      </View>
    </Pressable>
  );
}
