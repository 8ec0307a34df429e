// The shortest booking a caller can make by keypad, greeting to goodbye, as a script: what the
// word budget (issue 10) is measured on, by the budget test and by `npm run words`. The name is
// the one spoken answer (the name is asked by voice only, SPEC §5).

import type { Locale } from '../../flows/types.ts';
import type { Sql } from '../storage/sql.ts';
import type { CallSession, Turn } from './call-session.ts';

export interface ScriptedBooking {
  /** Every turn of the call, in order. */
  turns: Turn[];
}

/** Friday 4 December (from a call on Saturday 28 November 2026), the second room type, 2 rooms, 3 nights. */
export const MINIMAL_BOOKING_KEYS = { date: '1204', roomType: '2', rooms: '2', nights: '3#', payment: '2' } as const;

export async function minimalKeypadBooking(call: CallSession, locale: Locale): Promise<ScriptedBooking> {
  const k = MINIMAL_BOOKING_KEYS;
  const turns: Turn[] = [await call.start()];
  if (locale === 'es-MX') turns.push(await call.press('9'));
  for (const keys of ['1', k.date, k.roomType, k.rooms, k.nights]) turns.push(await call.press(keys));
  turns.push(await call.say(locale === 'es-MX' ? 'Lucía Fernández' : 'John Smith', 0.93));
  // Cash; the calling number for the callback; confirm the read-back.
  for (const keys of [k.payment, '1', '1']) turns.push(await call.press(keys));
  return { turns };
}

/** Every prompt a call was told, in order, as the staff timeline recorded it (prompt id, locale, words). */
export async function promptsSaid(db: Sql, callSid: string): Promise<{ prompt: string; locale: Locale; text: string }[]> {
  const rows = await db.all<{ said_json: string | null }>(
    'SELECT said_json FROM call_events WHERE call_sid = ? AND said_json IS NOT NULL ORDER BY id',
    [callSid],
  );
  return rows.flatMap((r) => JSON.parse(r.said_json as string) as { prompt: string; locale: Locale; text: string }[]);
}

/** The same booking by text, in the words a guest would type: every reply is one text message. */
export function minimalTextMessages(locale: Locale, roomName: string): string[] {
  return locale === 'es-MX'
    ? ['Hola, quiero reservar una habitación', '4 de diciembre', roomName, '2', '3 noches', 'Lucía Fernández', 'efectivo', 'sí', 'sí']
    : ["Hi, I'd like to book a room", 'December 4', roomName, '2', '3 nights', 'John Smith', 'cash', 'yes', 'yes'];
}

/**
 * Books by text; the room is named as the guest reads it in the list: `roomName`, the hotel's
 * second room type in the guest's language (as the keypad booking presses 2), Deluxe King in the demo hotel.
 */
export async function minimalTextBooking(
  session: { send: (body: string) => Promise<{ text: string }> },
  locale: Locale,
  roomName = 'Deluxe King',
): Promise<string[]> {
  const replies: string[] = [];
  for (const body of minimalTextMessages(locale, roomName)) replies.push((await session.send(body)).text);
  return replies;
}
