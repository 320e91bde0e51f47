// The dashboard's arithmetic: periods, percentages and the chart series built from the API's figures.
import { RatingLevel, addCalendarDays, chinaDate, type RatingDistribution, type SupervisionFigures } from '@app/shared';

export type PresetDays = 30 | 90 | 365;
export const PRESETS: { days: PresetDays; label: string }[] = [
  { days: 30, label: '近30天' },
  { days: 90, label: '近90天' },
  { days: 365, label: '近365天' },
];
/** The API accepts at most 366 days, both ends inclusive. */
export const MAX_PERIOD_DAYS = 366;

export interface Period {
  from: string;
  to: string;
}

/** The last `days` China dates up to and including today. */
export function presetPeriod(days: PresetDays, now: Date = new Date()): Period {
  const to = chinaDate(now);
  return { from: addCalendarDays(to, -(days - 1)), to };
}

/** Days from `from` to `to`, both inclusive. */
export function periodDays({ from, to }: Period): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A custom period's problem in Chinese, or undefined when the API will take it. */
export function periodProblem(period: Period): string | undefined {
  const days = periodDays(period);
  if (days < 1) return '开始日期不能晚于结束日期';
  if (days > MAX_PERIOD_DAYS) return `查询区间不能超过${MAX_PERIOD_DAYS}天`;
  return undefined;
}

/** 0.8765 → 87.7%; null (nothing done yet) → —. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function workingDays(days: number | null): string {
  return days === null ? '—' : `${Math.round(days * 10) / 10}`;
}

export interface Series {
  name: string;
  data: number[];
  color?: string;
}
export interface ChartData {
  categories: string[];
  series: Series[];
  /** Top of the value axis; uCharts divides it into five steps. */
  max?: number;
}

/**
 * The top of a count axis: the longest bar rounded up to a multiple of five (at least five), so that
 * uCharts' five steps are whole cases (its own range for a longest bar of 16 ticked 3.20, 6.40 …).
 */
export function countAxisMax(totals: number[]): number {
  return Math.max(5, Math.ceil(Math.max(0, ...totals) / 5) * 5);
}

/** The app's colours (components/agent/agent.scss, bureau.scss): brand blue, green, overdue red, near-deadline yellow. */
export const COLORS = { brand: '#1a5fb4', ok: '#167a41', overdue: '#c62f3b', near: '#f0a020', muted: '#a9c2e6' } as const;

interface Unit {
  name: string;
  figures: SupervisionFigures;
}

/** Stacked bars per unit: 按时办结 / 超期办结 / 办理中 / 逾期未结. 办理中 are the open cases not yet overdue. */
export function statusSeries(units: Unit[]): ChartData {
  const series = [
    { name: '按时办结', data: units.map((u) => u.figures.onTime), color: COLORS.ok },
    { name: '超期办结', data: units.map((u) => u.figures.lateDone), color: COLORS.near },
    { name: '办理中', data: units.map((u) => Math.max(0, u.figures.open - u.figures.overdueOpen)), color: COLORS.brand },
    { name: '逾期未结', data: units.map((u) => u.figures.overdueOpen), color: COLORS.overdue },
  ];
  const stackHeights = units.map((_, i) => series.reduce((sum, s) => sum + s.data[i], 0));
  return { categories: units.map((u) => u.name), series, max: countAxisMax(stackHeights) };
}

/** On-time rate per unit in percent (units with nothing done show 0 on the chart and — in the table). */
export function onTimeSeries(units: Unit[]): ChartData {
  return {
    categories: units.map((u) => u.name),
    series: [{ name: '按时办结率(%)', data: units.map((u) => Math.round((u.figures.onTimeRate ?? 0) * 1000) / 10), color: COLORS.brand }],
  };
}

const RATING_COLORS: Record<RatingLevel, string> = {
  verySatisfied: '#167a41',
  satisfied: '#52b788',
  basicallySatisfied: '#3584e4',
  dissatisfied: '#f0a020',
  veryDissatisfied: '#c62f3b',
};

/** One pie slice per rating level, labelled with the shared vocabulary. */
export function ratingSlices(ratings: RatingDistribution): { name: string; value: number; color: string }[] {
  return RatingLevel.values.map((level) => ({ name: RatingLevel.labels[level], value: ratings[level] ?? 0, color: RATING_COLORS[level] }));
}

export const ratedCount = (ratings: RatingDistribution): number => RatingLevel.values.reduce((sum, level) => sum + (ratings[level] ?? 0), 0);
