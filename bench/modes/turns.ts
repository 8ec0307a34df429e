// `npm run bench -- --mode turns`: what each kind of turn costs, one caller at a time. The real
// server on a fresh database, the bench's mix of callers played one after the other with no think
// time, each webhook timed from the request being written to the last byte of the answer; then
// every webhook is named by the turn it was, from the call's timeline (call_events: the state it
// left and the state it reached, at the step its URL carried). A booking's last answer, a new
// call and an arrival date said in words cost more than a keyed count of rooms: this says how
// much more, and what share of all the time each kind of turn takes (issue 14).
//
// One caller at a time, so a webhook's time is its own and not the queue's; it includes the
// client's side of the exchange and the loopback, the same for every kind of turn (compare the
// kinds, and see mode compare for CPU per webhook).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/storage/sql.ts';
import { hotelToday, seededRng } from '../lib/callers.ts';
import { DEFAULT_STORE, startDeployment } from '../lib/deployment.ts';
import { timedFetch } from '../lib/http-fetch.ts';
import type { Exchange } from '../lib/http-fetch.ts';
import { benchCalls, playLoad, warmUp } from '../lib/load.ts';
import { Progress } from '../lib/progress.ts';
import { ms, percentiles, table } from '../lib/stats.ts';
import type { Percentiles } from '../lib/stats.ts';

export interface TurnsOptions {
  calls: number;
  warmup: number;
  seed: number;
  serverEntry: string | null;
  nodeFlags: string[];
}

export interface TurnKind {
  /** `/voice/gather askingNights → askingName`; a route alone when the timeline does not name the turn. */
  turn: string;
  latencyMs: Percentiles;
  /** Share of all the webhooks' time. */
  share: number;
}

export interface TurnsFigures {
  mode: 'turns';
  machine: Record<string, string | number>;
  options: TurnsOptions;
  webhooks: number;
  serverCpuMsPerWebhook: number;
  latencyMs: Percentiles;
  kinds: TurnKind[];
}

export async function runTurns(options: TurnsOptions, machine: Record<string, string | number>): Promise<TurnsFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-bench-turns-'));
  const progress = new Progress();
  const deployment = await startDeployment(DEFAULT_STORE, dir, {
    nodeFlags: options.nodeFlags,
    ...(options.serverEntry ? { entry: [options.serverEntry] } : {}),
  });
  const server = deployment.server;
  let running = true;
  try {
    let measuring = false;
    const exchanges: Exchange[] = [];
    const http = timedFetch({ maxSockets: 1, identify: true, onExchange: (e) => measuring && exchanges.push(e) });
    const rng = seededRng(options.seed);
    const today = hotelToday('America/New_York');
    const newCall = benchCalls(server.baseUrl, http.fetch);
    progress.note(`warm-up: ${options.warmup} calls`);
    await warmUp(options.warmup, { rng, today, newCall, firstIndex: options.calls });
    measuring = true;
    progress.note(`${options.calls} calls, one at a time, no think time`);
    const cpuBefore = server.cpuMs();
    await playLoad({ concurrency: 1, calls: options.calls, thinkMs: 0 }, { rng, today, newCall });
    const serverCpu = server.cpuMs() - cpuBefore;
    http.close();
    await server.stop();
    running = false;
    const db = await deployment.openDb();
    try {
      return summarise(options, machine, await nameTurns(db, exchanges), serverCpu);
    } finally {
      await db.close();
    }
  } finally {
    // Nothing left running, whatever happened to the calls.
    if (running) await server.kill();
    await deployment.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface TimelineRow {
  call_sid: string;
  step: number;
  kind: string;
  from_state: string | null;
  to_state: string | null;
}

/** Each exchange with the turn it was: by its call and step; a new call and a status callback by their events. */
async function nameTurns(db: Db, exchanges: readonly Exchange[]): Promise<{ turn: string; ms: number }[]> {
  const byStep = new Map<string, TimelineRow>();
  const byKind = new Map<string, TimelineRow>();
  for (const row of await db.all<TimelineRow>('SELECT call_sid, step, kind, from_state, to_state FROM call_events ORDER BY id')) {
    if (row.kind === 'call.started' || row.kind === 'call.ended') byKind.set(`${row.call_sid} ${row.kind}`, row);
    // A status callback is written at the step the call is at: the caller's own turn keeps that step.
    else if (!byStep.has(`${row.call_sid} ${row.step}`)) byStep.set(`${row.call_sid} ${row.step}`, row);
  }
  const moved = (row: TimelineRow | undefined) => (row ? ` ${row.from_state ?? '(new)'} → ${row.to_state}` : '');
  return exchanges.map((e) => {
    const sid = e.callSid ?? '';
    const row =
      e.path === '/voice'
        ? byKind.get(`${sid} call.started`)
        : e.path === '/voice/status'
          ? byKind.get(`${sid} call.ended`)
          : e.step != null
            ? byStep.get(`${sid} ${e.step}`)
            : undefined;
    return { turn: `${e.path}${moved(row)}`, ms: e.ms };
  });
}

function summarise(options: TurnsOptions, machine: Record<string, string | number>, named: { turn: string; ms: number }[], serverCpuMs: number): TurnsFigures {
  const samples = new Map<string, number[]>();
  let total = 0;
  for (const { turn, ms: t } of named) {
    let list = samples.get(turn);
    if (!list) samples.set(turn, (list = []));
    list.push(t);
    total += t;
  }
  const kinds = [...samples]
    .map(([turn, list]) => ({ turn, latencyMs: percentiles(list), share: list.reduce((a, b) => a + b, 0) / total }))
    .sort((a, b) => b.share - a.share);
  return {
    mode: 'turns',
    machine,
    options,
    webhooks: named.length,
    serverCpuMsPerWebhook: serverCpuMs / Math.max(1, named.length),
    latencyMs: percentiles(named.map((n) => n.ms)),
    kinds,
  };
}

export function formatTurns(f: TurnsFigures, shown = 30): string {
  const mean = f.latencyMs.mean;
  const rows = f.kinds.slice(0, shown).map((k) => [
    k.turn,
    String(k.latencyMs.count),
    ms(k.latencyMs.p50),
    ms(k.latencyMs.mean),
    `${(k.latencyMs.mean / mean).toFixed(2)}×`,
    `${(100 * k.share).toFixed(1)} %`,
  ]);
  const rest = f.kinds.slice(shown);
  return [
    `${f.options.calls} calls of the bench's mix, one at a time, no think time, after ${f.options.warmup} warm-up calls: ${f.webhooks} webhooks`,
    `server CPU per webhook ${(f.serverCpuMsPerWebhook * 1000).toFixed(0)} µs; a webhook's round trip p50 ${ms(f.latencyMs.p50)} ms, mean ${ms(mean)} ms`,
    '',
    table([['turn (route, state left → state reached)', 'webhooks', 'p50 ms', 'mean ms', '× mean', 'share of time'], ...rows]),
    ...(rest.length ? [`… and ${rest.length} rarer kinds of turn, ${(100 * rest.reduce((a, k) => a + k.share, 0)).toFixed(1)} % of the time`] : []),
  ].join('\n');
}
