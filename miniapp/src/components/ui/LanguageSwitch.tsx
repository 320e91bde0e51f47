// 中文 / ᠮᠣᠩᠭᠣᠯ: the interface language as two radio choices, each named in its own script, so a
// resident who reads only one of them finds it. Used on the home page and in 我的 (the account page).
import { Text, View } from '@tarojs/components';
import { group } from '../../lib/a11y';
import { languageProps, t, tIn, useLanguage, type Language } from '../../lib/i18n';
import { Pressable } from './Pressable';
import './ui.scss';

const CHOICES: readonly Language[] = ['zh', 'mn'];

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const [language, setLanguage] = useLanguage();
  return (
    <View className={`language-switch ${className}`.trim()} {...group('radiogroup', `${tIn('zh', 'language.group')} / ${tIn('mn', 'language.group')}`)}>
      <Text className='language-switch-title'>{t('language.title')}</Text>
      <View className='language-switch-choices'>
        {CHOICES.map((choice) => (
          <Pressable
            key={choice}
            role='radio'
            checked={language === choice}
            label={choice === 'zh' ? tIn('zh', 'language.zh') : `${tIn('mn', 'language.mn')} ${tIn('zh', 'language.mnName')}`}
            className={`language-choice language-choice--${choice}${language === choice ? ' language-choice--on' : ''}`}
            onPress={() => setLanguage(choice)}
          >
            <Text {...languageProps(choice)}>{tIn(choice, `language.${choice}`)}</Text>
          </Pressable>
        ))}
      </View>
    </View>
  );
}
