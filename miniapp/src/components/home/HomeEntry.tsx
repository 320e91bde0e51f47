// One entry on the home page: an icon, a title and an optional count badge; opens a page on tap.
import { Text, View } from '@tarojs/components';
import { Badge } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import './home.scss';

interface HomeEntryProps {
  className: string;
  title: string;
  hint?: string;
  icon: ReactNode;
  url: string;
  /** Shown as a red count on the icon when above 0. */
  badge?: number;
  badgeClassName?: string;
  /** 长辈模式: a full-width row with very large type. */
  large?: boolean;
}

export function HomeEntry({ className, title, hint, icon, url, badge = 0, badgeClassName, large = false }: HomeEntryProps) {
  const iconView = <View className='home-entry-icon'>{icon}</View>;
  return (
    <View
      className={`home-entry ${large ? 'home-entry--large' : ''} ${className}`}
      hoverClass='home-entry--pressed'
      onClick={() => Taro.navigateTo({ url })}
    >
      {badge > 0 ? (
        <Badge className={`home-badge ${badgeClassName ?? ''}`} value={badge} max={99}>
          {iconView}
        </Badge>
      ) : (
        iconView
      )}
      <View className='home-entry-text'>
        <Text className='home-entry-title'>{title}</Text>
        {hint && <Text className='home-entry-hint'>{hint}</Text>}
      </View>
    </View>
  );
}
