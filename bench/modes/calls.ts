// `npm run bench` (mode "calls"): the real server in its own process on a fresh database, and many
// callers at once through whole calls over HTTP. Latency is measured here, per request, from
// the request being written to the last byte of the answer.

import { mkdtempSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/storage/sql.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { CALLER_KINDS, DEFAULT_MIX, hotelToday, pickKind, planCall, playCall, seededRng } from '../lib/callers.ts';
import type { CallEnd, CallResult } from '../lib/callers.ts';
import { checkOverbooking, integrityCheck } from '../lib/db-checks.ts';
import { DEFAULT_STORE, startDeployment } from '../lib/deployment.ts';
import type { BenchStore } from '../lib/deployment.ts';
import { timedFetch } from '../lib/http-fetch.ts';
import { machineCpuTimes, otherLoad } from '../lib/machine-load.ts';
import { Progress } from '../lib/progress.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL } from '../lib/server-process.ts';
import type { ServerProcess } from '../lib/server-process.ts';
import { LatencyRecorder, mb, ms, percentiles, table } from '../lib/stats.ts';
import type { Percentiles } from '../lib/stats.ts';

export interface CallsOptions {
  concurrency: number;
  calls: number;
  thinkMs: number;
  /** Calls played first, one at a time per worker of 20, and left out of the latency figures (JIT warm-up). */
  warmup: number;
  seed: number;
  cpuProfileDir: string | null;
  /** Extra node flags for the server (e.g. --max-semi-space-size=64), to try a setting. */
  nodeFlags: string[];
  /** A built server to run instead of `--import tsx src/server.ts` (e.g. an esbuild bundle). */
  serverEntry: string | null;
  /** Where the server's stdout goes (for --trace-gc and the like). */
  serverStdout: string | null;
  keepDatabase: boolean;
  /** The database and how many instances share it (default: one server on a SQLite file). */
  store?: BenchStore;
}

export interface CallsFigures {
  mode: 'calls';
  machine: Record<string, string | number>;
  options: CallsOptions;
  firstAnswerMs: number;
  /** What ran: "SQLite, 1 instance", "PostgreSQL 15.x, 2 instances". */
  deployment?: string;
  /** CPU of the PostgreSQL server during the load (ms); null with SQLite, whose work is in the server's own. */
  databaseCpuMs?: number | null;
  wallSeconds: number;
  webhooks: number;
  webhooksPerSecond: number;
  latencyMs: { all: Percentiles; byRoute: Record<string, Percentiles> };
  /** The warm-up calls' webhooks (a cold server: JIT, caches), not in latencyMs. */
  warmupLatencyMs: Percentiles;
  httpStatuses: Record<string, number>;
  callsInProgressPeak: number;
  ends: Record<CallEnd, number>;
  byKind: Record<string, Partial<Record<CallEnd, number>>>;
  /** Calls that heard the alternatives at least once (the rooms asked for were not free). */
  callsHearingOffers: number;
  errors: string[];
  server: { peakRssBytes: number; rssAtEndBytes: number; cpuMs: number; cpuMsPerWebhook: number };
  client: { cpuMs: number; eventLoopDelayP99Ms: number; eventLoopDelayMaxMs: number };
  /** CPU taken by other processes on the machine during the run, in cores. */
  otherProcessesCores: number;
  /** From the server's own GET /metrics: its view of the same webhooks (warm-up included). */
  serverSide: ServerSide;
  database: {
    reservations: number;
    roomNightsBooked: number;
    outcomes: Record<string, number>;
    callsWithoutStatusCallback: number;
    integrity: string;
    overbooking: { nightsChecked: number; overbooked: number; fullest: string };
  };
  targets: Record<string, { target: string; measured: string; met: boolean }>;
}

export async function runCalls(options: CallsOptions, machine: Record<string, string | number>): Promise<CallsFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-bench-'));
  const databasePath = join(dir, 'conserje.db');
  const progress = new Progress();
  const store = options.store ?? DEFAULT_STORE;
  progress.note(`starting the server (node ${options.serverEntry ?? '--import tsx src/server.ts'}) on ${store.engine === 'sqlite' ? databasePath : 'PostgreSQL'}, ${store.instances} instance(s)`);
  const deployment = await startDeployment(store, dir, {
    nodeFlags: options.nodeFlags,
    ...(options.serverEntry ? { entry: [options.serverEntry] } : {}),
    ...(options.serverStdout ? { stdoutFile: options.serverStdout } : {}),
    ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}),
  });
  const server = deployment.server;
  progress.note(`first call answered ${server.firstAnswerMs.toFixed(0)} ms after spawn (pid ${server.pid}, port ${server.port})`);

  const latency = new LatencyRecorder();
  const http = timedFetch({ maxSockets: options.concurrency, onExchange: (e) => latency.record(e.path, e.ms, e.status) });
  http.fetch = deployment.balance(http.fetch);
  const rng = seededRng(options.seed);
  const today = hotelToday('America/New_York');
  const think = options.thinkMs > 0 ? () => sleep(options.thinkMs * (0.5 + rng())) : () => Promise.resolve();

  const newCall = (index: number) =>
    new CallSession({
      baseUrl: server.baseUrl,
      publicBaseUrl: BENCH_PUBLIC_URL,
      authToken: BENCH_AUTH_TOKEN,
      from: `+1212555${String(1000 + (index % 9000)).padStart(4, '0')}`,
      to: BENCH_HOTEL_NUMBER,
      fetch: http.fetch,
    });

  // Warm-up: the first calls meet a cold server (code not yet optimised); their latency is
  // reported apart, and their bookings count like any other.
  if (options.warmup > 0) {
    progress.note(`warm-up: ${options.warmup} calls, 20 at a time, no think time`);
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(20, options.warmup) }, async () => {
        while (next < options.warmup) {
          const index = options.calls + next++;
          await playCall(newCall(index), planCall(pickKind(rng, DEFAULT_MIX), rng, 365), { today, think: () => Promise.resolve() });
        }
      }),
    );
  }
  const warmupLatency = percentiles(latency.all());
  latency.reset();
  // prom-client's event loop figures are since the previous scrape: start them afresh here.
  await scrapeServerSide(deployment.baseUrls);

  const results: CallResult[] = [];
  let started = 0;
  let inProgress = 0;
  let peakInProgress = 0;
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, server.memory().rss);
  }, 100);

  const cpuBefore = server.cpuMs();
  const databaseCpuBefore = deployment.databaseCpuMs();
  const clientCpuBefore = process.cpuUsage();
  const machineBefore = machineCpuTimes();
  // The load generator's own event loop: a delay here shows up as latency that is not the server's.
  const clientLoop = monitorEventLoopDelay({ resolution: 5 });
  clientLoop.enable();
  const t0 = performance.now();
  progress.start(() => {
    const window = latency.takeWindow();
    const p = percentiles(window);
    const done = results.length;
    return `${bar(done / options.calls)} ${done}/${options.calls} calls · ${inProgress} in progress · ${latency.total} webhooks · p99 ${ms(p.p99)} ms (last second)`;
  });

  // Callers do not all dial at the same instant: the workers start spread over one average call
  // (about 11 think times), so the load is steady rather than synchronised bursts.
  const rampMs = Math.max(2_000, options.thinkMs * 11);
  const worker = async (w: number) => {
    if (rampMs > 0) await sleep((rampMs * w) / options.concurrency);
    while (started < options.calls) {
      const index = started++;
      const plan = planCall(pickKind(rng, DEFAULT_MIX), rng, 365);
      const call = newCall(index);
      inProgress++;
      peakInProgress = Math.max(peakInProgress, inProgress);
      const result = await playCall(call, plan, { today, think });
      if (result.end === 'error') result.detail = `at ${((performance.now() - t0) / 1000).toFixed(1)} s: ${result.detail}`;
      results.push(result);
      inProgress--;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  const wallSeconds = (performance.now() - t0) / 1000;
  progress.stop();
  clearInterval(sampler);
  clientLoop.disable();
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const serverCpu = server.cpuMs() - cpuBefore;
  const databaseCpu = databaseCpuBefore === null ? null : deployment.databaseCpuMs()! - databaseCpuBefore;
  const others = otherLoad(machineBefore, machineCpuTimes(), wallSeconds * 1000, serverCpu + (databaseCpu ?? 0) + (clientCpu.user + clientCpu.system) / 1000);
  const memory = server.memory();
  const serverSide = await scrapeServerSide(deployment.baseUrls);
  http.close();
  await stopServer(server, progress);
  // The figures are read from the database before a temporary PostgreSQL server goes.
  const db = await deployment.openDb();

  const figures = await summarise({
    options,
    machine,
    server,
    latency,
    results,
    warmupLatency,
    wallSeconds,
    peakInProgress,
    peakRss: Math.max(peakRss, memory.peakRss),
    rssAtEnd: memory.rss,
    serverCpu,
    clientCpuMs: (clientCpu.user + clientCpu.system) / 1000,
    clientLoopMs: { p99: clientLoop.percentile(99) / 1e6, max: clientLoop.max / 1e6 },
    serverSide,
    others,
    db,
    deployment: deployment.label,
    databaseCpu,
  });
  await deployment.close();
  if (!options.keepDatabase) rmSync(dir, { recursive: true, force: true });
  else progress.note(`database kept at ${databasePath}`);
  return figures;
}

async function stopServer(server: ServerProcess, progress: Progress): Promise<void> {
  const timer = setTimeout(() => void server.kill(), 15_000);
  await server.stop();
  clearTimeout(timer);
  progress.note('server stopped');
}

interface SummaryInput {
  options: CallsOptions;
  machine: Record<string, string | number>;
  server: ServerProcess;
  latency: LatencyRecorder;
  results: CallResult[];
  warmupLatency: Percentiles;
  wallSeconds: number;
  peakInProgress: number;
  peakRss: number;
  rssAtEnd: number;
  serverCpu: number;
  clientCpuMs: number;
  clientLoopMs: { p99: number; max: number };
  serverSide: ServerSide;
  others: number;
  /** Closed once the figures are read. */
  db: Db;
  deployment: string;
  databaseCpu: number | null;
}

async function summarise(input: SummaryInput): Promise<CallsFigures> {
  const { latency, results } = input;
  const byRoute: Record<string, Percentiles> = {};
  for (const [route, samples] of [...input.latency.byRoute.entries()].sort()) byRoute[route] = percentiles(samples);
  const ends = Object.fromEntries(
    ['booked', 'declined-offer', 'hung-up', 'desk-answered', 'desk-no-answer', 'ended-other', 'gave-up', 'error'].map((e) => [e, 0]),
  ) as Record<CallEnd, number>;
  const byKind: Record<string, Partial<Record<CallEnd, number>>> = Object.fromEntries(CALLER_KINDS.map((k) => [k, {}]));
  const errors: string[] = [];
  for (const r of results) {
    ends[r.end]++;
    const k = byKind[r.kind]!;
    k[r.end] = (k[r.end] ?? 0) + 1;
    if ((r.end === 'error' || r.end === 'gave-up') && errors.length < 20) errors.push(`${r.kind}: ${r.detail ?? r.end}`);
  }

  const { db } = input;
  const overbooking = await checkOverbooking(db);
  const count = async (sql: string) => (await db.get<{ n: number | null }>(sql))?.n ?? 0;
  const database = {
    reservations: await count('SELECT COUNT(*) AS n FROM reservations'),
    roomNightsBooked: await count('SELECT COALESCE(SUM(rooms), 0) AS n FROM reservation_nights'),
    outcomes: Object.fromEntries(
      (await db.all<{ outcome: string | null; n: number }>('SELECT outcome, COUNT(*) AS n FROM calls GROUP BY outcome ORDER BY n DESC')).map(
        (r) => [r.outcome ?? '(none)', r.n],
      ),
    ),
    callsWithoutStatusCallback: await count('SELECT COUNT(*) AS n FROM calls WHERE ended_at IS NULL'),
    integrity: integrityCheck(db),
    overbooking: {
      nightsChecked: overbooking.nightsChecked,
      overbooked: overbooking.overbooked.length,
      fullest: overbooking.fullest
        ? `${overbooking.fullest.code} ${overbooking.fullest.night}: ${overbooking.fullest.booked}/${overbooking.fullest.rooms}`
        : 'nothing booked',
    },
  };
  await db.close();

  const all = percentiles(latency.all());
  const webhooksPerSecond = latency.total / input.wallSeconds;
  return {
    mode: 'calls',
    machine: input.machine,
    options: input.options,
    firstAnswerMs: input.server.firstAnswerMs,
    deployment: input.deployment,
    databaseCpuMs: input.databaseCpu,
    wallSeconds: input.wallSeconds,
    webhooks: latency.total,
    webhooksPerSecond,
    latencyMs: { all, byRoute },
    warmupLatencyMs: input.warmupLatency,
    httpStatuses: Object.fromEntries([...latency.statuses.entries()].map(([s, n]) => [String(s), n])),
    callsInProgressPeak: input.peakInProgress,
    ends,
    byKind,
    callsHearingOffers: results.filter((r) => r.offers > 0).length,
    errors,
    server: {
      peakRssBytes: input.peakRss,
      rssAtEndBytes: input.rssAtEnd,
      cpuMs: input.serverCpu,
      cpuMsPerWebhook: input.serverCpu / Math.max(1, latency.total),
    },
    client: { cpuMs: input.clientCpuMs, eventLoopDelayP99Ms: input.clientLoopMs.p99, eventLoopDelayMaxMs: input.clientLoopMs.max },
    otherProcessesCores: input.others,
    serverSide: input.serverSide,
    database,
    targets: {
      p99: { target: `p99 ≤ 10 ms with ${input.options.concurrency} calls in progress`, measured: `${ms(all.p99)} ms`, met: all.p99 <= 10 },
      firstAnswer: { target: 'first answered call ≤ 1 s after start', measured: `${input.server.firstAnswerMs.toFixed(0)} ms`, met: input.server.firstAnswerMs <= 1000 },
      overbooking: { target: 'no room type overbooked on any night', measured: `${overbooking.overbooked.length} of ${overbooking.nightsChecked} nights over`, met: overbooking.overbooked.length === 0 },
    },
  };
}

/** The latency table, a header row then one row per webhook path and one for all of them. */
export function latencyRows(f: CallsFigures): string[][] {
  const rows = [['webhook', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms']];
  for (const [route, p] of Object.entries(f.latencyMs.byRoute)) rows.push([route, String(p.count), ms(p.p50), ms(p.p95), ms(p.p99), ms(p.max)]);
  const a = f.latencyMs.all;
  rows.push(['all webhooks', String(a.count), ms(a.p50), ms(a.p95), ms(a.p99), ms(a.max)]);
  return rows;
}

export function formatCalls(f: CallsFigures): string {
  const rows = latencyRows(f);
  const ends = Object.entries(f.ends)
    .filter(([, n]) => n > 0)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ');
  const lines = [
    '',
    `Conserje bench: ${f.options.calls} calls, ${f.options.concurrency} in progress at once, think time ${f.options.thinkMs} ms (×0.5–1.5) before each action, callers starting over ${(Math.max(2_000, f.options.thinkMs * 11) / 1000).toFixed(0)} s, seed ${f.options.seed}`,
    `machine: ${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.memory}, Node ${f.machine.node}, load average at start ${f.machine.loadAverage}`,
    `server: node ${[...f.options.nodeFlags, ...(f.options.serverEntry ? [f.options.serverEntry] : ['--import tsx src/server.ts'])].join(' ')}`,
    ...(f.deployment ? [`database: ${f.deployment}${f.deployment.includes('1 instance') ? '' : ', each webhook to the next instance in turn'}`] : []),
    '',
    table(rows),
    `(after ${f.options.warmup} warm-up calls, whose ${f.warmupLatencyMs.count} webhooks had p50 ${ms(f.warmupLatencyMs.p50)} / p99 ${ms(f.warmupLatencyMs.p99)} / max ${ms(f.warmupLatencyMs.max)} ms)`,
    '',
    table([['figure', 'value'], ...figureRows(f)]),
    '',
    `how calls ended (as the callers saw it): ${ends}`,
    `outcomes stored: ${Object.entries(f.database.outcomes).map(([o, n]) => `${o} ${n}`).join(', ')}`,
    `calls still open (no status callback): ${f.database.callsWithoutStatusCallback}`,
    `database integrity_check: ${f.database.integrity}`,
    `overbooking check: ${f.database.overbooking.overbooked === 0 ? 'OK' : 'FAILED'} — ${f.database.overbooking.overbooked} of ${f.database.overbooking.nightsChecked} (room type, night) pairs over capacity; fullest ${f.database.overbooking.fullest}`,
    ...(f.errors.length ? ['', 'calls that failed or gave up (first 20):', ...f.errors.map((e) => `  ${e}`)] : []),
    '',
    'targets (reported, not asserted):',
    ...Object.values(f.targets).map((t) => `  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`),
  ];
  return lines.join('\n');
}

/** The figures table's rows (label, value), after its header. */
export function figureRows(f: CallsFigures): string[][] {
  return [
    ['webhooks per second', f.webhooksPerSecond.toFixed(0)],
    ['wall time', `${f.wallSeconds.toFixed(1)} s`],
    ['calls in progress (peak)', String(f.callsInProgressPeak)],
    ['completed bookings (caller heard a confirmation)', String(f.ends.booked)],
    ['reservations in the database (warm-up calls included)', String(f.database.reservations)],
    ['room-nights booked', String(f.database.roomNightsBooked)],
    ['calls that heard the alternatives (no rooms as asked)', String(f.callsHearingOffers)],
    ['first answered call after spawn', `${f.firstAnswerMs.toFixed(0)} ms`],
    ['server peak RSS (VmHWM)', `${mb(f.server.peakRssBytes)} MB`],
    ['server CPU per webhook', `${f.server.cpuMsPerWebhook.toFixed(3)} ms`],
    ...(f.databaseCpuMs === undefined
      ? []
      : [
          ['database server CPU per webhook (PostgreSQL)', f.databaseCpuMs === null ? 'none apart (in the server)' : `${(f.databaseCpuMs / Math.max(1, f.webhooks)).toFixed(3)} ms`],
          ['server + database CPU per webhook', `${((f.server.cpuMs + (f.databaseCpuMs ?? 0)) / Math.max(1, f.webhooks)).toFixed(3)} ms`],
        ]),
    ['client CPU (load generator)', `${(f.client.cpuMs / 1000).toFixed(1)} s`],
    ['server / client / other processes, cores busy', `${(f.server.cpuMs / 1000 / f.wallSeconds).toFixed(2)} / ${(f.client.cpuMs / 1000 / f.wallSeconds).toFixed(2)} / ${f.otherProcessesCores.toFixed(2)} of ${f.machine.cpus}`],
    [
      'server-side webhook time (its /metrics), share ≤ 1 / 2 / 5 / 10 ms',
      [1, 2, 5, 10].map((b) => `${((f.serverSide.shareWithin[String(b)] ?? 0) * 100).toFixed(1)}%`).join(' / '),
    ],
    ['server event loop delay p99 / max (its /metrics)', `${ms(f.serverSide.eventLoopP99Ms)} / ${ms(f.serverSide.eventLoopMaxMs)} ms`],
    ['load generator event loop delay p99 / max', `${ms(f.client.eventLoopDelayP99Ms)} / ${ms(f.client.eventLoopDelayMaxMs)} ms`],
    ['server time in GC (its /metrics)', `${(f.serverSide.gcSeconds * 1000).toFixed(0)} ms`],
    ['HTTP statuses', Object.entries(f.httpStatuses).map(([s, n]) => `${s}: ${n}`).join(', ')],
  ];
}

function bar(fraction: number, width = 24): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}

export interface ServerSide {
  webhooks: number;
  /** Share of webhooks the server answered within 1, 2, 5, 10 ms (its histogram's buckets). */
  shareWithin: Record<string, number>;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  gcSeconds: number;
}

/** The servers' own figures, from each one's GET /metrics (prom-client's histogram and process metrics), over all of them. */
async function scrapeServerSide(baseUrls: string[]): Promise<ServerSide> {
  const empty: ServerSide = { webhooks: 0, shareWithin: {}, eventLoopP99Ms: 0, eventLoopMaxMs: 0, gcSeconds: 0 };
  let texts: string[];
  try {
    texts = await Promise.all(baseUrls.map(async (baseUrl) => (await fetch(`${baseUrl}/metrics`)).text()));
  } catch {
    return empty;
  }
  const sumOf = (text: string, name: string, filter: (labels: string) => boolean = () => true) => {
    let total = 0;
    for (const m of text.matchAll(new RegExp(`^${name}(?:\\{([^}]*)\\})? (\\S+)$`, 'gm'))) if (filter(m[1] ?? '')) total += Number(m[2]);
    return total;
  };
  // Counts add up over the instances; an event loop's delay is the worst instance's.
  const sum = (name: string, filter?: (labels: string) => boolean) => texts.reduce((total, text) => total + sumOf(text, name, filter), 0);
  const worst = (name: string) => Math.max(...texts.map((text) => sumOf(text, name)));
  const webhooks = sum('conserje_webhook_duration_seconds_count');
  const shareWithin: Record<string, number> = {};
  for (const [ms, le] of [[1, '0.001'], [2, '0.002'], [5, '0.005'], [10, '0.01']] as const) {
    shareWithin[String(ms)] = webhooks ? sum('conserje_webhook_duration_seconds_bucket', (l) => l.includes(`le="${le}"`)) / webhooks : 0;
  }
  return {
    webhooks,
    shareWithin,
    eventLoopP99Ms: worst('nodejs_eventloop_lag_p99_seconds') * 1000,
    eventLoopMaxMs: worst('nodejs_eventloop_lag_max_seconds') * 1000,
    gcSeconds: sum('nodejs_gc_duration_seconds_sum'),
  };
}
