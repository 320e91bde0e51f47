// The weapp build as WeChat will judge it: the main package within our 600 KB budget, and WeChat's
// own compiler (miniprogram-ci, offline) accepting every file. Runs the script CI would run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(300_000);

test('the weapp build fits the main-package budget and WeChat’s compiler accepts it', () => {
  const root = path.resolve(__dirname, '../../..');
  const output = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['miniapp/scripts/weapp.ts', 'compile'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const main = /weapp main package: ([\d.]+) KB/.exec(output);
  expect(main).not.toBeNull();
  expect(Number(main![1])).toBeLessThanOrEqual(600);
  const subpackages = [...output.matchAll(/subpackage (\S+): ([\d.]+) KB/g)];
  expect(subpackages.map((m) => m[1]).sort()).toEqual(['agent/', 'bureau/', 'resident/']);
  for (const m of subpackages) expect(Number(m[2])).toBeLessThanOrEqual(500);
  expect(output).toMatch(/miniprogram-ci compiled \d+ files without errors/);
  process.stdout.write(`${output.split('\n').filter((l) => /main package|compiled/.test(l)).join('\n')}\n`);
});
