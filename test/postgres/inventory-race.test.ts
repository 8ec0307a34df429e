// The inventory's own race, measured on PostgreSQL: two connection pools (two instances' worth)
// firing holds and bookings for the last rooms at the same moment, round after round, with stays
// that overlap only in part. A hold or a booking locks its room type's row (SELECT … FOR UPDATE)
// before it counts what is taken, so the second one counts the first one's rooms; nothing may be
// oversold, nothing may fail with a deadlock or a serialization error, and every room that can be
// sold is sold (the locks must not turn callers away from rooms that are free).

import { describe, expect, inject, it } from 'vitest';
import { checkOverbooking } from '../../bench/lib/db-checks.ts';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

const ROUNDS = 12;
const CALLERS = 40;

describe('holds and bookings for the last rooms from two instances at once (PostgreSQL)', () => {
  it('never sells more rooms than a type has, and sells every room it has', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = { databaseUrl: url, databasePath: '' };
    const pools: Db[] = [await openStore(config), await openStore(config)];
    try {
      const now = new Date('2026-11-28T15:00:00.000Z');
      const hotel = await loadHotel(pools[0]!, await ensureHotel(pools[0]!, { now }));
      const types = [...hotel.roomTypeIds.values()];
      const capacity = new Map((await pools[0]!.all<{ id: number; rooms: number }>('SELECT id, rooms FROM room_types')).map((r) => [r.id, r.rooms]));
      let seq = 0;
      let holdsGranted = 0;
      let holdsRefused = 0;
      let bookedWithHold = 0;
      let bookedWithout = 0;
      let refusedWithout = 0;
      const started = performance.now();

      for (let round = 0; round < ROUNDS; round++) {
        // Each round its own week; within it the stays start on one of three days, so they overlap in part.
        const week = addDaysIso('2027-03-01', round * 7);
        const asks = Array.from({ length: CALLERS }, (_, i) => ({
          pool: pools[i % 2]!,
          callSid: `CA${String(round).padStart(4, '0')}${String(i).padStart(28, '0')}`,
          roomTypeId: types[(i * 7 + round) % types.length]!,
          arrival: addDaysIso(week, (i * 5) % 3),
          nights: 1 + ((i * 3) % 3),
          rooms: 1 + (i % 2),
        }));
        const bookOn = (ask: (typeof asks)[number], callSid: string) =>
          ask.pool.transaction((tx) =>
            new Inventory(tx).book({
              callSid,
              hotelId: hotel.id,
              roomTypeId: ask.roomTypeId,
              arrival: ask.arrival,
              nights: ask.nights,
              rooms: ask.rooms,
              rate: 100,
              currency: 'USD',
              guestName: 'Race',
              nameRecordingUrl: null,
              paymentMethod: 'cash',
              callbackNumber: '+12125550123',
              locale: 'en-US',
              holdUntil: holdDeadline(ask.arrival, '18:00', 'America/New_York'),
              now,
              newConfirmation: () => String(50_000_000 + ++seq),
            }),
          );

        // Everyone checks and holds at once; the ones holding book at once.
        const holds = await Promise.all(
          asks.map((ask) => ask.pool.transaction((tx) => new Inventory(tx).checkAndHold({ ...ask, now, holdMinutes: 10 }))),
        );
        holdsGranted += holds.filter((h) => h.held).length;
        holdsRefused += holds.filter((h) => !h.held).length;
        const booked = await Promise.all(asks.filter((_, i) => holds[i]!.held).map((ask) => bookOn(ask, ask.callSid)));
        expect(booked.every((b) => b.ok)).toBe(true);
        bookedWithHold += booked.length;

        // Then everyone again, with no hold at all (as when a hold has run out): the booking's own
        // re-check is all that stands between them and the rooms left.
        const again = await Promise.all(asks.map((ask) => bookOn(ask, ask.callSid.replace(/^CA/, 'CB'))));
        bookedWithout += again.filter((b) => b.ok).length;
        refusedWithout += again.filter((b) => !b.ok).length;

        // Sold out means sold out: for every ask still refused, some night of its stay is full.
        const inventory = new Inventory(pools[1]!);
        for (const [i, ask] of asks.entries()) {
          if (again[i]!.ok) continue;
          const free = await inventory.freeRooms(ask.roomTypeId, ask.arrival, ask.nights, now);
          expect(free, `round ${round} ask ${i}`).toBeLessThan(ask.rooms);
        }
      }
      const ms = performance.now() - started;
      const report = await checkOverbooking(pools[0]!);
      const fullNights = (
        await pools[0]!.all<{ room_type_id: number; booked: number }>(
          "SELECT rn.room_type_id, sum(rn.rooms) AS booked FROM reservation_nights rn JOIN reservations r ON r.id = rn.reservation_id WHERE r.status = 'booked' GROUP BY rn.room_type_id, rn.night",
        )
      ).filter((n) => n.booked === capacity.get(n.room_type_id)).length;
      console.log(
        `inventory race, ${ROUNDS} rounds × ${CALLERS} callers on two pools: holds ${holdsGranted} granted / ${holdsRefused} refused, ` +
          `${bookedWithHold} booked with a hold, then without one ${bookedWithout} booked / ${refusedWithout} refused; ` +
          `${report.nightsChecked} (type, night) pairs sold, ${fullNights} of them full, ${report.overbooked.length} over; ${ms.toFixed(0)} ms`,
      );
      expect(report.overbooked).toEqual([]);
      expect(holdsRefused).toBeGreaterThan(0);
      expect(fullNights).toBeGreaterThan(0);
    } finally {
      for (const db of pools) await db.close();
    }
  }, 120_000);
});
