import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BookRequest } from '../../src/inventory/inventory.ts';
import { BOOKED_BY_NIGHT_SQL, heldOverlappingSql, Inventory } from '../../src/inventory/inventory.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { newConfirmationNumber } from '../../src/inventory/confirmation-number.ts';
import { addDaysIso, stayNights } from '../../src/inventory/stay.ts';
import { SqliteDb, sqliteDialect } from '../../src/storage/sqlite.ts';
import { openDatabase } from '../../src/storage/database.ts';

// ---- helpers ---------------------------------------------------------------------------------

const HOTEL_ID = 1;
const T0 = new Date('2026-07-01T12:00:00.000Z');
const ARRIVAL = '2026-07-10';
const HOLD_UNTIL = holdDeadline(ARRIVAL, '18:00', 'America/New_York'); // 2026-07-10T22:00:00.000Z

const minutes = (m: number, from = T0): Date => new Date(from.getTime() + m * 60_000);

/** A hotel with the given room types, inserted directly; returns the type ids in the same order. */
async function seedHotel(db: SqliteDb, rooms: number[]): Promise<number[]> {
  await db.run('INSERT INTO hotels (id, name, config_json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [
    HOTEL_ID,
    'Hotel Prueba',
    '{}',
    T0.toISOString(),
  ]);
  const ids: number[] = [];
  for (const [i, n] of rooms.entries()) {
    const row = await db.get<{ id: number }>('INSERT INTO room_types (hotel_id, code, rate, rooms) VALUES (?, ?, ?, ?) RETURNING id', [
      HOTEL_ID,
      `T${i}`,
      100 + 10 * i,
      n,
    ]);
    ids.push(row!.id);
  }
  return ids;
}

async function fresh(rooms: number[]): Promise<{ db: SqliteDb; inv: Inventory; types: number[] }> {
  const db = await openDatabase(':memory:');
  const types = await seedHotel(db, rooms);
  return { db, inv: new Inventory(db), types };
}

let confirmationSeq = 10_000_000;
function bookReq(over: Partial<BookRequest> & Pick<BookRequest, 'callSid' | 'roomTypeId'>): BookRequest {
  return {
    hotelId: HOTEL_ID,
    arrival: ARRIVAL,
    nights: 1,
    rooms: 1,
    rate: 120,
    currency: 'USD',
    guestName: 'Ana Pérez',
    nameRecordingUrl: null,
    paymentMethod: 'credit_card',
    callbackNumber: '+15551234567',
    locale: 'en-US',
    holdUntil: HOLD_UNTIL,
    now: T0,
    newConfirmation: () => String(confirmationSeq++),
    ...over,
  };
}

const frees = (rows: { free: number }[]): number[] => rows.map((r) => r.free);

// ---- availability ----------------------------------------------------------------------------

