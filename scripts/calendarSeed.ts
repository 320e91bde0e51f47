// Writes functions/src/calendar/packageYears.ts from the `chinese-days` package (`npm run
// calendar:seed`, after upgrading the package): the years a new table is seeded with, as compact
// ranges, packed (scripts/packText.ts). The functions carry these 3 KB instead of the package's
// 45 KB table, which every function that reads the calendar would otherwise parse at its cold start
// (decisions §85, §102). functions/test/calendarApi.test.ts fails when the file differs from the package.
import { PACKAGE_SOURCE, packageCalendarYears } from '../functions/src/calendar/seed';
import { writePackedModule } from './packText';

const years = packageCalendarYears('').map((y) => [y.year, y.ranges.map((r) => [r.kind === 'holiday' ? 'h' : 'w', r.from.slice(5), r.to.slice(5), r.name])]);
console.log(
  writePackedModule(
    'functions/src/calendar/packageYears.ts',
    'PACKAGE_YEARS_BROTLI_BASE64',
    JSON.stringify(years),
    `\`npm run calendar:seed\` (scripts/calendarSeed.ts) from ${PACKAGE_SOURCE}`,
    ["// Per year, its 放假 ('h') and 调休上班 ('w') ranges as [kind, from MM-DD, to MM-DD, name].", `export const PACKAGE_SOURCE = ${JSON.stringify(PACKAGE_SOURCE)};`],
  ),
);
