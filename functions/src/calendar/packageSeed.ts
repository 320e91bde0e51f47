// What a new table's calendar is seeded with: the `chinese-days` years as records, expanded from the
// compact copy generated at build time (packageYears.ts, packed) rather than from the package itself,
// whose 45 KB table every function reading the calendar would parse at cold start (decisions §85, §102).
// seed.ts derives the same records from the package: the calendar test requires them equal.
import type { CalendarYear } from '@app/shared';
import { unpackJson } from '../lib/packed';
import { PACKAGE_SOURCE, PACKAGE_YEARS_BROTLI_BASE64 } from './packageYears';

type PackageYears = [number, [kind: 'h' | 'w', from: string, to: string, name: string][]][];

/** Every year of the package as a record, dated `at` (the seed's time). */
export function packageSeedYears(at: string): CalendarYear[] {
  return unpackJson<PackageYears>(PACKAGE_YEARS_BROTLI_BASE64).map(([year, ranges]) => ({
    year,
    ranges: ranges.map(([kind, from, to, name]) => ({ kind: kind === 'h' ? ('holiday' as const) : ('workday' as const), from: `${year}-${from}`, to: `${year}-${to}`, name })),
    notice: `国务院办公厅关于${year}年部分节假日安排的通知`,
    source: 'package' as const,
    enteredBy: { name: PACKAGE_SOURCE },
    enteredAt: at,
    version: 1,
  }));
}
