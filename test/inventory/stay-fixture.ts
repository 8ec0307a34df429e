// What the inventory's stay-change tests share (reservation-change.test.ts, in-house-stay.test.ts):
// the demo hotel (New York: 2 Ocean Suites, 3 Deluxe King, 8 Standard) over a fresh SQLite file,
// a booking of one room at $420 a night for Ana Díaz, and changeStay run in a transaction with the
// test's own defaults. The clock: 10:00 in New York on Sat Nov 28 2026.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { changeStay } from '../../src/inventory/reservation-change.ts';
import type { StayChange } from '../../src/inventory/reservation-change.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';

export const NOW = new Date('2026-11-28T15:00:00.000Z');

export interface Booking {
  arrival: string;
  nights: number;
  /** The room type's code (default OCEAN). */
  type?: string;
  /** Default: the end of December, past every stay changed. */
  holdUntil?: string;
  /** When it was booked (default an hour before NOW). */
  bookedAt?: Date;
}

export interface StayFixture {
  /** Set before the tests run. */
  db: Db;
  hotel: LoadedHotel;
  /** One room of the type, booked: its reservation's id. */
  book(b: Booking): Promise<number>;
  /** changeStay on the reservation, `over` the test's defaults. */
  change(reservationId: number, over: Partial<StayChange>): ReturnType<typeof changeStay>;
  /** The nights the reservation holds, in order. */
  nights(reservationId: number): Promise<string[]>;
}

/** Registers the database's set-up and tear-down in the calling describe; `defaults` are its changeStay's. */
export function stayFixture(defaults: Omit<StayChange, 'reservationId' | 'hotel'>): StayFixture {
  let dir = '';
  let n = 0;
  const f = {
    async book(b: Booking) {
      const r = await new Inventory(f.db).book({
        callSid: `CA${String(++n).padStart(32, '0')}`,
        hotelId: f.hotel.id,
        roomTypeId: f.hotel.roomTypeIds.get(b.type ?? 'OCEAN')!,
        arrival: b.arrival,
        nights: b.nights,
        rooms: 1,
        rate: 420,
        currency: 'USD',
        guestName: 'Ana Díaz',
        nameRecordingUrl: null,
        paymentMethod: 'cash',
        callbackNumber: '+12125550101',
        locale: 'en-US',
        holdUntil: b.holdUntil ?? '2026-12-31T23:00:00.000Z',
        now: b.bookedAt ?? new Date(NOW.getTime() - 3_600_000),
        newConfirmation: () => String(80_000_000 + n),
      });
      if (!r.ok) throw new Error('not booked');
      return r.reservationId;
    },
    change: (reservationId: number, over: Partial<StayChange>) => f.db.transaction((tx) => changeStay(tx, { ...defaults, reservationId, hotel: f.hotel, ...over })),
    nights: async (id: number) => (await f.db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [id])).map((r) => r.night),
  } as StayFixture;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-stay-'));
    f.db = await openDatabase(join(dir, 'c.db'));
    f.hotel = await loadHotel(f.db, await ensureHotel(f.db, { now: NOW }));
  });
  afterAll(async () => {
    await f.db?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return f;
}
