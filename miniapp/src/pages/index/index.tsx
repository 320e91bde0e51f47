// Home (首页): search, the four scopes, my cases / bookings / points / notices, and 长辈模式.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MyEntries } from '../../components/home/MyEntries';
import { ScopeEntries } from '../../components/home/ScopeEntries';
import { useHomeCounts } from '../../components/home/useHomeCounts';
import { field, heading } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { Pressable } from '../../components/ui/Pressable';
import { Switch } from '../../components/ui/Switch';
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
          <Text className='home-title' {...heading(1)}>
            代办帮办
          </Text>
          {/* The login page also shows who is signed in and offers to sign out. */}
          <Pressable
            role='link'
            label={counts.user ? `${counts.user.name}，账户与退出登录` : '登录'}
            className={`home-account${counts.user ? '' : ' home-login'}`}
            onPress={() => Taro.navigateTo({ url: LOGIN_PAGE })}
          >
            <Text>{counts.user ? counts.user.name : '登录'}</Text>
          </Pressable>
        </View>
        <Text className='home-subtitle'>昆都仑区政务服务代办帮办 · 让您少跑腿</Text>
        {!elderly && (
          <View className='home-search'>
            <Input
              className='home-search-input'
              {...field('搜索事项')}
              placeholder='搜索事项，如：高龄津贴'
              placeholderClass='home-search-placeholder'
              confirmType='search'
              maxlength={40}
              value={draft}
              onInput={(e) => setDraft(e.detail.value)}
              onConfirm={(e) => search(e.detail.value)}
            />
            <Pressable className='home-search-button' onPress={() => search(draft)}>
              <Text>搜索</Text>
            </Pressable>
          </View>
        )}
      </View>

      <View className='home-free'>
        <Text className='home-free-mark'>免费</Text>
        <Text>代办帮办服务全程免费</Text>
      </View>

      {!elderly && (
        <View className='home-section'>
          <Text className='home-section-title' {...heading(2)}>
            按领域找事项
          </Text>
        </View>
      )}
      {!elderly && <ScopeEntries />}
      <MyEntries counts={counts} elderly={elderly} />

      <Switch className='home-setting elderly-switch' title='长辈模式' hint='字更大，入口更少' on={elderly} onChange={setElderly} />

      <View className='home-footer'>
        <Text>昆都仑区政务服务局 · 咨询投诉请拨打 12345</Text>
      </View>
    </View>
  );
}
