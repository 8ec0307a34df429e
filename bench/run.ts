/**
 * `npm run bench` — load, memory and availability figures for Conserje, on this machine.
 *
 *   npm run bench                                   # 2,000 calls, 200 in progress at once
 *   npm run bench -- --calls 5000 --concurrency 300 --think-ms 0 --json bench-results/calls.json
 *   npm run bench -- --mode rss1000                 # server RSS with 1,000 calls in progress
 *   npm run bench -- --mode availability            # freeRooms(30 nights) at 1,000,000 room-nights
 *   npm run bench -- --mode compare --repeat 3      # beside a bare Twilio app: CPU ratio and p99 (issue 14)
 *   npm run bench -- --mode compare --perf DIR      # and where each one's CPU goes, sampled by Linux perf
 *   npm run bench -- --mode compare --alloc-prof DIR  # and what each one allocates per webhook, by component
 *   npm run bench -- --mode start                   # npm start to the first answered call, 5 starts
 *   npm run bench -- --cpu-prof bench-results/prof  # and profile the server (node --cpu-prof)
 *   npm run bench -- --store postgres --instances 2 # SQLite (one server), then PostgreSQL (2 instances), side by side
 *
 * Targets are reported, never asserted. See docs/performance.md for figures and how to read them.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildServer, bundle } from '../scripts/build.ts';
import { formatSummary, summariseProfile } from './lib/cpu-profile.ts';
import { perfAvailable } from './lib/perf-profile.ts';
import { formatAvailability, runAvailability } from './modes/availability.ts';
import { formatCalls, runCalls } from './modes/calls.ts';
import { formatCompare, runCompare } from './modes/compare.ts';
import type { CallsFigures } from './modes/calls.ts';
import { formatSideBySide } from './modes/side-by-side.ts';
import type { BenchStore } from './lib/deployment.ts';
import { formatRss, runRss } from './modes/rss.ts';
import { formatStart, runStart } from './modes/start.ts';
import { formatTurns, runTurns } from './modes/turns.ts';
import { ROOT } from './lib/server-process.ts';

const USAGE = `usage: npm run bench -- [--mode calls|rss1000|availability|compare|start|turns] [--concurrency 200] [--calls 2000]
                      [--think-ms 1000] [--warmup 100] [--held 1000] [--room-nights 1000000] [--runs 2000]
                      [--seed 1] [--json FILE] [--cpu-prof DIR] [--node-flags=--trace-gc]
                      [--server-stdout FILE] [--server-entry FILE.cjs | --tsx] [--keep-db]
  mode start:         [--starts 5] [--dir CHECKOUT]   (times \`npm start\` to the first answered call)
  mode turns:         [--calls 2000] [--warmup 100]   (one caller at a time: each kind of turn's time and share)
  mode compare:       [--repeat 1] [--cpu-callers 40] [--cpu-calls 1000] [--cpu-think-ms 0] [--perf DIR] [--alloc-prof DIR]
                      [--p99-callers 200] [--p99-calls 1000] [--p99-pace-ms 2000] [--warmup 100]
  mode calls:         [--store sqlite|postgres] [--instances 1] [--pg-url postgres://user@host:port/db]
                      (--store postgres runs SQLite with one server first, then PostgreSQL with --instances,
                      each webhook to the next instance in turn, and prints both side by side; PostgreSQL is
                      a temporary server from Debian's postgresql package unless --pg-url names one to
                      create the bench's database on)
  The server runs the bundle npm start runs: built (dist/server.cjs, rebuilt first); --tsx runs src/ through tsx.`;

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'calls' },
    concurrency: { type: 'string', default: '200' },
    calls: { type: 'string', default: '2000' },
    'think-ms': { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
    held: { type: 'string', default: '1000' },
    'room-nights': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
    perf: { type: 'string' },
    'alloc-prof': { type: 'string' },
    'node-flags': { type: 'string', default: '' },
    'server-stdout': { type: 'string' },
    'server-entry': { type: 'string' },
    tsx: { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    starts: { type: 'string', default: '5' },
    dir: { type: 'string' },
    'cpu-callers': { type: 'string', default: '40' },
    'cpu-calls': { type: 'string', default: '1000' },
    'cpu-think-ms': { type: 'string', default: '0' },
    'p99-callers': { type: 'string', default: '200' },
    'p99-calls': { type: 'string', default: '1000' },
    'p99-pace-ms': { type: 'string', default: '2000' },
    store: { type: 'string', default: 'sqlite' },
    instances: { type: 'string', default: '1' },
    'pg-url': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const int = (name: keyof typeof args, min: number, max: number): number => {
  const raw = String(args[name]);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
};

// What node runs: the bundle npm start runs (rebuilt now, so it is the code in the tree), a file
// named with --server-entry, or with --tsx the TypeScript sources through tsx (null).
/** The yardstick as JavaScript, so it does not run through tsx; its packages load from node_modules, as a sample app's do. */
function bareApp(): string {
  const outfile = fileURLToPath(new URL('../dist/bench/bare-app.mjs', import.meta.url));
  bundle('bench/bare/bare-app.ts', outfile);
  return outfile;
}

