// How long, and for whom, rooms are held, on PostgreSQL (the cases: test/inventory/hold-allowance-cases.ts).

import { describe, inject, it } from 'vitest';
import { openStore } from '../../src/storage/database.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { checkHoldAllowance } from '../inventory/hold-allowance-cases.ts';

describe('how long, and for whom, rooms are held (PostgreSQL)', () => {
  it('ends a call’s holds 3 × HOLD_MINUTES after it began, and holds for one call of a number at a time', async () => {
    const db = await openStore({ databaseUrl: await createDatabase(inject('postgresUrl')), databasePath: '' });
    try {
      await checkHoldAllowance(db);
    } finally {
      await db.close();
    }
  });
});
