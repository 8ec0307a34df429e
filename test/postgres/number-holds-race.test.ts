// Round 33: one number holds rooms for one call at a time at a property (docs/security.md, "Rooms
// held by someone who never books") — also when its calls reach the availability check at the same
// moment on two instances, each for another room type (no room type's row in common to wait on).
// The order is made, not timed: a trigger on this test's own database makes every hold's INSERT
// wait on an advisory lock a third connection holds until both calls are waiting, so both have
// read whether the number holds rooms elsewhere before either writes its hold.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

const T0 = new Date('2026-11-28T15:00:00.000Z');
/** The advisory lock the test's trigger makes a hold's INSERT wait on. */
const GATE = 330033;

describe('two calls from one number holding rooms at the same moment (PostgreSQL, two connection pools)', () => {
  let url = '';
  let dbs: Db[] = [];
  let holder: pg.Client;
  let types: number[] = [];
  let hotelId = 0;

  beforeAll(async () => {
    url = await createDatabase(inject('postgresUrl'));
    dbs = [await openStore({ databaseUrl: url, databasePath: '' }), await openStore({ databaseUrl: url, databasePath: '' })];
    hotelId = await ensureHotel(dbs[0]!, { now: T0 });
    const hotel = await loadHotel(dbs[0]!, hotelId);
    types = [hotel.roomTypeIds.get('DLX')!, hotel.roomTypeIds.get('STD')!];
    holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query(`
      CREATE FUNCTION hold_gate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock_shared(${GATE}); RETURN NEW; END $$;
      CREATE TRIGGER hold_gate BEFORE INSERT ON holds FOR EACH ROW EXECUTE FUNCTION hold_gate();`);
  }, 120_000);
  afterAll(async () => {
    await holder?.end();
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
  const waitingOnLocks = async (k: number) => {
    for (;;) {
      // Inside the holder's transaction the activity view is read once unless its snapshot is cleared.
      await holder.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await holder.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      if (Number(rows[0].n) >= k) return;
      await new Promise((done) => setTimeout(done, 20));
    }
  };

  it('holds for one of them; the other finds its rooms free without holding them', async () => {
    const calls = [await call('+12125550133'), await call('+12125550133')];
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1)', [GATE]);
    const held = calls.map((callSid, i) =>
      new Inventory(dbs[i]!).checkAndHold({ callSid, roomTypeId: types[i]!, arrival: '2026-12-04', nights: 2, rooms: 1, now: new Date(T0.getTime() + 60_000), holdMinutes: 10 }),
    );
    await waitingOnLocks(2);
    await holder.query('COMMIT');
    const results = await Promise.all(held);
    expect(results.every((r) => r.held)).toBe(true);
    const holding = results.filter((r) => r.held && r.holdId !== null);
    expect(holding).toHaveLength(1);
    expect(results).toContainEqual({ held: true, holdId: null, expiresAt: null, notHeldBecause: 'number_holds_elsewhere' });
    const live = Number((await dbs[0]!.get<{ n: number }>('SELECT count(*) AS n FROM holds WHERE released_at IS NULL'))!.n);
    expect(live).toBe(1);
  });
});
