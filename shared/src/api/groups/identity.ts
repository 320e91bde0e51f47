// Signing in: WeChat, the local stack's demo login, and who am I.
import { DemoUsersResponse, DevLoginRequest, MeResponse, SessionResponse, SetLanguageRequest, SetLanguageResponse, WechatLoginRequest } from '../../schemas/identity';
import type { RouteDef } from '../routes';

export const identityRoutes = {
  wechatLogin: {
    group: 'identity',
    method: 'POST',
    path: '/auth/wechat',
    access: 'public',
    body: WechatLoginRequest,
    response: SessionResponse,
  },
  devLogin: {
    group: 'identity',
    method: 'POST',
    path: '/auth/dev',
    access: 'public',
    body: DevLoginRequest,
    response: SessionResponse,
    localOnly: true,
  },
  listDemoUsers: {
    group: 'identity',
    method: 'GET',
    path: '/auth/dev/users',
    access: 'public',
    response: DemoUsersResponse,
    localOnly: true,
  },
  me: {
    group: 'identity',
    method: 'GET',
    path: '/auth/me',
    access: 'signedIn',
    response: MeResponse,
  },
  setMyLanguage: {
    group: 'identity',
    method: 'PUT',
    path: '/auth/me/language',
    access: 'signedIn',
    body: SetLanguageRequest,
    response: SetLanguageResponse,
  },
} satisfies Record<string, RouteDef>;
