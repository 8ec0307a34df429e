// A reservation's stay changed through the inventory (changeStay), on SQLite: its own rooms count as
// free, other reservations and live holds of calls still asking count against it, a reservation
// past its hold is not changed, and a refused change leaves its nights as they were.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { changeStay } from '../../src/inventory/reservation-change.ts';
import type { StayChange } from '../../src/inventory/reservation-change.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';

// The demo hotel is in New York: 10:00 there on Sat Nov 28 2026.
const NOW = new Date('2026-11-28T15:00:00.000Z');

describe('a stay changed through the inventory (SQLite)', () => {
  let dir = '';
  let db: Db;
  let hotel: LoadedHotel;
  let n = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-change-'));
    db = await openDatabase(join(dir, 'c.db'));
    hotel = await loadHotel(db, await ensureHotel(db, { now: NOW }));
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const book = async (arrival: string, nights: number, holdUntil = '2026-12-31T23:00:00.000Z') => {
    const r = await new Inventory(db).book({
      callSid: `CA${String(++n).padStart(32, '0')}`,
      hotelId: hotel.id,
      roomTypeId: hotel.roomTypeIds.get('OCEAN')!, // 2 suites
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
      holdUntil,
      now: new Date(NOW.getTime() - 3_600_000),
      newConfirmation: () => String(80_000_000 + n),
    });
    if (!r.ok) throw new Error('not booked');
    return r.reservationId;
  };
  const change = (reservationId: number, over: Partial<StayChange>) =>
    db.transaction((tx) =>
      changeStay(tx, {
        reservationId,
        hotel,
        roomType: 'OCEAN',
        arrival: '2026-12-10',
        nights: 2,
        rooms: 1,
        guestName: 'Ana Díaz',
        paymentMethod: 'cash',
        callbackNumber: '+12125550101',
        specialRequests: [],
        today: '2026-11-28',
        timeOfDay: '10:00',
        now: NOW,
        ...over,
      }),
    );
  const nights = async (id: number) => (await db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [id])).map((r) => r.night);

  it('counts its own rooms as free, and a live hold of a call still asking against it', async () => {
    const ours = await book('2026-12-10', 2);
    await book('2026-12-10', 3);
    // Night 12 has one suite free, until a caller holds it.
    const held = await new Inventory(db).checkAndHold({ callSid: 'CA' + 'f'.repeat(32), roomTypeId: hotel.roomTypeIds.get('OCEAN')!, arrival: '2026-12-12', nights: 1, rooms: 1, now: NOW, holdMinutes: 10 });
    expect(held.held).toBe(true);
    const refused = await change(ours, { arrival: '2026-12-11' });
    expect(refused).toMatchObject({ ok: false, why: 'no_rooms', free: 0 });
    expect(await nights(ours)).toEqual(['2026-12-10', '2026-12-11']);
    await new Inventory(db).releaseHolds('CA' + 'f'.repeat(32), NOW);
    const moved = await change(ours, { arrival: '2026-12-11' });
    expect(moved).toMatchObject({ ok: true, before: { arrival: '2026-12-10' }, after: { arrival: '2026-12-11', holdUntil: '2026-12-11T23:00:00.000Z', total: 840 } });
    expect(await nights(ours)).toEqual(['2026-12-11', '2026-12-12']);
  });

  it('says nothing changed, and leaves a reservation past its hold (released) or cancelled as it is', async () => {
    const same = await book('2026-12-20', 2);
    expect(await change(same, { arrival: '2026-12-20' })).toEqual({ ok: false, why: 'nothing' });
    const released = await book('2026-11-28', 1, '2026-11-28T14:30:00.000Z');
    expect(await change(released, { arrival: '2026-11-29', nights: 1 })).toEqual({ ok: false, why: 'not_booked' });
    expect(await nights(released)).toEqual(['2026-11-28']);
    const cancelled = await book('2026-12-22', 1);
    await new Inventory(db).cancel(cancelled, NOW);
    expect(await change(cancelled, { arrival: '2026-12-23', nights: 1 })).toEqual({ ok: false, why: 'not_booked' });
  });
});
