// One place that turns a failed call into the Chinese sentence the case pages show.
import Taro from '@tarojs/taro';
import { ApiCallError } from '../../api/client';
import { refusalText } from './caseLogic';
import { t } from '../../lib/i18n';

export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiCallError)) return t('common.systemError');
  // A named refusal says exactly why (e.g. 还有必交材料未上传…), rather than "not allowed now".
  return (error.code === 'transition_refused' && refusalText(error.reason)) || error.message;
}

/** A short toast; long sentences wrap (icon none allows two lines in WeChat). */
export function toast(title: string, icon: 'success' | 'none' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2500 });
}
