// The HTTP edge of every Lambda: match the route → authenticate → authorise → parse and validate
// with the shared schemas → call the capability → map the result or error to HTTP.
import {
  CHANNEL_API_KEY_HEADER,
  DEFAULT_REFUSAL,
  ERROR_STATUS,
  IdempotencyKeySchema,
  RATE_LIMITS,
  type ApiError,
  type ConflictCode,
  type Language,
  type Principal,
  type Route,
  type RouteBody,
  type RouteDef,
  type RouteGroup,
  type RouteId,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
  type ValidationIssue,
  type WriteRouteId,
} from '@app/shared';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { ChannelCaller } from '../channels/apiKeys';
import { authorizeRoute } from '../identity/access';
import { verifySession } from '../identity/session';
import { config } from './config';
import { AppError } from './errors';
import { errorSentence, localizedIssues, requestLanguage } from './language';
import * as keys from './keys';
import { logger } from './log';
import type { RateLimiter } from './rateLimit';

/** Bodies are small JSON documents; files go straight to object storage, never through the API. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface RouteInput<Id extends RouteId> {
  params: RouteParams<Id>;
  query: RouteQuery<Id>;
  body: RouteBody<Id>;
  principal: Principal | undefined;
  /** The channel system whose API key called a 'channelKey' route. */
  channel: ChannelCaller | undefined;
  /** The Idempotency-Key header, required on idempotent routes. */
  idempotencyKey: string | undefined;
  /** The language the caller reads (Accept-Language: `mn-Mong` or `zh-CN`); Chinese when it says neither. */
  language: Language;
}
type Implementation<Id extends RouteId> = (input: RouteInput<Id>) => Promise<RouteResponse<Id>>;
export type Implementations<G extends RouteGroup> = {
  [Id in RouteId as Route<Id>['group'] extends G ? Id : never]: Implementation<Id>;
};

interface CompiledRoute {
  id: RouteId;
  def: RouteDef;
  /** The whole path; `suffix` matches the path's end, for paths behind a mapping key. */
  pattern: RegExp;
  suffix: RegExp;
  names: string[];
}

function compile(id: RouteId, def: RouteDef): CompiledRoute {
  const names: string[] = [];
  const source = def.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { id, def, pattern: new RegExp(`^${source}/?$`), suffix: new RegExp(`${source}/?$`), names };
}

const toIssues = (error: z.core.$ZodError, prefix: string): ValidationIssue[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    code: issue.code,
    message: issue.message,
  }));

function validate<T>(schema: z.ZodMiniType | undefined, value: unknown, part: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', `invalid ${part}`, { issues: toIssues(result.error, part) });
  return result.data as T;
}

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const headers = event.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** A JSON body's media type: `application/json`, bare or with `charset=utf-8`; anything else is 415. */
const JSON_MEDIA_TYPE = /^application\/json[ \t]*(;[ \t]*charset[ \t]*=[ \t]*("utf-8"|utf-8)[ \t]*)?$/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body as text, refused when it is not UTF-8. A base64 body is decoded strictly; a text body
 * that carries U+FFFD was already decoded with replacement on the way in, so it had bytes that
 * were not UTF-8 (no client has a reason to send the replacement character itself).
 */
function bodyText(event: APIGatewayProxyEventV2): string {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : undefined;
  if ((bytes ? bytes.length : Buffer.byteLength(raw, 'utf8')) > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'body too large');
  let text = raw;
  if (bytes) {
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      throw new AppError('malformed_json', 'body is not UTF-8');
    }
  }
  if (text.includes('\uFFFD')) throw new AppError('malformed_json', 'body is not UTF-8');
  return text;
}

function readBody(event: APIGatewayProxyEventV2): unknown {
  const text = bodyText(event);
  // No body at all is an empty object (a POST that only names its target); any body is JSON.
  if (text === '') return {};
  const contentType = header(event, 'content-type');
  if (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType.trim())) throw new AppError('unsupported_media_type', 'JSON body expected');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('malformed_json', 'body is not JSON');
  }
}

