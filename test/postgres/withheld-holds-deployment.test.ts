// Withheld callers' holds across the properties of a deployment, on PostgreSQL (test/storage/withheld-holds-deployment.ts).

import { inject, it } from 'vitest';
import { openStore } from '../../src/storage/database.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { checkWithheldHoldsAcrossProperties } from '../storage/withheld-holds-deployment.ts';

it('withheld calls hold fewer rooms than half the asked type across every property (PostgreSQL)', async () => {
  const db = await openStore({ databaseUrl: await createDatabase(inject('postgresUrl')), databasePath: '' });
  try {
    await checkWithheldHoldsAcrossProperties(db);
  } finally {
    await db.close();
  }
});
