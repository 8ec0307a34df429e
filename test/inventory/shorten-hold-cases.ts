// Undo of "Keep room" through the inventory (Inventory.shortenHold): the same cases on SQLite
// (shorten-hold.test.ts) and PostgreSQL (test/postgres/shorten-hold.test.ts).

import { expect } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import type { Sql } from '../../src/storage/sql.ts';

// The demo hotel is in New York: 18:00 on Nov 28 is 23:00Z.
const T0 = new Date('2026-11-28T15:00:00.000Z');
const ARRIVAL = '2026-11-28';
const HOLD = '2026-11-28T23:00:00.000Z';
const KEPT = '2026-11-29T02:00:00.000Z'; // 21:00 at the hotel
const at = (iso: string) => new Date(iso);

export async function checkShortenHold(db: Sql): Promise<void> {
  const hotelId = await ensureHotel(db, { now: T0 });
  const hotel = await loadHotel(db, hotelId);
  const dlx = hotel.roomTypeIds.get('DLX')!; // 3 rooms
  const inv = new Inventory(db);
  let n = 0;
  const book = async (rooms: number) => {
    const r = await inv.book({
      callSid: `CA${String(++n).padStart(32, '0')}`,
      hotelId,
      roomTypeId: dlx,
      arrival: ARRIVAL,
      nights: 1,
      rooms,
      rate: 240,
      currency: 'USD',
      guestName: 'Ana Díaz',
      nameRecordingUrl: null,
      paymentMethod: 'cash',
      callbackNumber: '+12125550101',
      locale: 'en-US',
      holdUntil: HOLD,
      now: T0,
      newConfirmation: () => String(70_000_000 + n),
    });
    if (!r.ok) throw new Error('not booked');
    return r.reservationId;
  };
  const holdOf = async (id: number) => (await db.get<{ hold_until: string }>('SELECT hold_until FROM reservations WHERE id = ?', [id]))!.hold_until;
  const free = (now: Date) => inv.freeRooms(dlx, ARRIVAL, 1, now);

  // Kept until 21:00 before its 18:00 hold, then taken back: held until 18:00 again.
  const a = await book(2);
  const b = await book(1);
  expect(await inv.extendHold(a, at(KEPT), T0)).toBe(true);
  expect(await inv.shortenHold(a, at(KEPT), at(HOLD), T0)).toBe(true);
  expect(await holdOf(a)).toBe(HOLD);
  // Taken back once: it is no longer held until 21:00, so a second undo changes nothing.
  expect(await inv.shortenHold(a, at(KEPT), at(HOLD), T0)).toBe(false);
  expect(await holdOf(a)).toBe(HOLD);

  // Kept at 18:30 (past its hold, rooms still free), taken back at 18:40: released now, its rooms
  // free again for the night (the nights' counts_until followed).
  const late = at('2026-11-28T23:30:00.000Z');
  const undoAt = at('2026-11-28T23:40:00.000Z');
  expect(await free(late)).toBe(3);
  expect(await inv.extendHold(a, at(KEPT), late)).toBe(true);
  expect(await free(undoAt)).toBe(1);
  expect(await inv.shortenHold(a, at(KEPT), at(HOLD), undoAt)).toBe(true);
  expect(await free(undoAt)).toBe(3);

  // Kept again, then kept later still: only the latest hold is taken back.
  const later = '2026-11-29T03:00:00.000Z';
  expect(await inv.extendHold(a, at(KEPT), undoAt)).toBe(true);
  expect(await inv.extendHold(a, at(later), undoAt)).toBe(true);
  expect(await inv.shortenHold(a, at(KEPT), at(HOLD), undoAt)).toBe(false);
  expect(await holdOf(a)).toBe(later);
  // Never later: a "from" after the hold kept is no undo.
  expect(await inv.shortenHold(a, at(later), at('2026-11-29T04:00:00.000Z'), undoAt)).toBe(false);
  expect(await holdOf(a)).toBe(later);

  // Arrived or cancelled: nothing to take back.
  expect(await inv.markArrived(a, undoAt)).toBe(true);
  expect(await inv.shortenHold(a, at(later), at(HOLD), undoAt)).toBe(false);
  expect(await inv.cancel(b, T0)).toBe(true);
  expect(await db.run('UPDATE reservations SET hold_until = ? WHERE id = ?', [KEPT, b])).toMatchObject({ changes: 1 });
  expect(await inv.shortenHold(b, at(KEPT), at(HOLD), T0)).toBe(false);
  // No such reservation.
  expect(await inv.shortenHold(999_999, at(KEPT), at(HOLD), T0)).toBe(false);
}
