// Per Lambda function: its esbuild bundle (minified, node20) and the module-init time of loading
// it in a fresh node process, next to a bundle of only the AWS SDK packages it imports (the floor).
// Both bundles hold the SDK (bundled, not external): deployment leaves @aws-sdk/* to the runtime,
// but the runtime still loads those modules at init, so the comparison is like for like; the
// deployed size (SDK external) is shown too.
// The judged figure is the CPU time (user + system, all threads) the require takes, as the median
// of each round's function ÷ floor ratio (initTimes; decisions §102): on a machine others share,
// wall time mostly measures how long the process waited for a core (the same bundle's wall time
// varied 3× within a minute here), CPU time the work init does. Wall time is shown beside it (§86). BENCH_HANDLERS_DIR measures another checkout's handlers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { median } from './math';

const ROOT = path.resolve(__dirname, '..');
const HANDLERS = path.resolve(process.env.BENCH_HANDLERS_DIR ?? path.join(ROOT, 'functions/src/handlers'));

export interface BundleResult {
  fn: string;
  deployedBytes: number;
  bundleBytes: number;
  floorBytes: number;
  sdkPackages: string[];
  /** CPU time of the require, medians of the runs (function, floor), and the median of the paired runs' ratios: the judged figure. */
  initMs: number;
  floorInitMs: number;
  ratio: number;
  /** Wall time, medians of the runs, and the median paired ratio: shown beside it. */
  initWallMs: number;
  floorInitWallMs: number;
  wallRatio: number;
  /** What the bundle holds beyond its floor, largest first: npm packages, or our source folders. */
  beyondFloor: { name: string; bytes: number }[];
}

const common = {
  bundle: true,
  minify: true,
  platform: 'node' as const,
  target: 'node20',
  format: 'cjs' as const,
  write: true,
  metafile: true,
  logLevel: 'silent' as const,
  absWorkingDir: ROOT,
};

/** The @aws-sdk packages our own code imports (not those the SDK pulls in itself). */
function sdkPackagesOf(metafile: Metafile): string[] {
  const packages = new Set<string>();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (file.includes('node_modules/')) continue;
    for (const imported of input.imports) {
      const match = /^(@aws-sdk\/[^/]+)/.exec(imported.original ?? '');
      if (match) packages.add(match[1]);
    }
  }
  return [...packages].sort();
}

