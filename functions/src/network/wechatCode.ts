// The WeChat mini-program code adapter: wxa/getwxacodeunlimit ("getUnlimited"), which answers PNG
// bytes on success and a JSON {errcode, errmsg} on failure. It reuses the notifier's cached access
// token and refreshes it once when WeChat says it expired. Every WeChat failure is an outage for the
// caller (503), never a 500; the errcode goes to the log.
import { AppError } from '../lib/errors';
import { config } from '../lib/config';
import { logger } from '../lib/log';
import { accessTokenOr } from '../notices/wechatClient';

export interface UnlimitedCodeRequest {
  /** At most 32 visible characters; the page reads it from its `scene` option. */
  scene: string;
  page: string;
  check_path: boolean;
  env_version: 'release' | 'trial' | 'develop';
  width: number;
}

const TOKEN_EXPIRED = new Set([40001, 42001]);
const TIMEOUT_MS = 8_000;

const unavailable = (why: string, extra: Record<string, unknown> = {}): AppError => {
  logger.warn('WeChat mini-program code unavailable', { why, ...extra });
  return new AppError('service_unavailable', 'WeChat is unavailable', { retryAfterSeconds: 30 });
};

type Attempt = { png: Buffer } | { errcode: number; errmsg: string };

async function requestOnce(body: UnlimitedCodeRequest, token: string): Promise<Attempt> {
  const url = new URL('/wxa/getwxacodeunlimit', config().wechatApiBase);
  url.search = new URLSearchParams({ access_token: token }).toString();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw unavailable('unreachable', { errorName: (error as Error).name });
  }
  if (!response.ok) throw unavailable('http error', { status: response.status });
  const type = response.headers.get('content-type') ?? '';
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw unavailable('body unreadable', { errorName: (error as Error).name });
  }
  if (type.startsWith('image/')) {
    if (bytes.length === 0) throw unavailable('empty image');
    return { png: bytes };
  }
  try {
    const json = JSON.parse(bytes.toString('utf8')) as { errcode?: unknown; errmsg?: unknown };
    const errcode = typeof json.errcode === 'number' ? json.errcode : -1;
    return { errcode, errmsg: String(json.errmsg ?? '') };
  } catch {
    throw unavailable('answer neither image nor JSON', { contentType: type });
  }
}

/** A mini-program code as PNG bytes, or AppError('service_unavailable'). */
export async function getUnlimited(body: UnlimitedCodeRequest): Promise<Buffer> {
  let attempt = await requestOnce(body, await accessTokenOr(unavailable));
  if ('errcode' in attempt && TOKEN_EXPIRED.has(attempt.errcode)) attempt = await requestOnce(body, await accessTokenOr(unavailable, true));
  if ('png' in attempt) return attempt.png;
  throw unavailable('errcode', { errcode: attempt.errcode, errmsg: attempt.errmsg });
}
