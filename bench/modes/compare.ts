// `npm run bench -- --mode compare` (issue 14): Conserje beside a bare Twilio app in one run.
//
// The bare app (bench/bare/bare-app.ts: express, twilio.validateRequest, a static <Gather> built
// with VoiceResponse, the shape of Twilio's sample IVRs) gets a copy of every webhook Conserje
// gets, sent at the same moment with the same body and signature. So both servers answer the same
// requests under the same load on the same two CPUs, and what differs is what each does per
// webhook. Figures per server: CPU per webhook (utime + stime of the server process from /proc,
// over the webhooks it answered in the phase) and client-side latency.
//
// Two phases per run:
//   cpu  — whole bookings, 40 callers at once, no think time: the CPU ratio (bare ÷ Conserje).
//   p99  — 200 calls on the line, a caller action every 2 s or so: latency as callers live it.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hotelToday, seededRng } from '../lib/callers.ts';
import { allocationBreakdown, allocProfileWritten, allocSampler, toggleAllocSampling } from '../lib/alloc-profile.ts';
import { COMPONENTS, componentBreakdown } from '../lib/cpu-profile.ts';
import { perfBreakdown, recordPerf } from '../lib/perf-profile.ts';
import type { Component } from '../lib/cpu-profile.ts';
import type { CallEnd } from '../lib/callers.ts';
import { timedFetch } from '../lib/http-fetch.ts';
import type { TimedFetch } from '../lib/http-fetch.ts';
import { LoadState, bar, benchCalls, playLoad, warmUp } from '../lib/load.ts';
import type { LoadShape } from '../lib/load.ts';
import { machineCpuTimes, otherLoad } from '../lib/machine-load.ts';
import { Progress } from '../lib/progress.ts';
import { startServer } from '../lib/server-process.ts';
import type { ServerProcess } from '../lib/server-process.ts';
import { LatencyRecorder, ms, percentiles, table } from '../lib/stats.ts';
import type { Percentiles } from '../lib/stats.ts';

export interface CompareOptions {
  cpu: LoadShape;
  p99: LoadShape;
  warmup: number;
  seed: number;
  /** Whole runs (fresh servers and databases each); medians are reported over them. */
  repeat: number;
  /** Conserje's entry: the built bundle npm start runs, or null for the sources through tsx. */
  serverEntry: string | null;
  /** The bare app, built. */
  bareEntry: string;
  nodeFlags: string[];
  cpuProfileDir: string | null;
  /** With Linux perf: every thread's CPU samples during the cpu phase, for the breakdown (perf-profile.ts). */
  perfDir: string | null;
  /** Where each server allocates during the cpu phase, sampled by V8 (alloc-profile.ts); profiles go here. */
  allocDir: string | null;
}

/** The goals of issue 14. */
export const GOALS = { ratio: 0.8, ratioFloor: 0.75, p99Ms: 10, p99VsBare: 1.3 } as const;

export interface ServerFigures {
  webhooks: number;
  /** Answers other than 200 (there should be none). */
  non200: number;
  cpuMs: number;
  cpuUsPerWebhook: number;
  latencyMs: Percentiles;
}

export interface PhaseFigures {
  phase: 'cpu' | 'p99';
  shape: LoadShape;
  wallSeconds: number;
  conserje: ServerFigures;
  bare: ServerFigures;
  /** Bare app's CPU per webhook ÷ Conserje's (1 = as cheap as the bare app). */
  cpuRatio: number;
  /** Conserje's p99 ÷ the bare app's. */
  p99VsBare: number;
  clientCpuMs: number;
  /** CPU taken by other processes on the machine during the phase, in cores. */
  otherProcessesCores: number;
  ends: Partial<Record<CallEnd, number>>;
  errors: string[];
}

