// `npm run bench -- --store postgres --instances 2`: the calls bench run on SQLite (one server, as
// today) and then on PostgreSQL (N instances behind a round-robin balancer): the same caller mix
// and seed, the same machine, one command; each run's whole report, then its figures side by side.

import { figureRows, latencyRows } from './calls.ts';
import type { CallsFigures } from './calls.ts';
import { table } from '../lib/stats.ts';

export function formatSideBySide(runs: CallsFigures[]): string {
  const head = ['', ...runs.map((f) => f.deployment ?? '')];
  // Latency: each path's p50 / p99 (count), per run.
  const latency = runs.map((f) => new Map(latencyRows(f).slice(1).map((r) => [r[0]!, `${r[2]} / ${r[4]} (${r[1]})`])));
  const paths = [...new Set(latency.flatMap((m) => [...m.keys()]))].sort((x, y) => (x === 'all webhooks' ? 1 : y === 'all webhooks' ? -1 : x.localeCompare(y)));
  const figures = runs.map((f) => new Map(figureRows(f).map((r) => [r[0]!, r[1]!])));
  const labels = [...new Set(runs.flatMap((f) => figureRows(f).map((r) => r[0]!)))];
  const targets = [...new Set(runs.flatMap((f) => Object.keys(f.targets)))];
  return [
    '',
    `Side by side (the same caller mix and seed ${runs[0]?.options.seed}, one run after the other on this machine; server figures are summed over the instances):`,
    '',
    table([['webhook p50 / p99 ms (count)', ...head.slice(1)], ...paths.map((p) => [p, ...latency.map((m) => m.get(p) ?? '—')])]),
    '',
    table([['figure', ...head.slice(1)], ...labels.map((l) => [l, ...figures.map((m) => m.get(l) ?? '—')])]),
    '',
    table([
      ['database', ...head.slice(1)],
      ['integrity check', ...runs.map((f) => f.database.integrity)],
      ['overbooked (room type, night) pairs', ...runs.map((f) => `${f.database.overbooking.overbooked} of ${f.database.overbooking.nightsChecked}`)],
      ['calls still open (no status callback)', ...runs.map((f) => String(f.database.callsWithoutStatusCallback))],
      ...targets.map((t) => [`target: ${runs[0]!.targets[t]?.target ?? t}`, ...runs.map((f) => (f.targets[t] ? `${f.targets[t].met ? 'met' : 'MISSED'} (${f.targets[t].measured})` : '—'))]),
    ]),
  ].join('\n');
}
