// reservations.guest_name_folded on SQLite: the engine-alike checks (guest-name-folded.ts), and that
// the triggers keeping it stay readable by an older SQLite than better-sqlite3's, such as the
// sqlite3 shell someone fixes data with: a schema it cannot parse makes it refuse the whole file.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { foldedOf, guestNameFoldedContract, insertReservation } from './guest-name-folded.ts';
import { migrateSqlite, sqliteAt } from './sqlite-at.ts';

guestNameFoldedContract('SQLite', { openAt: sqliteAt, migrate: migrateSqlite });

/** The deepest nesting of parentheses in `sql`, outside string literals. */
function nesting(sql: string): number {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (const c of sql) {
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') deepest = Math.max(deepest, ++depth);
    else if (!quoted && c === ')') depth--;
  }
  return deepest;
}

const shell = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });

describe("the triggers that fold a reservation's name on SQLite", () => {
  it('nest no call deeper than an older SQLite parses', async () => {
    const db = await openDatabase(':memory:');
    try {
      const schema = await db.all<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL");
      const triggers = schema.filter((s) => s.name.startsWith('reservations_guest_name_folded'));
      expect(triggers).toHaveLength(2);
      // SQLite 3.40 (Debian 12's sqlite3 shell and python3) overflows its parser's stack at 28
      // nested calls in a trigger; the fold's 48 replace() are split into steps of at most 18.
      expect(schema.filter((s) => nesting(s.sql) > 20).map((s) => s.name)).toEqual([]);
      expect(Math.max(...triggers.map((t) => nesting(t.sql)))).toBeGreaterThan(10);
    } finally {
      await db.close();
    }
  });

  it.skipIf(shell.status !== 0)(`are read and run by the sqlite3 shell on this machine (${shell.stdout?.trim().split(' ')[0] ?? 'none'})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-fold-'));
    const file = join(dir, 'conserje.db');
    try {
      const db = await openDatabase(file);
      const id = await insertReservation(db, '41000031', 'Ana Torres');
      await db.close();
      const out = execFileSync('sqlite3', [
        file,
        `UPDATE reservations SET guest_name = 'JOSÉ Núñez' WHERE id = ${id};
         INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency,
           guest_name, payment_method, callback_number, locale, hold_until, created_at, updated_at)
         SELECT '41000032', hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency,
           'Sofía ÑANDÚ', payment_method, callback_number, locale, hold_until, created_at, updated_at FROM reservations WHERE id = ${id};
         SELECT guest_name_folded FROM reservations ORDER BY id;`,
      ], { encoding: 'utf8' });
      expect(out.trim().split('\n')).toEqual(['jose nunez', 'sofia nandu']);
      const again = await openDatabase(file);
      expect(await foldedOf(again, id)).toBe('jose nunez');
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
