// `npm run bench -- --mode rss1000`: the server's memory with 1,000 calls in progress. Each call
// is started and taken to a question somewhere in the flow (some already holding rooms), then
// left waiting there, as callers listening to a prompt. Nothing of a call lives in the server's
// memory between webhooks (its state is a row in SQLite), so RSS should barely move with the
// number of calls; this mode measures that it does not.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { hotelToday, planCall, playCall, seededRng } from '../lib/callers.ts';
import type { Question } from '../lib/callers.ts';
import { timedFetch } from '../lib/http-fetch.ts';
import { benchCalls } from '../lib/load.ts';
import { Progress } from '../lib/progress.ts';
import { startServer } from '../lib/server-process.ts';
import { LatencyRecorder, mb, ms, percentiles, table } from '../lib/stats.ts';
import type { Percentiles } from '../lib/stats.ts';

export interface RssOptions {
  held: number;
  concurrency: number;
  seed: number;
  cpuProfileDir: string | null;
  nodeFlags: string[];
  serverEntry: string | null;
}

export interface RssFigures {
  mode: 'rss1000';
  machine: Record<string, string | number>;
  options: RssOptions;
  firstAnswerMs: number;
  rssIdleBytes: number;
  rssHeldBytes: number;
  rssAfterHangupBytes: number;
  peakRssBytes: number;
  callsWaiting: number;
  callsInProgressMetric: number | null;
  waitingAt: Record<string, number>;
  latencyMs: Percentiles;
  targets: Record<string, { target: string; measured: string; met: boolean }>;
}

const LEAVE_AT: Question[] = ['greeting', 'arrivalDate', 'roomType', 'rooms', 'nights', 'name', 'payment', 'callback', 'readBack'];

export async function runRss(options: RssOptions, machine: Record<string, string | number>): Promise<RssFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-bench-rss-'));
  const progress = new Progress();
  const server = await startServer({
    databasePath: join(dir, 'conserje.db'),
    nodeFlags: options.nodeFlags,
    ...(options.serverEntry ? { entry: [options.serverEntry] } : {}),
    ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}),
  });
  progress.note(`server answering after ${server.firstAnswerMs.toFixed(0)} ms (pid ${server.pid})`);
  await sleep(500);
  const rssIdle = server.memory().rss;

  const latency = new LatencyRecorder();
  const http = timedFetch({ maxSockets: Math.min(options.concurrency, 256), onExchange: (e) => latency.record(e.path, e.ms, e.status) });
  const rng = seededRng(options.seed);
  const today = hotelToday('America/New_York');
  const newCall = benchCalls(server.baseUrl, http.fetch);
  const sessions: CallSession[] = [];
  const waitingAt: Record<string, number> = {};
  let next = 0;
  progress.start(() => `${sessions.length}/${options.held} calls taken mid-flow and left waiting · server RSS ${mb(server.memory().rss)} MB`);
  const worker = async () => {
    while (next < options.held) {
      const index = next++;
      const leaveAt = LEAVE_AT[index % LEAVE_AT.length]!;
      const call = newCall(index);
      const plan = { ...planCall('keypadBooking', rng, 365), onOffer: 'take' as const };
      const result = await playCall(call, plan, { today, think: () => Promise.resolve(), leaveAt });
      if (!call.ended) {
        sessions.push(call);
        const where = result.detail?.replace('left waiting at ', '') ?? 'elsewhere';
        waitingAt[where] = (waitingAt[where] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.held) }, worker));
  progress.stop();
  await sleep(1000);
  const rssHeld = server.memory().rss;
  const inProgress = await callsInProgress(server.baseUrl);
  progress.note(`${sessions.length} calls waiting; server RSS ${mb(rssHeld)} MB; /metrics says ${inProgress} calls in progress`);

  // Everyone hangs up (Twilio posts each call's status callback).
  let hung = 0;
  const hangers = Array.from({ length: Math.min(options.concurrency, 256) }, async () => {
    while (hung < sessions.length) await sessions[hung++]!.hangup();
  });
  await Promise.all(hangers);
  await sleep(500);
  const memory = server.memory();
  http.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });

  return {
    mode: 'rss1000',
    machine,
    options,
    firstAnswerMs: server.firstAnswerMs,
    rssIdleBytes: rssIdle,
    rssHeldBytes: rssHeld,
    rssAfterHangupBytes: memory.rss,
    peakRssBytes: memory.peakRss,
    callsWaiting: sessions.length,
    callsInProgressMetric: inProgress,
    waitingAt,
    latencyMs: percentiles(latency.all()),
    targets: {
      rss: {
        target: `server RSS ≤ 200 MB with ${options.held} calls in progress`,
        measured: `${mb(rssHeld)} MB (peak ${mb(memory.peakRss)} MB)`,
        met: memory.peakRss <= 200 * 1024 * 1024,
      },
    },
  };
}

async function callsInProgress(baseUrl: string): Promise<number | null> {
  try {
    const text = await (await fetch(`${baseUrl}/metrics`)).text();
    const match = /^conserje_calls_in_progress (\d+)/m.exec(text);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function formatRss(f: RssFigures): string {
  return [
    '',
    `Conserje bench (rss): ${f.options.held} calls started and left waiting mid-call`,
    `machine: ${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.memory}, Node ${f.machine.node}, load average at start ${f.machine.loadAverage}`,
    `server: node ${[...f.options.nodeFlags, ...(f.options.serverEntry ? [f.options.serverEntry] : ['--import tsx src/server.ts'])].join(' ')}`,
    '',
    table([
      ['figure', 'value'],
      ['server RSS after start, idle', `${mb(f.rssIdleBytes)} MB`],
      [`server RSS with ${f.callsWaiting} calls in progress`, `${mb(f.rssHeldBytes)} MB`],
      ['server RSS after they all hung up', `${mb(f.rssAfterHangupBytes)} MB`],
      ['server peak RSS (VmHWM)', `${mb(f.peakRssBytes)} MB`],
      ['calls in progress per GET /metrics', String(f.callsInProgressMetric ?? 'n/a')],
      ['webhook latency while filling, p50 / p99', `${ms(f.latencyMs.p50)} / ${ms(f.latencyMs.p99)} ms`],
      ['first answered call after spawn', `${f.firstAnswerMs.toFixed(0)} ms`],
    ]),
    '',
    `calls left waiting at: ${Object.entries(f.waitingAt).map(([q, n]) => `${q} ${n}`).join(', ')}`,
    '',
    'targets (reported, not asserted):',
    ...Object.values(f.targets).map((t) => `  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`),
  ].join('\n');
}

function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}
