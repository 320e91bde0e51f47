// The route table is registered per package (decisions §88): the main package registers its own
// few routes, every subpackage page the whole table. A page that forgot would fail at its first
// call in WeChat; this finds it before anyone opens the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../src');

function subpackagePages(): string[] {
  const config = readFileSync(path.join(SRC, 'app.config.ts'), 'utf8');
  return [...config.matchAll(/root: '(\w+)',\s*pages: \[([^\]]*)\]/g)].flatMap(([, root, pages]) =>
    [...pages.matchAll(/'([^']+)'/g)].map(([, page]) => `${root}/${page}.tsx`),
  );
}

test('every subpackage page registers the whole route table before its first call', () => {
  const pages = subpackagePages();
  expect(pages.length).toBeGreaterThanOrEqual(30);
  const missing = pages.filter((page) => !/^import '\.\.\/\.\.\/api\/allRoutes';$/m.test(readFileSync(path.join(SRC, page), 'utf8')));
  expect(missing).toEqual([]);
});

test('the main package registers the routes its own code calls, and only their groups', () => {
  const main = readFileSync(path.join(SRC, 'api/mainRoutes.ts'), 'utf8');
  // The home page's counts, signing in and the language: everything else is a subpackage's.
  const called = ['lib/session.ts', 'lib/i18n.ts', 'components/home/useHomeCounts.ts'].flatMap((file) =>
    [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/\bcall\('(\w+)'/g)].map((m) => m[1]),
  );
  expect(called.sort()).toEqual(['devLogin', 'listMyCases', 'listNotices', 'setMyLanguage', 'wechatLogin']);
  const { ROUTES } = require('@app/shared') as typeof import('@app/shared');
  const groups = new Set(called.map((id) => ROUTES[id as keyof typeof ROUTES].group));
  for (const group of groups) expect(main).toMatch(new RegExp(`\\b${group}Routes\\b`));
});
