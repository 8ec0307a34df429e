// A reservation's stay changed through the inventory (changeStay), on SQLite: its own rooms count as
// free, other reservations and live holds of calls still asking count against it, a reservation
// past its hold is not changed, and a refused change leaves its nights as they were.

import { describe, expect, it } from 'vitest';
import { Inventory } from '../../src/inventory/inventory.ts';
import { NOW, stayFixture } from './stay-fixture.ts';

describe('a stay changed through the inventory (SQLite)', () => {
  const f = stayFixture({ roomType: 'OCEAN', arrival: '2026-12-10', nights: 2, rooms: 1, guestName: 'Ana Díaz', paymentMethod: 'cash', callbackNumber: '+12125550101', specialRequests: [], today: '2026-11-28', timeOfDay: '10:00', now: NOW });
  const book = (arrival: string, nights: number, holdUntil?: string) => f.book({ arrival, nights, ...(holdUntil ? { holdUntil } : {}) });
  const { change, nights } = f;

  it('counts its own rooms as free, and a live hold of a call still asking against it', async () => {
    const ours = await book('2026-12-10', 2);
    await book('2026-12-10', 3);
    // Night 12 has one suite free, until a caller holds it.
    const held = await new Inventory(f.db).checkAndHold({ callSid: 'CA' + 'f'.repeat(32), roomTypeId: f.hotel.roomTypeIds.get('OCEAN')!, arrival: '2026-12-12', nights: 1, rooms: 1, now: NOW, holdMinutes: 10 });
    expect(held.held).toBe(true);
    const refused = await change(ours, { arrival: '2026-12-11' });
    expect(refused).toMatchObject({ ok: false, why: 'no_rooms', free: 0 });
    expect(await nights(ours)).toEqual(['2026-12-10', '2026-12-11']);
    await new Inventory(f.db).releaseHolds('CA' + 'f'.repeat(32), NOW);
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
    await new Inventory(f.db).cancel(cancelled, NOW);
    expect(await change(cancelled, { arrival: '2026-12-23', nights: 1 })).toEqual({ ok: false, why: 'not_booked' });
  });
});
