// The scale rows of the main bench's targets table. The scale comparison seeds 50,000 cases and
// takes minutes of its own (`npm run bench -- --scale 50000`, bench/scale.ts), so `npm run bench`
// does not repeat it: it reads the rows the last scale run wrote to bench/results-scale.md, and says
// so with that run's date (decisions §87).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ScaleRow {
  path: string;
  demoReadUnits: string;
  scaleReadUnits: string;
  ratio: string;
  verdict: string;
}

export interface ScaleRows {
  measuredAt: string;
  cases: string;
  rows: ScaleRow[];
}

export const SCALE_RESULTS = path.join(__dirname, 'results-scale.md');

/** The rows of the last scale run, or undefined when it has never been run here. */
export function readScaleRows(file = SCALE_RESULTS): ScaleRows | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const measuredAt = /\bon (\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC)/.exec(text)?.[1] ?? 'an unknown date';
  const lines = text.split('\n').filter((l) => l.startsWith('| '));
  const header = lines[0]?.split('|').map((c) => c.trim()) ?? [];
  const column = (pattern: RegExp) => header.findIndex((c) => pattern.test(c));
  const demo = column(/^read units \(demo\)$/);
  const verdict = column(/≤ 1\.1× demo/);
  const ratio = column(/^scale \/ demo$/);
  // The last "read units (+N)" column is the full scale.
  const scaleColumns = header.map((c, i) => [c, i] as const).filter(([c]) => /^read units \(\+\d+\)$/.test(c));
  const [scaleHeader, scale] = scaleColumns[scaleColumns.length - 1] ?? ['', -1];
  if (demo < 0 || verdict < 0 || ratio < 0 || scale < 0) return undefined;
  const rows = lines.slice(2).map((line) => {
    const cells = line.split('|').map((c) => c.trim());
    return { path: cells[1], demoReadUnits: cells[demo], scaleReadUnits: cells[scale], ratio: cells[ratio], verdict: cells[verdict] };
  });
  return { measuredAt, cases: /\+(\d+)/.exec(scaleHeader)?.[1] ?? '?', rows };
}
