// A text right after a text booking ("actually can we make it the 21st instead", "oye siempre no,
// mejor llegamos el 26"): the conversation that booked closed with the booking, so the next text
// opens a new one, which read it as a second booking. The reservation this number's last text
// conversation booked, minutes ago and still booked, is handed to the new one (CallInput.justBooked),
// so a change texted now looks that reservation up instead (flows/change-just-booked.ts). It opens
// nothing by itself: caller ID is easy to fake (docs/security.md), so the lookup asks the last
// name on it as always, and until then the reservation is named by its arrival only.

import type { ReservationSummary } from '../../flows/call-context.ts';
import type { Sql } from '../storage/sql.ts';
import { ReservationLookup } from './reservation-lookup.ts';

/** How long after a text conversation booked a new text is taken as possibly about that booking. */
export const CHANGE_WITHIN_MINUTES = 30;

/** The reservation the number's last text conversation at the property booked, when it ended within the window and is still booked. */
export async function justBookedByText(
  sql: Sql,
  guest: { from: string; hotelId: number; callSid: string; timezone: string },
  now: string,
  today: string,
): Promise<ReservationSummary | null> {
  const since = new Date(Date.parse(now) - CHANGE_WITHIN_MINUTES * 60_000).toISOString();
  const last = await sql.get<{ reservation_id: number | null; ended_at: string | null }>(
    `SELECT reservation_id, ended_at FROM calls
     WHERE from_number = @from AND hotel_id = @hotelId AND call_sid != @callSid AND channel = 'sms'
     ORDER BY started_at DESC LIMIT 1`,
    { from: guest.from, hotelId: guest.hotelId, callSid: guest.callSid },
  );
  if (!last || last.reservation_id === null || !last.ended_at || last.ended_at < since) return null;
  // Among the number's own upcoming reservations (made from it, or to be called back on it), as the lookup reads them.
  const { reservations } = await new ReservationLookup(sql, guest.hotelId, guest.timezone).listedFor(guest.from, today, new Date(now));
  return reservations.find((r) => r.id === Number(last.reservation_id) && r.status === 'booked') ?? null;
}
