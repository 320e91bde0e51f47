// Per Lambda function: its bundle, built as serverless.yml's esbuild settings build it for deployment
// (minified, the AWS SDK bundled from its ES module builds so only what the code uses is kept;
// decisions §103), and the module-init time of loading it in a fresh node process, next to its
// floor: a bundle built the same way that imports the same AWS SDK names our code imports (read from
// the import statements of the bundle's own source files) and instantiates nothing. Like with like:
// what any function making those SDK calls must load, against what ours loads.
// The judged figure is the CPU time (user + system, all threads) the require takes, as the median
// of each round's function ÷ floor ratio (initTimes; decisions §102): on a machine others share,
// wall time mostly measures how long the process waited for a core (the same bundle's wall time
// varied 3× within a minute here), CPU time the work init does. Wall time is shown beside it (§86).
// For reference the init of the same SDK packages loaded whole (their CommonJS builds, as the Lambda
// runtime provides them and as the functions loaded them before §103) is timed in the same rounds.
// BENCH_HANDLERS_DIR measures another checkout's handlers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { parse } from 'yaml';
import { deployedEsbuildOptions, type DeployedEsbuild } from '../functions/local/lambdas';
import { median } from './math';

const ROOT = path.resolve(__dirname, '..');
const HANDLERS = path.resolve(process.env.BENCH_HANDLERS_DIR ?? path.join(ROOT, 'functions/src/handlers'));

export interface BundleResult {
  fn: string;
  /** The deployed bundle, as serverless.yml builds it. */
  bundleBytes: number;
  floorBytes: number;
  /** The AWS SDK names our code imports, by package. */
  sdkImports: Record<string, string[]>;
  /** CPU time of the require, medians of the runs (function, floor), and the median of the paired runs' ratios: the judged figure. */
  initMs: number;
  floorInitMs: number;
  ratio: number;
  /** Wall time, medians of the runs, and the median paired ratio: shown beside it. */
  initWallMs: number;
  floorInitWallMs: number;
  wallRatio: number;
  /** CPU time of requiring the same SDK packages whole (CommonJS builds), median of the runs: for reference. */
  wholeSdkInitMs: number;
  /** What the bundle holds beyond its floor, largest first: npm packages, or our source folders. */
  beyondFloor: { name: string; bytes: number }[];
}

/** serverless.yml's esbuild settings, as BuildOptions: the bench times what deployment ships. */
export function deployedBuildOptions(): BuildOptions {
  const doc = parse(readFileSync(path.join(ROOT, 'serverless.yml'), 'utf8'), { logLevel: 'silent' }) as { custom: { esbuild: DeployedEsbuild } };
  const options = deployedEsbuildOptions(doc.custom.esbuild);
  // A linked source map would be read by the runtime at init (with --enable-source-maps); an
  // external one is not. The bench times neither, so it must not meet a linked one.
  if (options.sourcemap && options.sourcemap !== 'external') throw new Error('serverless.yml links a source map: init would read it, and the bench does not time that');
  return { ...options, write: true, metafile: true, logLevel: 'silent', absWorkingDir: ROOT };
}

