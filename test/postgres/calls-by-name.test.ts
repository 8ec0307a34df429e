// The calls list and its CSV export by a guest's name, on PostgreSQL and on SQLite with the same
// rows: the same calls, count and pages from both engines. Over all time the calls are found from
// the reservations so named, by reservation and by number (src/staff/queries/calls.ts), SQL both
// engines run; within a period the name is looked up for each call.

import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureHotels, loadHotel } from '../../src/hotel/hotel-store.ts';
import { outcomeFilter } from '../../src/staff/outcomes.ts';
import { runInScope } from '../../src/staff/property-scope.ts';
import { CallQueries } from '../../src/staff/queries/calls.ts';
import type { CallFilter } from '../../src/staff/queries/calls.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import type { Db } from '../../src/storage/sql.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

const DEMO_GROUP = fileURLToPath(new URL('../../src/hotel/demo-group', import.meta.url));
const NOW = new Date('2026-11-28T15:00:00Z');
const NAMES = ['Sofía Ramírez', 'José Núñez', 'Ana Torres', null, 'Room 1204 guest'];
const OUTCOMES = ['booked', 'transferred', 'voicemail', 'abandoned', 'booked', null] as const;

/** 120 calls at each of the group's two properties, some at the same instant, with reservations: some of another number than the caller's. */
async function seed(db: Db): Promise<number[]> {
  const ids = await ensureHotels(db, { hotelsDir: DEMO_GROUP, now: NOW });
  const hotels = await Promise.all(ids.map((id) => loadHotel(db, id)));
  await db.transaction(async (tx) => {
    let n = 0;
    for (const hotel of hotels) {
      const roomType = [...hotel.roomTypeIds.values()][0]!;
      for (let i = 0; i < 120; i++, n++) {
        const sms = i % 7 === 3;
        const callSid = `${sms ? 'TX' : 'CA'}${String(n).padStart(32, '0')}`;
        const started = new Date(NOW.getTime() - Math.floor(i / 3) * 3_600_000).toISOString();
        const outcome = OUTCOMES[i % OUTCOMES.length]!;
        // The same numbers call both properties.
        const from = `+1212555${String(100 + (i % 17)).padStart(4, '0')}`;
        await tx.run(
          `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, ended_at, status, outcome, state, step, machine_version,
             snapshot_json, last_twiml, updated_at, channel)
           VALUES (?, ?, ?, '+15557650100', ?, ?, ?, ?, ?, ?, 3, 1, '{}', '', ?, ?)`,
          [callSid, hotel.id, from, i % 3 === 0 ? 'es-MX' : 'en-US', started, outcome ? started : null, outcome ? 'completed' : 'in-progress', outcome,
            outcome ? 'ended' : 'askingRooms', started, sms ? 'sms' : 'voice'],
        );
        if (outcome === 'booked' || i % 11 === 0) {
          const row = await tx.get<{ id: number }>(
            `INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency, guest_name,
               payment_method, callback_number, locale, hold_until, status, call_sid, created_at, updated_at)
             VALUES (?, ?, ?, '2026-12-01', '2026-12-02', 1, 1, 100, 100, 'USD', ?, 'cash', ?, 'en-US', '2026-12-01T23:00:00.000Z', 'booked', ?, ?, ?) RETURNING id`,
            [String(60_000_000 + n), hotel.id, roomType, NAMES[(i + hotel.id) % NAMES.length]!, i % 4 === 0 ? `+1718555${String(i).padStart(4, '0')}` : from, callSid, started, started],
          );
          if (outcome === 'booked') await tx.run('UPDATE calls SET reservation_id = ? WHERE call_sid = ?', [row!.id, callSid]);
        }
      }
    }
  });
  return ids;
}

describe('the calls list by a guest name on PostgreSQL and SQLite', () => {
  let pg: PostgresDb;
  let lite: Db;
  let ids: number[] = [];

  beforeAll(async () => {
    pg = new PostgresDb(await createDatabase(inject('postgresUrl')));
    await migratePostgres(pg.pool);
    lite = await openDatabase(':memory:');
    ids = await seed(pg);
    expect(await seed(lite)).toEqual(ids);
  });
  afterAll(async () => {
    await pg?.close();
    await lite?.close();
  });

  const period = { startIso: new Date(NOW.getTime() - 20 * 3_600_000).toISOString(), endIso: NOW.toISOString() };
  const FILTERS: CallFilter[] = [
    { guestName: 'nunez' },
    { guestName: 'ramirez', outcome: outcomeFilter('booked')! },
    { guestName: 'torres', outcome: outcomeFilter('callback')! },
    { guestName: 'a', channel: 'sms' },
    { guestName: 'a', locale: 'es-MX', callerDigits: '55501' },
    { guestName: 'room 1204', outcome: outcomeFilter('in-progress')! },
    { guestName: 'nobody at all' },
    { ...period, guestName: 'nunez' },
  ];

  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('gives the same count, pages and export from both engines: %s', async (_what, filter) => {
    for (const scope of [[ids[0]!], ids]) {
      const both = async (fn: (db: Db) => Promise<unknown>) => {
        const [fromPg, fromLite] = [await runInScope({ ids: scope }, () => fn(pg)), await runInScope({ ids: scope }, () => fn(lite))];
        expect(fromPg).toEqual(fromLite);
        return fromPg;
      };
      const first = (await both((db) => new CallQueries(db).list(filter, 1, 7))) as { total: number };
      if (filter.guestName !== 'nobody at all') expect(first.total).toBeGreaterThan(0);
      await both((db) => new CallQueries(db).list(filter, 3, 7));
      // Pages of 4 in the export: several statements, each after the last call of the one before.
      const exported = (await both(async (db) => {
        const sids: string[] = [];
        for await (const call of new CallQueries(db, 4).iterate(filter)) sids.push(call.callSid);
        return sids;
      })) as string[];
      expect(exported).toHaveLength(first.total);
    }
  });
});