describe('availability per night', () => {
  let db: SqliteDb;
  let inv: Inventory;
  let types: number[];
  beforeEach(async () => ({ db, inv, types } = await fresh([3, 2])));
  afterEach(() => db.close());

  it('counts overlapping reservations night by night, and the stay by its fullest night', async () => {
    const [dlx] = types as [number];
    expect((await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx, arrival: '2026-07-10', nights: 3 }))).ok).toBe(true);
    expect((await inv.book(bookReq({ callSid: 'CA2', roomTypeId: dlx, arrival: '2026-07-11', nights: 2, rooms: 2 }))).ok).toBe(
      true,
    );
    expect(await inv.freeByNight(dlx, '2026-07-09', 6, T0)).toEqual([
      { night: '2026-07-09', free: 3 },
      { night: '2026-07-10', free: 2 },
      { night: '2026-07-11', free: 0 },
      { night: '2026-07-12', free: 0 },
      { night: '2026-07-13', free: 3 },
      { night: '2026-07-14', free: 3 },
    ]);
    expect(await inv.freeRooms(dlx, '2026-07-09', 2, T0)).toBe(2);
    expect(await inv.freeRooms(dlx, '2026-07-09', 3, T0)).toBe(0);
    expect(await inv.freeRooms(dlx, '2026-07-13', 5, T0)).toBe(3);
    // The departure day is not a night of the stay: a guest may arrive the day another leaves.
    expect(await inv.freeRooms(dlx, '2026-07-13', 1, T0)).toBe(3);
  });

  it("stores the guest's name folded as the staff's search folds it, whatever the letters", async () => {
    const [dlx] = types as [number];
    for (const [callSid, guestName, folded, arrival] of [
      ['CA1', 'ŞAHİN Łukasz', 'sahin lukasz', '2026-07-10'],
      ['CA2', 'Søren ÆRØ-Strauß', 'soren aero-strauss', '2026-07-11'],
      ['CA3', 'JOSÉ Núñez', 'jose nunez', '2026-07-12'],
      ['CA4', null, null, '2026-07-13'],
    ] as const) {
      const booked = await inv.book(bookReq({ callSid, roomTypeId: dlx, guestName, arrival }));
      expect(booked.ok).toBe(true);
      const row = await db.get<{ guest_name_folded: string | null }>('SELECT guest_name_folded FROM reservations WHERE id = ?', [booked.ok ? booked.reservationId : 0]);
      expect(row!.guest_name_folded, String(guestName)).toBe(folded);
    }
  });

  it('keeps room types apart', async () => {
    const [dlx, std] = types as [number, number];
    await inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, rooms: 2 }));
    expect(await inv.freeRooms(std, ARRIVAL, 1, T0)).toBe(0);
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, T0)).toBe(3);
  });

  it('frees an unarrived reservation at its hold_until, but not an arrived one', async () => {
    const [dlx] = types as [number];
    const released = (await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx, nights: 2 })));
    const arrived = (await inv.book(bookReq({ callSid: 'CA2', roomTypeId: dlx, nights: 2 })));
    if (!released.ok || !arrived.ok) throw new Error('setup');
    const deadline = new Date(HOLD_UNTIL);
    const justBefore = new Date(deadline.getTime() - 1);
    expect(await inv.markArrived(arrived.reservationId, minutes(-60, deadline))).toBe(true);
    expect(frees(await inv.freeByNight(dlx, ARRIVAL, 2, justBefore))).toEqual([1, 1]);
    // At hold_until itself the reservation no longer counts ("past it ... released").
    expect(frees(await inv.freeByNight(dlx, ARRIVAL, 2, deadline))).toEqual([2, 2]);
    expect(frees(await inv.freeByNight(dlx, ARRIVAL, 2, minutes(24 * 60, deadline)))).toEqual([2, 2]);
  });

  it('frees the rooms of a cancelled reservation at once', async () => {
    const [dlx] = types as [number];
    const r = (await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx, rooms: 3 })));
    if (!r.ok) throw new Error('setup');
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, T0)).toBe(0);
    expect(await inv.cancel(r.reservationId, minutes(1))).toBe(true);
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, minutes(1))).toBe(3);
    expect(await inv.cancel(r.reservationId, minutes(2))).toBe(false);
    expect(await inv.markArrived(r.reservationId, minutes(2))).toBe(false);
    expect(await db.get('SELECT status, updated_at FROM reservations WHERE id = ?', [r.reservationId])).toEqual({
      status: 'cancelled',
      updated_at: minutes(1).toISOString(),
    });
  });

  it('does not cancel an arrived reservation, nor one that does not exist', async () => {
    const [dlx] = types as [number];
    const r = (await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx })));
    if (!r.ok) throw new Error('setup');
    expect(await inv.markArrived(r.reservationId, T0)).toBe(true);
    expect(await inv.markArrived(r.reservationId, T0)).toBe(false);
    expect(await inv.cancel(r.reservationId, T0)).toBe(false);
    expect(await inv.cancel(9999, T0)).toBe(false);
    expect(await inv.markArrived(9999, T0)).toBe(false);
  });

  it('marks a late guest arrived only if the released rooms are still free', async () => {
    const [, std] = types as [number, number];
    const late = (await inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, rooms: 2 })));
    const later = (await inv.book(bookReq({ callSid: 'CA2', roomTypeId: std, rooms: 1, arrival: '2026-07-11' })));
    if (!late.ok || !later.ok) throw new Error('setup');
    const afterDeadline = minutes(30, new Date(HOLD_UNTIL));
    // Released: someone else takes one of the two rooms...
    expect((await inv.book(bookReq({ callSid: 'CA3', roomTypeId: std, now: afterDeadline, holdUntil: '2026-07-11T04:00:00.000Z' }))).ok).toBe(true);
    // ...so the late guest's two rooms cannot both be given back.
    expect(await inv.markArrived(late.reservationId, afterDeadline)).toBe(false);
    expect(await inv.freeRooms(std, ARRIVAL, 1, afterDeadline)).toBe(1);
    // The other late guest's room is still free: marked arrived, it counts for good.
    const afterSecondDeadline = minutes(24 * 60 + 30, new Date(HOLD_UNTIL));
    expect(await inv.markArrived(later.reservationId, afterSecondDeadline)).toBe(true);
    expect(await inv.freeRooms(std, '2026-07-11', 1, minutes(365 * 24 * 60))).toBe(1);
  });

  it('gives the staff grid free and total per night and type', async () => {
    const [dlx, std] = types as [number, number];
    await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx, nights: 2 }));
    (await inv.checkAndHold({ callSid: 'CA2', roomTypeId: std, arrival: '2026-07-11', nights: 1, rooms: 2, now: T0, holdMinutes: 10 }));
    expect(await inv.availabilityGrid([dlx, std], '2026-07-10', 3, T0)).toEqual([
      {
        roomTypeId: dlx,
        nights: [
          { night: '2026-07-10', free: 2, total: 3 },
          { night: '2026-07-11', free: 2, total: 3 },
          { night: '2026-07-12', free: 3, total: 3 },
        ],
      },
      {
        roomTypeId: std,
        nights: [
          { night: '2026-07-10', free: 2, total: 2 },
          { night: '2026-07-11', free: 0, total: 2 },
          { night: '2026-07-12', free: 2, total: 2 },
        ],
      },
    ]);
  });

  it('never reports fewer than 0 free, even when a room type shrinks below its bookings', async () => {
    const [dlx] = types as [number];
    await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx, rooms: 3 }));
    await db.run('UPDATE room_types SET rooms = 1 WHERE id = ?', [dlx]);
    expect(await inv.freeByNight(dlx, ARRIVAL, 1, T0)).toEqual([{ night: ARRIVAL, free: 0 }]);
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, T0)).toBe(0);
    expect(await inv.checkAndHold({ callSid: 'CA2', roomTypeId: dlx, arrival: ARRIVAL, nights: 1, rooms: 1, now: T0, holdMinutes: 10 })).toEqual({
      held: false,
      free: 0,
    });
  });

  it('refuses unknown room types and impossible stays', async () => {
    await expect(inv.freeRooms(999, ARRIVAL, 1, T0)).rejects.toThrow(/unknown room type/);
    await expect(inv.freeRooms(types[0]!, '2026-02-30', 1, T0)).rejects.toThrow(RangeError);
    await expect(inv.freeRooms(types[0]!, ARRIVAL, 0, T0)).rejects.toThrow(RangeError);
    await expect(inv.freeRooms(types[0]!, ARRIVAL, 1, new Date(Number.NaN))).rejects.toThrow(RangeError);
  });

  it('keeps counts_until in step when another writer changes a reservation', async () => {
    const [dlx] = types as [number];
    const r = (await inv.book(bookReq({ callSid: 'CA1', roomTypeId: dlx, rooms: 3 })));
    if (!r.ok) throw new Error('setup');
    // A staff tool moving the deadline later with an offset-style instant: normalised to UTC.
    await db.run('UPDATE reservations SET hold_until = ? WHERE id = ?', ['2026-07-10T23:30:00-04:00', r.reservationId]);
    expect((await db.all<Record<string, unknown>>('SELECT DISTINCT counts_until FROM reservation_nights WHERE reservation_id = ?', [r.reservationId])).map((r) => Object.values(r)[0])).toEqual([
      '2026-07-11T03:30:00.000Z',
    ]);
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, new Date('2026-07-11T03:00:00Z'))).toBe(0);
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, new Date('2026-07-11T03:30:00Z'))).toBe(3);
    await db.run("UPDATE reservations SET status = 'cancelled' WHERE id = ?", [r.reservationId]);
    expect(await inv.freeRooms(dlx, ARRIVAL, 1, T0)).toBe(3);
  });
});

