// The weapp build, measured and checked the way WeChat will: main-package size against the budget,
// and WeChat's own compiler (miniprogram-ci, offline, with a dummy app id) over the output.
//   tsx miniapp/scripts/weapp.ts size      → prints sizes (builds first unless --no-build)
//   tsx miniapp/scripts/weapp.ts compile   → sizes, then miniprogram-ci; exits 1 on any error
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const MINIAPP = path.resolve(__dirname, '..');
export const WEAPP_DIR = path.join(MINIAPP, 'dist/weapp');
/** Our budget for the main package (issue 15; decisions §88); WeChat itself refuses more than 2 MB. */
export const MAIN_PACKAGE_BUDGET = 450 * 1024;
/** Issue 15's budget for the JavaScript the H5 app loads before its home page shows, gzip: `npm run size:h5` fails over it (bench/sizes.ts measures it; decisions §89). */
export const H5_FIRST_LOAD_TARGET_GZIP = 110 * 1024;
/** Each subpackage's budget (WeChat's own limit per subpackage is 2 MB). */
export const SUBPACKAGE_BUDGET = 500 * 1024;

export function buildWeapp(): void {
  execFileSync(path.join(MINIAPP, '../node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: MINIAPP,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

function filesUnder(dir: string, root: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, root) : [{ file: path.relative(root, full), bytes: statSync(full).size }];
  });
}

export interface Sizes {
  main: number;
  subpackages: Record<string, number>;
  largest: { file: string; bytes: number }[];
}

/** Main package = everything outside the subpackage roots declared in app.json. `dir`: a weapp build (bench/ builds its own). */
export function measure(dir: string = WEAPP_DIR): Sizes {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
  const files = filesUnder(dir, dir).filter((f) => !f.file.endsWith('.map'));
  const subpackages: Record<string, number> = {};
  let main = 0;
  for (const f of files) {
    const root = roots.find((r) => f.file.startsWith(r));
    if (root) subpackages[root] = (subpackages[root] ?? 0) + f.bytes;
    else main += f.bytes;
  }
  return { main, subpackages, largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 6) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printSizes(sizes: Sizes): void {
  console.log(`weapp main package: ${kb(sizes.main)} (budget ${kb(MAIN_PACKAGE_BUDGET)}, WeChat's limit 2048 KB)`);
  for (const [root, bytes] of Object.entries(sizes.subpackages)) console.log(`  subpackage ${root}: ${kb(bytes)}`);
  for (const f of sizes.largest) console.log(`  ${f.file.padEnd(44)} ${kb(f.bytes)}`);
}

/** WeChat's compiler over the build; throws with WeChat's message (e.g. code 10038 and the file). */
export async function compileWithWechat(): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ci = require('miniprogram-ci') as typeof import('miniprogram-ci');
  const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath: WEAPP_DIR, privateKey: 'dummy', ignores: ['node_modules/**/*'] });
  // Without this it asks WeChat's servers about the app id (unreachable here, and not ours).
  (project as unknown as { attr: () => Promise<unknown> }).attr = async () => ({ platform: false, appType: 0, gameApp: false, isSandbox: false, released: false, setting: {} });
  const result = await ci.getCompiledResult({ project, version: '0.0.0', setting: { es6: false, minify: false } });
  return Object.keys(result).length;
}

async function main(): Promise<void> {
  const [command = 'size', flag] = process.argv.slice(2);
  if (flag !== '--no-build' || !existsSync(path.join(WEAPP_DIR, 'app.json'))) buildWeapp();
  const sizes = measure();
  printSizes(sizes);
  if (sizes.main > MAIN_PACKAGE_BUDGET) {
    console.error(`main package over budget by ${kb(sizes.main - MAIN_PACKAGE_BUDGET)}`);
    process.exitCode = 1;
  }
  for (const [root, bytes] of Object.entries(sizes.subpackages)) {
    if (bytes > SUBPACKAGE_BUDGET) {
      console.error(`subpackage ${root} over its ${kb(SUBPACKAGE_BUDGET)} budget by ${kb(bytes - SUBPACKAGE_BUDGET)}`);
      process.exitCode = 1;
    }
  }
  if (command === 'compile') {
    const files = await compileWithWechat();
    console.log(`miniprogram-ci compiled ${files} files without errors`);
  }
}

if (require.main === module) {
  // miniprogram-ci leaves a forked compiler running: exit explicitly either way.
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: Error) => {
      console.error(`WeChat check failed: ${error.message ?? error}`);
      process.exit(1);
    },
  );
}
