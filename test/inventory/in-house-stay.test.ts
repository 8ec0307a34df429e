// A guest in house (marked arrived) who stays one more night or leaves early, through the
// inventory (changeStay with `inHouse`), on SQLite: only the nights change; the night added is
// checked against the rooms (its own counted as free); leaving early frees the nights left, never
// one already begun (the hotel's hold time, 18:00 at the demo hotel, begins tonight's night).

import { describe, expect, it } from 'vitest';
import { Inventory } from '../../src/inventory/inventory.ts';
import { earliestDeparture } from '../../src/inventory/reservation-change.ts';
import { NOW, stayFixture } from './stay-fixture.ts';

describe('a guest in house: one more night, or leaving early (SQLite)', () => {
  const f = stayFixture({ roomType: 'OCEAN', arrival: '2026-11-26', nights: 3, rooms: 1, guestName: 'Ana Díaz', paymentMethod: 'cash', callbackNumber: '+12125550101', specialRequests: [], today: '2026-11-28', timeOfDay: '10:00', now: NOW, inHouse: true });
  /** One room of the type (the demo hotel has 2 Ocean Suites, 3 Deluxe King, 8 Standard), booked a week before, arrived when `arrived`. */
  const book = async (arrival: string, nights: number, arrived = true, type = 'OCEAN') => {
    const id = await f.book({ arrival, nights, type, bookedAt: new Date('2026-11-20T15:00:00.000Z') });
    if (arrived && !(await new Inventory(f.db).markArrived(id, new Date(`${arrival}T20:00:00.000Z`)))) throw new Error('not arrived');
    return id;
  };
  const stay = f.change;
  const row = (id: number) => f.db.get<{ nights: number; departure: string; total: number; status: string; room_type_id: number }>('SELECT nights, departure, total, status, room_type_id FROM reservations WHERE id = ?', [id]);
  const { nights } = f;
  const freeOcean = (night: string, type = 'OCEAN') => new Inventory(f.db).freeRooms(f.hotel.roomTypeIds.get(type)!, night, 1, NOW);

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
    expect(earliestDeparture(f.hotel, '2026-11-28', '10:00', '2026-11-28')).toBe('2026-11-29');
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