// ---- holds -----------------------------------------------------------------------------------

describe('provisional holds', () => {
  let db: SqliteDb;
  let inv: Inventory;
  let types: number[];
  beforeEach(async () => ({ db, inv, types } = await fresh([3, 2])));
  afterEach(() => db.close());

  const hold = (callSid: string, roomTypeId: number, rooms: number, now = T0, arrival = ARRIVAL, nights = 2) =>
    inv.checkAndHold({ callSid, roomTypeId, arrival, nights, rooms, now, holdMinutes: 10 });

  it('count until they expire, not after, and not for their own call', async () => {
    const [dlx] = types as [number];
    expect(await hold('CA1', dlx, 2)).toEqual({ held: true, holdId: expect.any(Number), expiresAt: minutes(10).toISOString() });
    expect(await inv.freeRooms(dlx, ARRIVAL, 2, T0)).toBe(1);
    expect(await inv.freeRooms(dlx, ARRIVAL, 2, new Date(minutes(10).getTime() - 1))).toBe(1);
    expect(await inv.freeRooms(dlx, ARRIVAL, 2, minutes(10))).toBe(3);
    expect(await inv.freeRooms(dlx, ARRIVAL, 2, T0, 'CA1')).toBe(3);
    expect(await inv.freeRooms(dlx, ARRIVAL, 2, T0, 'CA9')).toBe(1);
    // Only the nights of the hold: the night before and the departure night are untouched.
    expect(frees(await inv.freeByNight(dlx, addDaysIso(ARRIVAL, -1), 4, T0))).toEqual([3, 1, 1, 3]);
  });

  it('stop another caller from taking the held rooms', async () => {
    const [dlx] = types as [number];
    await hold('CA1', dlx, 2);
    expect(await hold('CA2', dlx, 2, minutes(1))).toEqual({ held: false, free: 1 });
    expect(await hold('CA2', dlx, 1, minutes(1))).toMatchObject({ held: true });
    expect(await inv.book(bookReq({ callSid: 'CA3', roomTypeId: dlx, now: minutes(2) }))).toEqual({ ok: false, free: 0 });
  });

  it("checkAndHold replaces the call's previous hold, even when the new one cannot be held", async () => {
    const [dlx, std] = types as [number, number];
    const first = await hold('CA1', dlx, 3);
    const second = await hold('CA1', dlx, 1, minutes(1), '2026-07-11', 3);
    if (!first.held || !second.held) throw new Error('setup');
    expect(await inv.activeHold('CA1', minutes(1))).toEqual({
      id: second.holdId,
      roomTypeId: dlx,
      arrival: '2026-07-11',
      departure: '2026-07-14',
      rooms: 1,
      expiresAt: minutes(11).toISOString(),
    });
    expect(frees(await inv.freeByNight(dlx, ARRIVAL, 4, minutes(1)))).toEqual([3, 2, 2, 2]);
    // Asking for more than there is: told how many are free, and the old hold is gone too.
    expect(await hold('CA1', std, 3, minutes(2))).toEqual({ held: false, free: 2 });
    expect(await inv.activeHold('CA1', minutes(2))).toBeNull();
    expect(await inv.freeRooms(dlx, ARRIVAL, 4, minutes(2))).toBe(3);
  });

  it("a call's own previous hold counts as free to it when it asks again", async () => {
    const [dlx] = types as [number];
    await hold('CA1', dlx, 3);
    expect(await hold('CA1', dlx, 3, minutes(1))).toMatchObject({ held: true });
  });

  it('releaseHolds ends the live holds of one call and says how many there were', async () => {
    const [dlx, std] = types as [number, number];
    await hold('CA1', dlx, 1);
    await hold('CA2', std, 1);
    expect(await inv.releaseHolds('CA1', minutes(1))).toBe(1);
    expect(await inv.releaseHolds('CA1', minutes(1))).toBe(0);
    expect(await inv.activeHold('CA1', minutes(1))).toBeNull();
    expect(await inv.activeHold('CA2', minutes(1))).toMatchObject({ roomTypeId: std });
    // An expired hold is tidied away but not counted as released.
    expect(await inv.releaseHolds('CA2', minutes(30))).toBe(0);
    expect(Object.values((await db.get<Record<string, unknown>>('SELECT COUNT(*) FROM holds WHERE released_at IS NULL')) ?? {})[0]).toBe(0);
  });

  it('activeHold is null once the hold has expired', async () => {
    const [dlx] = types as [number];
    await hold('CA1', dlx, 1);
    expect(await inv.activeHold('CA1', minutes(9))).not.toBeNull();
    expect(await inv.activeHold('CA1', minutes(10))).toBeNull();
  });

  it('refuses a hold of no rooms or no time', async () => {
    const [dlx] = types as [number];
    await expect(hold('CA1', dlx, 0)).rejects.toThrow(RangeError);
    await expect(inv.checkAndHold({ callSid: 'CA1', roomTypeId: dlx, arrival: ARRIVAL, nights: 1, rooms: 1, now: T0, holdMinutes: 0 })).rejects.toThrow(
      RangeError,
    );
    await expect(hold('', dlx, 1)).rejects.toThrow(RangeError);
  });
});

