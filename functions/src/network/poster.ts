// A printable poster for a service point (A5 portrait SVG), in Mongolian and Chinese: a QR code,
// then the point's name, how to use the code, opening hours, address and phone, each in both
// scripts written vertically, the Mongolian column on the left of its Chinese twin in the same size
// (《内蒙古自治区社会市面蒙汉两种文字并用管理办法》 第三条; decisions §98). The code is either a plain
// QR of the H5 point page (works with any camera) or a WeChat mini-program code (getUnlimited,
// scene = the point code).
import { chinaDate, describeHours, type ServicePoint } from '@app/shared';
import qrcode from 'qrcode-generator';
import { clock } from '../lib/clock';
import { config, ConfigError } from '../lib/config';
import { notFound } from '../lib/errors';
import * as repo from './repository';
import { MONGOLIAN_HOURS_WORDS, POSTER_MN, POSTER_ZH } from './posterWords';
import { getUnlimited } from './wechatCode';

export type PosterSource = 'local' | 'wechat';
export interface PointPoster {
  pointId: string;
  source: PosterSource;
  target: string;
  svg: string;
  /** The point's texts that have no Mongolian yet (the poster shows them in Chinese only). */
  untranslated: ('name' | 'address')[];
}

/** The H5 point page and the mini-program page a poster opens; both read the point code. */
export const H5_POINT_ROUTE = '#/resident/point/index';
export const MINIPROGRAM_POINT_PAGE = 'resident/point/index';

const WIDTH = 1480;
const HEIGHT = 2100;
const QR_SIZE = 600;
const QR_TOP = 90;
const TEXT_TOP = QR_TOP + QR_SIZE + 40;
const TEXT_HEIGHT = HEIGHT - 60 - TEXT_TOP;
/** The font the H5 app loads (lib/mongolianFont), the one this SVG loads from the app's origin, then the machine's. */
const MN_FONT = "'Noto Sans Mongolian App', 'Noto Sans Mongolian Poster', 'Noto Sans Mongolian', 'Mongolian Baiti', sans-serif";
const ZH_FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const H5_FONT_PATH = 'fonts/NotoSansMongolian-Regular.ttf';

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function h5PointUrl(code: string): string {
  const base = config().h5BaseUrl;
  if (!base) throw new ConfigError('H5_BASE_URL is not set');
  return `${base.endsWith('/') ? base : `${base}/`}${H5_POINT_ROUTE}?code=${encodeURIComponent(code)}`;
}

/**
 * The QR of `text` (error correction M, the smallest version that holds it, a quiet zone of one
 * module) as one SVG path of dark runs, scaled to QR_SIZE and placed centred at QR_TOP. The encoder
 * is qrcode-generator, the one the mini-program draws booking codes with (components/booking/qr.ts).
 */
function localQr(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < modules; row += 1) {
    for (let col = 0; col < modules; ) {
      if (!qr.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules && qr.isDark(row, col)) col += 1;
      runs.push(`M${start + 1} ${row + 1}h${col - start}v1h-${col - start}z`);
    }
  }
  const size = modules + 2;
  const scale = QR_SIZE / size;
  const x = (WIDTH - QR_SIZE) / 2;
  return `<g class="qr" transform="translate(${x} ${QR_TOP}) scale(${scale})" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#ffffff"/><path fill="#000000" d="${runs.join('')}"/></g>`;
}

function wechatImage(png: Buffer): string {
  const x = (WIDTH - QR_SIZE) / 2;
  return `<image class="qr" x="${x}" y="${QR_TOP}" width="${QR_SIZE}" height="${QR_SIZE}" href="data:image/png;base64,${png.toString('base64')}"/>`;
}

/** One text in both scripts: Mongolian (when there is one) and Chinese, vertical, same size. */
interface Pair {
  kind: string;
  mn?: string;
  zh: string;
  size: number;
  color?: string;
  bold?: boolean;
}

/**
 * A pair as two vertical columns: the Mongolian (lines left to right, vertical-lr) on the left, the
 * Chinese (vertical-rl, its customary direction) on the right, in the same font size. A column
 * longer than the text area wraps into a further column of its own script.
 */
