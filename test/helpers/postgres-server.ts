// A real PostgreSQL server for the tests: Debian's postgresql package (initdb, pg_ctl) on a
// cluster in a temporary folder, on a free port, run as the `postgres` user when we are root
// (initdb refuses root). Never a mock. .ci/run installs the package when it is missing.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** The server's own database, as its superuser. */
  url: string;
  /** The postmaster's process id (its backends are its children). */
  pid(): number;
  /** Stops the server at once, as a crash would (connections cut, data kept): `start()` brings it back on the same port. */
  halt(): void;
  start(): void;
  stop(): Promise<void>;
}

export interface PostgresServerOptions {
  /**
   * 'none' (tests, the default): no fsync, commits flushed in the background — durability is not
   * what most tests are about, and a crash of the server may lose the last commits. 'deferred'
   * (the bench): fsync on, commits flushed in the background (synchronous_commit=off), the same
   * bargain as SQLite's WAL with synchronous=NORMAL. 'full': PostgreSQL's defaults, every commit
   * on disk before it returns, for tests that crash the server and expect what it said it had.
   */
  durability?: 'none' | 'deferred' | 'full';
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  throw new Error('PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL tests need a real server');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'conserje-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o777);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, cmd), asRoot ? ['-u', 'postgres', '--', join(bin, cmd), ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  const port = await freePort();
  const durability = {
    none: '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    deferred: '-c synchronous_commit=off',
    full: '',
  }[options.durability ?? 'none'];
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${durability} -c max_connections=300`;
  const start = () => run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    halt: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    stop: async () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * How long a PostgreSQL test gives an instance (a server process through tsx) to answer: on a
 * shared machine under heavy load, 20 s was seen to be too little.
 */
export const START_TIMEOUT_MS = 60_000;

let databases = 0;

/** A fresh, empty database on the server, for one test file or test: its URL. */
export async function createDatabase(serverUrl: string): Promise<string> {
  const name = `conserje_${process.pid}_${++databases}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
