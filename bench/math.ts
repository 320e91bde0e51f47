// Pure helpers of the bench: percentiles, the wall time covered by overlapping calls, and the
// on-demand cost arithmetic.

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/**
 * Wall time during which at least one of the intervals was open: calls a handler makes in
 * parallel count once, so the bare DynamoDB time is never more than the request's own time.
 */
export function coveredTime(intervals: readonly { startedMs: number; endedMs: number }[]): number {
  const sorted = [...intervals].sort((a, b) => a.startedMs - b.startedMs);
  let total = 0;
  let openStart = Number.NaN;
  let openEnd = Number.NaN;
  for (const { startedMs, endedMs } of sorted) {
    if (Number.isNaN(openStart) || startedMs > openEnd) {
      if (!Number.isNaN(openStart)) total += openEnd - openStart;
      openStart = startedMs;
      openEnd = endedMs;
    } else {
      openEnd = Math.max(openEnd, endedMs);
    }
  }
  if (!Number.isNaN(openStart)) total += openEnd - openStart;
  return total;
}

/** Published on-demand prices of one region (per million units or requests, per GB-second). */
export interface PriceSheet {
  region: string;
  currency: 'USD' | 'CNY';
  dynamoPerMillionWrites: number;
  dynamoPerMillionReads: number;
  lambdaPerMillionRequests: number;
  lambdaPerGbSecond: number;
}

export interface LifecycleUsage {
  readUnits: number;
  writeUnits: number;
  lambdaInvocations: number;
  /** Sum of the invocations' billed durations, in milliseconds (each rounded up to 1 ms). */
  lambdaBilledMs: number;
  lambdaMemoryMb: number;
}

export interface Cost {
  dynamo: number;
  lambda: number;
  total: number;
}

/** The on-demand cost of `cases` lifecycles at the given prices. */
export function costOf(usage: LifecycleUsage, prices: PriceSheet, cases: number): Cost {
  const dynamo =
    ((usage.writeUnits * cases) / 1e6) * prices.dynamoPerMillionWrites + ((usage.readUnits * cases) / 1e6) * prices.dynamoPerMillionReads;
  const gbSeconds = (usage.lambdaBilledMs / 1000) * (usage.lambdaMemoryMb / 1024) * cases;
  const lambda = ((usage.lambdaInvocations * cases) / 1e6) * prices.lambdaPerMillionRequests + gbSeconds * prices.lambdaPerGbSecond;
  return { dynamo, lambda, total: dynamo + lambda };
}

/** met / missed against a ceiling. */
export const verdict = (value: number, ceiling: number): 'met' | 'missed' => (value <= ceiling ? 'met' : 'missed');

/** A markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
