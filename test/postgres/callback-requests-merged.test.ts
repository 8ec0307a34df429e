// One open callback request per guest and property on PostgreSQL: the engine-alike checks
// (test/storage/callback-requests-merged.ts), with two connection pools over one database as two
// instances: asks that come at once, and a close meanwhile, serialised by the number's lock.

import { inject } from 'vitest';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { mergedRequestsContract } from '../storage/callback-requests-merged.ts';

const urls = new WeakMap<PostgresDb, string>();

mergedRequestsContract('PostgreSQL', {
  async openAt(version) {
    const url = await createDatabase(inject('postgresUrl'));
    const db = new PostgresDb(url);
    urls.set(db, url);
    await migratePostgres(db.pool, PG_MIGRATIONS.slice(0, version));
    return db;
  },
  async migrate(db) {
    await migratePostgres((db as PostgresDb).pool);
  },
  async another(db) {
    return new PostgresDb(urls.get(db as PostgresDb)!);
  },
});
