// One place that turns a failed call into the Chinese sentence the case pages show.
import Taro from '@tarojs/taro';
import { ApiCallError } from '../../api/client';

export function errorMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试';
}

/** A short toast; long sentences wrap (icon none allows two lines in WeChat). */
export function toast(title: string, icon: 'success' | 'none' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2500 });
}