// ---- alternatives ----------------------------------------------------------------------------

describe('alternatives', () => {
  it('gives free rooms per type over the whole stay, in the order offered', async () => {
    const { db, inv, types } = await fresh([3, 2, 4]);
    const [a, b, c] = types as [number, number, number];
    await inv.book(bookReq({ callSid: 'CA1', roomTypeId: a, rooms: 3, arrival: '2026-07-11' }));
    (await inv.book(bookReq({ callSid: 'CA2', roomTypeId: c, rooms: 1, nights: 3 })));
    await inv.checkAndHold({ callSid: 'CA3', roomTypeId: b, arrival: ARRIVAL, nights: 1, rooms: 1, now: T0, holdMinutes: 10 });
    const req = { roomTypeIds: [c, a, b], arrival: ARRIVAL, nights: 2, now: T0 };
    expect(await inv.alternatives(req)).toEqual([
      { roomTypeId: c, free: 3 },
      { roomTypeId: a, free: 0 },
      { roomTypeId: b, free: 1 },
    ]);
    expect((await inv.alternatives({ ...req, excludeCallSid: 'CA3' }))[2]).toEqual({ roomTypeId: b, free: 2 });
    expect((await inv.alternatives({ ...req, nights: 1 }))[1]).toEqual({ roomTypeId: a, free: 3 });
    await db.close();
  });
});

// ---- booking ---------------------------------------------------------------------------------

