// `npm run backup -- FILE`: a consistent copy of the live database, taken with SQLite's online
// backup API while calls go on. The copy opens, passes integrity_check, and holds every stored
// invariant: it is the database as of one instant, not a mix of before and after a turn.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOverbooking, integrityCheck, storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { ROOT } from '../../bench/lib/server-process.ts';
import { backupDatabase } from '../../scripts/backup.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { TO_QUESTION, dateCycle } from './helpers.ts';

describe('backups of the live database', () => {
  let t: TestApp;
  const nextDate = dateCycle();
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  /** Callers booking, one after another on several lines, until `stop()`. */
  function keepCalling(lines: number) {
    let stopped = false;
    let booked = 0;
    const running = Array.from({ length: lines }, async (_, line) => {
      while (!stopped) {
        const call = t.call({ from: `+1212555${String(4000 + line)}` });
        await TO_QUESTION.readBack!(call, nextDate());
        const turn = await call.press('1');
        if (turn.hungUp) booked++;
      }
    });
    return {
      stop: async () => {
        stopped = true;
        await Promise.all(running);
        return booked;
      },
    };
  }

  async function checkCopy(file: string) {
    const copy = new SqliteDb(new Database(file, { readonly: true, fileMustExist: true }));
    try {
      expect(integrityCheck(copy)).toBe('ok');
      // A single self-contained file: no -wal beside it to lose.
      expect(copy.connection.pragma('journal_mode', { simple: true })).toBe('delete');
      expect((await checkOverbooking(copy)).overbooked).toEqual([]);
      expect(await storedInvariantViolations(copy, { now: t.clock.now() })).toEqual([]);
      return { calls: (await copy.get<{ n: number }>('SELECT COUNT(*) AS n FROM calls'))!.n, reservations: (await copy.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n };
    } finally {
      await copy.close();
    }
  }

  it('npm run backup copies the database while calls go on, and the copy is whole', async () => {
    const calling = keepCalling(4);
    await new Promise((r) => setTimeout(r, 300)); // some bookings before the copy starts
    const file = join(t.dir, 'backup.db');
    const result = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', file], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: t.dbPath },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      child.stderr.on('data', (d: Buffer) => (err += d));
      child.on('exit', (code) => resolve({ code, out, err }));
    });
    const booked = await calling.stop();
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/backed up .* integrity ok/);
    const copied = (await checkCopy(file));
    console.log(`backup: ${result.out.trim()}; ${booked} bookings made while it ran`);
    expect(copied.reservations).toBeGreaterThan(0);
    expect(copied.reservations).toBeLessThanOrEqual((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n);
    // No temporary file left behind.
    expect(readdirSync(t.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  }, 60_000);

  it('takes consistent copies again and again in the middle of a stream of bookings', async () => {
    const calling = keepCalling(3);
    const copies: { calls: number; reservations: number }[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 60));
      const file = join(t.dir, `copy-${i}.db`);
      await backupDatabase(t.dbPath, file);
      copies.push(await checkCopy(file));
    }
    await calling.stop();
    // Later copies never have less than earlier ones.
    for (let i = 1; i < copies.length; i++) expect(copies[i]!.reservations).toBeGreaterThanOrEqual(copies[i - 1]!.reservations);
  }, 60_000);

  it('refuses to back up a SQLite file when the data is in PostgreSQL (DATABASE_URL set), and says what to use', async () => {
    const file = join(t.dir, 'stale-copy.db');
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', file], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: t.dbPath, DATABASE_URL: 'postgres://conserje@127.0.0.1:1/conserje' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DATABASE_URL is set');
    expect(run.stderr).toContain('pg_dump');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses to overwrite a file unless told to, and leaves it as it was', async () => {
    const file = join(t.dir, 'existing.db');
    writeFileSync(file, 'not a database');
    await expect(backupDatabase(t.dbPath, file)).rejects.toThrow(/exists/);
    await backupDatabase(t.dbPath, file, { force: true });
    await checkCopy(file);
    await expect(backupDatabase(t.dbPath, join(t.dir, 'no-such-dir', 'x.db'))).rejects.toThrow(/does not exist/);
    expect(existsSync(join(t.dir, 'no-such-dir'))).toBe(false);
  });
});