export interface RunFigures {
  run: number;
  conserjeFirstAnswerMs: number;
  bareFirstAnswerMs: number;
  phases: PhaseFigures[];
  /** With --cpu-prof or --perf: where each server's CPU per webhook (cpu phase) went, by component. */
  breakdown?: { component: Component; conserjeUs: number; bareUs: number }[];
  /** What the breakdown was sampled with. */
  breakdownBy?: 'perf' | 'v8';
  /** With --alloc-prof: bytes each server allocated per webhook in the cpu phase, by component. */
  allocation?: AllocationFigures;
}

export interface AllocationFigures {
  byComponent: { component: Component; conserjeBytes: number; bareBytes: number }[];
  /** Conserje's functions that allocate most themselves, bytes per webhook. */
  conserjeTop: { fn: string; bytes: number }[];
}

export interface CompareFigures {
  mode: 'compare';
  machine: Record<string, string | number>;
  options: CompareOptions;
  runs: RunFigures[];
  medians: { cpuRatio: number; conserjeCpuUs: number; bareCpuUs: number; p99Ms: number; bareP99Ms: number; p99VsBare: number };
}

export async function runCompare(options: CompareOptions, machine: Record<string, string | number>): Promise<CompareFigures> {
  const runs: RunFigures[] = [];
  for (let run = 1; run <= options.repeat; run++) runs.push(await oneRun(run, options));
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const cpu = runs.map((r) => r.phases.find((p) => p.phase === 'cpu')!);
  const p99 = runs.map((r) => r.phases.find((p) => p.phase === 'p99')!);
  return {
    mode: 'compare',
    machine,
    options,
    runs,
    medians: {
      cpuRatio: median(cpu.map((p) => p.cpuRatio)),
      conserjeCpuUs: median(cpu.map((p) => p.conserje.cpuUsPerWebhook)),
      bareCpuUs: median(cpu.map((p) => p.bare.cpuUsPerWebhook)),
      p99Ms: median(p99.map((p) => p.conserje.latencyMs.p99)),
      bareP99Ms: median(p99.map((p) => p.bare.latencyMs.p99)),
      p99VsBare: median(p99.map((p) => p.p99VsBare)),
    },
  };
}

