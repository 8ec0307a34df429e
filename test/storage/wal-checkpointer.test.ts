import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { BACKSTOP_PAGES, startWalCheckpointer } from '../../src/storage/wal-checkpointer.ts';

/** A logger whose lines are kept, as JSON objects. */
function keptLogger() {
  const lines: { msg: string; level: number }[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', out), lines };
}

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
};

describe('WAL checkpoints on a worker thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Pages written by each test: with the schema's own WAL frames (a new database's migrations, about
   * 100) and 3 frames a commit, under the 1,000 at which SQLite would checkpoint by itself.
   */
  const PAGES = 250;

  /** Commits `pages` pages' worth of rows, one transaction each, as turns do. */
  async function writePages(db: Awaited<ReturnType<typeof openDatabase>>, pages: number) {
    await db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    for (let i = 0; i < pages; i++) {
      await db.transaction(async (tx) => {
        await tx.run('INSERT INTO filler (body) VALUES (?)', ['x'.repeat(3900)]);
      });
    }
  }

  it('copies the WAL into the database file without the server connection checkpointing', async () => {
    const path = join(dir, 'c.db');
    const db = await openDatabase(path);
    const { logger, lines } = keptLogger();
    db.checkpointInBackground(logger);
    expect(db.connection.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    const before = statSync(path).size;
    // Under the 1,000 pages at which SQLite would checkpoint by itself, and under the backstop.
    await writePages(db, PAGES);
    // In WAL mode only a checkpoint writes the database file: it grows when the worker has run.
    expect(await until(() => statSync(path).size >= before + PAGES * 4096, 5_000)).toBe(true);
    // Everything is readable from a connection of another process, and nothing was logged.
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: PAGES });
    other.close();
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    await db.close();
    // The worker's connection closed first, so the server's was the last: the WAL is gone.
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('without the worker, SQLite checkpoints only past its 1,000 pages (what the test above tells apart)', async () => {
    const path = join(dir, 'plain.db');
    const db = await openDatabase(path);
    const before = statSync(path).size;
    await writePages(db, PAGES);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(statSync(path).size).toBe(before);
    await db.close();
  });

  it('a worker that cannot start is logged, and the connection checkpoints by itself again', async () => {
    const path = join(dir, 'w.db');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    const { logger, lines } = keptLogger();
    // A path with no database: the worker's connection fails at once.
    const checkpointer = startWalCheckpointer(raw, join(dir, 'missing', 'nothing.db'), logger);
    expect(await until(() => lines.some((line) => line.level >= 50), 5_000)).toBe(true);
    expect(lines.find((line) => line.level >= 50)!.msg).toMatch(/checkpoints itself again/);
    expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.stop();
    raw.close();
  });

  it('a database in memory has no WAL: nothing is started', async () => {
    const db = await openDatabase(':memory:');
    db.checkpointInBackground(keptLogger().logger);
    expect(db.connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await db.close();
  });
});
