// The typed API client: every call goes through the shared route table, so paths, methods and
// response shapes are the ones the API itself declares. The table is registered per package
// (./routeTable): the main package carries only its own routes' schemas.
import Taro from '@tarojs/taro';
import {
  ERROR_MESSAGES,
  pathFor,
  type ErrorCode,
  type RouteBodyInput,
  type RouteId,
  type RouteParams,
  type RouteQueryInput,
  type RouteResponse,
} from '@app/shared';
import { loadMainRoutes } from './loadMainRoutes';
import { refusalSentenceOf, routeFor } from './routeTable';

/** Where the signed-in session's token is kept between launches. */
export const SESSION_TOKEN_KEY = 'session.token';
/** Where lib/i18n keeps the language chosen on this device ('zh' | 'mn'); read here, not imported, as lib/i18n imports this module. */
export const LANGUAGE_KEY = 'language';

/** The Accept-Language of every call: the API words its refusals in Mongolian for `mn-Mong`. */
const acceptLanguage = (): string => (Taro.getStorageSync(LANGUAGE_KEY) === 'mn' ? 'mn-Mong' : 'zh-CN');
const MONGOLIAN_LETTER = /[\u1820-\u1878]/;

export interface CallOptions<Id extends RouteId> {
  params?: RouteParams<Id>;
  query?: RouteQueryInput<Id>;
  body?: RouteBodyInput<Id>;
  /** For idempotent creates: one key per user intent, reused on every retry of it. */
  idempotencyKey?: string;
}

/** A refused or failed call, carrying the API's error code and the sentence to show (in the language the call asked for). */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** HTTP status; 0 when the request never reached the API. */
    readonly status: number,
    message: string = ERROR_MESSAGES[code],
    /** The named refusal (shared/src/refusals.ts, e.g. subTasksOpen) when the API gave one; `message` is its sentence. */
    readonly reason?: string,
    readonly issues?: { path: (string | number)[]; message: string }[],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

function queryString(query: object | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** An answer that is not the API's error shape still becomes a coded error, by its status. */
async function errorFrom(status: number, data: unknown): Promise<ApiCallError> {
  const { ApiErrorSchema } = await loadMainRoutes();
  const parsed = ApiErrorSchema.safeParse(data);
  if (parsed.success) {
    const { code, reason, issues, message: said } = parsed.data.error;
    // Asked for Mongolian, the API already chose its most specific sentence (functions/src/lib/errorText.ts).
    if (MONGOLIAN_LETTER.test(said)) return new ApiCallError(code, status, said, reason, issues);
    // A named refusal, then a validation issue's own Chinese message, say more than the code's sentence.
    const issueMessage = code === 'validation_failed' && issues?.[0]?.message && /[\u4e00-\u9fff]/.test(issues[0].message) ? issues[0].message : undefined;
    const message = refusalSentenceOf(reason) ?? issueMessage ?? ERROR_MESSAGES[code];
    return new ApiCallError(code, status, message, reason, issues);
  }
  if (status === 401) return new ApiCallError('unauthenticated', status);
  if (status === 403) return new ApiCallError('forbidden', status);
  if (status === 404) return new ApiCallError('not_found', status);
  // API Gateway's own answers: its size limit and its throttle.
  if (status === 413) return new ApiCallError('payload_too_large', status);
  if (status === 429) return new ApiCallError('service_unavailable', status);
  return new ApiCallError(status >= 500 ? 'service_unavailable' : 'internal', status);
}

/** Set by the session module: renews an expired session silently, true when it could. */
let renewSession: (() => Promise<boolean>) | undefined;
export function setSessionRenewer(renew: () => Promise<boolean>): void {
  renewSession = renew;
}

/**
 * Calls one route of the API. A 401 on a route that needs a session renews it once and retries,
 * so a user whose session expired mid-form loses nothing they typed.
 */
export async function call<Id extends RouteId>(id: Id, options: CallOptions<Id> = {}): Promise<RouteResponse<Id>> {
  try {
    return await callOnce(id, options);
  } catch (error) {
    if (!(error instanceof ApiCallError) || error.code !== 'unauthenticated') throw error;
    // The API answered, so the route table is loaded.
    if (routeFor(id).access !== 'public' && renewSession && (await renewSession())) return callOnce(id, options);
    throw error;
  }
}

async function callOnce<Id extends RouteId>(id: Id, options: CallOptions<Id>): Promise<RouteResponse<Id>> {
  try {
    await loadMainRoutes();
  } catch {
    // The H5 build's route chunk did not arrive: as offline as an unanswered request.
    throw new ApiCallError('service_unavailable', 0);
  }
  const route = routeFor(id);
  const path = pathFor(route.path, options.params as Record<string, string> | undefined);
  const url = API_BASE + path + queryString(options.query);
  const token: unknown = Taro.getStorageSync(SESSION_TOKEN_KEY);
  const header: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage() };
  if (options.body !== undefined) header['Content-Type'] = 'application/json';
  if (options.idempotencyKey) header['Idempotency-Key'] = options.idempotencyKey;
  if (typeof token === 'string' && token) header.Authorization = `Bearer ${token}`;

  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.request({
      url,
      method: route.method,
      header,
      data: options.body,
      dataType: 'json',
    });
  } catch {
    // Offline, DNS, refused connection: nothing came back from the API.
    throw new ApiCallError('service_unavailable', 0);
  }
  if (response.statusCode < 200 || response.statusCode >= 300) throw await errorFrom(response.statusCode, response.data);
  const parsed = route.response.safeParse(response.data);
  // A body that breaks the shared contract is the API's fault, not the user's.
  if (!parsed.success) throw new ApiCallError('internal', response.statusCode);
  return parsed.data as RouteResponse<Id>;
}
