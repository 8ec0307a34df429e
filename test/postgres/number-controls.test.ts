// Caller numbers stored with control characters, cleaned by a data fix, on PostgreSQL
// (test/storage/number-controls.ts). Its text holds no NUL, so an old row cannot have one.

import { inject } from 'vitest';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { numbersWithoutControlsContract } from '../storage/number-controls.ts';

numbersWithoutControlsContract('PostgreSQL', '\u0085\u2066', async () => {
  const db = new PostgresDb(await createDatabase(inject('postgresUrl')));
  await migratePostgres(db.pool);
  return db;
});
