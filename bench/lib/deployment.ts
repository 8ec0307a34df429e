// What the bench runs its callers against: one server on a SQLite file (today's bench, the
// default), or N instances on one database — a SQLite file or PostgreSQL — with each webhook sent
// to the next instance in turn, as a round-robin load balancer does (a call's webhooks land on
// every instance, so each turn also meets calls another instance moved on).
//
// PostgreSQL: a temporary server from Debian's postgresql package (as `npm run test:pg` starts
// one, but durable: fsync on, commits flushed in the background like SQLite's WAL with
// synchronous=NORMAL), or a database created on the server `--pg-url` names. Its CPU is measured
// apart (the postmaster and its backends), so the server + database cost per webhook compares
// with SQLite's, whose database work is inside the server process.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresDb } from '../../src/storage/postgres.ts';
import type { Db } from '../../src/storage/sql.ts';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { createDatabase, startPostgres } from '../../test/helpers/postgres-server.ts';
import type { PostgresServer } from '../../test/helpers/postgres-server.ts';
import { CLOCK_TICKS, startServer } from './server-process.ts';
import type { ServerOptions, ServerProcess } from './server-process.ts';

export interface BenchStore {
  engine: 'sqlite' | 'postgres';
  instances: number;
  /** PostgreSQL: an existing server to create the bench's database on; null starts a temporary one. */
  pgServerUrl: string | null;
}

export const DEFAULT_STORE: BenchStore = { engine: 'sqlite', instances: 1, pgServerUrl: null };

export interface Deployment {
  /** The instances as one server: CPU, memory and stderr summed over them, stopped together. */
  server: ServerProcess;
  instances: ServerProcess[];
  /** Every instance's address, for their /metrics. */
  baseUrls: string[];
  /** What it is, for the report: "PostgreSQL 15, 2 instances". */
  label: string;
  /** `fetch` sending each request to the next instance in turn (one instance: `fetch` itself). */
  balance(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
  /** CPU the database server has used so far (ms); null when it is inside the server (SQLite) or not ours to measure. */
  databaseCpuMs(): number | null;
  /** The database the instances wrote, to read the figures from. */
  openDb(): Promise<Db>;
  /** Stops a temporary PostgreSQL server (the instances are stopped through `server`). */
  close(): Promise<void>;
}

export async function startDeployment(store: BenchStore, dir: string, options: Omit<ServerOptions, 'databasePath'>): Promise<Deployment> {
  const databasePath = join(dir, 'conserje.db');
  let pg: PostgresServer | null = null;
  let databaseUrl: string | null = null;
  let version = '';
  const started: ServerProcess[] = [];
  try {
    if (store.engine === 'postgres') {
      if (!store.pgServerUrl) pg = await startPostgres({ durability: 'deferred' });
      databaseUrl = await createDatabase(store.pgServerUrl ?? pg!.url);
      version = await serverVersion(databaseUrl);
    }
    const env = { ...options.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    await Promise.all(Array.from({ length: store.instances }, async () => started.push(await startServer({ ...options, databasePath, env }))));
  } catch (err) {
    // Nothing is left running behind a failed start.
    for (const s of started) await s.kill();
    await pg?.stop();
    throw err;
  }
  const instances = started;
  const label = `${store.engine === 'postgres' ? `PostgreSQL ${version}` : 'SQLite'}, ${store.instances} instance${store.instances === 1 ? '' : 's'}`;
  let next = 0;
  return {
    server: combined(instances),
    instances,
    baseUrls: instances.map((s) => s.baseUrl),
    label,
    balance: (send) =>
      instances.length === 1 ? send : (input, init) => send(String(input).replace(/^https?:\/\/[^/]+/, instances[next++ % instances.length]!.baseUrl), init),
    databaseCpuMs: () => (pg ? processTreeCpuMs(pg.pid()) : null),
    openDb: async () => (databaseUrl ? new PostgresDb(databaseUrl, { poolSize: 2 }) : new SqliteDb(new Database(databasePath, { readonly: true, fileMustExist: true }))),
    close: async () => {
      await pg?.stop();
    },
  };
}

/** N server processes seen as one: the first one's address; CPU, memory and stderr over all. */
function combined(instances: ServerProcess[]): ServerProcess {
  const [first] = instances;
  if (instances.length === 1) return first!;
  const sum = <T>(f: (s: ServerProcess) => number) => instances.reduce((total, s) => total + f(s), 0) as T;
  return {
    ...first!,
    firstAnswerMs: Math.max(...instances.map((s) => s.firstAnswerMs)),
    memory: () => ({ rss: sum((s) => s.memory().rss), peakRss: sum((s) => s.memory().peakRss) }),
    cpuMs: () => sum((s) => s.cpuMs()),
    stderr: () => instances.map((s) => s.stderr()).join('\n'),
    stop: async () => void (await Promise.all(instances.map((s) => s.stop()))),
    kill: async () => void (await Promise.all(instances.map((s) => s.kill()))),
    exited: Promise.all(instances.map((s) => s.exited)).then((codes) => codes.find((c) => c !== 0) ?? 0),
  };
}

async function serverVersion(url: string): Promise<string> {
  const db = new PostgresDb(url, { poolSize: 1 });
  try {
    return (await db.get<{ v: string }>("SELECT current_setting('server_version') AS v"))!.v.split(' ')[0]!;
  } finally {
    await db.close();
  }
}

/**
 * CPU of a process and its children (ms): its own user + system time, what its children that have
 * exited used (cutime + cstime: PostgreSQL's backends that closed), and its live children's.
 */
export function processTreeCpuMs(rootPid: number): number {
  const fields = (pid: number | string): string[] | null => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command name (which may hold spaces): field 3 (state) onwards.
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null;
    }
  };
  const ticks = (f: string[], from: number, to: number) => f.slice(from, to + 1).reduce((t, v) => t + Number(v), 0);
  const root = fields(rootPid);
  if (!root) return 0;
  let total = ticks(root, 11, 14); // utime, stime, cutime, cstime (fields 14–17)
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = fields(entry);
    if (f && Number(f[1]) === rootPid) total += ticks(f, 11, 12); // ppid is field 4
  }
  return (total * 1000) / CLOCK_TICKS;
}
