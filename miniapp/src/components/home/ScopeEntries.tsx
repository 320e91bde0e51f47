// The four scopes of the policy as big home entries, each opening the catalogue filtered to it.
import { Text, View } from '@tarojs/components';
import { Scope } from '@app/shared';
import Taro from '@tarojs/taro';
import { Pressable } from '../ui/Pressable';
import './home.scss';

/** What each scope covers, in the words a resident would look for. */
const HINTS: Record<Scope, string> = {
  investmentApproval: '项目备案、可研审批、节能审查',
  constructionApproval: '规划许可、施工许可、竣工备案',
  enterpriseEstablishment: '设立登记、刻章、申领发票',
  livelihood: '社保、救助、津贴、医保备案',
};

export function ScopeEntries() {
  return (
    <View className='home-scopes'>
      {Scope.values.map((scope) => (
        <Pressable
          key={scope}
          role='link'
          className={`home-scope home-scope--${scope}`}
          hoverClass='home-entry--pressed'
          onPress={() => Taro.navigateTo({ url: `/pages/items/index?scope=${scope}` })}
        >
          <Text className='home-scope-title'>{Scope.labels[scope]}</Text>
          <Text className='home-scope-hint'>{HINTS[scope]}</Text>
        </Pressable>
      ))}
    </View>
  );
}
