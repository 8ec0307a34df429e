// Upgrading on PostgreSQL (docs/operations.md, "Upgrading"): an instance's first start on a
// database of an older version migrates it and says so, from which schema version to which; a
// command (npm run migrate) opening the store with no one asking migrates it all the same.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../bench/lib/server-process.ts';
import { openStore } from '../../src/storage/database.ts';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { START_TIMEOUT_MS, createDatabase } from '../helpers/postgres-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-pg-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function databaseAt(version: number): Promise<string> {
  const url = await createDatabase(inject('postgresUrl'));
  const db = new PostgresDb(url);
  await migratePostgres(db.pool, PG_MIGRATIONS.slice(0, version));
  await db.close();
  return url;
}

const schemaVersion = async (url: string) => {
  const db = new PostgresDb(url);
  try {
    return (await db.get<{ v: number }>('SELECT max(version) AS v FROM schema_version'))!.v;
  } finally {
    await db.close();
  }
};

describe('an instance started on a PostgreSQL database of an older version', () => {
  it('migrates it and says from which schema version to which', async () => {
    const url = await databaseAt(5);
    const log = join(dir, 'instance.log');
    const server = await startServer({ databasePath: '/nonexistent/unused.db', env: { DATABASE_URL: url }, stdoutFile: log, logLevel: 'info', readiness: 'healthz', startTimeoutMs: START_TIMEOUT_MS });
    await server.stop();
    const messages = readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('{')).map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.find((msg) => msg.includes('upgraded from schema version'))).toMatch(new RegExp(`upgraded from schema version 5 to ${PG_MIGRATIONS.length}$`));
    expect(await schemaVersion(url)).toBe(PG_MIGRATIONS.length);
  }, 60_000);

  it('is migrated by openStore with no callback too, as the commands open it', async () => {
    const url = await databaseAt(5);
    const db = await openStore({ databaseUrl: url, databasePath: '' });
    await db.close();
    expect(await schemaVersion(url)).toBe(PG_MIGRATIONS.length);
  });
});
