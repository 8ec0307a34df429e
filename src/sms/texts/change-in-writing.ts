// A reservation changed in a text conversation: the reply is its confirmation in writing — the new
// stay, the total, until when it is held, the requests noted — in the words of the text a change
// by phone sends (src/messaging/confirmation-text.ts), so the guest who changed it by text has one
// message with everything, not a reply and then a second text saying the same.

import type { CallContext } from '../../../flows/call-context.ts';
import { plusDays } from '../../../flows/hotel-time.ts';
import { confirmationText } from '../../messaging/confirmation-text.ts';

/** The changed reservation as its confirmation gives it; null when the change was not made by text. */
export function changeInWriting(ctx: CallContext): string | null {
  const change = ctx.stayChange;
  const found = ctx.found;
  if (!change?.written || !found) return null;
  const { total, currency, holdAt, specialRequests } = change.written;
  return confirmationText({
    kind: 'booking_changed',
    locale: ctx.locale,
    hotel: ctx.hotel,
    reservation: {
      confirmation: found.confirmation,
      arrival: change.arrival,
      departure: plusDays(change.arrival, change.nights),
      nights: change.nights,
      rooms: change.rooms,
      total,
      currency,
      roomTypeCode: found.roomType,
      holdUntil: holdAt,
      specialRequests,
    },
    // The hotel's day, at noon: whether the stay is near enough to write without its year.
    now: new Date(`${ctx.today}T12:00:00Z`),
    optOut: false,
  });
}
