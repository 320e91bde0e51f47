// Lambda: sign-in (WeChat; the development login in the local stack), binding staff with an
// invitation code, and the current user.
import { identityRoutes } from '../../../shared/src/api/groups/identity';
import { staffRoutes } from '../../../shared/src/api/groups/staff';
import * as identity from '../identity/service';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';

export const handler = httpHandler('identity', { ...identityRoutes, ...staffRoutes }, {
  wechatLogin: ({ body }) => identity.wechatLogin(body.code),
  devLogin: ({ body }) => identity.devLogin(body.userId),
  listDemoUsers: () => identity.demoUsers(),
  me: ({ principal }) => identity.me(principal!),
  setMyLanguage: ({ principal, body }) => identity.setLanguage(principal!, body.language),
  bindStaff: ({ principal, body }) => identity.bindStaff(principal!, body.code),
}, { rateLimiter: spendAttempt });
