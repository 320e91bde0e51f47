// Home (首页): search, the four scopes, my cases / bookings / points / notices, and 长辈模式.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { MyEntries } from '../../components/home/MyEntries';
import { ScopeEntries } from '../../components/home/ScopeEntries';
import { useHomeCounts } from '../../components/home/useHomeCounts';
import { field, heading } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { Pressable } from '../../components/ui/Pressable';
import { Switch } from '../../components/ui/Switch';
import { LOGIN_PAGE } from '../../lib/session';
import './index.scss';

export default function Home() {
  const [elderly, setElderly] = useElderly();
  const [language] = useLanguage();
  const counts = useHomeCounts();
  const [draft, setDraft] = useState('');

  const search = (text: string) => {
    const q = text.trim();
    Taro.navigateTo({ url: q ? `/resident/items/index?q=${encodeURIComponent(q)}` : '/resident/items/index' });
  };

  return (
    <View className={pageClass(elderly, `home-page ${languageClass(language)}`)} {...languageProps(language)}>
      <View className='home-hero'>
        <View className='home-hero-top'>
          <Text className='home-title' {...heading(1)}>
            {t('home.title')}
          </Text>
          {/* The login page also shows who is signed in and offers to sign out. */}
          <Pressable
            role='link'
            label={counts.user ? t('home.accountName', { name: counts.user.name }) : t('common.login')}
            className={`home-account${counts.user ? '' : ' home-login'}`}
            onPress={() => Taro.navigateTo({ url: LOGIN_PAGE })}
          >
            <Text>{counts.user ? counts.user.name : t('common.login')}</Text>
          </Pressable>
        </View>
        <Text className='home-subtitle'>{t('home.subtitle')}</Text>
        {!elderly && (
          <View className='home-search'>
            <Input
              className='home-search-input'
              {...field(t('home.searchField'))}
              placeholder={t('home.searchPlaceholder')}
              placeholderClass='home-search-placeholder'
              confirmType='search'
              maxlength={40}
              value={draft}
              onInput={(e) => setDraft(e.detail.value)}
              onConfirm={(e) => search(e.detail.value)}
            />
            <Pressable className='home-search-button' onPress={() => search(draft)}>
              <Text>{t('home.search')}</Text>
            </Pressable>
          </View>
        )}
      </View>

      <View className='home-free'>
        <Text className='home-free-mark'>{t('home.freeMark')}</Text>
        <Text className='home-free-text'>{t('home.free')}</Text>
      </View>

      {!elderly && (
        <View className='home-section'>
          <Text className='home-section-title' {...heading(2)}>
            {t('home.byScope')}
          </Text>
        </View>
      )}
      {!elderly && <ScopeEntries />}
      <MyEntries counts={counts} elderly={elderly} />

      <LanguageSwitch className='home-setting' />
      <Switch className='home-setting elderly-switch' title={t('home.elderly')} hint={t('home.elderlyHint')} on={elderly} onChange={setElderly} />

      <View className='home-footer'>
        <Text>{t('home.footer')}</Text>
      </View>
    </View>
  );
}
