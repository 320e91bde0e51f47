// The app's language: Chinese (the source) or traditional Mongolian, chosen once and remembered
// on the device and on the user record; messages looked up and filled in by rosetta.
import Taro from '@tarojs/taro';
import rosetta from 'rosetta';
import { useEffect, useState } from 'react';
import type { Language } from '@app/shared';
import { call, LANGUAGE_KEY, SESSION_TOKEN_KEY } from '../api/client';
import { mn } from '../i18n/mn';
import type { accountZh } from '../i18n/account.zh';
import type { bookingZh } from '../i18n/booking.zh';
import type { caseZh } from '../i18n/case.zh';
import type { catalogueZh } from '../i18n/catalogue.zh';
import type { caseViewZh } from '../i18n/caseView.zh';
import type { entrustZh } from '../i18n/entrust.zh';
import type { hallZh } from '../i18n/hall.zh';
import type { noticesZh } from '../i18n/notices.zh';
import type { opinionsZh } from '../i18n/opinions.zh';
import type { pointsZh } from '../i18n/points.zh';
import type { residentZh } from '../i18n/resident.zh';
import { zh } from '../i18n/zh';
import { loadMongolianFont } from './mongolianFont';

export type { Language };

/** What a language's message file must hold: every key of its Chinese source. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** The main package's messages (home, the switch, shared words). */
export type Messages = Shape<typeof zh>;
/** Every message, the subpackages' included (registered when their pages load). */
type AllMessages = Messages & Shape<typeof residentZh> & Shape<typeof hallZh>
  & Shape<typeof accountZh>
  & Shape<typeof pointsZh>
  & Shape<typeof noticesZh>
  & Shape<typeof opinionsZh>
  & Shape<typeof catalogueZh>
  & Shape<typeof entrustZh>
  & Shape<typeof caseZh>
  & Shape<typeof caseViewZh>
  & Shape<typeof bookingZh>;
type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
/** `home.title`, `queue.standing.ahead` …: a typo is a type error. */
export type MessageKey = Leaves<AllMessages>;

const KEY = LANGUAGE_KEY;
const EVENT = 'language';
// Copies: rosetta's `set` merges into the table it holds, and the source files stay as written.
const i18n = rosetta<AllMessages>({ zh: { ...zh }, mn: { ...mn } } as Record<Language, AllMessages>);

/**
 * A subpackage's messages, added when its first page loads: their words travel with the subpackage
 * and stay out of the main package's budget.
 */
export function registerMessages<T extends object>(zhPart: T, mnPart: Shape<T>): void {
  i18n.set('zh', zhPart as unknown as AllMessages);
  i18n.set('mn', mnPart as unknown as AllMessages);
}

/**
 * A Chinese-only page (agent, bureau) that reuses a resident component: its words in Chinese only,
 * so the Mongolian stays in the resident subpackage (a module two subpackages share lands in the
 * main package). Where a resident page registered the Mongolian, a Mongolian device still gets it.
 */
export function registerChinese<T extends object>(zhPart: T): void {
  i18n.set('zh', zhPart as unknown as AllMessages);
}

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

/** A choice made on this device that its user record does not have yet (made signed out, or offline). */
const UNSAVED = 'language.unsaved';

/** The resident's choice: kept on the device now, and on their user record when signed in. */
export function setLanguage(language: Language): void {
  apply(language);
  Taro.setStorageSync(UNSAVED, true);
  // The device remembers it anyway; the record carries it to notices and to their other phones.
  if (Taro.getStorageSync(SESSION_TOKEN_KEY)) {
    void call('setMyLanguage', { body: { language } })
      .then(() => Taro.removeStorageSync(UNSAVED))
      .catch(() => undefined);
  }
}

/**
 * At sign-in: a choice just made on this device goes onto the record; otherwise the record's (made
 * on another phone) is adopted.
 */
export function adoptLanguage(recorded: Language | undefined): void {
  if (Taro.getStorageSync(UNSAVED) === true) {
    if (recorded !== currentLanguage()) setLanguage(currentLanguage());
    else Taro.removeStorageSync(UNSAVED);
  } else if (recorded && recorded !== currentLanguage()) apply(recorded);
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
