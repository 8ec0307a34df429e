/**
 * `npx tsx scripts/turn-cost.ts` — what one webhook costs the database: SQL statements per webhook
 * (every one SQLite executes, BEGIN and COMMIT included, as better-sqlite3's `verbose` hook sees
 * them), what each costs (the median of its times around better-sqlite3's run/get/all: a median,
 * as on a busy machine a few are held up by other processes), and the bytes a turn writes (the
 * call's snapshot, its replayable TwiML and its timeline row). Runs the app in-process over a temporary SQLite file and
 * plays the bench's callers through it (bench/lib/callers.ts: bookings by keypad and by voice, in
 * both languages, no rooms, hang-ups, the front desk), 20 at a time, signed as Twilio signs them.
 *
 *   npx tsx scripts/turn-cost.ts                 # 100 calls
 *   npx tsx scripts/turn-cost.ts --calls 300 --show-sql
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.ts';
import { ensureHotels } from '../src/hotel/hotel-store.ts';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { hotelToday, seededRng } from '../bench/lib/callers.ts';
import { benchCalls, warmUp } from '../bench/lib/load.ts';
import { BENCH_AUTH_TOKEN, BENCH_PUBLIC_URL } from '../bench/lib/server-process.ts';
import { openDatabase } from '../src/storage/database.ts';
import { SqliteDb } from '../src/storage/sqlite.ts';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '100' }, 'show-sql': { type: 'boolean', default: false } } });
const CALLS = Number(values.calls);
// Signed as the bench's callers sign (bench/lib/load.ts).
const TOKEN = BENCH_AUTH_TOKEN;
const PUBLIC_URL = BENCH_PUBLIC_URL;

const dir = mkdtempSync(join(tmpdir(), 'conserje-turn-cost-'));
const path = join(dir, 'conserje.db');
try {
  const setup = await openDatabase(path);
  await ensureHotels(setup, { now: new Date() });
  await setup.close();

  // Every statement the connection executes, by its first words.
  const statements = new Map<string, number>();
  const statementKey = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, values['show-sql'] ? 120 : 40);
  // The statement as `verbose` last named it (its parameters in it): its time is counted under that name.
  let lastKey: string | null = null;
  let counting = false;
  const raw = new Database(path, {
    verbose: (sql) => {
      if (!counting) return;
      const key = statementKey(String(sql));
      statements.set(key, (statements.get(key) ?? 0) + 1);
      lastKey = key;
    },
  });
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // What each statement costs, under the name `verbose` gave it: every statement of the app runs through these three.
  const micros = new Map<string, number[]>();
  const statement = Object.getPrototypeOf(raw.prepare('SELECT 1')) as Record<'run' | 'get' | 'all', (...args: unknown[]) => unknown>;
  for (const method of ['run', 'get', 'all'] as const) {
    const original = statement[method]!;
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      if (!counting) return original.apply(this, args);
      lastKey = null;
      const started = process.hrtime.bigint();
      try {
        return original.apply(this, args);
      } finally {
        const key = lastKey ?? statementKey(this.source);
        const times = micros.get(key) ?? [];
        times.push(Number(process.hrtime.bigint() - started) / 1000);
        micros.set(key, times);
      }
    };
  }
  const db = new SqliteDb(raw);
  const config = loadConfig({ PUBLIC_BASE_URL: PUBLIC_URL, TWILIO_AUTH_TOKEN: TOKEN, DATABASE_PATH: path, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, db, logger: createLogger('silent') });
  let webhooks = 0;
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  server.on('request', () => webhooks++);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Some calls first, uncounted: statements are prepared on first use.
  const rng = seededRng(1);
  const today = hotelToday('America/New_York');
  const newCall = benchCalls(baseUrl, fetch);
  await warmUp(20, { rng, today, newCall, firstIndex: 100_000 });
  // WAL frames (pages written) per commit: no automatic checkpoint while counting, so the WAL holds every frame.
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.pragma('wal_autocheckpoint = 0');
  counting = true;
  webhooks = 0;
  await warmUp(CALLS, { rng, today, newCall, firstIndex: 0 });
  counting = false;
  const pagesWritten = walPagesByTable(raw, `${path}-wal`);
  const [wal] = raw.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  const pageSize = raw.pragma('page_size', { simple: true }) as number;

  const total = [...statements.values()].reduce((a, b) => a + b, 0);
  const row = (await db.get<{ snapshot: number; twiml: number }>(
    'SELECT avg(length(snapshot_json)) AS snapshot, avg(length(last_twiml)) AS twiml FROM calls',
  ))!;
  const event = (await db.get<{ bytes: number }>(
    "SELECT avg(coalesce(length(input_json), 0) + coalesce(length(said_json), 0) + coalesce(length(understood), 0) + length(kind) + coalesce(length(from_state), 0) + coalesce(length(to_state), 0)) AS bytes FROM call_events",
  ))!;
  console.log(`${CALLS} calls of the bench's mix, 20 at a time, ${webhooks} webhooks (status callbacks included)`);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const each = new Map([...micros].map(([sql, times]) => [sql, median(times)]));
  const perWebhook = [...statements].reduce((sum, [sql, n]) => sum + (each.get(sql) ?? 0) * n, 0) / webhooks;
  console.log(`SQL statements per webhook: ${(total / webhooks).toFixed(2)} (${total} in all), about ${perWebhook.toFixed(0)} µs (each statement's median time)`);
  console.log('  per webhook  µs each  µs a webhook');
  for (const [sql, n] of [...statements].sort((a, b) => b[1] - a[1])) {
    // (A statement run other than by run/get/all, as by exec(), is counted but not timed.)
    const us = each.get(sql);
    const timed = us === undefined ? '       –             –' : `${us.toFixed(1).padStart(7)}  ${((us * n) / webhooks).toFixed(1).padStart(12)}`;
    console.log(`  ${(n / webhooks).toFixed(2).padStart(11)}  ${timed}  ${sql}`);
  }
  const commits = statements.get('COMMIT') ?? 1;
  console.log(`WAL frames per COMMIT: ${(wal!.log / commits).toFixed(2)} of ${pageSize} bytes (${wal!.log} frames, ${commits} commits); by table or index,`);
  console.log('and the share of commits that wrote 3 or more of its pages (a full leaf: SQLite rebalances it with its siblings and their parent):');
  for (const [name, { frames, rebalanced }] of [...pagesWritten].sort((a, b) => b[1].frames - a[1].frames).filter(([, n]) => n.frames / commits >= 0.01)) {
    console.log(`  ${(frames / commits).toFixed(2)}  ${`${((100 * rebalanced) / commits).toFixed(1)} %`.padStart(6)}  ${name}`);
  }
  console.log(`bytes a turn writes: snapshot ${row.snapshot.toFixed(0)}, replayable TwiML ${row.twiml.toFixed(0)}, timeline row ${event.bytes.toFixed(0)}`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Which table or index each frame in the WAL file is a page of (a WAL frame is a 24-byte header,
 * the page number first, then the page; the file starts with a 32-byte header), named through
 * SQLite's dbstat table as the database reads now; and how many commits wrote 3 or more pages of
 * it (a commit's last frame has the database's size in pages in its header, other frames 0).
 */
function walPagesByTable(db: Database.Database, walPath: string): Map<string, { frames: number; rebalanced: number }> {
  const wal = readFileSync(walPath);
  const pageSize = wal.readUInt32BE(8);
  const owner = new Map<number, string>();
  for (const row of db.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]) owner.set(row.pageno, row.name);
  const counts = new Map<string, { frames: number; rebalanced: number }>();
  const inCommit = new Map<string, number>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    const page = wal.readUInt32BE(at);
    // dbstat names every page of a table or index (page 1, the header, as sqlite_schema); the rest are free.
    const name = owner.get(page) ?? 'free page';
    const count = counts.get(name) ?? { frames: 0, rebalanced: 0 };
    count.frames++;
    counts.set(name, count);
    inCommit.set(name, (inCommit.get(name) ?? 0) + 1);
    if (wal.readUInt32BE(at + 4) === 0) continue;
    for (const [written, n] of inCommit) if (n >= 3) counts.get(written)!.rebalanced++;
    inCommit.clear();
  }
  return counts;
}