describe('book', () => {
  let db: SqliteDb;
  let inv: Inventory;
  let types: number[];
  beforeEach(async () => ({ db, inv, types } = await fresh([1, 3])));
  afterEach(() => db.close());

  it("converts the call's hold into a reservation with its nights, and releases the hold", async () => {
    const [, std] = types as [number, number];
    const h = (await inv.checkAndHold({ callSid: 'CA1', roomTypeId: std, arrival: ARRIVAL, nights: 3, rooms: 3, now: T0, holdMinutes: 10 }));
    expect(h.held).toBe(true);
    const r = (await inv.book(
      bookReq({ callSid: 'CA1', roomTypeId: std, nights: 3, rooms: 3, rate: 99.9, now: minutes(5), newConfirmation: () => '41234567' }),
    ));
    expect(r).toEqual({ ok: true, reservationId: expect.any(Number), confirmation: '41234567', total: 899.1 });
    if (!r.ok) throw new Error('unreachable');
    expect(await inv.activeHold('CA1', minutes(5))).toBeNull();
    expect(await inv.freeRooms(std, ARRIVAL, 3, minutes(5))).toBe(0);
    expect(await inv.freeRooms(std, ARRIVAL, 3, minutes(60))).toBe(0); // no longer depends on the hold
    const row = (await db.get('SELECT * FROM reservations WHERE id = ?', [r.reservationId]));
    expect(row).toMatchObject({
      confirmation: '41234567',
      hotel_id: HOTEL_ID,
      room_type_id: std,
      arrival: ARRIVAL,
      departure: '2026-07-13',
      nights: 3,
      rooms: 3,
      rate: 99.9,
      total: 899.1,
      status: 'booked',
      hold_until: HOLD_UNTIL,
      call_sid: 'CA1',
      created_at: minutes(5).toISOString(),
    });
    expect(
      (await db.all('SELECT night, rooms, counts_until FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [r.reservationId])),
    ).toEqual(stayNights(ARRIVAL, 3).map((night) => ({ night, rooms: 3, counts_until: HOLD_UNTIL })));
  });

  it('re-checks: fails when another caller took the last room after this hold expired', async () => {
    const [single] = types as [number];
    expect((await inv.checkAndHold({ callSid: 'CA1', roomTypeId: single, arrival: ARRIVAL, nights: 2, rooms: 1, now: T0, holdMinutes: 10 })).held).toBe(true);
    // CA1 dawdles; its hold expires; CA2 holds and books the last room.
    expect(
      (await inv.checkAndHold({ callSid: 'CA2', roomTypeId: single, arrival: addDaysIso(ARRIVAL, 1), nights: 1, rooms: 1, now: minutes(11), holdMinutes: 10 }))
        .held,
    ).toBe(true);
    expect((await inv.book(bookReq({ callSid: 'CA2', roomTypeId: single, arrival: addDaysIso(ARRIVAL, 1), now: minutes(12) }))).ok).toBe(true);
    expect(await inv.book(bookReq({ callSid: 'CA1', roomTypeId: single, nights: 2, now: minutes(13) }))).toEqual({ ok: false, free: 0 });
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n).toBe(1);
  });

  it('an expired hold is still bookable while nobody else has taken the rooms', async () => {
    const [single] = types as [number];
    await inv.checkAndHold({ callSid: 'CA1', roomTypeId: single, arrival: ARRIVAL, nights: 1, rooms: 1, now: T0, holdMinutes: 10 });
    expect((await inv.book(bookReq({ callSid: 'CA1', roomTypeId: single, now: minutes(30) }))).ok).toBe(true);
  });

  it("another caller's live hold blocks the booking", async () => {
    const [single] = types as [number];
    await inv.checkAndHold({ callSid: 'CA1', roomTypeId: single, arrival: ARRIVAL, nights: 1, rooms: 1, now: T0, holdMinutes: 10 });
    expect(await inv.book(bookReq({ callSid: 'CA2', roomTypeId: single, now: minutes(1) }))).toEqual({ ok: false, free: 0 });
    expect(await inv.activeHold('CA1', minutes(1))).not.toBeNull();
  });

  it('draws a new confirmation number when one is taken, up to 10 times', async () => {
    const [, std] = types as [number, number];
    await inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, newConfirmation: () => '55555555' }));
    const drawn = ['55555555', '55555555', '66666666'];
    const r = (await inv.book(bookReq({ callSid: 'CA2', roomTypeId: std, newConfirmation: () => drawn.shift()! })));
    expect(r).toMatchObject({ ok: true, confirmation: '66666666' });

    let draws = 0;
    await expect(inv.book(
        bookReq({
          callSid: 'CA3',
          roomTypeId: std,
          newConfirmation: () => {
            draws++;
            return '55555555';
          },
        }),
      )).rejects.toThrow(/after 10 tries/);
    expect(draws).toBe(10);
    // Nothing of the failed booking is left behind.
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n).toBe(2);
    expect(await inv.freeRooms(std, ARRIVAL, 1, T0)).toBe(1);
  });

  it('refuses a room type of another hotel, a deadline already past, and non-digit confirmations', async () => {
    const [, std] = types as [number, number];
    await expect(inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, hotelId: 2 }))).rejects.toThrow(/does not belong/);
    await expect(inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, holdUntil: T0.toISOString() }))).rejects.toThrow(/not after now/);
    await expect(inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, holdUntil: 'tonight' }))).rejects.toThrow(RangeError);
    await expect(inv.book(bookReq({ callSid: 'CA1', roomTypeId: std, newConfirmation: () => 'AB12' }))).rejects.toThrow(/digits only/);
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n).toBe(0);
  });

  it("joins the caller's transaction, and is undone with it", async () => {
    const [, std] = types as [number, number];
    const outer = db.transaction(async (tx) => {
      const mine = new Inventory(tx);
      const r = await mine.book(bookReq({ callSid: 'CA1', roomTypeId: std, rooms: 3 }));
      expect(r.ok).toBe(true);
      expect(await mine.freeRooms(std, ARRIVAL, 1, T0)).toBe(0);
      throw new Error('caller gives up');
    });
    await expect(outer).rejects.toThrow('caller gives up');
    expect(await inv.freeRooms(std, ARRIVAL, 1, T0)).toBe(3);
    expect(db.connection.inTransaction).toBe(false);
  });

  it('draws 8-digit confirmation numbers that never start with 0', async () => {
    for (let i = 0; i < 1000; i++) expect(newConfirmationNumber()).toMatch(/^[1-9][0-9]{7}$/);
    expect(newConfirmationNumber(() => 0)).toBe('10000000');
    expect(newConfirmationNumber(() => 0.999999999)).toBe('99999999');
    expect(() => newConfirmationNumber(() => 1)).toThrow(RangeError);
  });
});

// ---- the invariant, by property --------------------------------------------------------------

