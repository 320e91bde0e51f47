// The tables issue 15 adds to `npm run bench`: the load runs with where their time goes, and the
// targets rows for the scale ratios (read from the last scale run), the open-work counters, the
// supervision rollups and the load levels.
import type { RollupReads, RoutingCost } from './invariants';
import type { LoadResult } from './load';
import { markdownTable } from './math';
import { readScaleRows } from './scaleRows';

const ROUTING_GROWTH = 1.1;
const ROLLUP_ITEMS_PER_DEPARTMENT = 366;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

export function loadTable(runs: LoadResult[]): string {
  const clean = (r: LoadResult) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0;
  const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;
  return [
    markdownTable(
      ['connections', 'duration', 'requests', 'throughput', 'p50', 'p99', 'non-2xx', 'errors', 'timeouts', 'no errors'],
      runs.map((r) => [r.connections, `${r.durationS} s`, r.requests, `${r.throughput.toFixed(0)} req/s`, `${r.p50Ms} ms`, `${r.p99Ms} ms`, r.non2xx, r.errors, r.timeouts, mark(clean(r))]),
    ),
    '',
    `Mix: ${runs[0].mix}.`,
    '',
    'Where the time goes, mean per request. Client: autocannon\'s latency. Server: arrival at the HTTP server to the last byte written. Handler: the Lambda handler\'s own time, of which DynamoDB: its SDK commands (the sum of their durations; under load this includes waiting for the server\'s event loop to take the answer), of which wire: waiting for DynamoDB Local\'s HTTP answers. Our code = handler − DynamoDB; HTTP layer = server − handler (parsing, the event, writing; the load server replaces serverless-offline, whose emulation is not in these figures); queueing = client − server (connections waiting for the server process).',
    '',
    markdownTable(
      ['connections', 'client ms', 'server ms', 'handler ms', 'of which DynamoDB ms', 'of which wire ms', 'our code ms (share of client)', 'HTTP layer ms', 'queueing ms'],
      runs.map((r) => {
        const p = r.perRequest;
        return [r.connections, ms(p.clientMs), ms(p.serverMs), ms(p.handlerMs), ms(p.dynamoMs), ms(p.wireMs), `${ms(p.handlerMs - p.dynamoMs)} (${share(p.handlerMs - p.dynamoMs, p.clientMs)})`, ms(p.serverMs - p.handlerMs), ms(Math.max(0, p.clientMs - p.serverMs))];
      }),
    ),
    '',
    'CPU time during the run, per process, against what the machine\'s cores could give in that wall time (other work on the machine takes the rest): the server process runs our handlers, the AWS SDK and the HTTP layer; DynamoDB Local is a JVM; autocannon runs in the bench process.',
    '',
    markdownTable(
      ['connections', 'server process (handlers, SDK, HTTP)', 'DynamoDB Local (JVM)', 'autocannon', 'cores × wall'],
      runs.map((r) => [r.connections, `${(r.cpu.serverMs / 1000).toFixed(1)} s (${share(r.cpu.serverMs, r.cpu.capacityMs)})`, `${(r.cpu.dynamoLocalMs / 1000).toFixed(1)} s (${share(r.cpu.dynamoLocalMs, r.cpu.capacityMs)})`, `${(r.cpu.autocannonMs / 1000).toFixed(1)} s (${share(r.cpu.autocannonMs, r.cpu.capacityMs)})`, `${(r.cpu.capacityMs / 1000).toFixed(1)} s`]),
    ),
  ].join('\n');
}

/** The rows issue 15 adds to the targets table: scale ratios (from the last scale run), counters, rollups, load. */
export function issue15Rows(routing: { before: RoutingCost; after: RoutingCost }, rollups: RollupReads, loads: LoadResult[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const scale = readScaleRows();
  if (!scale) rows.push(['read units at +50,000 cases ≤ 1.1× demo, per route', 'not measured: run `npm run bench -- --scale 50000` (it writes bench/results-scale.md, which this table reads)']);
  else
    for (const r of scale.rows) {
      const page = /page/.test(r.verdict);
      const grows = /grows with/.test(r.verdict);
      const result = page || grows ? `exception: ${r.verdict}` : r.verdict;
      rows.push([`scale: ${r.path}: read units at +${Number(scale.cases).toLocaleString('en')} cases ≤ 1.1× demo`, `${result} (${r.demoReadUnits} → ${r.scaleReadUnits}, ${r.ratio}; from bench/results-scale.md, ${scale.measuredAt})`]);
    }
  const grew = routing.after.readUnits / routing.before.readUnits;
  rows.push([
    `routing reads constant: POST /cases read units after this run’s entrustments ≤ ${ROUTING_GROWTH}× on fresh demo data`,
    `${mark(grew <= ROUTING_GROWTH)} (${routing.before.readUnits.toFixed(1)} → ${routing.after.readUnits.toFixed(1)} read units while open work went ${routing.before.openCases} → ${routing.after.openCases})`,
  ]);
  rows.push([
    `supervision, 365 days: rollup items read per department ≤ ${ROLLUP_ITEMS_PER_DEPARTMENT} (since decisions §100: ≤ 13 month items and this month's due items)`,
    `${mark(rollups.maxItemsPerDepartment <= ROLLUP_ITEMS_PER_DEPARTMENT)} (at most ${rollups.maxItemsPerDepartment} items in one of ${rollups.departments} departments, ${rollups.readUnits.toFixed(1)} read units, on the demo data; at scale see the 365-day scale rows)`,
  ]);
  for (const load of loads) {
    const clean = load.non2xx === 0 && load.errors === 0 && load.timeouts === 0;
    const p = load.perRequest;
    rows.push([
      `load at ${load.connections} connections without errors`,
      `${mark(clean)} (${load.throughput.toFixed(0)} req/s, p99 ${load.p99Ms} ms; per request ${ms(p.clientMs)} ms at the client: our handler code ${ms(p.handlerMs - p.dynamoMs)}, DynamoDB calls ${ms(p.dynamoMs)}, HTTP layer ${ms(p.serverMs - p.handlerMs)}, queueing ${ms(Math.max(0, p.clientMs - p.serverMs))})`,
    ]);
  }
  return rows;
}
