// The accessibility pass over the H5 app, as the ageing-friendly rules measure it: axe-core on
// Debian's Chromium plus figures computed from the rendered page (text sizes, tap targets,
// horizontal overflow), in normal mode and in 长辈模式, at 375 × 812.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What each mode promises: the smallest text (CSS px) and the smallest tap target (CSS px square). */
export const THRESHOLDS = {
  normal: { text: 14, target: 44, lineHeight: 0 },
  elderly: { text: 18, target: 60, lineHeight: 1.3 },
} as const;
export type Mode = keyof typeof THRESHOLDS;

/** One page the stories visited: where it is and who was signed in (undefined: nobody). */
export interface Visit {
  route: string;
  url: string;
  user?: string;
}

export interface PageFigures {
  route: string;
  user?: string;
  mode: Mode;
  /** axe's serious and critical findings, as "rule: target". */
  serious: string[];
  chars: number;
  /** Characters drawn below the mode's text threshold. */
  smallChars: number;
  /** Characters set tighter than the mode's line height (长辈模式: 1.3). */
  tightChars: number;
  minText: number;
  minTarget: number;
  /** The controls below the mode's target threshold, as "selector WxH". */
  smallTargets: string[];
  /** Elements reaching past the screen's edges with no scrolling container to bring them in, or the page ending below the screen. */
  overflow: string[];
  /** Text cut off by its box (ellipsis or hidden overflow). */
  clipped: string[];
  /** Controls without an accessible name (role or native control with nothing to announce). */
  unnamed: string[];
}

/** Every page the browser stories show, in the order they show them (filled by `recordVisits`). */
export const VISITS: Visit[] = [];

/** The route of a hash-router URL: `resident/case/index` of `http://…/#/resident/case/index?id=1`. */
export const routeOf = (url: string): string | undefined => /#\/([^?]+)/.exec(url)?.[1];

/**
 * Records every page a story's browser page shows, with the demo user signed in at the time, so
 * the pass can revisit exactly what the stories saw.
 */
export function recordVisits(page: Page, visits: Visit[]): void {
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = frame.url();
    const route = routeOf(url);
    if (!route) return;
    page
      .evaluate(() => {
        const raw = localStorage.getItem('session.devUserId');
        return raw ? (JSON.parse(raw) as { data?: string }).data : undefined;
      })
      .then((user) => visits.push({ route, url, user }))
      .catch(() => undefined); // the page closed meanwhile
  });
}

