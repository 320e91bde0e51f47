// A fake WeChat API server on loopback: the real one is unreachable from here. It speaks the
// documented code2session, access-token and subscribe-message contracts and can be told to fail.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  /** code → openid the server will answer; unknown codes get errcode 40029. */
  codes: Map<string, string>;
  /** Force the next answers: 'busy' (errcode -1), 'down' (HTTP 500), 'garbage' (not JSON), 'unreachable' (connection dropped). */
  mode: 'normal' | 'busy' | 'down' | 'garbage' | 'unreachable';
  /** Every answer waits this long first (a slow WeChat); 0 = at once. */
  delayMs: number;
  requests: URL[];
  /** Access tokens handed out by /cgi-bin/token, in order; the last one is valid until expireTokens(). */
  tokens: string[];
  /** Makes every token handed out so far answer 40001 (as after a rotation elsewhere). */
  expireTokens(): void;
  /** Subscribe messages accepted (errcode 0) by /cgi-bin/message/subscribe/send. */
  sent: SentMessage[];
  /** Every send attempt, accepted or not. */
  sendAttempts: number;
  /** The next sends fail like this, one entry each (before sendFailureRate is considered). */
  failNextSends: SendFailure[];
  /** Chance (0–1) that a send fails with `randomFailure`; uses `random` (Math.random by default). */
  sendFailureRate: number;
  randomFailure: SendFailure;
  random: () => number;
  /** Bodies accepted by /wxa/getwxacodeunlimit (each answered with `codePng`). */
  codeRequests: UnlimitedCodeBody[];
  /** The PNG bytes /wxa/getwxacodeunlimit answers. */
  codePng: Buffer;
  /** The next getwxacodeunlimit calls fail like this, one entry each: 'expired' 40001, 'busy' -1, 'down' HTTP 502, or an errcode. */
  failNextCodes: Array<'expired' | 'busy' | 'down' | number>;
  /** getPhoneNumber code → the phone /wxa/business/getuserphonenumber answers (once; then 40029). */
  phoneCodes: Map<string, { phone: string; countryCode?: string }>;
  close(): Promise<void>;
}

export interface UnlimitedCodeBody {
  accessToken: string;
  scene: string;
  page?: string;
  check_path?: boolean;
  env_version?: string;
  width?: number;
}

/** A tiny valid PNG header plus marker bytes: enough to check it is passed through unchanged. */
export const FAKE_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('fake-wxacode')]);

/**
 * A field value as subscribeMessage.send's 参数值内容限制说明 allows it (counted in characters):
 * thing ≤ 20 of any script, phrase ≤ 5 Chinese characters only, character_string ≤ 32 ASCII
 * digits/letters/symbols, time as 2019年10月1日 15:01. Empty values are let through, as the notifier
 * sends them for notices without a case number.
 */
export function fieldValid(key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === '') return true;
  const chars = Array.from(value);
  switch (key.replace(/\d+$/, '')) {
    case 'thing':
      return chars.length <= 20;
    case 'phrase':
      return chars.length <= 5 && /^\p{Script=Han}+$/u.test(value);
    case 'character_string':
      return chars.length <= 32 && /^[\x21-\x7e]+$/.test(value);
    case 'time':
      return /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(value);
    default:
      return true;
  }
}

/** busy: errcode -1; down: HTTP 500; refused: 43101; badOpenid: 40003; expired: 40001 (token). */
export type SendFailure = 'busy' | 'down' | 'refused' | 'badOpenid' | 'expired';

