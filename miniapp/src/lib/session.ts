// The signed-in session: WeChat login in the mini-program, the development login in the local H5
// build. An expired session is renewed silently and the request retried, so nothing typed is lost.
import Taro from '@tarojs/taro';
import type { Principal, SessionResponse } from '@app/shared';
import { call, setSessionRenewer, SESSION_TOKEN_KEY } from '../api/client';
import { adoptLanguage } from './i18n';

const USER_KEY = 'session.user';
const DEV_USER_KEY = 'session.devUserId';
export const LOGIN_PAGE = '/resident/login/index';

export const isWeapp = () => process.env.TARO_ENV === 'weapp';

export function currentUser(): Principal | undefined {
  const user: unknown = Taro.getStorageSync(USER_KEY);
  return user && typeof user === 'object' ? (user as Principal) : undefined;
}

export function saveSession(session: SessionResponse): void {
  Taro.setStorageSync(SESSION_TOKEN_KEY, session.token);
  Taro.setStorageSync(USER_KEY, session.user);
  adoptLanguage(session.language);
  Taro.eventCenter.trigger('session', session.user);
}

export function signOut(): void {
  Taro.removeStorageSync(SESSION_TOKEN_KEY);
  Taro.removeStorageSync(USER_KEY);
  Taro.removeStorageSync(DEV_USER_KEY);
  Taro.eventCenter.trigger('session', undefined);
}

/** The local stack's login: sign in as a demo user, remembered for silent renewal. */
export async function devSignIn(userId: string): Promise<Principal> {
  const session = await call('devLogin', { body: { userId } });
  Taro.setStorageSync(DEV_USER_KEY, userId);
  saveSession(session);
  return session.user;
}

/** Signs in without asking: wx.login in WeChat; the remembered demo user in the local H5 build. */
export async function silentSignIn(): Promise<boolean> {
  try {
    if (isWeapp()) {
      const { code } = await Taro.login();
      saveSession(await call('wechatLogin', { body: { code } }));
      return true;
    }
    const devUser: unknown = Taro.getStorageSync(DEV_USER_KEY);
    if (typeof devUser === 'string' && devUser) {
      await devSignIn(devUser);
      return true;
    }
  } catch {
    // fall through: the user has to sign in
  }
  return false;
}

/** A signed-in user, signing in silently first; otherwise the login page opens (this page stays as it is). */
export async function requireUser(): Promise<Principal | undefined> {
  const user = currentUser();
  if (user) return user;
  if (await silentSignIn()) return currentUser();
  await Taro.navigateTo({ url: LOGIN_PAGE });
  return undefined;
}

setSessionRenewer(silentSignIn);
