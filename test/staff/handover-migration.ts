// Migration 28, the shift's handover notes (src/staff/handover.ts), alike on both engines: run by
// test/staff/handover-migration.test.ts (SQLite) and test/postgres/desk-handover-migration.test.ts
// (PostgreSQL). A database from before it upgrades with its rows kept and no note; after it the
// table keeps one note per property and day, of at most 2000 characters, on a real property.

import { describe, expect, it } from 'vitest';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { HandoverQueries } from '../../src/staff/queries/handover.ts';
import type { Db } from '../../src/storage/sql.ts';

export interface MigrationEngine {
  /** A new database with the first `version` migrations applied. */
  openAt(version: number): Promise<Db>;
  /** Applies the rest. */
  migrate(db: Db): Promise<void>;
}

const NOW = new Date('2026-11-28T15:00:00.000Z');

export function handoverMigrationContract(engine: string, e: MigrationEngine): void {
  describe(`migration 28: the shift's handover notes (${engine})`, () => {
    it('upgrades a database of version 27 with its hotel kept and no note, then keeps one note per property and day', async () => {
      const db = await e.openAt(27);
      try {
        await ensureHotel(db, { now: NOW });
        const hotelId = Number((await db.get<{ id: number }>('SELECT id FROM hotels ORDER BY id LIMIT 1'))!.id);
        await e.migrate(db);
        expect(await db.get<{ n: number }>('SELECT count(*) AS n FROM handover_notes')).toEqual({ n: 0 });

        const notes = new HandoverQueries(db);
        const first = await notes.save(hotelId, '2026-11-28', 'Room 12 arrives late: keep it.', 0, 'bob', NOW);
        expect(first).toMatchObject({ saved: { hotelId, day: '2026-11-28', text: 'Room 12 arrives late: keep it.', version: 1, writtenBy: 'bob' } });
        // A second note for the same day is no new row: the save over version 0 is refused, the first kept.
        expect(await notes.save(hotelId, '2026-11-28', 'Another.', 0, 'ann', NOW)).toEqual({ conflict: (first as { saved: unknown }).saved });
        await expect(db.run("INSERT INTO handover_notes (hotel_id, day, body, version, written_by, written_at) VALUES (?, '2026-11-28', 'x', 1, 'ann', ?)", [hotelId, NOW.toISOString()])).rejects.toThrow();
        // The limits hold in the table too, whatever writes to it.
        const insert = (day: string, body: string, hotel = hotelId) =>
          db.run('INSERT INTO handover_notes (hotel_id, day, body, version, written_by, written_at) VALUES (?, ?, ?, 1, ?, ?)', [hotel, day, body, 'ann', NOW.toISOString()]);
        await expect(insert('2026-11-29', 'x'.repeat(2001))).rejects.toThrow();
        await expect(insert('tomorrow', 'x')).rejects.toThrow();
        await expect(insert('2026-11-29', 'x', hotelId + 1000)).rejects.toThrow();
        await insert('2026-11-29', 'x'.repeat(2000));
        expect(await db.get<{ n: number }>('SELECT count(*) AS n FROM handover_notes')).toEqual({ n: 2 });
      } finally {
        await db.close();
      }
    });
  });
}
