// The app's language: Chinese (the source) or traditional Mongolian, chosen once and remembered
// on the device and on the user record; messages looked up and filled in by rosetta.
import Taro from '@tarojs/taro';
import rosetta from 'rosetta';
import { useEffect, useState } from 'react';
import type { Language } from '@app/shared';
import { call, SESSION_TOKEN_KEY } from '../api/client';
import { mn } from '../i18n/mn';
import { zh } from '../i18n/zh';
import { loadMongolianFont } from './mongolianFont';

export type { Language };

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** What a language's message file must hold: every key of the Chinese source. */
export type Messages = Shape<typeof zh>;
type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
/** `home.title`, `queue.standing.ahead` …: a typo is a type error. */
export type MessageKey = Leaves<Messages>;

const KEY = 'language';
const EVENT = 'language';
const i18n = rosetta<Messages>({ zh, mn });

export const storedLanguage = (): Language => (Taro.getStorageSync(KEY) === 'mn' ? 'mn' : 'zh');
i18n.locale(storedLanguage());
if (storedLanguage() === 'mn') void loadMongolianFont();

export const currentLanguage = (): Language => (i18n.locale() === 'mn' ? 'mn' : 'zh');

/** The message in the current language; one missing in Mongolian falls back to Chinese. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const said = i18n.t(key, params);
  return typeof said === 'string' && said ? said : String(i18n.t(key, params, 'zh'));
}

/** The same message in a given language (the switch names each language in its own script). */
export const tIn = (language: Language, key: MessageKey, params?: Record<string, string | number>) => String(i18n.t(key, params, language));

function apply(language: Language): void {
  Taro.setStorageSync(KEY, language);
  i18n.locale(language);
  if (language === 'mn') void loadMongolianFont();
  Taro.eventCenter.trigger(EVENT, language);
}

/** The resident's choice: kept on the device now, and on their user record when signed in. */
export function setLanguage(language: Language): void {
  apply(language);
  // Best effort: the device remembers it anyway; the record carries it to notices and other phones.
  if (Taro.getStorageSync(SESSION_TOKEN_KEY)) void call('setMyLanguage', { body: { language } }).catch(() => undefined);
}

/** At sign-in: the record's choice (made on another phone) wins; a device choice not yet on the record is saved there. */
export function adoptLanguage(recorded: Language | undefined): void {
  if (recorded && recorded !== currentLanguage()) apply(recorded);
  else if (!recorded && currentLanguage() !== 'zh') setLanguage(currentLanguage());
}

/** The language, kept in step across pages: a page that calls it re-renders when it changes. */
export function useLanguage(): [Language, (language: Language) => void] {
  const [language, setOn] = useState(currentLanguage);
  useEffect(() => {
    const listener = (value: Language) => setOn(value);
    Taro.eventCenter.on(EVENT, listener);
    return () => {
      Taro.eventCenter.off(EVENT, listener);
    };
  }, []);
  return [language, setLanguage];
}

/**
 * On a converted page's root: the language for screen readers and the font (`lang`), and the
 * class under which Mongolian text blocks run vertically (styles/mongolian.scss).
 */
export const languageProps = (language: Language) => (language === 'mn' ? { lang: 'mn-Mong', 'data-lang': 'mn' } : { lang: 'zh-CN', 'data-lang': 'zh' });
export const languageClass = (language: Language) => (language === 'mn' ? 'lang-mn' : 'lang-zh');
