// WeChat's privacy authorisation (隐私保护指引), asked before the entrustment collects personal data.
// Only the mini-program has it; older WeChat versions and the H5 build go straight on.
import Taro from '@tarojs/taro';

type RequirePrivacyAuthorize = (option: { success?: () => void; fail?: () => void }) => void;

/** True when the user agreed (or the platform does not ask); false when they refused. */
export function ensurePrivacyAuthorized(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve(true);
  const api = (Taro as unknown as { requirePrivacyAuthorize?: RequirePrivacyAuthorize }).requirePrivacyAuthorize;
  if (typeof api !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    try {
      api({ success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(true);
    }
  });
}
