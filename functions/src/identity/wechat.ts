// WeChat's code2session: trades a wx.login() code for the user's openid. The base URL is
// configurable so tests talk to a fake WeChat server on loopback.
import { appSecrets, config } from '../lib/config';
import { AppError } from '../lib/errors';

export interface WechatSession {
  openid: string;
  unionid?: string;
}

/** Codes WeChat answers for a code the client got wrong, used or let expire. */
const INVALID_CODE = new Set([40029, 40163, 40226]);

export async function code2session(code: string): Promise<WechatSession> {
  const { wechatAppId, wechatAppSecret } = await appSecrets();
  const url = new URL('/sns/jscode2session', config().wechatApiBase);
  url.search = new URLSearchParams({ appid: wechatAppId, secret: wechatAppSecret, js_code: code, grant_type: 'authorization_code' }).toString();
  let body: { openid?: unknown; unionid?: unknown; errcode?: unknown; errmsg?: unknown };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = (await response.json()) as typeof body;
  } catch {
    throw new AppError('service_unavailable', 'WeChat login service unreachable', { retryAfterSeconds: 5 });
  }
  const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
  if (INVALID_CODE.has(errcode)) throw new AppError('unauthenticated', `WeChat rejected the login code (${errcode})`);
  if (errcode === -1 || errcode === 45011) throw new AppError('service_unavailable', `WeChat busy (${errcode})`, { retryAfterSeconds: 5 });
  if (errcode !== 0 || typeof body.openid !== 'string' || body.openid.length === 0) {
    throw new AppError('wechat_login_failed', `unexpected code2session answer (errcode ${errcode})`);
  }
  // session_key is deliberately dropped: the API never needs it and must never log it.
  return { openid: body.openid, unionid: typeof body.unionid === 'string' ? body.unionid : undefined };
}
