// Two properties' call history written straight into the tables (no calls played): the staff
// console's queries on a whole history, on SQLite (test/staff/console-query-plans.test.ts) and on
// PostgreSQL beside SQLite (test/postgres/calls-by-name.test.ts), read the same rows.

import { ensureHotels, loadHotel } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import type { Db } from '../../src/storage/sql.ts';
import { DEMO_GROUP } from './demo-group.ts';

/** The moment the history ends. */
export const HISTORY_NOW = new Date('2026-11-28T15:00:00Z');
export const DAY = 86_400_000;
/** The guests' names in turn (null: a name only recorded). */
export const HISTORY_NAMES = ['Sofía Ramírez', 'José Núñez', 'Ana Torres', 'Grace Hopper', null, 'Room 1204 guest'];
// Stored outcomes in turn; null twice: a call that ended without one, and one still going.
const OUTCOMES = ['booked', 'transferred', 'voicemail', 'abandoned', 'denial', 'regret', 'informed', 'cancelled', 'failed', null, null] as const;
const sid = (prefix: string, n: number) => `${prefix}${String(n).padStart(32, '0')}`;

/**
 * 300 calls at each of the demo group's two properties, every 6 hours back from HISTORY_NOW (some
 * at the same instant), with their reservations (some of a number other than the caller's) and
 * callback requests. Returns the properties, loaded.
 */
export async function seedCallHistory(db: Db): Promise<LoadedHotel[]> {
  const ids = await ensureHotels(db, { hotelsDir: DEMO_GROUP, now: HISTORY_NOW });
  const hotels = await Promise.all(ids.map((id) => loadHotel(db, id)));
  await db.transaction(async (tx) => {
    let n = 0;
    for (const hotel of hotels) {
      const roomType = [...hotel.roomTypeIds.values()][0]!;
      for (let i = 0; i < 300; i++, n++) {
        const sms = i % 7 === 3;
        const callSid = sid(sms ? 'TX' : 'CA', n);
        // Every 2 hours back from now, some at the same instant (the list's order then goes by call_sid).
        const started = new Date(HISTORY_NOW.getTime() - Math.floor(i / 3) * 6 * 3_600_000 - (i % 3 === 2 ? 0 : (i % 3) * 60_000)).toISOString();
        // Still going: the two newest, and some older ones (texts left open, calls never closed).
        const open = i < 2 || i % OUTCOMES.length === 10;
        const outcome = open ? null : OUTCOMES[i % OUTCOMES.length]!;
        const from = `+1212555${String(100 + (i % 23)).padStart(4, '0')}`;
        await tx.run(
          `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, ended_at, status, outcome, state, step, machine_version,
             snapshot_json, last_twiml, updated_at, channel)
           VALUES (?, ?, ?, '+15557650100', ?, ?, ?, ?, ?, ?, 3, 1, '{}', '', ?, ?)`,
          [callSid, hotel.id, from, i % 3 === 0 ? 'es-MX' : 'en-US', started, open ? null : started, open ? 'in-progress' : 'completed', outcome,
            open ? 'askingRooms' : 'ended', started, sms ? 'sms' : 'voice'],
        );
        if (outcome === 'booked' || i % 13 === 0) {
          const arrival = new Date(new Date(started).getTime() + (i % 9) * DAY).toISOString().slice(0, 10);
          const nights = 1 + (i % 4);
          const departure = new Date(new Date(`${arrival}T12:00:00Z`).getTime() + nights * DAY).toISOString().slice(0, 10);
          const row = await tx.get<{ id: number }>(
            `INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency, guest_name,
               payment_method, callback_number, locale, hold_until, status, call_sid, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, 1, 100, 100, 'USD', ?, 'cash', ?, 'en-US', ?, ?, ?, ?, ?) RETURNING id`,
            [String(50_000_000 + n), hotel.id, roomType, arrival, departure, nights, HISTORY_NAMES[i % HISTORY_NAMES.length]!,
              // A reservation of a number other than the caller's now and then.
              i % 5 === 0 ? `+1718555${String(i).padStart(4, '0')}` : from, `${arrival}T23:00:00.000Z`, i % 4 === 0 ? 'cancelled' : 'booked', callSid, started, started],
          );
          if (outcome === 'booked') await tx.run('UPDATE calls SET reservation_id = ? WHERE call_sid = ?', [row!.id, callSid]);
        }
        // Voicemails, and some transfers that ended in a callback request (voicemail/callback to staff).
        if (outcome === 'voicemail' || (outcome === 'transferred' && i % 2 === 0)) {
          await tx.run(
            `INSERT INTO callback_requests (call_sid, hotel_id, created_at, caller_number, locale, status, done_at, done_by, note)
             VALUES (?, ?, ?, ?, 'en-US', ?, ?, ?, ?)`,
            [callSid, hotel.id, started, from, i < 40 ? 'open' : 'done', i < 40 ? null : started, i < 40 ? null : 'bob', i < 40 ? null : 'called back'],
          );
        }
      }
    }
  });
  return hotels;
}