function pairHtml(pair: Pair): string {
  const style = (font: string, mode: string) =>
    `writing-mode:${mode};height:${TEXT_HEIGHT}px;font-family:${font};font-size:${pair.size}px;line-height:1.35;color:${pair.color ?? '#222222'};font-weight:${pair.bold ? 'bold' : 'normal'}`;
  const mn = pair.mn ? `<div class="mn" lang="mn-Mong" style="${style(MN_FONT, 'vertical-lr')}">${escapeXml(pair.mn)}</div>` : '';
  return `<div class="pair pair-${pair.kind}" style="display:flex;flex-direction:row;gap:${Math.round(pair.size / 4)}px">${mn}<div class="zh" lang="zh-CN" style="${style(ZH_FONT, 'vertical-rl')}">${escapeXml(pair.zh)}</div></div>`;
}

export interface PosterTexts {
  /** Opening hours in Mongolian, from the same schedule as point.hours. */
  hoursMn: { regular: string; extended?: string };
  /** Where the SVG, opened on its own, loads the Mongolian font from (the H5 build's /fonts/). */
  fontUrl?: string;
}

export function composePoster(point: ServicePoint, code: string, texts: PosterTexts): string {
  const pairs: Pair[] = [
    { kind: 'title', mn: POSTER_MN.title, zh: POSTER_ZH.title, size: 56, color: '#c0392b', bold: true },
    { kind: 'name', mn: point.nameMn, zh: point.name, size: 52, bold: true },
    { kind: 'instructions', mn: POSTER_MN.instructions, zh: POSTER_ZH.instructions, size: 40 },
    { kind: 'hours', mn: POSTER_MN.hours + texts.hoursMn.regular, zh: POSTER_ZH.hours + point.hours.regular, size: 36 },
    ...(point.hours.extended
      ? [{ kind: 'extended', mn: POSTER_MN.extended + (texts.hoursMn.extended ?? ''), zh: POSTER_ZH.extended + point.hours.extended, size: 36, color: '#c0392b' }]
      : []),
    { kind: 'address', mn: point.addressMn && POSTER_MN.address + point.addressMn, zh: POSTER_ZH.address + point.address, size: 32, color: '#333333' },
    { kind: 'phone', mn: POSTER_MN.phone + point.phone, zh: POSTER_ZH.phone + point.phone, size: 32, color: '#333333' },
    { kind: 'free', mn: POSTER_MN.free, zh: POSTER_ZH.free, size: 40, color: '#c0392b', bold: true },
  ];
  const fontFace = texts.fontUrl ? `<style>@font-face{font-family:'Noto Sans Mongolian Poster';src:url('${escapeXml(texts.fontUrl)}')}</style>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="148mm" height="210mm" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    ...(fontFace ? [fontFace] : []),
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect x="30" y="30" width="${WIDTH - 60}" height="${HEIGHT - 60}" fill="none" stroke="#c0392b" stroke-width="8"/>`,
    code,
    `<foreignObject x="60" y="${TEXT_TOP}" width="${WIDTH - 120}" height="${TEXT_HEIGHT}">`,
    `<div xmlns="http://www.w3.org/1999/xhtml" class="poster-text" style="display:flex;flex-direction:row;justify-content:center;align-items:flex-start;gap:22px;height:${TEXT_HEIGHT}px">`,
    ...pairs.map(pairHtml),
    '</div>',
    '</foreignObject>',
    '</svg>',
  ].join('\n');
}

function textsOf(point: ServicePoint): PosterTexts {
  const base = config().h5BaseUrl;
  return {
    hoursMn: describeHours(point.schedule, chinaDate(clock.now()), MONGOLIAN_HOURS_WORDS),
    fontUrl: base ? `${base.endsWith('/') ? base : `${base}/`}${H5_FONT_PATH}` : undefined,
  };
}

const untranslatedOf = (point: ServicePoint): PointPoster['untranslated'] => [...(point.nameMn ? [] : ['name' as const]), ...(point.addressMn ? [] : ['address' as const])];

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
    const svg = composePoster(point, wechatImage(png), textsOf(point));
    return { pointId: point.id, source, target: `${MINIPROGRAM_POINT_PAGE}?scene=${point.code}`, svg, untranslated: untranslatedOf(point) };
  }
  const target = h5PointUrl(point.code);
  return { pointId: point.id, source, target, svg: composePoster(point, localQr(target), textsOf(point)), untranslated: untranslatedOf(point) };
}