/** Checks a channel system's API key header (`X-Api-Key`); refuses with 401. */
export type ChannelAuthenticator = (apiKeyHeader: string | undefined) => Promise<ChannelCaller>;

async function authenticate(event: APIGatewayProxyEventV2): Promise<Principal | undefined> {
  const authorization = header(event, 'authorization');
  if (!authorization) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9._-]{1,4096})$/.exec(authorization);
  if (!match) throw new AppError('unauthenticated', 'malformed authorization header');
  return verifySession(match[1]);
}

/**
 * Every answer is JSON that no browser should sniff, frame, cache or render as a page. CORS is
 * API Gateway's (serverless.yml `httpApi.cors`: the mini-program's and the H5 app's origins only).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

function respond(status: number, body: unknown, extraHeaders: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...extraHeaders },
    body: JSON.stringify(body),
  };
}

/** The reason an error answers with: its own, or for a 409 that named none, its code's generic one. */
const reasonOf = (error: AppError) => error.details.reason ?? (error.code in DEFAULT_REFUSAL ? DEFAULT_REFUSAL[error.code as ConflictCode] : undefined);

/**
 * The error's answer: its code, reason and issues as they are, its sentences in the caller's
 * language (lib/errorText.ts: Chinese, or Mongolian for `Accept-Language: mn-Mong`).
 */
export function errorResponse(error: unknown, language: Language = 'zh'): APIGatewayProxyStructuredResultV2 {
  if (error instanceof AppError) {
    const { issues } = error.details;
    const reason = reasonOf(error);
    const payload: ApiError = {
      error: { code: error.code, message: errorSentence(error.code, reason, issues, language), issues: localizedIssues(issues, language), reason },
    };
    const retry = error.details.retryAfterSeconds;
    return respond(ERROR_STATUS[error.code], payload, retry ? { 'retry-after': String(retry) } : {});
  }
  logger.error('unhandled error', { errorName: (error as Error)?.name, errorMessage: (error as Error)?.message });
  return respond(500, { error: { code: 'internal', message: errorSentence('internal', undefined, undefined, language) } } satisfies ApiError);
}

const compileAll = (table: Readonly<Record<string, RouteDef>>) => (Object.entries(table) as [RouteId, RouteDef][]).map(([id, def]) => compile(id, def));

/**
 * The route of a request and its raw path parameters. API Gateway names the route in `routeKey`
 * (a custom domain's mapping key may prefix `rawPath`, so the path is matched at its end); the
 * `$default` route and tests give only the path.
 */
function findRoute(routes: CompiledRoute[], event: APIGatewayProxyEventV2): { route: CompiledRoute; rawParams: Record<string, string> } {
  const method = event.requestContext?.http?.method ?? 'GET';
  const path = event.rawPath ?? '/';
  const byKey = routes.find((r) => `${r.def.method} ${r.def.path}` === event.routeKey);
  const candidates = byKey ? [{ r: byKey, m: byKey.suffix.exec(path) }] : routes.map((r) => ({ r, m: r.pattern.exec(path) }));
  const onPath = candidates.filter((x) => x.m);
  const hit = onPath.find((x) => x.r.def.method === method);
  if (!hit) throw new AppError(onPath.length ? 'method_not_allowed' : 'not_found', 'no such route');
  const rawParams: Record<string, string> = {};
  try {
    hit.r.names.forEach((name, i) => (rawParams[name] = decodeURIComponent(hit.m![i + 1])));
  } catch {
    throw new AppError('not_found', 'undecodable path');
  }
  return { route: hit.r, rawParams };
}

const rateLimitOf = (id: RouteId) => (RATE_LIMITS as Partial<Record<RouteId, (typeof RATE_LIMITS)[WriteRouteId]>>)[id] ?? null;

/**
 * A Lambda handler serving every route of one group, given the group's route tables (from
 * shared/src/api/groups/): a function bundles and builds only its own routes' schemas, not the
 * whole API's (docs/decisions.md §83). A group with 'channelKey' routes passes the function that
 * checks channel API keys, a group with rate-limited write routes the limiter: only those bundles
 * carry the key store and the counter writes (and their IAM grants).
 */
