// reservations.guest_name_folded on PostgreSQL: the engine-alike checks (test/storage/guest-name-folded.ts),
// and that the column is PostgreSQL's to compute (a generated column refuses a value written into it).

import { describe, expect, inject, it } from 'vitest';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { foldedOf, guestNameFoldedContract, insertReservation } from '../storage/guest-name-folded.ts';

async function openAt(version: number): Promise<PostgresDb> {
  const db = new PostgresDb(await createDatabase(inject('postgresUrl')));
  await migratePostgres(db.pool, PG_MIGRATIONS.slice(0, version));
  return db;
}

guestNameFoldedContract('PostgreSQL', {
  openAt,
  async migrate(db) {
    await migratePostgres((db as PostgresDb).pool);
  },
});

describe("a reservation's name stored folded on PostgreSQL", () => {
  it('is a generated column: a value written into it is refused, and the name is folded all the same', async () => {
    const db = await openAt(PG_MIGRATIONS.length);
    try {
      const id = await insertReservation(db, '41000041', 'JOSÉ Núñez');
      await expect(db.run("UPDATE reservations SET guest_name_folded = 'someone else' WHERE id = ?", [id])).rejects.toThrow(/guest_name_folded/);
      expect(await foldedOf(db, id)).toBe('jose nunez');
    } finally {
      await db.close();
    }
  });
});