const NAMED_SDK_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](@aws-sdk\/[^'"/]+)['"]/g;
const ANY_SDK_IMPORT = /from\s*['"]@aws-sdk\//g;

/** The AWS SDK names our own source files (not the SDK's) import, by package; type-only imports left out. */
function sdkImportsOf(metafile: Metafile): Record<string, string[]> {
  const names = new Map<string, Set<string>>();
  for (const file of Object.keys(metafile.inputs)) {
    if (file.includes('node_modules/') || !/\.tsx?$/.test(file)) continue;
    const text = readFileSync(path.resolve(ROOT, file), 'utf8');
    let named = 0;
    for (const [, typeOnly, list, pkg] of text.matchAll(NAMED_SDK_IMPORT)) {
      named++;
      if (typeOnly) continue;
      for (const spec of list.split(',').map((s) => s.trim())) {
        if (!spec || spec.startsWith('type ')) continue;
        const name = spec.split(/\s+as\s+/)[0];
        if (!names.has(pkg)) names.set(pkg, new Set());
        names.get(pkg)!.add(name);
      }
    }
    // A default or namespace import would escape the floor: refuse rather than time a wrong one.
    if ((text.match(ANY_SDK_IMPORT) ?? []).length !== named) throw new Error(`${file}: an @aws-sdk import the bench cannot read; import named bindings`);
  }
  return Object.fromEntries([...names].sort(([a], [b]) => a.localeCompare(b)).map(([pkg, set]) => [pkg, [...set].sort()]));
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
 * the whole measurement. The medians of each side's CPU time are shown beside the ratio. Each
 * round also times every distinct whole-packages reference once.
 */
function initTimes(pairs: { bundle: string; floor: string }[], references: string[], runs: number, env: NodeJS.ProcessEnv) {
  const own = pairs.map(() => [] as { wall: number; cpu: number }[]);
  const bare = pairs.map(() => [] as { wall: number; cpu: number }[]);
  const whole = references.map(() => [] as number[]);
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
    references.forEach((file, k) => whole[k].push(initOnce(file, env).cpu));
  }
  return {
    pairs: pairs.map((_, k) => ({
      initMs: median(own[k].map((r) => r.cpu)),
      floorInitMs: median(bare[k].map((r) => r.cpu)),
      ratio: median(own[k].map((r, i) => r.cpu / bare[k][i].cpu)),
      initWallMs: median(own[k].map((r) => r.wall)),
      floorInitWallMs: median(bare[k].map((r) => r.wall)),
      wallRatio: median(own[k].map((r, i) => r.wall / bare[k][i].wall)),
    })),
    whole: whole.map(median),
  };
}

export async function measureBundles(options: { runs: number; log(line: string): void }): Promise<BundleResult[]> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'daiban-bench-bundles-'));
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_REGION: 'cn-north-1' };
  const deployed = deployedBuildOptions();
  const functions = readdirSync(HANDLERS)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const floors = new Map<string, { bytes: number; file: string; origins: Map<string, number> }>();
  const wholes = new Map<string, string>();
  try {
    const built: (Omit<BundleResult, 'initMs' | 'floorInitMs' | 'ratio' | 'initWallMs' | 'floorInitWallMs' | 'wallRatio' | 'wholeSdkInitMs'> & { file: string; floorFile: string; wholeKey: string })[] = [];
    for (const fn of functions) {
      const entry = path.join(HANDLERS, `${fn}.ts`);
      const file = path.join(out, `${fn}.js`);
      const { metafile } = await build({ ...deployed, entryPoints: [entry], outfile: file });
      if (!metafile) throw new Error(`esbuild gave no metafile for ${fn}`);
      const sdkImports = sdkImportsOf(metafile);
      const floorKey = JSON.stringify(sdkImports);
      let floor = floors.get(floorKey);
      if (!floor) {
        const n = floors.size;
        const floorEntry = path.join(out, `floor-${n}.entry.js`);
        const floorFile = path.join(out, `floor-${n}.js`);
        // Exports the same names, so the bundler keeps exactly them; instantiates nothing.
        writeFileSync(floorEntry, Object.entries(sdkImports).map(([pkg, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(pkg)};`).join('\n') || 'export const none = true;');
        const floorBuild = await build({ ...deployed, entryPoints: [floorEntry], outfile: floorFile, nodePaths: [path.join(ROOT, 'node_modules')] });
        floor = { bytes: statSync(floorFile).size, file: floorFile, origins: bytesByOrigin(floorBuild.metafile!) };
        floors.set(floorKey, floor);
      }
      const packages = Object.keys(sdkImports);
      const wholeKey = packages.join(',');
      if (!wholes.has(wholeKey)) {
        const n = wholes.size;
        const wholeEntry = path.join(out, `whole-${n}.entry.js`);
        const wholeFile = path.join(out, `whole-${n}.js`);
        writeFileSync(wholeEntry, packages.map((p, i) => `exports.m${i} = require(${JSON.stringify(p)});`).join('\n') || 'exports.none = true;');
        await build({ ...deployed, mainFields: ['main'], entryPoints: [wholeEntry], outfile: wholeFile, nodePaths: [path.join(ROOT, 'node_modules')] });
        wholes.set(wholeKey, wholeFile);
      }
      const floorOrigins = floor.origins;
      built.push({
        fn,
        file,
        floorFile: floor.file,
        wholeKey,
        bundleBytes: statSync(file).size,
        floorBytes: floor.bytes,
        sdkImports,
        beyondFloor: [...bytesByOrigin(metafile)]
          .map(([name, bytes]) => ({ name, bytes: bytes - (floorOrigins.get(name) ?? 0) }))
          .filter((o) => o.bytes > 0)
          .sort((a, b) => b.bytes - a.bytes),
      });
    }
    const wholeKeys = [...wholes.keys()];
    options.log(`${built.length} functions, ${floors.size} distinct floors, ${wholeKeys.length} whole-package references: ${options.runs} rounds of init timings`);
    const times = initTimes(
      built.map((b) => ({ bundle: b.file, floor: b.floorFile })),
      wholeKeys.map((k) => wholes.get(k)!),
      options.runs,
      env,
    );
    return built.map(({ file: _file, floorFile: _floorFile, wholeKey, ...b }, k) => {
      const t = times.pairs[k];
      const wholeSdkInitMs = times.whole[wholeKeys.indexOf(wholeKey)];
      options.log(`${b.fn}: ${(b.bundleBytes / 1024).toFixed(0)} KB, init CPU ${t.initMs.toFixed(1)} ms vs floor ${t.floorInitMs.toFixed(1)} ms, paired ratio ${t.ratio.toFixed(2)} (wall ${t.initWallMs.toFixed(1)} / ${t.floorInitWallMs.toFixed(1)}); SDK packages whole ${wholeSdkInitMs.toFixed(1)} ms [${Object.keys(b.sdkImports).join(' ')}]`);
      return { ...b, ...t, wholeSdkInitMs };
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
