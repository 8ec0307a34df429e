// reservations.guest_name_folded (migration 12), alike on both engines: run as `describe` blocks by
// test/storage/guest-name-folded.test.ts (SQLite, npm test) and test/postgres/guest-name-folded.test.ts
// (PostgreSQL, npm run test:pg). The staff console searches a guest's name in this column instead
// of folding every name at each search, so it must hold the fold of the name whoever wrote it.

import { afterEach, describe, expect, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { containsPattern, foldText } from '../../src/storage/fold.ts';
import { applyDataFixes } from '../../src/storage/data-fixes.ts';
import { foldedName } from '../../src/storage/migrations.ts';
import type { Db } from '../../src/storage/sql.ts';

export interface FoldedNameEngine {
  /** A new database with the first `version` migrations applied. */
  openAt(version: number): Promise<Db>;
  /** Applies the rest. */
  migrate(db: Db): Promise<void>;
}

/** Every letter the fold replaces, capital and small, then what it leaves as it is but for case. */
export const EVERY_FOLDED_LETTER = 'áàäâãÁÀÄÂÃ éèëêÉÈËÊ íìïîÍÌÏÎ óòöôõÓÒÖÔÕ úùüûÚÙÜÛ ñÑ çÇ Ana-María O’Neil 1204';

const NOW = new Date('2026-11-28T15:00:00.000Z');

/**
 * A reservation written by plain SQL, as a data fix or a shell would (without its fold), or with
 * the fold `folded` as Conserje writes it (migration 14 on); its id.
 */
export async function insertReservation(db: Db, confirmation: string, guestName: string | null, folded?: string): Promise<number> {
  const hotel = await loadHotel(db, await ensureHotel(db, { now: NOW }));
  const row = await db.get<{ id: number }>(
    `INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency,
       guest_name, ${folded === undefined ? '' : 'guest_name_folded, '}payment_method, callback_number, locale, hold_until, created_at, updated_at)
     VALUES (?, ?, ?, '2026-12-10', '2026-12-11', 1, 1, 240, 240, 'USD', ?, ${folded === undefined ? '' : '?, '}'cash', '+12125550123', 'en-US',
       '2026-12-10T23:00:00.000Z', ?, ?) RETURNING id`,
    [confirmation, hotel.id, hotel.roomTypeIds.get('DLX')!, guestName, ...(folded === undefined ? [] : [folded]), NOW.toISOString(), NOW.toISOString()],
  );
  return row!.id;
}

/** Every migration. */
const LATEST = 1_000;

export async function foldedOf(db: Db, id: number): Promise<string | null | undefined> {
  return (await db.get<{ guest_name_folded: string | null }>('SELECT guest_name_folded FROM reservations WHERE id = ?', [id]))?.guest_name_folded;
}

export function guestNameFoldedContract(engine: string, open: FoldedNameEngine): void {
  describe(`a reservation's name stored folded on ${engine} (migration 12)`, () => {
    let db: Db | undefined;
    afterEach(async () => {
      await db?.close();
      db = undefined;
    });

    it('is filled for the reservations stored before migration 12', async () => {
      db = await open.openAt(11);
      const named = await insertReservation(db, '41000001', 'JOSÉ Núñez');
      const unnamed = await insertReservation(db, '41000002', null);
      const every = await insertReservation(db, '41000003', EVERY_FOLDED_LETTER);
      await open.migrate(db);
      expect(await foldedOf(db, named)).toBe('jose nunez');
      expect(await foldedOf(db, unnamed)).toBeNull();
      expect(await foldedOf(db, every)).toBe(foldText(EVERY_FOLDED_LETTER));
    });

    it('is folded again at every insert and every change of the name, by any writer', async () => {
      db = await open.openAt(12);
      const id = await insertReservation(db, '41000011', 'JOSÉ Núñez');
      expect(await foldedOf(db, id)).toBe('jose nunez');
      await db.run('UPDATE reservations SET guest_name = ? WHERE id = ?', ['Sofía ÑANDÚ-Çelik', id]);
      expect(await foldedOf(db, id)).toBe('sofia nandu-celik');
      // Another column changed: the name stays folded.
      await db.run("UPDATE reservations SET status = 'cancelled', updated_at = 'x' WHERE id = ?", [id]);
      expect(await foldedOf(db, id)).toBe('sofia nandu-celik');
      // A name taken away (its recording kept only), and one given later to a reservation made without.
      await db.run('UPDATE reservations SET guest_name = NULL WHERE id = ?', [id]);
      expect(await foldedOf(db, id)).toBeNull();
      const later = await insertReservation(db, '41000012', null);
      expect(await foldedOf(db, later)).toBeNull();
      await db.run('UPDATE reservations SET guest_name = ? WHERE id = ?', ['Ángel Ruíz', later]);
      expect(await foldedOf(db, later)).toBe('angel ruiz');
      // An upsert that changes the name.
      await db.run(
        `INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency,
           guest_name, payment_method, callback_number, locale, hold_until, created_at, updated_at)
         SELECT confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency,
           'ÓSCAR', payment_method, callback_number, locale, hold_until, created_at, updated_at FROM reservations WHERE id = ?
         ON CONFLICT (confirmation) DO UPDATE SET guest_name = excluded.guest_name`,
        [later],
      );
      expect(await foldedOf(db, later)).toBe('oscar');
    });

    it('keeps the fold Conserje writes with a name, and folds a name written without one (migration 14)', async () => {
      db = await open.openAt(LATEST);
      const written = await insertReservation(db, '41000051', 'ŞAHİN Łukasz', foldText('ŞAHİN Łukasz'));
      const plain = await insertReservation(db, '41000052', 'JOSÉ Núñez');
      expect(await foldedOf(db, written)).toBe('sahin lukasz');
      expect(await foldedOf(db, plain)).toBe('jose nunez');
      // Found as the staff's search finds names: without the accents, and typed exactly as written.
      const found = async (typed: string) =>
        (await db!.all<{ id: number }>("SELECT id FROM reservations WHERE guest_name_folded LIKE ? ESCAPE '\\' ORDER BY id", [containsPattern(foldText(typed))])).map((r) => r.id);
      for (const typed of ['sahin', 'ŞAHİN', 'lukasz', 'Łukasz', 'şahin łukasz']) expect(await found(typed), typed).toEqual([written]);
      // A name changed with its fold keeps that fold; a name changed by a writer that left the fold is folded again.
      await db.run('UPDATE reservations SET guest_name = ?, guest_name_folded = ? WHERE id = ?', ['Søren Ærø', foldText('Søren Ærø'), written]);
      expect(await foldedOf(db, written)).toBe('soren aero');
      await db.run('UPDATE reservations SET guest_name = ? WHERE id = ?', ['Ángel Ruíz', written]);
      expect(await foldedOf(db, written)).toBe('angel ruiz');
    });

    it('folds again every name stored before, as the search text is folded (the data fix of migration 14)', async () => {
      db = await open.openAt(LATEST);
      // Written without a fold: the database folds it as migration 12 did, which leaves Ş and İ.
      const turkish = await insertReservation(db, '41000061', 'ŞAHİN');
      const plain = await insertReservation(db, '41000062', 'Ana Torres');
      const unnamed = await insertReservation(db, '41000063', null);
      expect(await foldedOf(db, turkish)).not.toBe('sahin');
      await applyDataFixes(db, NOW);
      expect(await foldedOf(db, turkish)).toBe('sahin');
      expect(await foldedOf(db, plain)).toBe('ana torres');
      expect(await foldedOf(db, unnamed)).toBeNull();
    });

    it('folds each letter as the search text is folded, and is the fold the staff queries ran on every name before', async () => {
      db = await open.openAt(12);
      const names = [EVERY_FOLDED_LETTER, 'JOSÉ Núñez', 'Sofía Ramírez', 'Room 1204 guest', 'x_%\\y'];
      for (const [i, name] of names.entries()) await insertReservation(db, `4100002${i}`, name);
      const rows = await db.all<{ guest_name: string; stored: string; queried: string }>(
        `SELECT guest_name, guest_name_folded AS stored, ${foldedName('guest_name')} AS queried FROM reservations ORDER BY id`,
      );
      expect(rows.map((r) => r.stored)).toEqual(names.map(foldText));
      expect(rows.map((r) => r.queried)).toEqual(rows.map((r) => r.stored));
    });
  });
}
