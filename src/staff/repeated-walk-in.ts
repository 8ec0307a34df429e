// A walk-in posted twice — a double click on Book, the page or a script retrying after a timeout —
// booked the guest twice: two reservations, two rooms taken, two confirmation texts (round 32). A
// walk-in the same account booked in the last two minutes at the same property, for the same
// guest, number, room type, rooms, nights and payment, is that booking again: the request is
// answered with it and nothing more is booked. A desk needs the one booking; a second guest of the
// same name at the same number, same room and stay, within two minutes, is a second room on the
// same reservation. Checked and booked one walk-in at a time in this process, so a double click's
// two requests cannot both pass the check before either has booked.

import { Mutex } from '../storage/mutex.ts';
import type { Actor } from './actions.ts';
import type { StaffContext } from './context.ts';
import type { CheckedReservation } from './new-reservation.ts';
import type { ReservationView } from './queries/reservations.ts';

/** How long a walk-in posted again is the same one: a retry, a double click, not a new guest. */
export const REPEATED_WALK_IN_MS = 2 * 60_000;

const REPEATED_SQL = `
  SELECT r.id FROM reservations r
    JOIN room_types t ON t.id = r.room_type_id
    JOIN audit_log a ON a.target = 'reservation:' || r.id AND a.action = 'reservation.create'
   WHERE r.hotel_id = ? AND r.arrival = ? AND r.nights = ? AND r.rooms = ? AND t.code = ? AND r.guest_name = ?
     AND r.callback_number = ? AND r.payment_method = ? AND r.status = 'arrived' AND r.created_at >= ? AND a.actor = ?
   ORDER BY r.id DESC LIMIT 1`;

const oneAtATime = new Mutex();

/**
 * Books a walk-in with `book`, unless the same account booked the same one moments ago: then
 * `{ repeated }`, that reservation as it is now. Anything else than a walk-in is booked as asked.
 */
export async function bookWalkInOnce<T>(ctx: StaffContext, r: CheckedReservation, actor: Actor, book: () => Promise<T>): Promise<{ repeated: ReservationView } | { booked: T }> {
  if (!r.walkIn) return { booked: await book() };
  return oneAtATime.run(async () => {
    const now = ctx.clock();
    const since = new Date(now.getTime() - REPEATED_WALK_IN_MS).toISOString();
    const row = await ctx.db.get<{ id: number }>(REPEATED_SQL, [r.hotel.id, r.arrival, r.nights, r.rooms, r.roomType, r.guestName, r.phone, r.payment, since, actor.user.username]);
    const before = row ? await ctx.reservations.get(Number(row.id), now) : null;
    return before ? { repeated: before } : { booked: await book() };
  });
}
