// Home (首页): search, the four scopes, my cases / bookings / points / notices, and 长辈模式.
import { Text, View } from '@tarojs/components';
import { SearchBar, Switch } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MyEntries } from '../../components/home/MyEntries';
import { ScopeEntries } from '../../components/home/ScopeEntries';
import { useHomeCounts } from '../../components/home/useHomeCounts';
import { pageClass, useElderly } from '../../lib/elderly';
import { LOGIN_PAGE } from '../../lib/session';
import './index.scss';

export default function Home() {
  const [elderly, setElderly] = useElderly();
  const counts = useHomeCounts();
  const [draft, setDraft] = useState('');

  const search = (text: string) => {
    const q = text.trim();
    Taro.navigateTo({ url: q ? `/pages/items/index?q=${encodeURIComponent(q)}` : '/pages/items/index' });
  };

  return (
    <View className={pageClass(elderly, 'home-page')}>
      <View className='home-hero'>
        <View className='home-hero-top'>
          <Text className='home-title'>代办帮办</Text>
          {/* The login page also shows who is signed in and offers to sign out. */}
          <Text
            className={`home-account${counts.user ? '' : ' home-login'}`}
            onClick={() => Taro.navigateTo({ url: LOGIN_PAGE })}
          >
            {counts.user ? counts.user.name : '登录'}
          </Text>
        </View>
        <Text className='home-subtitle'>昆都仑区政务服务代办帮办 · 让您少跑腿</Text>
        {!elderly && (
          <SearchBar
            className='home-search'
            shape='round'
            placeholder='搜索事项，如：高龄津贴'
            maxLength={40}
            value={draft}
            onChange={(value) => setDraft(value)}
            onSearch={search}
            right={
              <Text className='home-search-button' onClick={() => search(draft)}>
                搜索
              </Text>
            }
          />
        )}
      </View>

      <View className='home-free'>
        <Text className='home-free-mark'>免费</Text>
        <Text>代办帮办服务全程免费</Text>
      </View>

      {!elderly && (
        <View className='home-section'>
          <Text className='home-section-title'>按领域找事项</Text>
        </View>
      )}
      {!elderly && <ScopeEntries />}
      <MyEntries counts={counts} elderly={elderly} />

      <View className='home-setting'>
        <View className='home-setting-text'>
          <Text className='home-setting-title'>长辈模式</Text>
          <Text className='home-setting-hint'>字更大，入口更少</Text>
        </View>
        <Switch className='elderly-switch' checked={elderly} onChange={(on) => setElderly(on)} />
      </View>

      <View className='home-footer'>
        <Text>昆都仑区政务服务局 · 咨询投诉请拨打 12345</Text>
      </View>
    </View>
  );
}
