// Caller numbers stored in two forms, made one by a data fix, on PostgreSQL
// (test/storage/caller-numbers-one-form.ts).

import { inject } from 'vitest';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { callerNumbersOneFormContract } from '../storage/caller-numbers-one-form.ts';

callerNumbersOneFormContract('PostgreSQL', async () => {
  const db = new PostgresDb(await createDatabase(inject('postgresUrl')));
  await migratePostgres(db.pool);
  return db;
});
