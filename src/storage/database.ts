import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { applyDataFixes } from './data-fixes.ts';
import { MIGRATIONS } from './migrations.ts';
import { Mutex } from './mutex.ts';
import type { PostgresOptions } from './postgres-options.ts';
import { BUSY_TIMEOUT_MS, SqliteDb } from './sqlite.ts';
import type { Db } from './sql.ts';

export type { Db, Sql } from './sql.ts';

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date.
 * WAL + synchronous=NORMAL: a turn costs ~0.1 ms instead of ~0.25 ms with FULL (measured, STYLE.md),
 * and WAL keeps committed data safe across a process crash (only an OS crash may lose the last commit).
 */
/** What opening a database did to its schema: `from` → `to` (equal when it was up to date; `from` 0: created). */
export interface SchemaUpgrade {
  from: number;
  to: number;
}

export async function openDatabase(path: string, migrated?: (upgrade: SchemaUpgrade) => void): Promise<SqliteDb> {
  if (path !== ':memory:') createPrivately(path);
  const raw = new Database(path, { nativeBinding: sqliteAddon() });
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // Another process (a second server, a backup) may hold the write lock for a moment: waited for
  // briefly, then tried again without blocking (sqlite.ts, BUSY_TIMEOUT_MS).
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const upgrade = migrate(raw);
  migrated?.(upgrade);
  const db = new SqliteDb(raw, mutexFor(path));
  await applyDataFixes(db);
  return db;
}

/**
 * better-sqlite3's compiled addon, where installing the package puts it (its prebuilt binary, or
 * the one node-gyp builds). The server's bundle carries better-sqlite3's JavaScript (scripts/build.ts):
 * left to itself, better-sqlite3 asks the `bindings` package, which tries a dozen places under the
 * package of the file calling it, and in the bundle that is Conserje's root, not better-sqlite3's.
 * Undefined when it is elsewhere (a debug build): better-sqlite3 then searches as usual, which works
 * from the sources; the bundle would need better-sqlite3 left out of it (scripts/build.ts).
 */
function sqliteAddon(): string | undefined {
  const addon = createRequire(import.meta.url).resolve('better-sqlite3/package.json').replace(/package\.json$/, 'build/Release/better_sqlite3.node');
  return existsSync(addon) ? addon : undefined;
}

/**
 * Creates `path` (and the folders leading to it) for this server's user alone, unless it exists:
 * the database holds guests' names and numbers, what they said, and staff credentials' hashes, and
 * a file made under the usual umask (022) could be read by every account on the machine. SQLite
 * gives the -wal and -shm files the database file's mode, and a backup made here (scripts/backup.ts)
 * is created the same way. A file or folder that already exists keeps its mode (docs/operations.md).
 */
export function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/** One mutex per database file in this process, however many connections are opened to it (see SqliteDb). */
const fileMutexes = new Map<string, WeakRef<Mutex>>();

function mutexFor(path: string): Mutex {
  if (path === ':memory:') return new Mutex();
  const key = resolve(path);
  let mutex = fileMutexes.get(key)?.deref();
  if (!mutex) {
    mutex = new Mutex();
    fileMutexes.set(key, new WeakRef(mutex));
  }
  return mutex;
}

/**
 * The database a deployment is configured for: PostgreSQL when `databaseUrl` is set (migrated
 * at once, safely when several instances start together), else the SQLite file at `databasePath`.
 * `options` apply to PostgreSQL only: the server passes WEBHOOK_TIMEOUTS.
 */
export async function openStore(
  config: { databaseUrl: string | null; databasePath: string },
  options: PostgresOptions = {},
  migrated?: (upgrade: SchemaUpgrade) => void,
): Promise<Db> {
  if (config.databaseUrl) {
    // The driver is loaded only for PostgreSQL (postgres-options.ts).
    const [{ PostgresDb }, { migratePostgres }] = await Promise.all([import('./postgres.ts'), import('./pg-migrate.ts')]);
    // Migrations on a connection of their own, without the webhook timeouts: an upgrade's
    // statement, or the wait for another instance's upgrade, may take longer than a turn may.
    const migrator = new PostgresDb(config.databaseUrl, { poolSize: 1 });
    try {
      // Not `migrated?.(await …)`: without a callback that would skip the migration itself.
      const upgrade = await migratePostgres(migrator.pool);
      migrated?.(upgrade);
      // Data fixes too: rewriting stored rows may take longer than a webhook's statement timeout.
      await applyDataFixes(migrator);
    } finally {
      await migrator.close();
    }
    return new PostgresDb(config.databaseUrl, options);
  }
  return openDatabase(config.databasePath, migrated);
}

/** Where a configured database is, for logs: the PostgreSQL URL without its password, or the file. */
export function describeStore(config: { databaseUrl: string | null; databasePath: string }): string {
  if (!config.databaseUrl) return config.databasePath;
  try {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}

/**
 * What a command (`npm run staff`, `calls`) says after it created the SQLite file it was pointed at,
 * or null when the database was there already (or is PostgreSQL). Run with other settings than the
 * server's (a systemd unit's Environment= that a shell does not have, another folder's .env), a
 * command opens a new, empty database: an account added there cannot log in, and 0 calls is not
 * the hotel's day. Call before opening the store.
 */
export function newDatabaseNote(config: { databaseUrl: string | null; databasePath: string }, program: string): (() => string) | null {
  if (config.databaseUrl || config.databasePath === ':memory:' || existsSync(config.databasePath)) return null;
  return () =>
    `${program}: there was no database at ${config.databasePath}, so a new one was made there. If the server runs with another ` +
    `DATABASE_PATH or DATABASE_URL (a systemd unit's Environment=, the .env of another folder), this is not its database: run this with the server's settings`;
}

/** Whether `db` is a SQLite database (for what only SQLite has: backups, PRAGMAs). */
export function isSqlite(db: Db): db is SqliteDb {
  return db instanceof SqliteDb;
}

/**
 * Applies what is missing, each migration in its own IMMEDIATE transaction that reads the version
 * under the write lock: two processes starting together on one file do not both apply one.
 */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): { from: number; to: number } {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const from = version();
  if (from > migrations.length) {
    throw new Error(`database schema version ${from} is newer than this program knows (${migrations.length}); upgrade Conserje`);
  }
  for (;;) {
    const applied = db
      .transaction(() => {
        const current = version();
        if (current >= migrations.length) return false;
        db.exec(migrations[current]!);
        db.pragma(`user_version = ${current + 1}`);
        return true;
      })
      .immediate();
    if (!applied) return { from, to: migrations.length };
  }
}
