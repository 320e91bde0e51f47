// The printable QR-code poster of a service point, for the bureau: a local QR of the H5 point page,
// or a WeChat mini-program code (getUnlimited against the fake WeChat server). WeChat failing is a
// 503 for the bureau, never a 500.
import { ApiErrorSchema, PointPosterResponse, type ServicePoint } from '@app/shared';
import jsQR from 'jsqr';
import { handler } from '../src/handlers/posters';
import { putPoint } from '../src/network/repository';
import { escapeXml } from '../src/network/poster';
import { resetAccessToken } from '../src/notices/wechatClient';
import { demoAgents, demoPoints, demoUsers } from '../local/demoData';
import { FAKE_PNG, startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';

const point = demoPoints.find((p) => p.hours.extended)!;
const oddPoint: ServicePoint = {
  ...point,
  id: 'pt-poster-amp',
  code: 'POSTERAMP1',
  name: '巴彦<东>社区 & "便民" 服务站',
  address: "新华大街 1 号 'A' 座 & B 座",
};
const resident = demoUsers.find((u) => u.role === 'resident')!;
const bureau = demoUsers.find((u) => u.role === 'bureau')!;
const agent = demoAgents.find((a) => a.servicePointId === point.id) ?? demoAgents[0];
const tokens: Record<string, string> = {};
let wechat: FakeWechat;
const savedState = process.env.WECHAT_MINIPROGRAM_STATE;

/**
 * Reads the poster's QR back as a camera would: the dark runs of its path painted into a bitmap
 * (8 px a module, the group's own white square as the quiet zone), decoded by jsQR.
 */
function decodePosterQr(svg: string): string | undefined {
  const group = /<g class="qr"[^>]*><rect width="(\d+)" height="\1"[^>]*\/><path fill="#000000" d="([^"]+)"\/><\/g>/.exec(svg);
  if (!group) return undefined;
  const modules = Number(group[1]) + 6; // three more light modules around, as a printed margin
  const px = 8;
  const side = modules * px;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const run of group[2].matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, length] = [Number(run[1]) + 3, Number(run[2]) + 3, Number(run[3])];
    for (let row = y * px; row < (y + 1) * px; row += 1) {
      for (let col = x * px; col < (x + length) * px; col += 1) rgba.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
    }
  }
  return jsQR(rgba, side, side)?.data;
}

const poster = (id: string, token: string | undefined, source?: 'local' | 'wechat') =>
  call(handler, { path: `/network/points/${id}/poster`, token, query: source ? { source } : undefined });

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await putPoint(oddPoint);
  wechat = await startFakeWechat(process.env.WECHAT_APP_ID!, process.env.WECHAT_APP_SECRET!);
  process.env.WECHAT_API_BASE = wechat.baseUrl;
  tokens.bureau = await tokenOf(bureau.userId);
  tokens.resident = await tokenOf(resident.userId);
  tokens.agent = await tokenOf(agent.id);
});
afterAll(async () => {
  if (savedState === undefined) delete process.env.WECHAT_MINIPROGRAM_STATE;
  else process.env.WECHAT_MINIPROGRAM_STATE = savedState;
  await wechat.close();
});
beforeEach(() => {
  Object.assign(wechat, { mode: 'normal', codeRequests: [], failNextCodes: [], tokens: [] });
  wechat.expireTokens();
  resetAccessToken();
});

