// The WeChat subscribe-message adapter: the app's access token (cached, refreshed when WeChat says
// it expired) and subscribeMessage.send. The base URL is configurable so tests talk to a fake
// WeChat server on loopback. Template ids are deployment configuration, per topic.
import type { NoticeKind, SubscriptionTopic } from '@app/shared';
import { clock } from '../lib/clock';
import { appSecrets, config, ConfigError } from '../lib/config';
import { AppError } from '../lib/errors';
import { fitText } from './noticeText';

/** Which one-time subscription topic carries a notice kind; kinds without one never go to WeChat. */
export const TOPIC_OF_KIND: Partial<Record<NoticeKind, SubscriptionTopic>> = {
  caseAccepted: 'caseProgress',
  supplementRequested: 'caseProgress',
  resultReady: 'caseProgress',
  newTask: 'newTask',
  transferredToMe: 'newTask',
  supplementAnswered: 'newTask',
  bookingCheckedIn: 'newTask',
  deadlineNear: 'newTask',
  overdue: 'newTask',
  badRating: 'newTask',
  subTaskAssigned: 'newTask',
  reassignedToMe: 'newTask',
  bookingReminder: 'bookingReminder',
  deadlineAdjusted: 'caseProgress',
  bookingCancelled: 'bookingReminder',
  ticketNear: 'queueCall',
  ticketCalled: 'queueCall',
};

/** The template id of a topic; undefined when none is configured (the local stack): no WeChat for it. */
export function templateIdOf(topic: SubscriptionTopic): string | undefined {
  return config().wechatTemplates[topic];
}

/**
 * WeChat's limits per template field type (the key's name without its number: thing1 → thing), from
 * subscribeMessage.send's 参数值内容限制说明: thing 20 characters (Chinese, digits, letters, symbols),
 * phrase 5 Chinese characters only, character_string/number/letter 32, symbol 5, car_number 8,
 * name 10 Chinese or 20 letters, phone_number 17 (docs/decisions.md §99).
 */
const LIMITS: Record<string, number> = { thing: 20, phrase: 5, character_string: 32, number: 32, letter: 32, symbol: 5, car_number: 8, name: 10, phone_number: 17 };

/** 'YYYY年M月D日 HH:mm' in China time (UTC+8, no daylight saving). */
export function wechatTime(at: string | Date): string {
  const d = new Date(new Date(at).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * One field's value fitted to its type's limit (counted in characters, not UTF-16 units); Mongolian
 * is cut where a word ends (noticeText.ts `fitText`).
 */
export function fitField(key: string, value: string): string {
  const type = key.replace(/\d+$/, '');
  if (type === 'time' || type === 'date') return wechatTime(value);
  let text = value;
  if (type === 'character_string') text = text.replace(/[^A-Za-z0-9]/g, '');
  const limit = LIMITS[type];
  return limit === undefined ? text : fitText(text, limit);
}

export function fitTemplateData(data: Record<string, string>): Record<string, { value: string }> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value: fitField(key, value) }]));
}

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  /** The mini-program page the message opens. */
  page?: string;
  /** Raw values by template field key (thing1, phrase2, character_string3, time4 …); fitted before sending. */
  data: Record<string, string>;
}

export type SendResult = { ok: true } | { ok: false; permanent: boolean; errcode: number; reason: string };

/** The user refused or has no subscription left (43101); the openid is not this app's (40003); a field WeChat refuses (47003) would be refused again. */
const PERMANENT = new Set([43101, 40003, 47003]);
/** The access token is invalid or expired: fetch a new one and try once more. */
const TOKEN_EXPIRED = new Set([40001, 42001]);
/** Refresh this long before WeChat says the token expires. */
const TOKEN_MARGIN_MS = 5 * 60_000;
const TIMEOUT_MS = 5_000;

let tokenCache: { key: string; token: Promise<{ token: string; expiresAt: number }> } | undefined;

/** Forgets the cached token (tests; and after WeChat rejects it). */
export function resetAccessToken(): void {
  tokenCache = undefined;
}

class Transient extends Error {}

async function getJson(url: URL, init?: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new Transient(`WeChat unreachable: ${(error as Error).name}`);
  }
  if (!response.ok) throw new Transient(`WeChat HTTP ${response.status}`);
  try {
    return (await response.json()) as Record<string, unknown>;
  } catch {
    throw new Transient('WeChat answered something that is not JSON');
  }
}

async function fetchToken(): Promise<{ token: string; expiresAt: number }> {
  const { wechatAppId, wechatAppSecret } = await appSecrets();
  const url = new URL('/cgi-bin/token', config().wechatApiBase);
  url.search = new URLSearchParams({ grant_type: 'client_credential', appid: wechatAppId, secret: wechatAppSecret }).toString();
  const body = await getJson(url);
  if (typeof body.access_token !== 'string' || !body.access_token) {
    throw new Transient(`WeChat token refused (errcode ${String(body.errcode ?? 'none')})`);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 7200;
  return { token: body.access_token, expiresAt: clock.now().getTime() + expiresIn * 1000 - TOKEN_MARGIN_MS };
}

/** The app's access token: cached in memory (shared by concurrent sends) until 5 minutes before it expires. */
export async function accessToken(forceRefresh = false): Promise<string> {
  const key = config().wechatApiBase;
  if (!forceRefresh && tokenCache?.key === key) {
    const cached = await tokenCache.token.catch(() => undefined);
    if (cached && cached.expiresAt > clock.now().getTime()) return cached.token;
  }
  const token = fetchToken();
  tokenCache = { key, token };
  token.catch(() => {
    if (tokenCache?.token === token) tokenCache = undefined;
  });
  return (await token).token;
}

/**
 * The access token for a request a user is waiting on: a token WeChat will not give is the caller's
 * outage (`unavailable` makes its 503); a missing configuration and our own errors pass through.
 */
export async function accessTokenOr(unavailable: (why: string, extra: Record<string, unknown>) => AppError, forceRefresh = false): Promise<string> {
  try {
    return await accessToken(forceRefresh);
  } catch (error) {
    if (error instanceof AppError || error instanceof ConfigError) throw error;
    throw unavailable('access token', { errorMessage: (error as Error).message });
  }
}

async function sendOnce(message: SubscribeMessage, token: string): Promise<number> {
  const url = new URL('/cgi-bin/message/subscribe/send', config().wechatApiBase);
  url.search = new URLSearchParams({ access_token: token }).toString();
  const body = await getJson(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      touser: message.openid,
      template_id: message.templateId,
      page: message.page,
      data: fitTemplateData(message.data),
      miniprogram_state: config().wechatMiniprogramState,
      lang: 'zh_CN',
    }),
  });
  return typeof body.errcode === 'number' ? body.errcode : 0;
}

/**
 * Sends one subscribe message. Permanent failures (43101, 40003, 47003) are not worth another try;
 * everything else that fails (timeouts, HTTP errors, -1 busy, unknown codes) is transient.
 */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<SendResult> {
  try {
    let errcode = await sendOnce(message, await accessToken());
    if (TOKEN_EXPIRED.has(errcode)) errcode = await sendOnce(message, await accessToken(true));
    if (errcode === 0) return { ok: true };
    return { ok: false, permanent: PERMANENT.has(errcode), errcode, reason: `WeChat errcode ${errcode}` };
  } catch (error) {
    if (error instanceof Transient) return { ok: false, permanent: false, errcode: -1, reason: error.message };
    throw error;
  }
}
