// Upgrading Conserje (docs/operations.md, "Upgrading"): the first start of the new version on an
// older database migrates it and says so in the log, from which schema version to which; later
// starts, and a new database, say nothing of it.

import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../bench/lib/server-process.ts';
import { migrate } from '../../src/storage/database.ts';
import { MIGRATIONS } from '../../src/storage/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the server on `databasePath`, stops it, and returns the messages it logged. */
async function startAndStop(databasePath: string, log: string): Promise<string[]> {
  const server = await startServer({ databasePath, stdoutFile: log, logLevel: 'info', readiness: 'healthz' });
  await server.stop();
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => (JSON.parse(line) as { msg: string }).msg);
}

describe('the first start on a database of an older version', () => {
  it('migrates it and says from which schema version to which; the next start says nothing of it', async () => {
    const databasePath = join(dir, 'old.db');
    const old = new Database(databasePath);
    migrate(old, MIGRATIONS.slice(0, 5));
    old.close();

    const first = await startAndStop(databasePath, join(dir, 'first.log'));
    expect(first).toContain(`database ${databasePath} upgraded from schema version 5 to ${MIGRATIONS.length}`);
    const again = await startAndStop(databasePath, join(dir, 'again.log'));
    expect(again.some((msg) => msg.includes('upgraded from schema version'))).toBe(false);
  }, 60_000);

  it('says nothing of an upgrade when the database is new', async () => {
    const fresh = await startAndStop(join(dir, 'new.db'), join(dir, 'new.log'));
    expect(fresh.some((msg) => msg.includes('upgraded'))).toBe(false);
    expect(fresh.some((msg) => msg.includes('Conserje is answering'))).toBe(true);
  }, 60_000);
});