test('the bureau gets a local poster: the H5 point page of the code as a QR, the name, hours, address and phone', async () => {
  const { status, body } = await poster(point.id, tokens.bureau);
  expect(status).toBe(200);
  const answer = PointPosterResponse.parse(body);
  expect(answer).toMatchObject({ pointId: point.id, source: 'local' });
  expect(answer.target).toBe(`http://127.0.0.1:10086/#/resident/point/index?code=${point.code}`);
  const { svg } = answer;
  expect(svg).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 1480 2100"/);
  expect(svg).toMatch(/<g class="qr" transform="translate\([\d.]+ [\d.]+\) scale\([\d.]+\)"[^>]*><rect [^>]*\/><path fill="#000000" d="(M\d+ \d+h\d+v1h-\d+z)+"\/><\/g>/);
  expect(decodePosterQr(svg)).toBe(answer.target);
  for (const text of ['代办帮办服务点', point.name, '微信扫码或手机浏览器扫码，取号、预约、签到、委托办事', point.hours.regular, `延时服务：${point.hours.extended}`, point.address, point.phone, '代办帮办服务全程免费']) {
    expect(svg).toContain(escapeXml(text));
  }
  expect(answer.untranslated).toEqual([]);
  expect(svg).toContain(`src:url('http://127.0.0.1:10086/fonts/NotoSansMongolian-Regular.ttf')`);
  expect(svg).not.toMatch(/[\u3400-\u9fff][^<]*<\/div><div class="zh"/); // no Chinese in a Mongolian column
  expect(svg.match(/<div class="pair /g)).toHaveLength(8);
  expect(svg.match(/<div class="mn" lang="mn-Mong" style="writing-mode:vertical-lr;/g)).toHaveLength(8);
  expect(svg.match(/<div class="zh" lang="zh-CN" style="writing-mode:vertical-rl;/g)).toHaveLength(8);
  expect(wechat.requests.filter((u) => u.pathname.startsWith('/wxa/'))).toHaveLength(0);
  // The default source is local; an unknown source is refused.
  expect((await poster(point.id, tokens.bureau, 'local')).body.target).toBe(answer.target);
  expect((await call(handler, { path: `/network/points/${point.id}/poster`, token: tokens.bureau, query: { source: 'fax' } })).status).toBe(400);
});

test('the rule of 蒙汉两种文字并用: each text in Mongolian, on the left of its Chinese twin, in the same size', async () => {
  const { svg } = PointPosterResponse.parse((await poster(point.id, tokens.bureau)).body);
  const pairs = [...svg.matchAll(/<div class="pair pair-(\w+)"[^>]*>(<div class="mn"[^>]*>)?([^<]*)(?:<\/div>)?<div class="zh"[^>]*>([^<]*)<\/div><\/div>/g)];
  expect(pairs.map((m) => m[1])).toEqual(['title', 'name', 'instructions', 'hours', 'extended', 'address', 'phone', 'free']);
  for (const [, kind, mnOpen, mn, zh] of pairs) {
    expect({ kind, mn: /[\u1820-\u1878]/.test(mn) }).toEqual({ kind, mn: true });
    expect(mnOpen.match(/font-size:(\d+)px/)![1]).toBe(pairs.find((m) => m[1] === kind)![0].match(/class="zh"[^>]*font-size:(\d+)px/)![1]);
    expect(zh).toMatch(/[\u4e00-\u9fff]|\d/);
  }
  const byKind = Object.fromEntries(pairs.map((m) => [m[1], { mn: m[3], zh: m[4] }]));
  expect(byKind.name).toEqual({ mn: escapeXml(point.nameMn!), zh: escapeXml(point.name) });
  expect(byKind.address.mn).toContain(point.addressMn!);
  // The Mongolian hours come from the same schedule: the same clock times in the same order.
  const times = (text: string) => text.match(/\d{1,2}:\d{2}-\d{1,2}:\d{2}/g);
  expect(times(byKind.hours.mn)).toEqual(times(byKind.hours.zh));
  expect(times(byKind.extended.mn)).toEqual(times(byKind.extended.zh));
});

test('a point without a Mongolian name or address: those stand in Chinese only, and the answer says so', async () => {
  const bare = demoPoints.find((p) => !p.addressMn)!;
  await putPoint({ ...bare, nameMn: undefined });
  const answer = PointPosterResponse.parse((await poster(bare.id, tokens.bureau)).body);
  expect(answer.untranslated).toEqual(['name', 'address']);
  expect(answer.svg).toMatch(/<div class="pair pair-name"[^>]*><div class="zh"/);
  expect(answer.svg).toMatch(/<div class="pair pair-title"[^>]*><div class="mn"/);
  await putPoint(bare);
});

test('every text on the poster is XML-escaped', async () => {
  const { status, body } = await poster(oddPoint.id, tokens.bureau);
  expect(status).toBe(200);
  expect(body.target).toContain('?code=POSTERAMP1');
  expect(body.svg).toContain('巴彦&lt;东&gt;社区 &amp; &quot;便民&quot; 服务站');
  expect(body.svg).toContain('新华大街 1 号 &apos;A&apos; 座 &amp; B 座');
  expect(body.svg).not.toContain(oddPoint.name);
  expect(body.svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
});

test('only the bureau: agents and residents 403, anonymous 401; an unknown point 404', async () => {
  expect((await poster(point.id, tokens.agent)).status).toBe(403);
  expect((await poster(point.id, tokens.resident)).status).toBe(403);
  expect((await poster(point.id, undefined)).status).toBe(401);
  const missing = await poster('pt-none', tokens.bureau);
  expect(missing.status).toBe(404);
  ApiErrorSchema.parse(missing.body);
  expect((await poster('pt-none', tokens.bureau, 'wechat')).status).toBe(404);
  expect(wechat.codeRequests).toHaveLength(0);
});

test('the WeChat source asks getUnlimited for the point page with the code as scene and embeds the PNG', async () => {
  process.env.WECHAT_MINIPROGRAM_STATE = 'formal';
  const { status, body } = await poster(point.id, tokens.bureau, 'wechat');
  expect(status).toBe(200);
  expect(PointPosterResponse.parse(body)).toMatchObject({ pointId: point.id, source: 'wechat', target: `resident/point/index?scene=${point.code}` });
  expect(wechat.codeRequests).toEqual([
    { accessToken: 'token-1', scene: point.code, page: 'resident/point/index', check_path: false, env_version: 'release', width: 860 },
  ]);
  expect(body.svg).toContain(`href="data:image/png;base64,${FAKE_PNG.toString('base64')}"`);
  expect(body.svg).toContain(escapeXml(point.name));
  expect(body.svg).not.toContain('<g class="qr"');

  process.env.WECHAT_MINIPROGRAM_STATE = 'trial';
  expect((await poster(point.id, tokens.bureau, 'wechat')).status).toBe(200);
  expect(wechat.codeRequests[1]).toMatchObject({ accessToken: 'token-1', env_version: 'trial' });
  expect(wechat.tokens).toEqual(['token-1']);
});

test('an expired access token is refreshed once', async () => {
  expect((await poster(point.id, tokens.bureau, 'wechat')).status).toBe(200);
  wechat.expireTokens();
  const { status } = await poster(point.id, tokens.bureau, 'wechat');
  expect(status).toBe(200);
  expect(wechat.tokens).toEqual(['token-1', 'token-2']);
  expect(wechat.codeRequests.map((r) => r.accessToken)).toEqual(['token-1', 'token-2']);
  // Expired again on the retry: no loop, an outage.
  wechat.failNextCodes.push('expired', 'expired');
  expect((await poster(point.id, tokens.bureau, 'wechat')).status).toBe(503);
});

test.each([
  ['busy (-1)', (w: FakeWechat) => w.failNextCodes.push('busy')],
  ['HTTP 502', (w: FakeWechat) => w.failNextCodes.push('down')],
  ['an errcode (45009 quota)', (w: FakeWechat) => w.failNextCodes.push(45009)],
  ['the token endpoint down', (w: FakeWechat) => Object.assign(w, { mode: 'down' })],
  ['not JSON', (w: FakeWechat) => Object.assign(w, { mode: 'garbage' })],
])('WeChat failing (%s) is 503, not 500', async (_, fail) => {
  fail(wechat);
  const { status, body } = await poster(point.id, tokens.bureau, 'wechat');
  expect(status).toBe(503);
  expect(ApiErrorSchema.parse(body).error.code).toBe('service_unavailable');
});

test('WeChat unreachable is 503', async () => {
  process.env.WECHAT_API_BASE = 'http://127.0.0.1:9';
  try {
    expect((await poster(point.id, tokens.bureau, 'wechat')).status).toBe(503);
  } finally {
    process.env.WECHAT_API_BASE = wechat.baseUrl;
  }
});
