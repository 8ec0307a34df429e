// A guest's expected arrival on the reservation, on PostgreSQL (test/storage/expected-arrival.ts).

import { inject } from 'vitest';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { expectedArrivalContract } from '../storage/expected-arrival.ts';

expectedArrivalContract('PostgreSQL', {
  async openAt(version) {
    const db = new PostgresDb(await createDatabase(inject('postgresUrl')));
    await migratePostgres(db.pool, PG_MIGRATIONS.slice(0, version));
    return db;
  },
  async migrate(db) {
    await migratePostgres((db as PostgresDb).pool);
  },
});
