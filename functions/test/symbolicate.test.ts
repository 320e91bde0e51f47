// The deployed bundles' source maps are unlinked (decisions §103), so stack traces in the logs name
// minified positions; scripts/symbolicate.ts maps them back. Built with serverless.yml's own esbuild
// settings, a bundle that throws from a known line must come back as that line.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { deployedBuildOptions } from '../../bench/bundles';
import { mapsIn, symbolicate } from '../../scripts/symbolicate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'daiban-symbolicate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a stack trace from a deployed-style bundle maps back to the source line that threw', () => {
  const source = path.join(dir, 'thrower.ts');
  writeFileSync(
    source,
    [
      'export function outer(n: number): number {',
      '  return inner(n) + 1;',
      '}',
      'function inner(n: number): number {',
      "  if (n > 0) throw new Error('办件不存在');", // line 5
      '  return n;',
      '}',
    ].join('\n'),
  );
  const bundle = path.join(dir, 'out', 'thrower.js');
  buildSync({ ...deployedBuildOptions(), metafile: false, entryPoints: [source], outfile: bundle, absWorkingDir: dir });
  // Unlinked, as deployed: the bundle names no map, so Node never reads one at load.
  expect(readFileSync(bundle, 'utf8')).not.toMatch(/sourceMappingURL/);

  let stack = '';
  try {
    (require(bundle) as { outer(n: number): number }).outer(1);
  } catch (e) {
    stack = (e as Error).stack!;
  }
  expect(stack).toMatch(/thrower\.js:1:\d+/);
  const mapped = symbolicate(stack, mapsIn(path.join(dir, 'out')));
  expect(mapped).toMatch(/thrower\.ts:5:\d+/);
  expect(mapped).toMatch(/thrower\.ts:2:\d+/); // the caller's frame too
  expect(mapped).not.toMatch(/thrower\.js:1:/);
});

test('frames of files without a map are left as they are', () => {
  const stack = 'Error: x\n    at f (/var/task/other.js:1:200)\n    at node:internal/process/task_queues:95:5';
  expect(symbolicate(stack, new Map())).toBe(stack);
});