describe('never overbooked (property)', () => {
  const CALLS = ['CA0', 'CA1', 'CA2', 'CA3'];
  const WINDOW = '2026-07-10';
  const WINDOW_NIGHTS = 8;

  type Op =
    | { kind: 'hold'; call: number; type: number; day: number; nights: number; rooms: number; holdMinutes: number }
    | { kind: 'book'; call: number; type: number; day: number; nights: number; rooms: number; holdHours: number }
    | { kind: 'release'; call: number }
    | { kind: 'cancel'; pick: number }
    | { kind: 'arrive'; pick: number }
    | { kind: 'tick'; minutes: number };

  const call = fc.integer({ min: 0, max: CALLS.length - 1 });
  const stay = { type: fc.integer({ min: 0, max: 1 }), day: fc.integer({ min: 0, max: 5 }), nights: fc.integer({ min: 1, max: 3 }) };
  // Ticks are either minutes (holds expire) or hours (reservations pass their hold_until, so
  // late arrivals and rebooked rooms happen); weights keep enough bookings in every run.
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('hold' as const), call, ...stay, rooms: fc.integer({ min: 1, max: 3 }), holdMinutes: fc.integer({ min: 1, max: 20 }) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('book' as const), call, ...stay, rooms: fc.integer({ min: 1, max: 3 }), holdHours: fc.integer({ min: 1, max: 12 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), call }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('arrive' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), minutes: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 60, max: 16 * 60 })) }) },
  );

  /** booked + held per type and night, straight from the rows (not through Inventory). */
  async function taken(db: SqliteDb, roomTypeId: number, nowIso: string): Promise<number[]> {
    const nights = stayNights(WINDOW, WINDOW_NIGHTS);
    const res = (await db.all<{ arrival: string; departure: string; rooms: number; status: string; hold_until: string }>('SELECT arrival, departure, rooms, status, hold_until FROM reservations WHERE room_type_id = ?', [roomTypeId]))
      .filter((r) => r.status === 'arrived' || (r.status === 'booked' && r.hold_until > nowIso));
    const holds = (await db.all<{ arrival: string; departure: string; rooms: number; expires_at: string }>('SELECT arrival, departure, rooms, expires_at FROM holds WHERE room_type_id = ? AND released_at IS NULL', [roomTypeId]))
      .filter((h) => h.expires_at > nowIso);
    return nights.map((n) =>
      [...res, ...holds].filter((x) => x.arrival <= n && n < x.departure).reduce((sum, x) => sum + x.rooms, 0),
    );
  }

  it('random holds, bookings, releases, cancellations and arrivals by several calls keep booked + held ≤ rooms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 50 }), async (ops) => {
        const { db, inv, types } = await fresh([2, 3]);
        const capacity = [2, 3];
        let now = new Date('2026-07-09T12:00:00.000Z');
        const reservations: number[] = [];
        try {
          for (const o of ops) {
            switch (o.kind) {
              case 'hold': {
                const r = (await inv.checkAndHold({
                  callSid: CALLS[o.call]!,
                  roomTypeId: types[o.type]!,
                  arrival: addDaysIso(WINDOW, o.day),
                  nights: o.nights,
                  rooms: o.rooms,
                  now,
                  holdMinutes: o.holdMinutes,
                }));
                if (r.held) expect((await inv.activeHold(CALLS[o.call]!, now))?.id).toBe(r.holdId);
                else expect(await inv.activeHold(CALLS[o.call]!, now)).toBeNull();
                break;
              }
              case 'book': {
                const r = (await inv.book(
                  bookReq({
                    callSid: CALLS[o.call]!,
                    roomTypeId: types[o.type]!,
                    arrival: addDaysIso(WINDOW, o.day),
                    nights: o.nights,
                    rooms: o.rooms,
                    holdUntil: new Date(now.getTime() + o.holdHours * 3_600_000).toISOString(),
                    now,
                  }),
                ));
                if (r.ok) reservations.push(r.reservationId);
                break;
              }
              case 'release':
                await inv.releaseHolds(CALLS[o.call]!, now);
                break;
              case 'cancel':
                if (reservations.length) (await inv.cancel(reservations[o.pick % reservations.length]!, now));
                break;
              case 'arrive':
                if (reservations.length) (await inv.markArrived(reservations[o.pick % reservations.length]!, now));
                break;
              case 'tick':
                now = minutes(o.minutes, now);
                break;
            }
            const nowIso = now.toISOString();
            for (const [t, id] of types.entries()) {
              const used = await taken(db, id, nowIso);
              for (const u of used) expect(u).toBeLessThanOrEqual(capacity[t]!);
              // And Inventory's own figure (through counts_until and the indexes) agrees with the rows.
              expect(frees(await inv.freeByNight(id, WINDOW, WINDOW_NIGHTS, now))).toEqual(used.map((u) => capacity[t]! - u));
            }
          }
        } finally {
          await db.close();
        }
      }),
      { numRuns: 300 },
    );
    // 300 fresh databases, each migrated: 21.8 s at a load of 13 on this 2-core machine, past the default 20 s.
  }, 120_000);
});

// ---- concurrency -----------------------------------------------------------------------------

