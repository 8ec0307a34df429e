// Migration 28 on PostgreSQL (test/staff/handover-migration.ts).

import { inject } from 'vitest';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { handoverMigrationContract } from '../staff/handover-migration.ts';

handoverMigrationContract('PostgreSQL', {
  async openAt(version) {
    const db = new PostgresDb(await createDatabase(inject('postgresUrl')));
    await migratePostgres(db.pool, PG_MIGRATIONS.slice(0, version));
    return db;
  },
  async migrate(db) {
    await migratePostgres((db as PostgresDb).pool);
  },
});
