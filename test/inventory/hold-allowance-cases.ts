// How long, and for whom, the inventory holds rooms (inventory.ts, HOLD_LIMIT_FACTOR): the same
// cases on SQLite (hold-allowance.test.ts) and PostgreSQL (test/postgres/hold-allowance.test.ts),
// calls recorded as the call service records them.

import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { HOLD_LIMIT_FACTOR, Inventory, WITHHELD_HELD_SHARE } from '../../src/inventory/inventory.ts';
import type { Sql } from '../../src/storage/sql.ts';

const T0 = new Date('2026-11-28T15:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const HOLD = 10;
/** A second property (a hotel file of its own), for the rule being per property. */
const GROUP_HOTEL = fileURLToPath(new URL('../fixtures/hotels/posada-del-sol.json', import.meta.url));

export async function checkHoldAllowance(db: Sql): Promise<void> {
  const hotelId = await ensureHotel(db, { now: T0 });
  const hotel = await loadHotel(db, hotelId);
  const dlx = hotel.roomTypeIds.get('DLX')!; // 3 rooms
  const inv = new Inventory(db);
  let n = 0;
  const call = async (from: string, startedAt: Date) => {
    const callSid = `CA${String(++n).padStart(32, '0')}`;
    await db.run(
      `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel)
       VALUES (?, ?, ?, '+15551230000', 'en-US', ?, 'askingName', 1, 1, '{}', '<Response/>', ?, 'voice')`,
      [callSid, hotelId, from, startedAt.toISOString(), startedAt.toISOString()],
    );
    return callSid;
  };
  const hold = (callSid: string, now: Date, arrival = '2026-12-04') =>
    inv.checkAndHold({ callSid, roomTypeId: dlx, arrival, nights: 2, rooms: 1, now, holdMinutes: HOLD });

  // A plain hold: ten minutes.
  const a = await call('+12125550101', T0);
  expect(await hold(a, at(2))).toEqual({ held: true, holdId: expect.any(Number), expiresAt: at(12).toISOString() });
  // Held again after a change, ten minutes — up to the call's limit, 30 minutes after it began.
  expect(await hold(a, at(25), '2026-12-05')).toMatchObject({ held: true, expiresAt: at(HOLD_LIMIT_FACTOR * HOLD).toISOString() });
  // Past it: free, offered, not held.
  expect(await hold(a, at(31))).toEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'call_hold_limit' });
  expect(await inv.activeHold(a, at(31))).toBeNull();
  // Not enough rooms is still "not free", limit or not.
  expect((await inv.checkAndHold({ callSid: a, roomTypeId: dlx, arrival: '2026-12-04', nights: 1, rooms: 4, now: at(31), holdMinutes: HOLD })).held).toBe(false);

  // One number, one call holding at a time.
  const b1 = await call('+12125550102', at(40));
  const b2 = await call('+12125550102', at(41));
  expect((await hold(b1, at(42))).held).toBe(true);
  expect(await inv.activeHold(b1, at(42))).not.toBeNull();
  expect(await hold(b2, at(43))).toEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'number_holds_elsewhere' });
  // The first call's hold still counts for everyone else: 3 rooms, 1 held.
  expect(await inv.freeRooms(dlx, '2026-12-04', 2, at(43))).toBe(2);
  // Its hold over (released, or expired), the number holds again.
  await inv.releaseHolds(b1, at(44));
  expect(await hold(b2, at(45))).toMatchObject({ held: true, expiresAt: at(55).toISOString() });
  // An expired hold of another call is no hold: a third call after b2's has lapsed holds.
  const b3 = await call('+12125550102', at(56));
  expect(await hold(b3, at(56))).toMatchObject({ held: true, expiresAt: at(66).toISOString() });
  // Calling again does not start the time afresh: the number's 30 minutes count from its first
  // call of the day here that held rooms (minute 40), so a hold taken at 65 ends at 70, and one at 71 is none.
  await inv.releaseHolds(b3, at(64));
  const b4 = await call('+12125550102', at(65));
  expect(await hold(b4, at(65))).toMatchObject({ held: true, expiresAt: at(70).toISOString() });
  await inv.releaseHolds(b4, at(66));
  const b5 = await call('+12125550102', at(71));
  expect(await hold(b5, at(71))).toEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'number_hold_limit' });
  // The time counts from the number's earliest call here in the past 24 hours that held rooms: a day
  // after its second call (41), a new call counts from its third (56), long past; a day after its last, afresh.
  const day = 24 * 60;
  const b6 = await call('+12125550102', at(day + 45));
  expect(await hold(b6, at(day + 45))).toEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'number_hold_limit' });
  const b7 = await call('+12125550102', at(2 * day + 50));
  expect(await hold(b7, at(2 * day + 50))).toMatchObject({ held: true, expiresAt: at(2 * day + 60).toISOString() });
  await inv.releaseHolds(b7, at(2 * day + 51)); // the cases below are earlier in time: it would count there
  // The number's calls at another property are not counted (the rule is per property).
  const elsewhere = await ensureHotel(db, { hotelFile: GROUP_HOTEL, now: T0 });
  const other = await loadHotel(db, elsewhere);
  const otherType = [...other.roomTypeIds.values()][0]!;
  const abroad = `CA${String(++n).padStart(32, '0')}`;
  await db.run(
    `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel)
     VALUES (?, ?, '+12125550102', '+15551239999', 'en-US', ?, 'askingName', 1, 1, '{}', '<Response/>', ?, 'voice')`,
    [abroad, elsewhere, at(72).toISOString(), at(72).toISOString()],
  );
  expect(await inv.checkAndHold({ callSid: abroad, roomTypeId: otherType, arrival: '2026-12-04', nights: 2, rooms: 1, now: at(72), holdMinutes: HOLD })).toMatchObject({
    held: true,
    expiresAt: at(82).toISOString(),
  });

  // Withheld numbers are nobody's: each call holds — while other calls hold less than half the
  // type's rooms (WITHHELD_HELD_SHARE). Then a withheld call finds them without holding them;
  // a caller whose number is shown still holds.
  const w1 = await call('+266696687', at(60));
  const w2 = await call('+266696687', at(60));
  expect((await hold(w1, at(61))).held && (await inv.activeHold(w1, at(61))) !== null).toBe(true);
  expect(await hold(w2, at(61))).toMatchObject({ held: true, expiresAt: at(71).toISOString() });
  expect(WITHHELD_HELD_SHARE * 3).toBeLessThanOrEqual(2);
  const w3 = await call('anonymous', at(61));
  expect(await hold(w3, at(62))).toEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'withheld_share' });
  const shown = await call('+12125550104', at(61));
  expect(await hold(shown, at(62))).toMatchObject({ held: true, expiresAt: at(72).toISOString() });
  for (const c of [w1, w2, shown]) await inv.releaseHolds(c, at(63));

  // A number that called before without holding anything (a question about parking) holds as a
  // first-time caller does: its time counts from its first call that held rooms.
  const q1 = await call('+12125550103', at(100));
  const q2 = await call('+12125550103', at(200));
  expect(await hold(q2, at(201), '2026-12-10')).toMatchObject({ held: true, expiresAt: at(211).toISOString() });
  expect(q1).not.toBe(q2);

  // A hold asked for a call that is not recorded (no calls row) has no limit but its ten minutes.
  expect(await hold('CAunrecorded', at(80))).toMatchObject({ held: true, expiresAt: at(90).toISOString() });
}
