// A guest in house (marked arrived) who stays one more night or leaves early, through the
// inventory (changeStay with `inHouse`), on SQLite: only the nights change; the night added is
// checked against the rooms (its own counted as free); leaving early frees the nights left, never
// one already begun (the hotel's hold time, 18:00 at the demo hotel, begins tonight's night).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { changeStay, earliestDeparture } from '../../src/inventory/reservation-change.ts';
import type { StayChange } from '../../src/inventory/reservation-change.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';

// The demo hotel is in New York: 10:00 there on Sat Nov 28 2026.
const NOW = new Date('2026-11-28T15:00:00.000Z');

describe('a guest in house: one more night, or leaving early (SQLite)', () => {
  let dir = '';
  let db: Db;
  let hotel: LoadedHotel;
  let n = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-in-house-'));
    db = await openDatabase(join(dir, 'c.db'));
    hotel = await loadHotel(db, await ensureHotel(db, { now: NOW }));
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One room of the type (the demo hotel has 2 Ocean Suites, 3 Deluxe King, 8 Standard), arrived when `arrived`. */
  const book = async (arrival: string, nights: number, arrived = true, type = 'OCEAN') => {
    const inventory = new Inventory(db);
    const r = await inventory.book({
      callSid: `CA${String(++n).padStart(32, '0')}`,
      hotelId: hotel.id,
      roomTypeId: hotel.roomTypeIds.get(type)!,
      arrival,
      nights,
      rooms: 1,
      rate: 420,
      currency: 'USD',
      guestName: 'Ana Díaz',
      nameRecordingUrl: null,
      paymentMethod: 'cash',
      callbackNumber: '+12125550101',
      locale: 'en-US',
      holdUntil: '2026-12-31T23:00:00.000Z',
      now: new Date('2026-11-20T15:00:00.000Z'),
      newConfirmation: () => String(81_000_000 + n),
    });
    if (!r.ok) throw new Error('not booked');
    if (arrived && !(await inventory.markArrived(r.reservationId, new Date(`${arrival}T20:00:00.000Z`)))) throw new Error('not arrived');
    return r.reservationId;
  };
  const stay = (reservationId: number, over: Partial<StayChange>) =>
    db.transaction((tx) =>
      changeStay(tx, {
        reservationId,
        hotel,
        roomType: 'OCEAN',
        arrival: '2026-11-26',
        nights: 3,
        rooms: 1,
        guestName: 'Ana Díaz',
        paymentMethod: 'cash',
        callbackNumber: '+12125550101',
        specialRequests: [],
        today: '2026-11-28',
        timeOfDay: '10:00',
        now: NOW,
        inHouse: true,
        ...over,
      }),
    );
  const row = (id: number) => db.get<{ nights: number; departure: string; total: number; status: string; room_type_id: number }>('SELECT nights, departure, total, status, room_type_id FROM reservations WHERE id = ?', [id]);
  const nights = async (id: number) => (await db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [id])).map((r) => r.night);
  const freeOcean = (night: string, type = 'OCEAN') => new Inventory(db).freeRooms(hotel.roomTypeIds.get(type)!, night, 1, NOW);

  it('adds a night while a room is free, and refuses it, saying what is free, when the last one is taken', async () => {
    const guest = await book('2026-11-26', 3); // Nov 26, 27, 28: leaves Sun Nov 29
    const extended = await stay(guest, { nights: 4 });
    expect(extended).toMatchObject({ ok: true, before: { nights: 3, total: 1260 }, after: { nights: 4, total: 1680, arrival: '2026-11-26', roomType: 'OCEAN' } });
    expect(await row(guest)).toMatchObject({ nights: 4, departure: '2026-11-30', status: 'arrived' });
    expect(await nights(guest)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);

    // The other suite taken for Nov 30: a fifth night finds none.
    await book('2026-11-30', 1, false);
    await book('2026-11-30', 1, false);
    expect(await freeOcean('2026-11-30')).toBe(0);
    const refused = await stay(guest, { nights: 5 });
    expect(refused).toMatchObject({ ok: false, why: 'no_rooms', free: 0 });
    if (!refused.ok && refused.why === 'no_rooms') expect(refused.freeByType.find((f) => f.code === 'STD')!.free).toBeGreaterThan(0);
    expect(await row(guest)).toMatchObject({ nights: 4, departure: '2026-11-30' });
  });

  it('leaving early frees the nights left, and never tonight once it has begun (the hold time)', async () => {
    const evening = { timeOfDay: '18:30', now: new Date('2026-11-28T23:30:00.000Z') };
    const guest = await book('2026-11-27', 4, true, 'DLX'); // Nov 27–30: leaves Tue Dec 1
    const free29 = await freeOcean('2026-11-29', 'DLX');
    // 18:30, past the 18:00 hold: tonight (Nov 28) is the guest's; leaving today would give it back.
    expect(await stay(guest, { roomType: 'DLX', arrival: '2026-11-27', nights: 1, ...evening })).toEqual({ ok: false, why: 'night_begun', earliest: '2026-11-29' });
    expect(await row(guest)).toMatchObject({ nights: 4, departure: '2026-12-01' });
    const early = await stay(guest, { roomType: 'DLX', arrival: '2026-11-27', nights: 2, ...evening });
    expect(early).toMatchObject({ ok: true, after: { nights: 2, total: 840 } });
    expect(await nights(guest)).toEqual(['2026-11-27', '2026-11-28']);
    expect(await freeOcean('2026-11-29', 'DLX')).toBe(free29 + 1);

    // In the morning the night before is slept and tonight not begun: leaving today is allowed.
    const other = await book('2026-11-27', 3, true, 'DLX');
    expect(await stay(other, { roomType: 'DLX', arrival: '2026-11-27', nights: 1 })).toMatchObject({ ok: true, after: { nights: 1 } });
    expect(await row(other)).toMatchObject({ departure: '2026-11-28', status: 'arrived' });
    // One night at least: a guest arrived today cannot leave before tomorrow.
    expect(earliestDeparture(hotel, '2026-11-28', '10:00', '2026-11-28')).toBe('2026-11-29');
  });

  it('changes the nights alone, and only of a guest in house whose stay is not over', async () => {
    const guest = await book('2026-11-26', 3, true, 'STD');
    expect(await stay(guest, { roomType: 'STD', nights: 4, rooms: 2 })).toEqual({ ok: false, why: 'nights_only' });
    expect(await stay(guest, { roomType: 'STD', nights: 4, arrival: '2026-11-27' })).toEqual({ ok: false, why: 'nights_only' });
    expect(await stay(guest, { roomType: 'STD', nights: 4, paymentMethod: 'credit_card' })).toEqual({ ok: false, why: 'nights_only' });
    const booked = await book('2026-11-26', 3, false, 'STD');
    expect(await stay(booked, { roomType: 'STD', nights: 4 })).toEqual({ ok: false, why: 'not_in_house' });
    // Left on Nov 27 (never marked gone): no longer in house on the 28th.
    const gone = await book('2026-11-25', 2, true, 'STD');
    expect(await stay(gone, { roomType: 'STD', arrival: '2026-11-25', nights: 3 })).toEqual({ ok: false, why: 'not_in_house' });
    // A booked stay's change refuses an arrived one, as before.
    expect(await stay(guest, { roomType: 'STD', nights: 4, inHouse: undefined })).toEqual({ ok: false, why: 'not_booked' });
    expect(await row(guest)).toMatchObject({ nights: 3, departure: '2026-11-29' });
  });
});
