// When a guest expects to arrive (migration 23, src/staff/expected-arrival.ts), alike on both
// engines: run by test/storage/expected-arrival.test.ts (SQLite, npm test) and
// test/postgres/expected-arrival.test.ts (PostgreSQL, npm run test:pg). A reservation stored before
// the migration has none; one is kept as hotel time "HH:mm" and nothing else is taken; the night
// shift's list puts a guest expected after their hold first, read back as the console reads it.
// And the special requests said on the call (migration 25, flows/special-requests.ts), beside it on
// the reservation the night shift reads: kept in the order said, nothing but their codes.

import { describe, expect, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { ReservationQueries } from '../../src/staff/queries/reservations.ts';
import type { Db } from '../../src/storage/sql.ts';

export interface ExpectedArrivalEngine {
  /** A new database with the first `version` migrations applied. */
  openAt(version: number): Promise<Db>;
  /** Applies the rest. */
  migrate(db: Db): Promise<void>;
}

const LATEST = 1_000;
/** Saturday 28 November 2026, 10:00 in New York (the demo hotel's zone; it holds until 18:00). */
const NOW = new Date('2026-11-28T15:00:00.000Z');
const TONIGHT = '2026-11-28';

let n = 0;

async function book(db: Db, guestName: string, holdUntil = '18:00', expectedArrival: string | null = null, specialRequests: string[] = []): Promise<number> {
  const hotel = await loadHotel(db, (await db.get<{ id: number }>('SELECT id FROM hotels ORDER BY id LIMIT 1'))!.id);
  const callSid = `CA${String(++n).padStart(32, '0')}`;
  await db.run(
    `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at)
     VALUES (?, ?, '+12125550100', '+15557650100', 'en-US', ?, 'ended', 1, 1, '{}', '<Response/>', ?)`,
    [callSid, hotel.id, NOW.toISOString(), NOW.toISOString()],
  );
  const result = await new Inventory(db).book({
    callSid,
    hotelId: hotel.id,
    roomTypeId: hotel.roomTypeIds.get('STD')!,
    arrival: TONIGHT,
    nights: 1,
    rooms: 1,
    rate: 100,
    currency: 'USD',
    guestName,
    nameRecordingUrl: null,
    paymentMethod: 'cash',
    callbackNumber: '+12125550100',
    locale: 'en-US',
    holdUntil: holdDeadline(TONIGHT, holdUntil, 'America/New_York'),
    expectedArrival,
    specialRequests,
    now: NOW,
    newConfirmation: () => String(70000000 + n),
  });
  if (!result.ok) throw new Error('not booked');
  return result.reservationId;
}

export function expectedArrivalContract(engine: string, e: ExpectedArrivalEngine): void {
  describe(`a guest's expected arrival on the reservation (${engine})`, () => {
    it('is empty on a reservation stored before migration 23, and kept as booked after it', async () => {
      const db = await e.openAt(22);
      try {
        await ensureHotel(db, { now: NOW });
        await db.run(`INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency,
            guest_name, payment_method, callback_number, locale, hold_until, status, created_at, updated_at)
          SELECT '69999999', hotel_id, id, ?, '2026-11-29', 1, 1, 100, 100, 'USD', 'Olga Old', 'cash', '+12125550100', 'en-US', ?, 'booked', ?, ?
          FROM room_types ORDER BY id LIMIT 1`, [TONIGHT, NOW.toISOString(), NOW.toISOString(), NOW.toISOString()]);
        await e.migrate(db);
        expect(await db.get("SELECT expected_arrival FROM reservations WHERE confirmation = '69999999'")).toEqual({ expected_arrival: null });
        const after = await book(db, 'Ana After', '18:00', '23:30');
        expect(await db.get('SELECT expected_arrival FROM reservations WHERE id = ?', [after])).toEqual({ expected_arrival: '23:30' });
      } finally {
        await db.close();
      }
    });

    it('takes only a time of day "HH:mm": anything else written straight to the table is refused', async () => {
      const db = await e.openAt(LATEST);
      try {
        await ensureHotel(db, { now: NOW });
        const id = await book(db, 'Tina Time');
        for (const bad of ['24:00', '9:30', '11 pm', '23:60', '23:00:00']) {
          await expect(db.run('UPDATE reservations SET expected_arrival = ? WHERE id = ?', [bad, id]), bad).rejects.toThrow();
        }
        // Through the inventory, a value that is not a time is refused before anything is written.
        await expect(book(db, 'Tom Typo', '18:00', '11 pm')).rejects.toThrow(/HH:mm/);
        expect(await db.get("SELECT count(*) AS n FROM reservations WHERE guest_name = 'Tom Typo'")).toEqual({ n: 0 });
      } finally {
        await db.close();
      }
    });

    it('puts a guest expected after their hold first on the night shift’s list, and says so', async () => {
      const db = await e.openAt(LATEST);
      try {
        const hotelId = await ensureHotel(db, { now: NOW });
        const hotel = await loadHotel(db, hotelId);
        await book(db, 'Eva Early');
        await book(db, 'Omar OnTime', '18:00', '17:00');
        await book(db, 'Luis Late', '20:00', '23:00');
        // 01:30 is the night after the arrival day: after a 20:00 hold too.
        await book(db, 'Nina Night', '20:00', '01:30');
        const list = await new ReservationQueries(db, [hotel]).list('not-arrived', TONIGHT, NOW, { startIso: '', endIso: '' });
        expect(list.map((r) => [r.guestName, r.expectedArrival, r.expectedAfterHold])).toEqual([
          ['Luis Late', '23:00', true],
          ['Nina Night', '01:30', true],
          ['Eva Early', null, false],
          ['Omar OnTime', '17:00', false],
        ]);
      } finally {
        await db.close();
      }
    });
  });

  describe(`the special requests said on the call, on the reservation (${engine})`, () => {
    it('are kept in the order said and read back as the console reads them; none is null; only codes are taken', async () => {
      const db = await e.openAt(LATEST);
      try {
        const hotelId = await ensureHotel(db, { now: NOW });
        const hotel = await loadHotel(db, hotelId);
        const asked = await book(db, 'Rita Requests', '18:00', null, ['together', 'crib']);
        const plain = await book(db, 'Paul Plain');
        expect(await db.get('SELECT special_requests FROM reservations WHERE id = ?', [asked])).toEqual({ special_requests: 'together,crib' });
        expect(await db.get('SELECT special_requests FROM reservations WHERE id = ?', [plain])).toEqual({ special_requests: null });
        const queries = new ReservationQueries(db, [hotel]);
        expect((await queries.get(asked, NOW))?.specialRequests).toEqual(['together', 'crib']);
        expect((await queries.get(plain, NOW))?.specialRequests).toEqual([]);
        for (const bad of ['', 'crib;', 'crib, quiet', 'cuna ', ',crib', 'crib,', 'crib,,quiet']) {
          await expect(db.run('UPDATE reservations SET special_requests = ? WHERE id = ?', [bad, plain]), JSON.stringify(bad)).rejects.toThrow();
        }
      } finally {
        await db.close();
      }
    });
  });
}
