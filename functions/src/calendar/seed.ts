// The years the `chinese-days` package knows, as calendar records: what a new table starts with
// (the bureau corrects and extends it from there). Consecutive dates of one kind become one range.
// Read by `npm run calendar:seed`, which writes the compact copy the functions carry
// (packageYears.ts), and by tests; no function imports the package itself (decisions §85).
import type { CalendarRange, CalendarYear } from '@app/shared';
import packageData from 'chinese-days/dist/chinese-days.json';
import packageJson from 'chinese-days/package.json';

/** The package's names (`English,中文,n`) as the State Council's notices write them. */
const NAMES: Record<string, string> = {
  元旦: '元旦', 春节: '春节', 清明: '清明节', 劳动节: '劳动节', 端午: '端午节', 中秋: '中秋节', 国庆节: '国庆节',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '抗战胜利70周年纪念日',
};
const nameOf = (raw: string) => {
  const chinese = raw.split(',')[1] ?? raw;
  return NAMES[chinese] ?? chinese;
};

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Runs of consecutive dates of one kind, within one year; a run's name joins its festivals (国庆节、中秋节). */
function ranges(kind: CalendarRange['kind'], byDate: Record<string, string>, year: number): CalendarRange[] {
  const dates = Object.keys(byDate).filter((d) => d.startsWith(`${year}-`)).sort();
  const out: CalendarRange[] = [];
  for (const date of dates) {
    const name = nameOf(byDate[date]);
    const last = out[out.length - 1];
    if (last && nextDay(last.to) === date) {
      last.to = date;
      if (!last.name.split('、').includes(name)) last.name = `${last.name}、${name}`;
    } else {
      out.push({ kind, from: date, to: date, name });
    }
  }
  return out;
}

export const PACKAGE_SOURCE = `chinese-days ${packageJson.version}`;

/** Every year of the package as a record, dated `at` (the seed's time). */
export function packageCalendarYears(at: string): CalendarYear[] {
  const data = packageData as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort();
  return years.map((year) => ({
    year,
    ranges: [...ranges('holiday', data.holidays, year), ...ranges('workday', data.workdays, year)].sort((a, b) => a.from.localeCompare(b.from)),
    notice: `国务院办公厅关于${year}年部分节假日安排的通知`,
    source: 'package' as const,
    enteredBy: { name: PACKAGE_SOURCE },
    enteredAt: at,
    version: 1,
  }));
}
