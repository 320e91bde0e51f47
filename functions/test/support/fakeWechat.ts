// A fake WeChat API server on loopback: the real one is unreachable from here. It speaks the
// documented code2session contract and can be told to fail.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  /** code → openid the server will answer; unknown codes get errcode 40029. */
  codes: Map<string, string>;
  /** Force the next answers: 'busy' (errcode -1), 'down' (HTTP 500), 'garbage' (not JSON). */
  mode: 'normal' | 'busy' | 'down' | 'garbage';
  requests: URL[];
  close(): Promise<void>;
}

export async function startFakeWechat(appId: string, appSecret: string): Promise<FakeWechat> {
  const fake = { codes: new Map<string, string>(), mode: 'normal', requests: [] as URL[] } as FakeWechat;
  const used = new Set<string>();
  const server = http.createServer((req, res) => {
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
