// The four scopes of the policy as big home entries, each opening the catalogue filtered to it.
import { Text, View } from '@tarojs/components';
import { SCOPES } from '@app/shared';
import Taro from '@tarojs/taro';
import { t } from '../../lib/i18n';
import { Pressable } from '../ui/Pressable';
import './home.scss';

export function ScopeEntries() {
  return (
    <View className='home-scopes'>
      {SCOPES.map((scope) => (
        <Pressable
          key={scope}
          role='link'
          className={`home-scope home-scope--${scope}`}
          hoverClass='home-entry--pressed'
          onPress={() => Taro.navigateTo({ url: `/resident/items/index?scope=${scope}` })}
        >
          <Text className='home-scope-title'>{t(`vocab.scope.${scope}`)}</Text>
          {/* What each scope covers, in the words a resident would look for. */}
          <Text className='home-scope-hint'>{t(`home.scopeHints.${scope}`)}</Text>
        </Pressable>
      ))}
    </View>
  );
}
