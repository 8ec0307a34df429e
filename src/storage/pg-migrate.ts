// Brings a PostgreSQL database's schema up to date (PG_MIGRATIONS), once however many instances
// start at the same moment: the first takes a session advisory lock and migrates; the others wait
// for it, then find nothing left to do. Each migration runs in its own transaction with the row
// that records it, so a failed upgrade leaves the schema as it was.

import type pg from 'pg';
import { PG_MIGRATIONS } from './pg-migrations.ts';

/** Any fixed pair: the key instances agree on for "migrating". */
const MIGRATION_LOCK = [0x636f6e73, 0x6d696772] as const;

export async function migratePostgres(pool: pg.Pool, migrations: readonly string[] = PG_MIGRATIONS): Promise<{ from: number; to: number }> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
      const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
      const from = rows[0]?.version ?? 0;
      if (from > migrations.length) {
        throw new Error(`database schema version ${from} is newer than this program knows (${migrations.length}); upgrade Conserje`);
      }
      for (let version = from; version < migrations.length; version++) {
        await client.query('BEGIN');
        try {
          await client.query(migrations[version]!);
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version + 1]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
      }
      return { from, to: migrations.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