describe('concurrency', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-inventory-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two connections to one file see each other at once, and book waits for the write lock', async () => {
    const file = join(dir, 'two-connections.sqlite');
    const db1 = await openDatabase(file);
    const [single] = (await seedHotel(db1, [1])) as [number];
    // As another process would hold it: its own connection, not sharing this process's turn order.
    const db2 = new SqliteDb(new Database(file));
    db2.connection.pragma('busy_timeout = 5000');
    const a = new Inventory(db1);
    const b = new Inventory(db2);
    try {
      expect((await a.checkAndHold({ callSid: 'CA1', roomTypeId: single, arrival: ARRIVAL, nights: 2, rooms: 1, now: T0, holdMinutes: 10 })).held).toBe(true);
      expect(await b.checkAndHold({ callSid: 'CA2', roomTypeId: single, arrival: ARRIVAL, nights: 1, rooms: 1, now: T0, holdMinutes: 10 })).toEqual({
        held: false,
        free: 0,
      });
      expect(await b.book(bookReq({ callSid: 'CA2', roomTypeId: single, now: minutes(1) }))).toEqual({ ok: false, free: 0 });

      // While connection 1 is inside a write transaction, connection 2 cannot even start its
      // check: IMMEDIATE takes the lock before reading, so it cannot act on a stale count.
      db2.connection.pragma('busy_timeout = 50');
      await db1.transaction(async (tx) => {
        expect((await new Inventory(tx).book(bookReq({ callSid: 'CA1', roomTypeId: single, nights: 2, now: minutes(2) }))).ok).toBe(true);
        const busy = expect.objectContaining({ code: 'SQLITE_BUSY' });
        await expect(b.book(bookReq({ callSid: 'CA2', roomTypeId: single, now: minutes(2) }))).rejects.toThrow(busy);
        await expect(b.checkAndHold({ callSid: 'CA2', roomTypeId: single, arrival: ARRIVAL, nights: 1, rooms: 1, now: minutes(2), holdMinutes: 10 })).rejects.toThrow(busy);
        // Reading is never blocked (WAL): connection 2 sees the last committed state.
        expect(await b.freeRooms(single, ARRIVAL, 2, minutes(2), 'CA2')).toBe(0);
      });
      expect(await b.freeRooms(single, ARRIVAL, 2, minutes(3))).toBe(0);
      expect(await b.book(bookReq({ callSid: 'CA2', roomTypeId: single, now: minutes(3) }))).toEqual({ ok: false, free: 0 });
    } finally {
      await db1.close();
      await db2.close();
    }
  });

  it('several processes racing for the last rooms never overbook', async () => {
    const file = join(dir, 'race.sqlite');
    const go = join(dir, 'go');
    const db = await openDatabase(file);
    const [racy] = (await seedHotel(db, [7])) as [number];
    const PROCESSES = 4;
    const ATTEMPTS = 25;
    // Each child: half its callers hold then book, half book straight away; stays of 1–3 nights
    // around ARRIVAL so they overlap in different ways.
    const child = `
      import { existsSync } from 'node:fs';
      import { Inventory } from './src/inventory/inventory.ts';
      import { openDatabase } from './src/storage/database.ts';
      const { DB, GO, WHO, TYPE, ATTEMPTS, ARRIVAL, HOLD_UNTIL, NOW } = process.env;
      const inv = new Inventory(await openDatabase(DB));
      const now = new Date(NOW);
      process.stdout.write('ready\\n');
      const nap = new Int32Array(new SharedArrayBuffer(4));
      while (!existsSync(GO)) Atomics.wait(nap, 0, 0, 1);
      const booked = [];
      for (let i = 0; i < Number(ATTEMPTS); i++) {
        const callSid = WHO + '-' + i;
        const day = (i + Number(WHO.slice(1))) % 3;
        const arrival = new Date(Date.parse(ARRIVAL + 'T12:00:00Z') + day * 864e5).toISOString().slice(0, 10);
        const nights = 1 + (i % 3);
        const rooms = 1 + (i % 2);
        if (i % 2 === 0) await inv.checkAndHold({ callSid, roomTypeId: Number(TYPE), arrival, nights, rooms, now, holdMinutes: 10 });
        const r = (await inv.book({ callSid, hotelId: 1, roomTypeId: Number(TYPE), arrival, nights, rooms, rate: 100,
          currency: 'USD', guestName: null, nameRecordingUrl: null, paymentMethod: 'cash',
          callbackNumber: '+15550000000', locale: 'en-US', holdUntil: HOLD_UNTIL, now,
          newConfirmation: () => String(10000000 + Math.floor(Math.random() * 90000000)) }));
        if (r.ok) booked.push(r.reservationId);
      }
      process.stdout.write(JSON.stringify({ booked }) + '\\n');
    `;
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const runs = Array.from({ length: PROCESSES }, (_, p) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
        cwd: root,
        env: {
          ...process.env,
          DB: file,
          GO: go,
          WHO: `P${p}`,
          TYPE: String(racy),
          ATTEMPTS: String(ATTEMPTS),
          ARRIVAL,
          HOLD_UNTIL,
          NOW: T0.toISOString(),
        },
      });
      let out = '';
      let err = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const ready = new Promise<void>((resolve) => {
        const check = () => (out.includes('ready\n') ? resolve() : setTimeout(check, 5));
        check();
      });
      const done = new Promise<number[]>((resolve, reject) =>
        proc.on('exit', (code) => {
          if (code !== 0) return reject(new Error(`child ${p} exited ${code}: ${err}`));
          const last = out.trim().split('\n').at(-1)!;
          resolve((JSON.parse(last) as { booked: number[] }).booked);
        }),
      );
      return { ready, done };
    });
    await Promise.race([Promise.all(runs.map((r) => r.ready)), ...runs.map((r) => r.done)]);
    writeFileSync(go, '');
    const booked = (await Promise.all(runs.map((r) => r.done))).flat();

    const perNight = (await db.all<{ night: string; rooms: number }>(`SELECT rn.night, SUM(rn.rooms) AS rooms FROM reservation_nights rn JOIN reservations r ON r.id = rn.reservation_id
          WHERE rn.room_type_id = ? AND r.status = 'booked' GROUP BY rn.night`, [racy]));
    console.log(
      `race: ${PROCESSES} processes x ${ATTEMPTS} attempts, ${booked.length} booked; rooms taken per night:`,
      perNight.map((n) => `${n.night}=${n.rooms}`).join(' '),
    );
    expect(new Set(booked).size).toBe(booked.length);
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n).toBe(booked.length);
    expect(booked.length).toBeGreaterThan(0);
    for (const n of perNight) expect(n.rooms).toBeLessThanOrEqual(7);
    // The racers used up what there was: some night is full.
    expect(Math.max(...perNight.map((n) => n.rooms))).toBe(7);
    await db.close();
  }, 60_000);
});

// ---- query plan and cost ---------------------------------------------------------------------