/** --perf DIR (mode compare): made, and checked that perf runs here, before any server starts. */
function perfDir(): string | null {
  if (!args.perf) return null;
  if (!perfAvailable()) {
    console.error('--perf needs Linux perf (Debian: apt-get install linux-perf)');
    process.exit(2);
  }
  const dir = resolve(args.perf);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** --alloc-prof DIR (mode compare): where the servers' allocation profiles are written. */
function allocDir(): string | null {
  if (!args['alloc-prof']) return null;
  const dir = resolve(args['alloc-prof']);
  mkdirSync(dir, { recursive: true });
  return dir;
}

// Built only by the modes that run the server (mode start times npm start as it is).
const serverEntry = (): string | null => (args['server-entry'] ? resolve(args['server-entry']) : args.tsx ? null : buildServer());

const machine = machineFacts();
const cpuProfileDir = args['cpu-prof'] ? resolve(args['cpu-prof']) : null;
if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
const profilesBefore = new Set(cpuProfileDir ? readdirSync(cpuProfileDir, { recursive: true, encoding: 'utf8' }) : []);

let figures: object;
let report: string;
switch (args.mode) {
  case 'calls': {
    const options = {
      concurrency: int('concurrency', 1, 5000),
      calls: int('calls', 1, 1_000_000),
      thinkMs: int('think-ms', 0, 60_000),
      warmup: int('warmup', 0, 100_000),
      seed: int('seed', 0, 2 ** 31),
      cpuProfileDir,
      nodeFlags: args['node-flags'].split(/\s+/).filter(Boolean),
      serverEntry: serverEntry(),
      serverStdout: args['server-stdout'] ? resolve(args['server-stdout']) : null,
      keepDatabase: args['keep-db'],
    };
    const runs: CallsFigures[] = [];
    for (const store of callStores()) runs.push(await runCalls({ ...options, store }, machine));
    figures = runs.length === 1 ? runs[0]! : { mode: 'calls', runs };
    report = runs.map(formatCalls).join('\n') + (runs.length > 1 ? `\n${formatSideBySide(runs)}` : '');
    break;
  }
  case 'rss1000':
  case 'rss': {
    const f = await runRss(
      {
        held: int('held', 1, 100_000),
        concurrency: int('concurrency', 1, 5000),
        seed: int('seed', 0, 2 ** 31),
        cpuProfileDir,
        nodeFlags: args['node-flags'].split(/\s+/).filter(Boolean),
        serverEntry: serverEntry(),
      },
      machine,
    );
    figures = f;
    report = formatRss(f);
    break;
  }
  case 'compare': {
    const f = await runCompare(
      {
        cpu: { concurrency: int('cpu-callers', 1, 5000), calls: int('cpu-calls', 1, 1_000_000), thinkMs: int('cpu-think-ms', 0, 60_000) },
        p99: { concurrency: int('p99-callers', 1, 5000), calls: int('p99-calls', 1, 1_000_000), thinkMs: int('p99-pace-ms', 0, 60_000) },
        warmup: int('warmup', 0, 100_000),
        seed: int('seed', 0, 2 ** 31),
        repeat: int('repeat', 1, 100),
        serverEntry: serverEntry(),
        bareEntry: bareApp(),
        nodeFlags: args['node-flags'].split(/\s+/).filter(Boolean),
        cpuProfileDir,
        perfDir: perfDir(),
        allocDir: allocDir(),
      },
      machine,
    );
    figures = f;
    report = formatCompare(f);
    break;
  }
  case 'turns': {
    const f = await runTurns(
      {
        calls: int('calls', 1, 1_000_000),
        warmup: int('warmup', 0, 100_000),
        seed: int('seed', 0, 2 ** 31),
        serverEntry: serverEntry(),
        nodeFlags: args['node-flags'].split(/\s+/).filter(Boolean),
      },
      machine,
    );
    figures = f;
    report = formatTurns(f);
    break;
  }
  case 'start': {
    const f = await runStart({ starts: int('starts', 1, 100), command: ['npm', 'start'], dir: resolve(args.dir ?? ROOT) }, machine);
    figures = f;
    report = formatStart(f);
    break;
  }
  case 'availability': {
    const f = await runAvailability({ roomNights: int('room-nights', 1000, 100_000_000), runs: int('runs', 10, 1_000_000), seed: int('seed', 0, 2 ** 31) }, machine);
    figures = f;
    report = formatAvailability(f);
    break;
  }
  default:
    console.error(`unknown --mode "${args.mode}"\n${USAGE}`);
    process.exit(2);
}

console.log(report);
if (cpuProfileDir) {
  // Mode compare writes each server's profile into a folder of its own.
  const fresh = readdirSync(cpuProfileDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cpuprofile') && !profilesBefore.has(f));
  for (const file of fresh) {
    console.log(`\nserver ${join(cpuProfileDir, file)} (open it in Chrome DevTools → Performance, or read the summary):`);
    console.log(formatSummary(summariseProfile(join(cpuProfileDir, file), 20)));
  }
}
if (args.json) {
  mkdirSync(dirname(resolve(args.json)), { recursive: true });
  writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nfigures written to ${args.json}`);
}

/** What mode calls runs on: --store and --instances; with PostgreSQL, SQLite as it runs today first, for the side-by-side. */
function callStores(): BenchStore[] {
  if (args.store !== 'sqlite' && args.store !== 'postgres') {
    console.error(`--store must be sqlite or postgres, got "${args.store}"\n${USAGE}`);
    process.exit(2);
  }
  const asked: BenchStore = { engine: args.store, instances: int('instances', 1, 16), pgServerUrl: args['pg-url'] ?? null };
  return asked.engine === 'postgres' ? [{ engine: 'sqlite', instances: 1, pgServerUrl: null }, asked] : [asked];
}

function machineFacts(): Record<string, string | number> {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: os.cpus() said what it could.
  }
  return {
    cpus: cpus().length,
    cpuModel,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.versions.node,
    sqlite: 'better-sqlite3 ' + (JSON.parse(readFileSync(new URL('../node_modules/better-sqlite3/package.json', import.meta.url), 'utf8')) as { version: string }).version,
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
    platform: `${process.platform} ${process.arch}`,
  };
}
