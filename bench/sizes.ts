// The mini-program's sizes: weapp main package and subpackages (measured the way WeChat counts them,
// by miniapp/scripts/weapp.ts), and the JavaScript the H5 app loads before its home page shows:
// Debian's Chromium (headless, through playwright-core) opens the built app served on 127.0.0.1 and
// every script it fetches until the network is idle is counted (index.html's scripts plus the
// home page's lazy chunks; the API is not running then, so /api answers 503). Both apps are
// built by this run, production mode, into folders of the bench's own (miniapp/dist-bench/, ignored
// by git), so a test run building miniapp/dist/ at the same time is never disturbed. Taro's output
// goes to a log file; its tail is shown when a build fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { H5_FIRST_LOAD_TARGET_GZIP, MAIN_PACKAGE_BUDGET, measure, SUBPACKAGE_BUDGET } from '../miniapp/scripts/weapp';

const ROOT = path.resolve(__dirname, '..');
const MINIAPP = path.join(ROOT, 'miniapp');
const OUT = path.join(MINIAPP, 'dist-bench');

export interface SizeResult {
  main: number;
  mainBudget: number;
  subpackages: Record<string, number>;
  subpackageBudget: number;
  h5Scripts: { file: string; bytes: number; gzipBytes: number }[];
  /** Issue 15's target for the sum of the H5 scripts' gzip sizes. */
  h5TargetGzip: number;
  /** How the H5 scripts were found: loaded by Chromium, or (no Chromium) index.html's script tags only. */
  h5Method: 'chromium' | 'index.html';
  buildSeconds: { weapp: number; h5: number };
}

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** `taro build --type <type>` (production) into miniapp/dist-bench/<type>; answers its seconds. */
function taroBuild(type: 'weapp' | 'h5', extraEnv: Record<string, string> = {}): number {
  const outputRoot = path.join('dist-bench', type);
  rmSync(path.join(MINIAPP, outputRoot), { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: MINIAPP,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: outputRoot, ...extraEnv },
  });
  const log = path.join(OUT, `${type}.log`);
  writeFileSync(log, `${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  if (run.status !== 0) {
    const tail = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(`taro build --type ${type} failed (${run.error?.message ?? `exit ${run.status}`}); log in ${path.relative(ROOT, log)}:\n${tail}`);
  }
  return (Date.now() - started) / 1000;
}

const sizeOf = (h5Dir: string, file: string) => {
  const content = readFileSync(path.join(h5Dir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
};

/** The scripts index.html names (src attributes of its script tags). */
function indexScripts(h5Dir: string): SizeResult['h5Scripts'] {
  const html = readFileSync(path.join(h5Dir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/^(\.\/|\/)/, ''));
  if (sources.length === 0) throw new Error('the H5 index.html loads no script: nothing to measure');
  return sources.map((src) => sizeOf(h5Dir, src));
}

/** Every script Chromium fetches opening the app's home page, in the order requested. */
async function loadedScripts(h5Dir: string): Promise<SizeResult['h5Scripts']> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const file = path.join(h5Dir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(h5Dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && request.resourceType() === 'script' && !scripts.includes(url.pathname)) scripts.push(url.pathname);
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    return scripts.map((p) => sizeOf(h5Dir, p.replace(/^\//, '')));
  } finally {
    await browser.close();
    server.close();
  }
}

/** Builds the H5 app (production) and answers the scripts its home page loads, in the order requested. */
export async function measureH5FirstLoad(log: (line: string) => void): Promise<Pick<SizeResult, 'h5Scripts' | 'h5Method'> & { seconds: number }> {
  log('building the H5 app (taro build --type h5, production)…');
  // The deployed H5 app reaches the API on its own origin, as the local stack serves it.
  const seconds = taroBuild('h5', { TARO_APP_API_BASE: '/api' });
  log(`H5 built in ${seconds.toFixed(0)} s`);
  const h5Dir = path.join(OUT, 'h5');
  const withChromium = existsSync(CHROMIUM_PATH);
  if (!withChromium) log(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium): counting index.html's scripts only`);
  return { h5Scripts: withChromium ? await loadedScripts(h5Dir) : indexScripts(h5Dir), h5Method: withChromium ? 'chromium' : 'index.html', seconds };
}

export async function measureSizes(log: (line: string) => void): Promise<SizeResult> {
  log('building the weapp (taro build --type weapp, production)…');
  const weappSeconds = taroBuild('weapp');
  const weapp = measure(path.join(OUT, 'weapp'));
  log(`weapp built in ${weappSeconds.toFixed(0)} s`);
  const h5 = await measureH5FirstLoad(log);
  return {
    main: weapp.main,
    mainBudget: MAIN_PACKAGE_BUDGET,
    subpackages: weapp.subpackages,
    subpackageBudget: SUBPACKAGE_BUDGET,
    h5Scripts: h5.h5Scripts,
    h5TargetGzip: H5_FIRST_LOAD_TARGET_GZIP,
    h5Method: h5.h5Method,
    buildSeconds: { weapp: weappSeconds, h5: h5.seconds },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The sizes' rows of the bench's targets table: [target, met or missed with the figure]. */
export function sizeTargetRows(s: SizeResult, mark: (met: boolean) => string): string[][] {
  const gzip = s.h5Scripts.reduce((sum, x) => sum + x.gzipBytes, 0);
  return [
    [`weapp main package ≤ ${kb(s.mainBudget)}`, `${mark(s.main <= s.mainBudget)} (${kb(s.main)})`],
    [`H5 first-load JavaScript ≤ ${kb(s.h5TargetGzip)} gzip`, `${mark(gzip <= s.h5TargetGzip)} (${kb(gzip)} in ${s.h5Scripts.length} scripts)`],
  ];
}

// `npm run size:h5` (tsx bench/sizes.ts h5): the H5 first load alone against its budget (one production
// build into miniapp/dist-bench/h5, one to two minutes); exits 1 over the budget.
if (require.main === module && process.argv[2] === 'h5') {
  measureH5FirstLoad(console.log).then(
    ({ h5Scripts }) => {
      for (const s of h5Scripts) console.log(`${s.file}: ${kb(s.bytes)}, ${kb(s.gzipBytes)} gzip`);
      const gzip = h5Scripts.reduce((sum, x) => sum + x.gzipBytes, 0);
      console.log(`H5 first load: ${kb(gzip)} gzip (budget ${kb(H5_FIRST_LOAD_TARGET_GZIP)})`);
      if (gzip > H5_FIRST_LOAD_TARGET_GZIP) {
        console.error(`H5 first load over budget by ${kb(gzip - H5_FIRST_LOAD_TARGET_GZIP)}`);
        process.exitCode = 1;
      }
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
