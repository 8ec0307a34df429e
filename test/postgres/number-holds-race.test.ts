// Round 33: one number holds rooms for one call at a time at a property (docs/security.md, "Rooms
// held by someone who never books") — also when its calls reach the availability check at the same
// moment on two instances, each for another room type (no room type's row in common to wait on).
// The order is made, not timed: a trigger on this test's own database makes every hold's INSERT
// wait on an advisory lock a third connection holds until both calls are waiting, so both have
// read whether the number holds rooms elsewhere before either writes its hold.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { insertGate } from './insert-gate.ts';
import type { InsertGate } from './insert-gate.ts';

const T0 = new Date('2026-11-28T15:00:00.000Z');

describe('two calls from one number holding rooms at the same moment (PostgreSQL, two connection pools)', () => {
  let dbs: Db[] = [];
  let gate: InsertGate;
  let types: number[] = [];
  let hotelId = 0;

  beforeAll(async () => {
    const url = await createDatabase(inject('postgresUrl'));
    dbs = [await openStore({ databaseUrl: url, databasePath: '' }), await openStore({ databaseUrl: url, databasePath: '' })];
    hotelId = await ensureHotel(dbs[0]!, { now: T0 });
    const hotel = await loadHotel(dbs[0]!, hotelId);
    types = [hotel.roomTypeIds.get('DLX')!, hotel.roomTypeIds.get('STD')!];
    gate = await insertGate(dbs[0]!, inject('postgresUrl'), 'holds', 330033);
  }, 120_000);
  afterAll(async () => {
    await gate?.end();
    for (const db of dbs) await db.close();
  });

  let n = 0;
  const call = async (from: string) => {
    const callSid = `CA${String(++n).padStart(32, '3')}`;
    await dbs[0]!.run(
      `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel)
       VALUES (?, ?, ?, '+15551230000', 'en-US', ?, 'askingName', 1, 1, '{}', '<Response/>', ?, 'voice')`,
      [callSid, hotelId, from, T0.toISOString(), T0.toISOString()],
    );
    return callSid;
  };
  it('holds for one of them; the other finds its rooms free without holding them', async () => {
    const calls = [await call('+12125550133'), await call('+12125550133')];
    await gate.close();
    const held = calls.map((callSid, i) =>
      new Inventory(dbs[i]!).checkAndHold({ callSid, roomTypeId: types[i]!, arrival: '2026-12-04', nights: 2, rooms: 1, now: new Date(T0.getTime() + 60_000), holdMinutes: 10 }),
    );
    await gate.waitingOnLocks(2);
    await gate.open();
    const results = await Promise.all(held);
    expect(results.every((r) => r.held)).toBe(true);
    const holding = results.filter((r) => r.held && r.holdId !== null);
    expect(holding).toHaveLength(1);
    expect(results).toContainEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'number_holds_elsewhere' });
    const live = Number((await dbs[0]!.get<{ n: number }>('SELECT count(*) AS n FROM holds WHERE released_at IS NULL'))!.n);
    expect(live).toBe(1);
  });
});