describe('availability query at scale', () => {
  // SQLite's own plans: read on the connection itself.
  const plan = (db: SqliteDb, sql: string): string[] =>
    (db.connection.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1, '2026-01-01', '2026-01-31', T0.toISOString(), ...(sql.includes('call_sid') ? [null] : [])) as { detail: string }[]).map(
      (r) => r.detail,
    );

  it('reads one range of the reservation_nights primary key, and live holds by expiry', async () => {
    const { db } = await fresh([1]);
    const nights = plan(db, BOOKED_BY_NIGHT_SQL);
    const holds = plan(db, heldOverlappingSql(sqliteDialect));
    console.log('EXPLAIN QUERY PLAN (nights):', nights, '\nEXPLAIN QUERY PLAN (holds):', holds);
    expect(nights).toEqual(['SEARCH reservation_nights USING PRIMARY KEY (room_type_id=? AND night>? AND night<?)']);
    expect(holds).toEqual(['SEARCH holds USING INDEX holds_live (room_type_id=? AND expires_at>?)']);
    await db.close();
  });

  it('freeRooms over 30 nights with 1,000,000 booked room-nights (figure printed, not asserted)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-inventory-scale-'));
    const db = await openDatabase(join(dir, 'scale.sqlite'));
    const raw = db.connection;
    try {
      const TYPES = 10;
      const ROOMS = 100;
      const DAYS = 1000; // 10 types x 100 rooms x 1000 nights = 1,000,000 room-nights
      const types = await seedHotel(db, Array<number>(TYPES).fill(ROOMS));
      const start = '2026-01-01';
      const started = performance.now();
      // Back-to-back stays of 1–5 nights in every room from the first night to the last, written
      // in SQL (the same rows from a JS loop take twice as long). Of every ten: six booked, two
      // arrived, one cancelled, one booked with its hold_until already past (a no-show, released).
      raw.exec(`
        WITH RECURSIVE
          t(type) AS (SELECT id FROM room_types),
          r(room) AS (SELECT 0 UNION ALL SELECT room + 1 FROM r WHERE room < ${ROOMS - 1}),
          s(type, room, day, n, seq) AS (
            SELECT type, room, 0, 1 + (type * 100 + room) * 7 % 5, (type * ${ROOMS} + room) * ${DAYS} FROM t, r
            UNION ALL
            SELECT type, room, day + n, 1 + (seq + 1) * 7 % 5, seq + 1 FROM s WHERE day + n < ${DAYS})
        INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total,
          currency, payment_method, callback_number, locale, hold_until, status, created_at, updated_at)
        SELECT CAST(10000000 + seq AS TEXT), ${HOTEL_ID}, type, date('${start}', '+' || day || ' days'),
               date('${start}', '+' || min(day + n, ${DAYS}) || ' days'), min(n, ${DAYS} - day), 1, 100, 100,
               'USD', 'cash', '+15550000000', 'en-US',
               CASE WHEN seq % 10 = 9 THEN '2025-12-01T23:00:00.000Z'
                    ELSE date('${start}', '+' || day || ' days') || 'T23:00:00.000Z' END,
               CASE seq % 10 WHEN 6 THEN 'arrived' WHEN 7 THEN 'arrived' WHEN 8 THEN 'cancelled' ELSE 'booked' END,
               '${start}', '${start}'
          FROM s;
        WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 4)
        INSERT INTO reservation_nights (reservation_id, room_type_id, night, rooms)
        SELECT r.id, r.room_type_id, date(r.arrival, '+' || k.i || ' days'), r.rooms
          FROM reservations r JOIN k ON k.i < r.nights;
      `);
      raw.pragma('wal_checkpoint(TRUNCATE)');
      raw.exec('ANALYZE');
      // With real statistics the planner still takes the primary key range.
      expect(plan(db, BOOKED_BY_NIGHT_SQL)).toEqual([
        'SEARCH reservation_nights USING PRIMARY KEY (room_type_id=? AND night>? AND night<?)',
      ]);
      const rows = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservation_nights'))!.n;
      const loadMs = performance.now() - started;

      const inv = new Inventory(db);
      const now = new Date('2026-01-01T00:00:00.000Z');
      // A few live holds too, as in a busy hour.
      for (let i = 0; i < 20; i++) {
        await inv.checkAndHold({ callSid: `CAh${i}`, roomTypeId: types[i % TYPES]!, arrival: addDaysIso(start, 100 + i), nights: 3, rooms: 1, now, holdMinutes: 10 });
      }
      const arrivals = Array.from({ length: 200 }, (_, i) => addDaysIso(start, 30 + ((i * 37) % 900)));
      const time = async (fn: (arrival: string, type: number) => unknown, n: number): Promise<number> => {
        for (let i = 0; i < 100; i++) await fn(arrivals[i % arrivals.length]!, types[i % TYPES]!); // warm-up
        const t = performance.now();
        for (let i = 0; i < n; i++) await fn(arrivals[i % arrivals.length]!, types[i % TYPES]!);
        return ((performance.now() - t) / n) * 1000; // µs per call
      };
      const freeRoomsUs = await time((arrival, type) => inv.freeRooms(type, arrival, 30, now, 'CAx'), 1000);

      // The same question answered with a join to reservations per row, for comparison.
      const joined = raw.prepare(`
        SELECT rn.night, SUM(rn.rooms) AS rooms FROM reservation_nights rn JOIN reservations r ON r.id = rn.reservation_id
         WHERE rn.room_type_id = ? AND rn.night >= ? AND rn.night < ?
           AND (r.status = 'arrived' OR (r.status = 'booked' AND r.hold_until > ?))
         GROUP BY rn.night`);
      const nowIso = now.toISOString();
      const joinUs = await time((arrival, type) => joined.all(type, arrival, addDaysIso(arrival, 30), nowIso), 300);
      const a = arrivals[0]!;
      const viaJoin = joined.all(types[0]!, a, addDaysIso(a, 30), nowIso) as { rooms: number }[];
      expect(await inv.freeRooms(types[0]!, a, 30, now)).toBe(Math.max(0, ROOMS - Math.max(...viaJoin.map((r) => r.rooms))));
      console.log(
        `scale: ${rows.toLocaleString('en-US')} room-nights loaded in ${(loadMs / 1000).toFixed(1)} s; ` +
          `freeRooms(30 nights) = ${freeRoomsUs.toFixed(0)} µs per call (mean of 1000 calls, ~${ROOMS * 30} rows scanned each); ` +
          `the same query joined to reservations instead of counts_until = ${joinUs.toFixed(0)} µs`,
      );
      expect(rows).toBe(1_000_000);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