/** Bytes of the (single) output by npm package, or by source folder for our own files. */
function bytesByOrigin(metafile: Metafile): Map<string, number> {
  const by = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
      const name = pkg ? pkg[1] : path.dirname(file);
      by.set(name, (by.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return by;
}

/** One fresh-process timing of require(bundle): wall and CPU (user + system) milliseconds. */
function initOnce(bundle: string, env: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const script = `const c=process.cpuUsage(),t=process.hrtime.bigint();require(${JSON.stringify(bundle)});const w=Number(process.hrtime.bigint()-t)/1e6,u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wall:w,cpu:(u.user+u.system)/1e3}))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }));
}

/**
 * `runs` rounds; in each, every function's bundle is timed once and its floor next to it. The
 * judged ratio is the median over the rounds of each such pair's ratio: this machine is a VM whose
 * host lends and takes CPU by the second (the same floor's median moved 66 → 83 ms between two
 * runs), and a pair timed within half a second shares that state, while medians taken apart do
 * not. Rounds, rather than all of a function's runs in a row, spread every function's samples over
 * the whole measurement. The medians of each side's CPU time are shown beside the ratio.
 */
function initTimes(pairs: { bundle: string; floor: string }[], runs: number, env: NodeJS.ProcessEnv) {
  const own = pairs.map(() => [] as { wall: number; cpu: number }[]);
  const bare = pairs.map(() => [] as { wall: number; cpu: number }[]);
  for (let i = 0; i < runs; i++) {
    pairs.forEach((p, k) => {
      // Which of the two goes first alternates by round, so that neither always follows the other.
      if (i % 2 === 0) {
        own[k].push(initOnce(p.bundle, env));
        bare[k].push(initOnce(p.floor, env));
      } else {
        bare[k].push(initOnce(p.floor, env));
        own[k].push(initOnce(p.bundle, env));
      }
    });
  }
  return pairs.map((_, k) => ({
    initMs: median(own[k].map((r) => r.cpu)),
    floorInitMs: median(bare[k].map((r) => r.cpu)),
    ratio: median(own[k].map((r, i) => r.cpu / bare[k][i].cpu)),
    initWallMs: median(own[k].map((r) => r.wall)),
    floorInitWallMs: median(bare[k].map((r) => r.wall)),
    wallRatio: median(own[k].map((r, i) => r.wall / bare[k][i].wall)),
  }));
}

export async function measureBundles(options: { runs: number; log(line: string): void }): Promise<BundleResult[]> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'daiban-bench-bundles-'));
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_REGION: 'cn-north-1' };
  const functions = readdirSync(HANDLERS)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const floors = new Map<string, { bytes: number; file: string; origins: Set<string> }>();
  try {
    const built: (Omit<BundleResult, 'initMs' | 'floorInitMs' | 'ratio' | 'initWallMs' | 'floorInitWallMs' | 'wallRatio'> & { file: string; floorFile: string })[] = [];
    for (const fn of functions) {
      const entry = path.join(HANDLERS, `${fn}.ts`);
      const file = path.join(out, `${fn}.js`);
      const { metafile } = await build({ ...common, entryPoints: [entry], outfile: file });
      const deployedFile = path.join(out, `${fn}.deployed.js`);
      await build({ ...common, entryPoints: [entry], outfile: deployedFile, external: ['@aws-sdk/*'] });
      if (!metafile) throw new Error(`esbuild gave no metafile for ${fn}`);
      const sdkPackages = sdkPackagesOf(metafile);
      const floorKey = sdkPackages.join(',');
      let floor = floors.get(floorKey);
      if (!floor) {
        const floorEntry = path.join(out, `floor-${floors.size}.entry.js`);
        const floorFile = path.join(out, `floor-${floors.size}.js`);
        // Imports each package whole and instantiates nothing.
        writeFileSync(floorEntry, sdkPackages.map((p, i) => `exports.m${i} = require(${JSON.stringify(p)});`).join('\n') || 'exports.none = true;');
        const floorBuild = await build({ ...common, entryPoints: [floorEntry], outfile: floorFile, nodePaths: [path.join(ROOT, 'node_modules')] });
        floor = { bytes: statSync(floorFile).size, file: floorFile, origins: new Set(bytesByOrigin(floorBuild.metafile!).keys()) };
        floors.set(floorKey, floor);
      }
      const floorOrigins = floor.origins;
      built.push({
        fn,
        file,
        floorFile: floor.file,
        deployedBytes: statSync(deployedFile).size,
        bundleBytes: statSync(file).size,
        floorBytes: floor.bytes,
        sdkPackages,
        beyondFloor: [...bytesByOrigin(metafile)]
          .filter(([name]) => !floorOrigins.has(name))
          .map(([name, bytes]) => ({ name, bytes }))
          .sort((a, b) => b.bytes - a.bytes),
      });
    }
    options.log(`${built.length} functions, ${floors.size} distinct floors: ${options.runs} rounds of init timings`);
    const times = initTimes(built.map((b) => ({ bundle: b.file, floor: b.floorFile })), options.runs, env);
    return built.map(({ file: _file, floorFile: _floorFile, ...b }, k) => {
      const t = times[k];
      options.log(`${b.fn}: ${(b.bundleBytes / 1024).toFixed(0)} KB, init CPU ${t.initMs.toFixed(1)} ms vs floor ${t.floorInitMs.toFixed(1)} ms, paired ratio ${t.ratio.toFixed(2)} (wall ${t.initWallMs.toFixed(1)} / ${t.floorInitWallMs.toFixed(1)}) [${b.sdkPackages.join(' ')}]`);
      return { ...b, ...t };
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
