// Undo of "Keep room" through the inventory, on PostgreSQL (the cases: test/inventory/shorten-hold-cases.ts).

import { describe, inject, it } from 'vitest';
import { openStore } from '../../src/storage/database.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { checkShortenHold } from '../inventory/shorten-hold-cases.ts';

describe('a kept room taken back (PostgreSQL)', () => {
  it('holds until the earlier time only while the hold is the one kept, and frees rooms already past it', async () => {
    const db = await openStore({ databaseUrl: await createDatabase(inject('postgresUrl')), databasePath: '' });
    try {
      await checkShortenHold(db);
    } finally {
      await db.close();
    }
  });
});
