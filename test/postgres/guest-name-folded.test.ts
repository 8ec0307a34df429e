// reservations.guest_name_folded on PostgreSQL: the engine-alike checks (test/storage/guest-name-folded.ts),
// and that migration 14 turns the generated column into one Conserje writes, keeping its values.

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
  it('was a generated column until migration 14, which keeps its values and lets Conserje write the fold', async () => {
    const db = await openAt(13);
    try {
      const id = await insertReservation(db, '41000041', 'JOSÉ Núñez');
      await expect(db.run("UPDATE reservations SET guest_name_folded = 'someone else' WHERE id = ?", [id])).rejects.toThrow(/guest_name_folded/);
      expect(await foldedOf(db, id)).toBe('jose nunez');
      await migratePostgres(db.pool);
      expect(await foldedOf(db, id)).toBe('jose nunez');
      await db.run('UPDATE reservations SET guest_name = ?, guest_name_folded = ? WHERE id = ?', ['ŞAHİN', 'sahin', id]);
      expect(await foldedOf(db, id)).toBe('sahin');
    } finally {
      await db.close();
    }
  });
});
