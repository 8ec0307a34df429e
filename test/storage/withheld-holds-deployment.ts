// Rooms held by calls with the caller ID withheld, across the properties of one deployment
// (inventory.ts, WITHHELD_HELD_SHARE, migration 22): the same cases on SQLite and PostgreSQL.
// Until round 21 the share was per room type, so withheld calls held half of every type at every
// property; now they hold, together and anywhere, fewer rooms than half the asked type.

import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import type { Sql } from '../../src/storage/sql.ts';

const T0 = new Date('2026-11-28T15:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const POSADA = fileURLToPath(new URL('../fixtures/hotels/posada-del-sol.json', import.meta.url));

export async function checkWithheldHoldsAcrossProperties(db: Sql): Promise<void> {
  const demo = await loadHotel(db, await ensureHotel(db, { now: T0 }));
  const posadaId = await ensureHotel(db, { hotelFile: POSADA, now: T0 });
  const posada = await loadHotel(db, posadaId);
  const inv = new Inventory(db);
  let n = 0;
  const call = async (hotelId: number, from: string) => {
    const callSid = `CA${String(++n).padStart(32, '0')}`;
    await db.run(
      `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel)
       VALUES (?, ?, ?, '+15551230000', 'en-US', ?, 'askingName', 1, 1, '{}', '<Response/>', ?, 'voice')`,
      [callSid, hotelId, from, T0.toISOString(), T0.toISOString()],
    );
    return callSid;
  };
  const hold = (callSid: string, roomTypeId: number, minute: number) =>
    inv.checkAndHold({ callSid, roomTypeId, arrival: '2026-12-04', nights: 2, rooms: 1, now: at(minute), holdMinutes: 10 });

  // Two withheld guests at once, at two properties, both hold: one a Standard here, the other the
  // Posada's Presidential Suite (2 rooms, half of it one).
  const std = demo.roomTypeIds.get('STD')!;
  const guests = [await call(demo.id, 'anonymous'), await call(posadaId, 'anonymous')];
  expect(await hold(guests[0]!, std, 0)).toMatchObject({ held: true, expiresAt: at(10).toISOString() });
  expect(await hold(guests[1]!, posada.roomTypeIds.get('PRS')!, 0)).toMatchObject({ held: true, expiresAt: at(10).toISOString() });
  for (const guest of guests) await inv.releaseHolds(guest, at(0));

  // The demo hotel's Standard (8 rooms): four withheld calls hold, the fifth does not.
  for (let i = 0; i < 4; i++) expect(await hold(await call(demo.id, 'anonymous'), std, 1)).toMatchObject({ held: true, expiresAt: at(11).toISOString() });
  expect(await hold(await call(demo.id, '+266696687'), std, 1)).toMatchObject({ holdId: null, notHeldBecause: 'withheld_share' });
  // Another type there (the Posada's Double, 10 rooms: half is 5) and another property: one more
  // withheld hold anywhere, then none — four are held already.
  const dbl = posada.roomTypeIds.get('DBL')!;
  expect(await hold(await call(posadaId, 'Restricted'), dbl, 2)).toMatchObject({ held: true, expiresAt: at(12).toISOString() });
  expect(await hold(await call(posadaId, ''), dbl, 2)).toMatchObject({ holdId: null, notHeldBecause: 'withheld_share' });
  expect(await hold(await call(posadaId, 'anonymous'), posada.roomTypeIds.get('SGL')!, 2)).toMatchObject({ holdId: null, notHeldBecause: 'withheld_share' });
  // A caller whose number shows holds there.
  expect(await hold(await call(posadaId, '+12125550104'), dbl, 3)).toMatchObject({ held: true, expiresAt: at(13).toISOString() });
  // Once the withheld holds have lapsed, a withheld call holds again.
  expect(await hold(await call(posadaId, 'anonymous'), dbl, 13)).toMatchObject({ held: true, expiresAt: at(23).toISOString() });
  const rows = await db.all<{ withheld: number }>('SELECT withheld FROM holds ORDER BY id');
  expect(rows.map((r) => Number(r.withheld))).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 1]);
}
