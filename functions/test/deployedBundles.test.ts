// Every function as serverless.yml bundles it for deployment (decisions §103): the AWS SDK inside
// the bundle rather than required from the runtime, the source map beside it but not linked, and
// the bundle loading in a fresh Node process with its handler exported. The local stack loads only
// the HTTP functions' bundles; this loads all of them, the stream and scheduled ones too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { deployedBuildOptions } from '../../bench/bundles';

const ROOT = path.resolve(__dirname, '../..');
let out: string;
const bundles: Record<string, string> = {};

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'daiban-deployed-'));
  const doc = parse(readFileSync(path.join(ROOT, 'serverless.yml'), 'utf8'), { logLevel: 'silent' }) as { functions: Record<string, { handler: string }> };
  const entryPoints: Record<string, string> = {};
  for (const [fn, def] of Object.entries(doc.functions)) {
    const file = def.handler.slice(0, def.handler.lastIndexOf('.'));
    entryPoints[fn] = path.join(ROOT, `${file}.ts`);
    bundles[fn] = path.join(out, `${fn}.js`);
  }
  await build({ ...deployedBuildOptions(), metafile: false, entryPoints, outdir: out });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('every deployed function carries its AWS SDK and no link to its source map', () => {
  expect(Object.keys(bundles).sort()).toEqual(readdirSync(path.join(ROOT, 'functions/src/handlers')).map((f) => f.replace(/\.ts$/, '')).sort());
  for (const [fn, file] of Object.entries(bundles)) {
    const text = readFileSync(file, 'utf8');
    // Only as text inside an SDK error message ("register the package by calling [require(...)]").
    expect({ fn, sdkRequires: [...text.matchAll(/require\("(@aws-sdk\/[^"]+)"\)/g)].map((m) => m[1]).filter((p) => p !== '@aws-sdk/signature-v4-crt') }).toEqual({ fn, sdkRequires: [] });
    expect({ fn, linked: /sourceMappingURL/.test(text) }).toEqual({ fn, linked: false });
    expect(readdirSync(out)).toContain(`${fn}.js.map`);
  }
});

test('every deployed bundle loads in a fresh Node process and exports its handler', () => {
  const script = `const r={};for(const [fn,f] of Object.entries(${JSON.stringify(bundles)})){r[fn]=typeof require(f).handler}process.stdout.write(JSON.stringify(r))`;
  const env = { ...process.env, AWS_REGION: 'cn-north-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' })) as Record<string, string>;
  expect(loaded).toEqual(Object.fromEntries(Object.keys(bundles).map((fn) => [fn, 'function'])));
});