async function oneRun(run: number, options: CompareOptions): Promise<RunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-bench-compare-'));
  const progress = new Progress();
  // perf names JavaScript frames from the map file --perf-basic-prof has Node write (in /tmp); V8's
  // own log, which that flag also starts, goes beside the recordings rather than into the checkout.
  // With --alloc-prof each server preloads the allocation sampler, which a signal starts and stops.
  const allocFile = (server: 'conserje' | 'bare') => (options.allocDir ? join(options.allocDir, `${server}-${run}.heapprofile`) : null);
  const sampler = (server: 'conserje' | 'bare') => {
    const file = allocFile(server);
    if (file) rmSync(file, { force: true });
    return file ? allocSampler(file) : { nodeFlags: [], env: {} };
  };
  const nodeFlags = (server: 'conserje' | 'bare') => [
    ...options.nodeFlags,
    ...(options.perfDir ? ['--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(options.perfDir, `${server}-${run}.v8.log`)}`] : []),
    ...sampler(server).nodeFlags,
  ];
  const conserje = await startServer({
    databasePath: join(dir, 'conserje.db'),
    nodeFlags: nodeFlags('conserje'),
    env: sampler('conserje').env,
    ...(options.serverEntry ? { entry: [options.serverEntry] } : {}),
    ...(options.cpuProfileDir ? { cpuProfileDir: join(options.cpuProfileDir, `conserje-${run}`) } : {}),
  });
  const bare = await startServer({
    databasePath: join(dir, 'unused.db'),
    nodeFlags: nodeFlags('bare'),
    env: sampler('bare').env,
    entry: [options.bareEntry],
    ...(options.cpuProfileDir ? { cpuProfileDir: join(options.cpuProfileDir, `bare-${run}`) } : {}),
  });
  progress.note(
    `run ${run}/${options.repeat}: Conserje (pid ${conserje.pid}) answered ${conserje.firstAnswerMs.toFixed(0)} ms after spawn, the bare app (pid ${bare.pid}) ${bare.firstAnswerMs.toFixed(0)} ms`,
  );

  const conserjeLatency = new LatencyRecorder();
  const bareLatency = new LatencyRecorder();
  const maxSockets = Math.max(options.cpu.concurrency, options.p99.concurrency);
  const conserjeHttp = timedFetch({ maxSockets, onExchange: (e) => conserjeLatency.record(e.path, e.ms, e.status) });
  const bareHttp = timedFetch({ maxSockets, onExchange: (e) => bareLatency.record(e.path, e.ms, e.status) });
  const fetchBoth = mirrored(conserjeHttp, conserje.baseUrl, bareHttp, bare.baseUrl);
  const rng = seededRng(options.seed + run - 1);
  const today = hotelToday('America/New_York');
  const newCall = benchCalls(conserje.baseUrl, fetchBoth);

  const phases: PhaseFigures[] = [];
  try {
    if (options.warmup > 0) {
      progress.note(`warm-up: ${options.warmup} calls, 20 at a time, no think time, to both servers`);
      await warmUp(options.warmup, { rng, today, newCall, firstIndex: 1_000_000 });
    }
    let firstIndex = 0;
    for (const [phase, shape] of [['cpu', options.cpu], ['p99', options.p99]] as const) {
      conserjeLatency.reset();
      bareLatency.reset();
      const servers = { conserje: conserje.cpuMs(), bare: bare.cpuMs() };
      const clientBefore = process.cpuUsage();
      const machineBefore = machineCpuTimes();
      const load = new LoadState();
      const recordings =
        options.perfDir && phase === 'cpu'
          ? [recordPerf(conserje.pid, perfFile(options.perfDir, 'conserje', run)), recordPerf(bare.pid, perfFile(options.perfDir, 'bare', run))]
          : [];
      // Allocations are sampled over the cpu phase alone: started now, written before the p99 phase.
      const sampling = phase === 'cpu' ? ([[conserje.pid, allocFile('conserje')], [bare.pid, allocFile('bare')]] as const) : [];
      for (const [pid, file] of sampling) if (file) toggleAllocSampling(pid);
      const t0 = performance.now();
      progress.start(() => {
        const p = percentiles(conserjeLatency.takeWindow());
        const b = percentiles(bareLatency.takeWindow());
        return `${phase} ${bar(load.results.length / shape.calls)} ${load.results.length}/${shape.calls} calls · ${load.inProgress} on the line · p99 last second: Conserje ${ms(p.p99)} ms, bare ${ms(b.p99)} ms`;
      });
      await playLoad(shape, { rng, today, newCall, firstIndex }, load);
      progress.stop();
      await Promise.all(recordings.map((r) => r.stop()));
      firstIndex += shape.calls;
      const wallMs = performance.now() - t0;
      const conserjeCpu = conserje.cpuMs() - servers.conserje;
      const bareCpu = bare.cpuMs() - servers.bare;
      const client = process.cpuUsage(clientBefore);
      const clientCpuMs = (client.user + client.system) / 1000;
      const machineAfter = machineCpuTimes();
      // Stopped once the phase's CPU is read: writing the profile is the sampler's work, not a webhook's.
      for (const [pid, file] of sampling) if (file) toggleAllocSampling(pid);
      await Promise.all(sampling.map(([, file]) => file && allocProfileWritten(file)));
      const c = serverFigures(conserjeLatency, conserjeCpu);
      const b = serverFigures(bareLatency, bareCpu);
      const ends: Partial<Record<CallEnd, number>> = {};
      for (const r of load.results) ends[r.end] = (ends[r.end] ?? 0) + 1;
      phases.push({
        phase,
        shape,
        wallSeconds: wallMs / 1000,
        conserje: c,
        bare: b,
        cpuRatio: b.cpuUsPerWebhook / c.cpuUsPerWebhook,
        p99VsBare: c.latencyMs.p99 / b.latencyMs.p99,
        clientCpuMs,
        otherProcessesCores: otherLoad(machineBefore, machineAfter, wallMs, conserjeCpu + bareCpu + clientCpuMs),
        ends,
        errors: load.results.filter((r) => r.end === 'error' || r.end === 'gave-up').slice(0, 10).map((r) => `${r.kind}: ${r.detail ?? r.end}`),
      });
      progress.note(formatPhase(phases.at(-1)!));
    }
  } finally {
    conserjeHttp.close();
    bareHttp.close();
    await Promise.all([stop(conserje), stop(bare)]);
    rmSync(dir, { recursive: true, force: true });
  }
  const figures: RunFigures = { run, conserjeFirstAnswerMs: conserje.firstAnswerMs, bareFirstAnswerMs: bare.firstAnswerMs, phases };
  // Shares of each server's samples, scaled to the CPU per webhook measured in the cpu phase: perf's
  // of every thread during that phase, else V8's profile of the main thread, written when the
  // servers exit.
  const { perfDir, cpuProfileDir } = options;
  if (cpuProfileDir || perfDir) {
    const cpu = phases.find((p) => p.phase === 'cpu')!;
    const breakdownOf = (server: 'conserje' | 'bare') =>
      perfDir ? perfBreakdown(perfFile(perfDir, server, run)) : componentBreakdown(onlyProfileIn(join(cpuProfileDir!, `${server}-${run}`)));
    const c = breakdownOf('conserje');
    const b = breakdownOf('bare');
    figures.breakdownBy = perfDir ? 'perf' : 'v8';
    figures.breakdown = COMPONENTS.map((component) => ({
      component,
      conserjeUs: c.shares[component] * cpu.conserje.cpuUsPerWebhook,
      bareUs: b.shares[component] * cpu.bare.cpuUsPerWebhook,
    }));
  }
  const conserjeAllocFile = allocFile('conserje');
  const bareAllocFile = allocFile('bare');
  if (conserjeAllocFile && bareAllocFile) {
    const cpu = phases.find((p) => p.phase === 'cpu')!;
    const c = allocationBreakdown(conserjeAllocFile);
    const b = allocationBreakdown(bareAllocFile);
    const perConserjeWebhook = (bytes: number) => bytes / Math.max(1, cpu.conserje.webhooks);
    figures.allocation = {
      byComponent: COMPONENTS.map((component) => ({
        component,
        conserjeBytes: perConserjeWebhook(c.byComponent[component]),
        bareBytes: b.byComponent[component] / Math.max(1, cpu.bare.webhooks),
      })),
      conserjeTop: c.topFunctions.map(({ fn, bytes }) => ({ fn, bytes: perConserjeWebhook(bytes) })),
    };
  }
  return figures;
}

function perfFile(dir: string, server: 'conserje' | 'bare', run: number): string {
  return join(dir, `${server}-${run}.perf.data`);
}

function onlyProfileIn(dir: string): string {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile in ${dir}`);
  return join(dir, file);
}

export function formatBreakdown(breakdown: NonNullable<RunFigures['breakdown']>, by: RunFigures['breakdownBy'] = 'v8'): string {
  const rows = [['component', 'Conserje µs', 'bare app µs']];
  for (const b of breakdown) if (b.conserjeUs >= 0.5 || b.bareUs >= 0.5) rows.push([b.component, b.conserjeUs.toFixed(0), b.bareUs.toFixed(0)]);
  rows.push(['total', breakdown.reduce((s, b) => s + b.conserjeUs, 0).toFixed(0), breakdown.reduce((s, b) => s + b.bareUs, 0).toFixed(0)]);
  const how =
    by === 'perf'
      ? 'Linux perf, every thread of each server, CPU samples of the cpu phase by component'
      : "V8's profiler, the main thread, self time by component, start-up left out";
  return ['', `Where a webhook's CPU goes (${how}, scaled to the cpu phase's CPU per webhook):`, table(rows)].join('\n');
}

export function formatAllocation(a: AllocationFigures): string {
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  const rows = [['component', 'Conserje kB', 'bare app kB']];
  for (const c of a.byComponent) if (c.conserjeBytes >= 50 || c.bareBytes >= 50) rows.push([c.component, kB(c.conserjeBytes), kB(c.bareBytes)]);
  rows.push(['total', kB(a.byComponent.reduce((s, c) => s + c.conserjeBytes, 0)), kB(a.byComponent.reduce((s, c) => s + c.bareBytes, 0))]);
  return [
    '',
    "What a webhook allocates (V8's sampling heap profiler, freed objects included, the cpu phase; kB per webhook):",
    table(rows),
    '',
    "Conserje's functions that allocate most themselves (kB per webhook):",
    ...a.conserjeTop.map((t) => `${kB(t.bytes).padStart(6)}  ${t.fn}`),
  ].join('\n');
}

/**
 * A fetch for CallSession that sends each request to Conserje and, at the same moment, the very
 * same request (path, body, signature) to the bare app. The call follows Conserje's answer.
 */
function mirrored(primary: TimedFetch, primaryBase: string, copy: TimedFetch, copyBase: string): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(primaryBase)) throw new Error(`not a request to the server under test: ${url}`);
    const [answer] = await Promise.all([
      primary.fetch(url, init),
      copy.fetch(copyBase + url.slice(primaryBase.length), init).then((r) => r.text()),
    ]);
    return answer;
  }) as typeof fetch;
}

function serverFigures(latency: LatencyRecorder, cpuMs: number): ServerFigures {
  const answered = latency.statuses.get(200) ?? 0;
  return {
    webhooks: answered,
    non200: latency.total - answered,
    cpuMs,
    cpuUsPerWebhook: (cpuMs * 1000) / Math.max(1, answered),
    latencyMs: percentiles(latency.all()),
  };
}

async function stop(server: ServerProcess): Promise<void> {
  const timer = setTimeout(() => void server.kill(), 15_000);
  await server.stop();
  clearTimeout(timer);
}

function phaseTitle(p: PhaseFigures): string {
  return p.phase === 'cpu'
    ? `cpu: ${p.shape.calls} whole calls, ${p.shape.concurrency} at once, think time ${p.shape.thinkMs} ms`
    : `p99: ${p.shape.calls} calls, ${p.shape.concurrency} on the line, a caller action every ${p.shape.thinkMs} ms (×0.5–1.5)`;
}

export function formatPhase(p: PhaseFigures): string {
  const row = (name: string, s: ServerFigures) => [
    name,
    String(s.webhooks),
    s.cpuUsPerWebhook.toFixed(0),
    ms(s.latencyMs.p50),
    ms(s.latencyMs.p95),
    ms(s.latencyMs.p99),
    ms(s.latencyMs.max),
  ];
  const ends = Object.entries(p.ends).map(([e, n]) => `${e} ${n}`).join(', ');
  return [
    '',
    `${phaseTitle(p)} — ${p.wallSeconds.toFixed(1)} s`,
    table([['server', 'webhooks', 'CPU µs/webhook', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], row('Conserje', p.conserje), row('bare app', p.bare)]),
    `CPU ratio (bare ÷ Conserje) ${p.cpuRatio.toFixed(2)} · p99 Conserje ÷ bare ${p.p99VsBare.toFixed(2)} · load generator ${(p.clientCpuMs / 1000 / p.wallSeconds).toFixed(2)} cores, other processes ${p.otherProcessesCores.toFixed(2)} cores`,
    `calls: ${ends}${p.conserje.non200 + p.bare.non200 ? ` · NOT 200: Conserje ${p.conserje.non200}, bare ${p.bare.non200}` : ''}`,
    ...p.errors.map((e) => `  ${e}`),
  ].join('\n');
}

export function formatCompare(f: CompareFigures): string {
  const m = f.medians;
  const verdict = (met: boolean) => (met ? 'met   ' : 'MISSED');
  const rows = [['run', 'Conserje µs', 'bare µs', 'CPU ratio', 'p99 Conserje', 'p99 bare', 'p99 ÷ bare', 'other cores']];
  for (const r of f.runs) {
    const cpu = r.phases.find((p) => p.phase === 'cpu')!;
    const p99 = r.phases.find((p) => p.phase === 'p99')!;
    rows.push([
      String(r.run),
      cpu.conserje.cpuUsPerWebhook.toFixed(0),
      cpu.bare.cpuUsPerWebhook.toFixed(0),
      cpu.cpuRatio.toFixed(2),
      `${ms(p99.conserje.latencyMs.p99)} ms`,
      `${ms(p99.bare.latencyMs.p99)} ms`,
      p99.p99VsBare.toFixed(2),
      `${cpu.otherProcessesCores.toFixed(2)} / ${p99.otherProcessesCores.toFixed(2)}`,
    ]);
  }
  if (f.runs.length > 1) {
    rows.push(['median', m.conserjeCpuUs.toFixed(0), m.bareCpuUs.toFixed(0), m.cpuRatio.toFixed(2), `${ms(m.p99Ms)} ms`, `${ms(m.bareP99Ms)} ms`, m.p99VsBare.toFixed(2), '']);
  }
  const o = f.options;
  return [
    '',
    `Conserje beside the bare app (express + twilio.validateRequest + a static <Gather>): the same webhooks, at the same moments`,
    `machine: ${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.memory}, Node ${f.machine.node}, load average at start ${f.machine.loadAverage}`,
    `Conserje: node ${[...o.nodeFlags, o.serverEntry ?? '--import tsx src/server.ts'].join(' ')}; warm-up ${o.warmup} calls; seed ${o.seed}`,
    `CPU µs per webhook from the cpu phase (${o.cpu.concurrency} callers, think ${o.cpu.thinkMs} ms); p99 from the p99 phase (${o.p99.concurrency} on the line, ${o.p99.thinkMs} ms pace); other cores: CPU other processes took in each phase`,
    '',
    table(rows),
    '',
    'goals (reported, not asserted):',
    `  ${verdict(m.cpuRatio >= GOALS.ratio)} CPU per webhook within 1.25× of the bare app: ratio ${m.cpuRatio.toFixed(2)} (goal ≥ ${GOALS.ratio}, never below ${GOALS.ratioFloor}; lowest run ${Math.min(...f.runs.map((r) => r.phases[0]!.cpuRatio)).toFixed(2)})`,
    `  ${verdict(m.p99Ms <= GOALS.p99Ms)} p99 ≤ ${GOALS.p99Ms} ms with ${o.p99.concurrency} calls on the line: ${ms(m.p99Ms)} ms`,
    `  ${verdict(m.p99VsBare <= GOALS.p99VsBare)} p99 within ${GOALS.p99VsBare}× of the bare app's: ${m.p99VsBare.toFixed(2)}× (${ms(m.p99Ms)} vs ${ms(m.bareP99Ms)} ms)`,
    ...f.runs.filter((r) => r.breakdown).map((r) => `${f.runs.length > 1 ? `\nrun ${r.run}:` : ''}${formatBreakdown(r.breakdown!, r.breakdownBy)}`),
    ...f.runs.filter((r) => r.allocation).map((r) => `${f.runs.length > 1 ? `\nrun ${r.run}:` : ''}${formatAllocation(r.allocation!)}`),
  ].join('\n');
}
