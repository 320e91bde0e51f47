// WeChat's phonenumber.getuserphonenumber: trades the one-time `code` of a getPhoneNumber button
// for the phone number the user confirmed in WeChat. Same base URL and cached access token as the
// subscribe messages (notices/wechatClient.ts); the token is refreshed once when WeChat says it expired.
import { MobileSchema, type ChannelRefusal } from '@app/shared';
import { config } from '../lib/config';
import { AppError } from '../lib/errors';
import { logger } from '../lib/log';
import { accessTokenOr } from '../notices/wechatClient';

const TOKEN_EXPIRED = new Set([40001, 42001]);
/** The code is wrong, used or expired: the user taps again. */
const INVALID_CODE = new Set([40029, 40163, 40226, 41001]);
const TIMEOUT_MS = 5_000;

const unavailable = (why: string, extra: Record<string, unknown> = {}): AppError => {
  logger.warn('WeChat phone number unavailable', { why, ...extra });
  return new AppError('service_unavailable', 'WeChat is unavailable', { retryAfterSeconds: 5 });
};
const refused = (message: string, reason: ChannelRefusal) =>
  new AppError('validation_failed', message, { issues: [{ path: ['body', 'code'], code: 'custom', message }], reason });

type Answer = { errcode: number; phone?: unknown; countryCode?: unknown };

async function requestOnce(code: string, token: string): Promise<Answer> {
  const url = new URL('/wxa/business/getuserphonenumber', config().wechatApiBase);
  url.search = new URLSearchParams({ access_token: token }).toString();
  let body: { errcode?: unknown; phone_info?: { purePhoneNumber?: unknown; countryCode?: unknown } };
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }), signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw unavailable('http error', { status: response.status });
    body = (await response.json()) as typeof body;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unavailable('unreachable or not JSON', { errorName: (error as Error).name });
  }
  return {
    errcode: typeof body.errcode === 'number' ? body.errcode : 0,
    phone: body.phone_info?.purePhoneNumber,
    countryCode: body.phone_info?.countryCode,
  };
}

/** The mainland mobile number WeChat vouches for, or 400 (bad code, not a mainland mobile) / 503. */
export async function phoneNumberOf(code: string): Promise<string> {
  let answer = await requestOnce(code, await accessTokenOr(unavailable));
  if (TOKEN_EXPIRED.has(answer.errcode)) answer = await requestOnce(code, await accessTokenOr(unavailable, true));
  if (INVALID_CODE.has(answer.errcode)) throw refused('手机号验证已失效，请重新授权', 'phoneCodeInvalid');
  if (answer.errcode !== 0) throw unavailable('errcode', { errcode: answer.errcode });
  const phone = MobileSchema.safeParse(answer.phone);
  if (String(answer.countryCode ?? '86') !== '86' || !phone.success) throw refused('仅支持中国大陆手机号', 'phoneNotMainland');
  return phone.data;
}