/** One visit per route and signed-in role: the last one the stories made. */
export function distinctVisits(visits: Visit[]): Visit[] {
  const role = (user?: string) => (user ? (/bureau/.test(user) ? 'bureau' : /resident/.test(user) ? 'resident' : 'agent') : 'anonymous');
  const byKey = new Map<string, Visit>();
  for (const v of visits) byKey.set(`${v.route}|${role(v.user)}`, v);
  return [...byKey.values()].sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * Who opens each page no story reaches, and with what query: the pass measures every page of the
 * app, not only those the stories happen to show (我的预约, 消息 and 服务网点 among them).
 */
export const OTHER_PAGES: Record<string, { user?: string; query?: string }> = {
  'resident/bookings/index': { user: 'u-resident-1' },
  'resident/points/index': { user: 'u-resident-1' },
  'resident/notices/index': { user: 'u-resident-1' },
  'agent/bind/index': { user: 'u-resident-2' },
  'bureau/rectifications/index': { user: 'u-bureau-1' },
  'bureau/catalogue/index': { user: 'u-bureau-1' },
  'bureau/item/index': { user: 'u-bureau-1', query: 'id=item-tz-record' },
  // The hall display is made for a 1920 × 1080 screen (the queue story looks at it there); a phone
  // that opens it must still read it.
  'display/hall/index': { query: 'code=P03LYL' },
};

/** The routes of app.config (main package and subpackages), in the router's spelling. */
export function appRoutes(config: { pages: string[]; subPackages?: { root: string; pages: string[] }[] }): string[] {
  return [...config.pages, ...(config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

/**
 * The stories' visits plus a visit to every page of the app they did not reach (from OTHER_PAGES);
 * `unknown` names the pages nobody says how to open, so a new page cannot go unmeasured.
 */
export function everyPage(visits: Visit[], routes: string[], appUrl: string): { visits: Visit[]; unknown: string[] } {
  const seen = new Set(visits.map((v) => v.route));
  const added: Visit[] = [];
  const unknown: string[] = [];
  for (const route of routes.filter((r) => !seen.has(r))) {
    const how = OTHER_PAGES[route];
    if (!how) unknown.push(route);
    else added.push({ route, url: `${appUrl}#/${route}${how.query ? `?${how.query}` : ''}`, user: how.user });
  }
  return { visits: [...visits, ...added].sort((a, b) => a.route.localeCompare(b.route)), unknown };
}

/** Waits until the page has had no API request in flight for a moment, and nothing says 加载中. */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince > 400) {
      const loading = await page.evaluate(() => /加载中/.test(document.querySelector('.taro_page:not([style*="display: none"])')?.textContent ?? ''));
      if (!loading) return;
    }
    await page.waitForTimeout(100);
  }
}

/** Figures the page computes about itself, in the browser (no library: what a ruler would say). */
function measureInPage(limits: { text: number; target: number; lineHeight: number }) {
  const vw = document.documentElement.clientWidth;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  const describe = (el: Element) => {
    const cls = (typeof el.className === 'string' ? el.className : '').split(/\s+/).filter((c) => c && !c.startsWith('nut-') && !c.startsWith('taro-')).slice(0, 2);
    const nutCls = (typeof el.className === 'string' ? el.className : '').split(/\s+/).find((c) => c.startsWith('nut-'));
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 12);
    return `${el.tagName.toLowerCase()}${cls.length ? `.${cls.join('.')}` : nutCls ? `.${nutCls}` : ''}${text ? `「${text}」` : ''}`;
  };
  // The page the router shows, and the navigation bar above it.
  const roots = [document.getElementById('taro-navigation-bar'), ...Array.from(document.querySelectorAll('.taro_page'))].filter(
    (el): el is HTMLElement => !!el && visible(el),
  );

  let chars = 0;
  let smallChars = 0;
  let tightChars = 0;
  let minText = Infinity;
  const clipped = new Set<string>();
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const count = (node.textContent ?? '').replace(/\s/g, '').length;
      const el = node.parentElement;
      if (!count || !el || !visible(el)) continue;
      // Text kept for screen readers only (a 1 px clipped box) is not drawn.
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      chars += count;
      if (size < limits.text) smallChars += count;
      // 'normal' is the font's own spacing (about 1.45 for Noto CJK).
      if (style.lineHeight !== 'normal' && parseFloat(style.lineHeight) < limits.lineHeight * size - 0.5) tightChars += count;
      minText = Math.min(minText, size);
      // Cut off: the text's box, or a box around it, hides part of it (sideways or below).
      for (let box: HTMLElement | null = el; box && box !== root; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (/(auto|scroll)/.test(style.overflowX + style.overflowY)) break;
        const wide = (style.overflowX === 'hidden' || style.textOverflow === 'ellipsis') && box.scrollWidth > box.clientWidth + 1;
        const tall = style.overflowY === 'hidden' && box.scrollHeight > box.clientHeight + 1;
        if (wide || tall) {
          clipped.add(describe(box));
          break;
        }
      }
    }
  }
  // Form fields count too: what is typed into them is text.
  for (const field of Array.from(document.querySelectorAll('input:not([type=hidden]):not([type=file]), textarea'))) {
    if (!visible(field)) continue;
    const size = parseFloat(getComputedStyle(field).fontSize);
    minText = Math.min(minText, size);
  }

  const controlSelector = [
    '[role=button]', '[role=link]', '[role=checkbox]', '[role=radio]', '[role=switch]', '[role=tab]', '[role=option]', '[role=menuitem]',
    'a[href]', 'button', 'input:not([type=hidden]):not([type=file])', 'textarea', 'select', '[tabindex]:not([tabindex="-1"])',
  ].join(',');
  let minTarget = Infinity;
  const smallTargets: string[] = [];
  const unnamed: string[] = [];
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll(controlSelector))) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      const size = Math.min(r.width, r.height);
      minTarget = Math.min(minTarget, size);
      if (size < limits.target - 0.5) smallTargets.push(`${describe(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      const named = (el.getAttribute('aria-label') ?? '').trim() || (el.getAttribute('aria-labelledby') ?? '') || (el.textContent ?? '').trim() || (el as HTMLInputElement).labels?.length;
      if (!named) unnamed.push(describe(el));
    }
  }

  // Reaching past the screen, unless a scrolling container holds it.
  const overflow: string[] = [];
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.right <= vw + 1 && r.left >= -1)) continue;
      let held = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll)/.test(style.overflowX)) {
          held = true;
          break;
        }
      }
      if (!held && visible(el)) overflow.push(`${describe(el)} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
  }
  // The page's own scroller must end at the screen's bottom: the document does not scroll (Taro
  // hides the body's overflow), so whatever lies below it can never be reached.
  const vh = document.documentElement.clientHeight;
  for (const root of roots.filter((el) => el.classList.contains('taro_page'))) {
    const r = root.getBoundingClientRect();
    if (r.bottom > vh + 1) overflow.push(`the page reaches ${Math.round(r.bottom - vh)} px below the screen (${Math.round(r.top)}–${Math.round(r.bottom)})`);
  }
  return {
    chars,
    smallChars,
    tightChars,
    minText: Number.isFinite(minText) ? minText : 0,
    minTarget: Number.isFinite(minTarget) ? minTarget : 0,
    smallTargets,
    overflow: overflow.slice(0, 8),
    clipped: [...clipped].slice(0, 8),
    unnamed,
  };
}

let visitCount = 0;

