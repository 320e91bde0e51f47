// 长辈模式: larger type and a simpler home, remembered on the device and applied on every page.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

const KEY = 'elderlyMode';

export const isElderly = (): boolean => Taro.getStorageSync(KEY) === true;

export function setElderly(on: boolean): void {
  Taro.setStorageSync(KEY, on);
  Taro.eventCenter.trigger(KEY, on);
}

/** The mode, kept in step across pages; pages put `pageClass(elderly)` on their root view. */
export function useElderly(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(isElderly);
  useEffect(() => {
    const listener = (value: boolean) => setOn(value);
    Taro.eventCenter.on(KEY, listener);
    return () => {
      Taro.eventCenter.off(KEY, listener);
    };
  }, []);
  return [on, setElderly];
}

export const pageClass = (elderly: boolean, extra = '') => `page ${elderly ? 'elderly' : ''} ${extra}`.trim();