export interface SentMessage {
  accessToken: string;
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export async function startFakeWechat(appId: string, appSecret: string): Promise<FakeWechat> {
  const fake = {
    codes: new Map<string, string>(), mode: 'normal', requests: [] as URL[], tokens: [] as string[], sent: [] as SentMessage[], sendAttempts: 0,
    failNextSends: [] as SendFailure[], sendFailureRate: 0, randomFailure: 'busy', random: Math.random,
    codeRequests: [] as UnlimitedCodeBody[], codePng: FAKE_PNG, failNextCodes: [] as FakeWechat['failNextCodes'], delayMs: 0,
  } as FakeWechat;
  fake.phoneCodes = new Map();
  const used = new Set<string>();
  let validToken: string | undefined;
  fake.expireTokens = () => {
    validToken = undefined;
  };
  const server = http.createServer((req, res) => {
    if (fake.mode === 'unreachable') return void req.socket.destroy();
    if (fake.delayMs > 0) {
      const wait = fake.delayMs;
      setTimeout(() => (req.socket.destroyed ? undefined : handle(req, res)), wait).unref();
      return;
    }
    handle(req, res);
  });
  function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.requests.push(url);
    const json = (body: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (fake.mode === 'down') return json({ message: 'down' }, 500);
    if (fake.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html>gateway</html>');
    }
    if (fake.mode === 'busy') return json({ errcode: -1, errmsg: 'system error' });
    if (url.pathname === '/cgi-bin/token') {
      const q = url.searchParams;
      if (q.get('grant_type') !== 'client_credential') return json({ errcode: 40002, errmsg: 'invalid grant_type' });
      if (q.get('appid') !== appId || q.get('secret') !== appSecret) return json({ errcode: 40125, errmsg: 'invalid appsecret' });
      validToken = `token-${fake.tokens.length + 1}`;
      fake.tokens.push(validToken);
      return json({ access_token: validToken, expires_in: 7200 });
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      if (req.method !== 'POST') return json({ errcode: 40066, errmsg: 'invalid url' });
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        fake.sendAttempts += 1;
        const token = url.searchParams.get('access_token') ?? '';
        if (!validToken || token !== validToken) return json({ errcode: 40001, errmsg: 'invalid credential' });
        let failure = fake.failNextSends.shift();
        if (!failure && fake.sendFailureRate > 0 && fake.random() < fake.sendFailureRate) failure = fake.randomFailure;
        if (failure === 'expired') {
          validToken = undefined;
          return json({ errcode: 40001, errmsg: 'invalid credential' });
        }
        if (failure === 'down') return json({ message: 'down' }, 502);
        if (failure === 'busy') return json({ errcode: -1, errmsg: 'system error' });
        if (failure === 'refused') return json({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
        if (failure === 'badOpenid') return json({ errcode: 40003, errmsg: 'invalid openid' });
        let body: Omit<SentMessage, 'accessToken'>;
        try {
          body = JSON.parse(raw) as typeof body;
        } catch {
          return json({ errcode: 47001, errmsg: 'data format error' });
        }
        if (!body.touser || !body.template_id || !body.data) return json({ errcode: 47003, errmsg: 'argument invalid' });
        const invalid = Object.entries(body.data).find(([key, field]) => !fieldValid(key, field?.value));
        if (invalid) return json({ errcode: 47003, errmsg: `argument invalid! data.${invalid[0]}.value invalid` });
        fake.sent.push({ accessToken: token, touser: body.touser, template_id: body.template_id, page: body.page, data: body.data });
        return json({ errcode: 0, errmsg: 'ok' });
      });
      return;
    }
    if (url.pathname === '/wxa/getwxacodeunlimit') {
      if (req.method !== 'POST') return json({ errcode: 40066, errmsg: 'invalid url' });
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const token = url.searchParams.get('access_token') ?? '';
        if (!validToken || token !== validToken) return json({ errcode: 40001, errmsg: 'invalid credential' });
        const failure = fake.failNextCodes.shift();
        if (failure === 'expired') {
          validToken = undefined;
          return json({ errcode: 40001, errmsg: 'invalid credential' });
        }
        if (failure === 'down') return json({ message: 'down' }, 502);
        if (failure === 'busy') return json({ errcode: -1, errmsg: 'system error' });
        if (typeof failure === 'number') return json({ errcode: failure, errmsg: 'failed' });
        let body: Omit<UnlimitedCodeBody, 'accessToken'>;
        try {
          body = JSON.parse(raw) as typeof body;
        } catch {
          return json({ errcode: 47001, errmsg: 'data format error' });
        }
        if (typeof body.scene !== 'string' || !/^[\x21-\x7e]{1,32}$/.test(body.scene)) return json({ errcode: 40169, errmsg: 'invalid length for scene' });
        if (body.page?.startsWith('/')) return json({ errcode: 41030, errmsg: 'invalid page' });
        fake.codeRequests.push({ accessToken: token, ...body });
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(fake.codePng);
      });
      return;
    }
    if (url.pathname === '/wxa/business/getuserphonenumber') {
      if (req.method !== 'POST') return json({ errcode: 40066, errmsg: 'invalid url' });
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const token = url.searchParams.get('access_token') ?? '';
        if (!validToken || token !== validToken) return json({ errcode: 40001, errmsg: 'invalid credential' });
        let code: unknown;
        try {
          code = (JSON.parse(raw) as { code?: unknown }).code;
        } catch {
          return json({ errcode: 47001, errmsg: 'data format error' });
        }
        const found = typeof code === 'string' ? fake.phoneCodes.get(code) : undefined;
        if (!found) return json({ errcode: 40029, errmsg: 'invalid code' });
        fake.phoneCodes.delete(code as string);
        const countryCode = found.countryCode ?? '86';
        return json({
          errcode: 0,
          errmsg: 'ok',
          phone_info: { phoneNumber: countryCode === '86' ? found.phone : `+${countryCode}${found.phone}`, purePhoneNumber: found.phone, countryCode, watermark: { timestamp: Math.floor(Date.now() / 1000), appid: appId } },
        });
      });
      return;
    }
    if (url.pathname !== '/sns/jscode2session') return json({ errcode: 40066, errmsg: 'invalid url' });
    const q = url.searchParams;
    if (q.get('appid') !== appId || q.get('secret') !== appSecret) return json({ errcode: 40125, errmsg: 'invalid appsecret' });
    if (q.get('grant_type') !== 'authorization_code') return json({ errcode: 40002, errmsg: 'invalid grant_type' });
    const code = q.get('js_code') ?? '';
    const openid = fake.codes.get(code);
    if (!openid) return json({ errcode: 40029, errmsg: 'invalid code' });
    if (used.has(code)) return json({ errcode: 40163, errmsg: 'code been used' });
    used.add(code);
    return json({ openid, session_key: 'c2Vzc2lvbmtleQ==' });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
