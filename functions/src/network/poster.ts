// A printable poster for a service point (A5 portrait SVG): title, point name, a QR code, how to use
// it, opening hours, address and phone. The code is either a plain QR of the H5 point page (works
// with any camera) or a WeChat mini-program code (getUnlimited, scene = the point code).
import type { ServicePoint } from '@app/shared';
import QRCode from 'qrcode';
import { config, ConfigError } from '../lib/config';
import { notFound } from '../lib/errors';
import * as repo from './repository';
import { getUnlimited } from './wechatCode';

export type PosterSource = 'local' | 'wechat';
export interface PointPoster {
  pointId: string;
  source: PosterSource;
  target: string;
  svg: string;
}

/** The H5 point page and the mini-program page a poster opens; both read the point code. */
export const H5_POINT_ROUTE = '#/resident/point/index';
export const MINIPROGRAM_POINT_PAGE = 'resident/point/index';

const WIDTH = 1480;
const HEIGHT = 2100;
const QR_SIZE = 900;
const QR_TOP = 520;
const FONT = 'PingFang SC, Microsoft YaHei, sans-serif';

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function h5PointUrl(code: string): string {
  const base = config().h5BaseUrl;
  if (!base) throw new ConfigError('H5_BASE_URL is not set');
  return `${base.endsWith('/') ? base : `${base}/`}${H5_POINT_ROUTE}?code=${encodeURIComponent(code)}`;
}

/** The QR of `text` as SVG elements scaled to QR_SIZE and placed centred at QR_TOP. */
async function localQr(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const paths = svg.match(/<path\b[^>]*\/>/g);
  if (!size || !paths) throw new Error('unexpected QR SVG from qrcode');
  const scale = QR_SIZE / size;
  const x = (WIDTH - QR_SIZE) / 2;
  return `<g class="qr" transform="translate(${x} ${QR_TOP}) scale(${scale})" shape-rendering="crispEdges">${paths.join('')}</g>`;
}

function wechatImage(png: Buffer): string {
  const x = (WIDTH - QR_SIZE) / 2;
  return `<image class="qr" x="${x}" y="${QR_TOP}" width="${QR_SIZE}" height="${QR_SIZE}" href="data:image/png;base64,${png.toString('base64')}"/>`;
}

function textLine(y: number, size: number, content: string, extra = ''): string {
  return `<text x="${WIDTH / 2}" y="${y}" font-size="${size}" text-anchor="middle"${extra}>${escapeXml(content)}</text>`;
}

export function composePoster(point: ServicePoint, code: string): string {
  const below = QR_TOP + QR_SIZE;
  const lines: string[] = [
    textLine(200, 96, '代办帮办服务点', ' font-weight="bold" fill="#c0392b"'),
    textLine(340, 64, point.name, ' font-weight="bold"'),
    ...(point.parentName ? [textLine(420, 40, point.parentName, ' fill="#555555"')] : []),
    textLine(below + 90, 44, '微信扫码或手机浏览器扫码，预约、签到、委托办事'),
    textLine(below + 190, 40, `办公时间：${point.hours.regular}`),
    ...(point.hours.extended ? [textLine(below + 260, 40, `延时服务：${point.hours.extended}`, ' fill="#c0392b"')] : []),
    textLine(below + 350, 36, `地址：${point.address}`, ' fill="#333333"'),
    textLine(below + 415, 36, `电话：${point.phone}`, ' fill="#333333"'),
    textLine(HEIGHT - 90, 48, '代办帮办服务全程免费', ' font-weight="bold" fill="#c0392b"'),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="148mm" height="210mm" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect x="30" y="30" width="${WIDTH - 60}" height="${HEIGHT - 60}" fill="none" stroke="#c0392b" stroke-width="8"/>`,
    `<g font-family="${FONT}" fill="#222222">`,
    ...lines,
    '</g>',
    code,
    '</svg>',
  ].join('\n');
}

export async function pointPoster(id: string, source: PosterSource = 'local'): Promise<PointPoster> {
  const point = await repo.findPoint(id);
  if (!point) throw notFound('service point');
  if (source === 'wechat') {
    const png = await getUnlimited({
      scene: point.code,
      page: MINIPROGRAM_POINT_PAGE,
      check_path: false,
      env_version: config().wechatMiniprogramState === 'formal' ? 'release' : 'trial',
      width: 860,
    });
    return { pointId: point.id, source, target: `${MINIPROGRAM_POINT_PAGE}?scene=${point.code}`, svg: composePoster(point, wechatImage(png)) };
  }
  const target = h5PointUrl(point.code);
  return { pointId: point.id, source, target, svg: composePoster(point, await localQr(target)) };
}