/** Opens one visit in one mode on an existing browser page and measures it. */
export async function auditVisit(page: Page, visit: Visit, mode: Mode, inFlight: () => number): Promise<PageFigures> {
  await page.evaluate(
    ({ user, elderly }) => {
      localStorage.clear();
      if (user) localStorage.setItem('session.devUserId', JSON.stringify({ data: user }));
      localStorage.setItem('elderlyMode', JSON.stringify({ data: elderly }));
    },
    { user: visit.user, elderly: mode === 'elderly' },
  );
  // A query of its own makes the router open a fresh page even when the stories' URL repeats.
  visitCount += 1;
  await page.goto(`${visit.url}${visit.url.includes('?') ? '&' : '?'}a11yVisit=${visitCount}`);
  await settle(page, inFlight);
  const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
  const measured = await page.evaluate(measureInPage, THRESHOLDS[mode]);
  return { route: visit.route, user: visit.user, mode, serious, ...measured };
}

/** The states the stories photograph (each step of the entrustment, a dialog, a form filled in), in the mode they are in. */
export const STATES: PageFigures[] = [];

/** Measures a story's page as it stands, without reloading it (called with each screenshot). */
export async function auditState(page: Page, name: string): Promise<void> {
  const route = `${routeOf(page.url()) ?? page.url()} · ${name}`;
  const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
  const elderly = await page.evaluate(() => Boolean(document.querySelector('.taro_page .elderly')));
  const mode: Mode = elderly ? 'elderly' : 'normal';
  STATES.push({ route, mode, serious, ...(await page.evaluate(measureInPage, THRESHOLDS[mode])) });
}

/** Counts the API requests a page has in flight, for `settle`. */
export function trackRequests(page: Page): () => number {
  let inFlight = 0;
  const isApi = (url: string) => url.includes('/api/');
  page.on('request', (r) => isApi(r.url()) && (inFlight += 1));
  page.on('requestfinished', (r) => isApi(r.url()) && (inFlight -= 1));
  page.on('requestfailed', (r) => isApi(r.url()) && (inFlight -= 1));
  return () => inFlight;
}

/** The one line the run prints, and whether every page (and every photographed state) met every promise. */
export function summarise(pageFigures: PageFigures[], states: PageFigures[] = []): { line: string; failures: string[] } {
  const pages = new Set(pageFigures.map((f) => `${f.route}|${f.user ?? ''}`)).size;
  const figures = [...pageFigures, ...states];
  const of = (mode: Mode) => figures.filter((f) => f.mode === mode);
  const min = (list: PageFigures[], key: 'minText' | 'minTarget') => Math.min(...list.map((f) => f[key]).filter((v) => v > 0));
  const serious = figures.reduce((n, f) => n + f.serious.length, 0);
  const overflow = figures.reduce((n, f) => n + f.overflow.length, 0);
  const line =
    `a11y: ${pages} pages × 2 modes${states.length ? ` + ${states.length} story states` : ''}, ${serious} serious/critical, ` +
    `min text ${min(of('normal'), 'minText').toFixed(1).replace(/\.0$/, '')} px / ${min(of('elderly'), 'minText').toFixed(1).replace(/\.0$/, '')} px, ` +
    `min target ${Math.floor(min(of('normal'), 'minTarget'))} / ${Math.floor(min(of('elderly'), 'minTarget'))}, ${overflow} overflow`;
  const failures: string[] = [];
  for (const f of figures) {
    const where = `${f.route} (${f.user ?? '未登录'}, ${f.mode})`;
    for (const s of f.serious) failures.push(`${where} axe ${s}`);
    if (f.smallChars > 0) failures.push(`${where} ${f.smallChars} of ${f.chars} characters below ${THRESHOLDS[f.mode].text} px (smallest ${f.minText} px)`);
    if (f.tightChars > 0) failures.push(`${where} ${f.tightChars} of ${f.chars} characters with line height below ${THRESHOLDS[f.mode].lineHeight}`);
    for (const t of f.smallTargets) failures.push(`${where} target ${t} below ${THRESHOLDS[f.mode].target} px`);
    for (const o of f.overflow) failures.push(`${where} overflows the screen: ${o}`);
    for (const c of f.clipped) failures.push(`${where} text cut off: ${c}`);
    for (const u of f.unnamed) failures.push(`${where} control without a name: ${u}`);
  }
  return { line, failures };
}

/** One line per page and mode, for whoever reads the run. */
export const pageLine = (f: PageFigures) =>
  `  ${f.mode === 'normal' ? '普通' : '长辈'} ${f.route}${f.user ? ` (${f.user})` : ''}: ${f.serious.length} serious, ` +
  `${f.chars ? ((100 * f.smallChars) / f.chars).toFixed(0) : 0}% text < ${THRESHOLDS[f.mode].text} px (min ${f.minText}), ` +
  `min target ${Math.floor(f.minTarget)}, ${f.overflow.length} overflow, ${f.clipped.length} clipped`;