export function httpHandler<G extends RouteGroup>(
  group: G,
  table: Readonly<Record<string, RouteDef>>,
  implementations: Implementations<G>,
  options: { authenticateChannel?: ChannelAuthenticator; rateLimiter?: RateLimiter } = {},
) {
  const routes = compileAll(table).filter((r) => r.def.group === group);
  // A route the group implements but whose table the handler did not pass would answer 404: refuse to load.
  const missing = Object.keys(implementations).filter((id) => !routes.some((r) => r.id === id));
  if (missing.length) throw new Error(`${group}: no route table passed for ${missing.join(', ')}`);
  const impls = implementations as unknown as Record<RouteId, (input: RouteInput<RouteId>) => Promise<unknown>>;
  const { authenticateChannel, rateLimiter } = options;
  const keyed = routes.filter((r) => r.def.access === 'channelKey').map((r) => r.id);
  if (keyed.length && !authenticateChannel) throw new Error(`${group}: routes ${keyed.join(', ')} need authenticateChannel`);
  const limited = routes.filter((r) => rateLimitOf(r.id)).map((r) => r.id);
  if (limited.length && !rateLimiter) throw new Error(`${group}: routes ${limited.join(', ')} need rateLimiter`);

  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    let routeId: RouteId | undefined;
    let result: APIGatewayProxyStructuredResultV2;
    const language = requestLanguage(header(event, 'accept-language'));
    try {
      const { route: r, rawParams } = findRoute(routes, event);
      // Local-only routes do not exist elsewhere: 404 before any parsing can say otherwise.
      if (r.def.localOnly && !config().devLogin) throw new AppError('not_found', 'no such route');
      routeId = r.id;
      // Who is calling is settled before anything is parsed: a refused caller learns nothing else.
      const channel = r.def.access === 'channelKey' ? await authenticateChannel!(header(event, CHANNEL_API_KEY_HEADER.toLowerCase())) : undefined;
      const principal = r.def.access === 'public' || channel ? undefined : await authenticate(event);
      authorizeRoute(r.def.access, principal, channel);
      const input: RouteInput<RouteId> = {
        params: validate(r.def.params, rawParams, 'params'),
        query: validate(r.def.query, event.queryStringParameters ?? {}, 'query'),
        body: r.def.body ? validate(r.def.body, readBody(event), 'body') : (undefined as never),
        principal,
        channel,
        idempotencyKey: r.def.idempotent ? validate<string>(IdempotencyKeySchema, header(event, 'idempotency-key'), 'headers') : undefined,
        language,
      };
      // A well-formed request counts against its caller's limit before any work: a refused shape costs nothing.
      const limit = rateLimitOf(r.id);
      const caller = principal ? keys.rateCaller({ userId: principal.userId }) : channel ? keys.rateCaller({ apiKeyId: channel.keyId }) : undefined;
      if (limit && caller) await rateLimiter!(caller, r.id, { ...limit, requests: limit.requests * config().rateLimitScale });
      const output = await impls[r.id](input);
      // The response schema is the allow-list of what leaves the API: unknown fields are stripped.
      result = respond(200, r.def.response.parse(output));
    } catch (error) {
      result = errorResponse(error, language);
    }
    logger.info('request', { route: routeId ?? 'unmatched', method: event.requestContext?.http?.method, status: result.statusCode, ms: Date.now() - started });
    return result;
  };
}

/** API Gateway's `$default` route: whatever no route matched still gets the stable error shape. */
export function fallbackHandler(table: Readonly<Record<string, RouteDef>>) {
  const compiledRoutes = compileAll(table);
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const language = requestLanguage(header(event, 'accept-language'));
    try {
      findRoute(compiledRoutes, { ...event, routeKey: '$default' });
      // A path and method of a known route reached the fallback: its own route is not deployed.
      return errorResponse(new AppError('not_found', 'route not deployed'), language);
    } catch (error) {
      return errorResponse(error, language);
    }
  };
}
