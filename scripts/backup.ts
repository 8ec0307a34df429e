/**
 * `npm run backup -- FILE` — a consistent copy of the live database (DATABASE_PATH), taken with
 * SQLite's online backup API while the server goes on answering calls.
 *
 *   npm run backup -- backups/conserje-2026-11-28.db
 *   DATABASE_PATH=/srv/conserje/data/conserje.db npm run backup -- /srv/backups/conserje.db --force
 *
 * The copy is written next to FILE under a temporary name, checked (PRAGMA integrity_check),
 * switched to a single self-contained file (journal_mode=DELETE: no -wal or -shm beside it) and
 * only then renamed to FILE, so FILE is never a half-written backup. Restoring is copying it back
 * with the server stopped: see docs/operations.md ("Backups").
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';
import { createPrivately } from '../src/storage/database.ts';

const USAGE = 'usage: npm run backup -- FILE [--database PATH] [--force]\n  (PATH defaults to DATABASE_PATH, as the server reads it)';

/** Pages per backup step: all of them, so the copy is taken under one read transaction. */
const ALL_PAGES = 0x7fffffff;

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
  ms: number;
  integrity: string;
  calls: number;
  reservations: number;
}

/**
 * Copies `databasePath` to `file` with the online backup API. Readers and writers of the live
 * database carry on: in WAL mode a reader (this copy) never blocks them, and the copy is the
 * database as of one instant.
 */
export async function backupDatabase(databasePath: string, file: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  const target = resolve(file);
  if (existsSync(target) && !options.force) throw new Error(`${target} exists; pass --force to replace it`);
  if (!existsSync(dirname(target))) throw new Error(`the directory ${dirname(target)} does not exist`);
  const started = performance.now();
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // A copy of every guest's data: readable by this user alone, like the database (and kept so by the rename).
    createPrivately(partial);
    const progress = await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial);
    let integrity: string;
    let calls = 0;
    let reservations = 0;
    try {
      integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
      if (integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${integrity}`);
      copy.pragma('journal_mode = DELETE');
      calls = countOf(copy, 'calls');
      reservations = countOf(copy, 'reservations');
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { file: target, pages: progress.totalPages, bytes: statSync(target).size, ms: performance.now() - started, integrity, calls, reservations };
  } catch (err) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(leftover, { force: true });
    throw err;
  } finally {
    source.close();
  }
}

function countOf(db: Database.Database, table: string): number {
  try {
    return db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  } catch {
    return 0; // A database from before that table existed.
  }
}

async function main(): Promise<void> {
  applyEnvFileOrExit(process.env, 'conserje backup');
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  // With PostgreSQL the data is not in any SQLite file: an old data/conserje.db left from before
  // a move (npm run db:copy) would be backed up every hour, "integrity ok", and hold nothing new.
  if (!values.database && process.env.DATABASE_URL?.trim()) {
    console.error(
      'conserje backup: DATABASE_URL is set, so the data is in PostgreSQL, not in a SQLite file: back it up with pg_dump (docs/operations.md#with-postgresql); --database PATH backs up a SQLite file all the same',
    );
    process.exitCode = 2;
    return;
  }
  let databasePath: string;
  try {
    // Only DATABASE_PATH matters here: the backup needs no Twilio settings.
    databasePath = values.database ? resolve(values.database) : loadConfig({ DATABASE_PATH: process.env.DATABASE_PATH }).databasePath;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`conserje backup: ${err.message}`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
  if (databasePath === ':memory:' || !existsSync(databasePath)) {
    console.error(`conserje backup: no database at ${databasePath} (set DATABASE_PATH or pass --database)`);
    process.exitCode = 1;
    return;
  }
  try {
    const r = await backupDatabase(databasePath, positionals[0]!, { force: values.force });
    console.log(
      `backed up ${databasePath} to ${r.file}: ${r.pages} pages, ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ` +
        `${r.calls} calls, ${r.reservations} reservations, integrity ${r.integrity}, in ${r.ms.toFixed(0)} ms`,
    );
  } catch (err) {
    console.error(`conserje backup: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

// Run when called as a script (npm run backup), not when imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
