// Texts that never stop: an auto-responder ("I'm driving", "this mailbox is not monitored"),
// another company's bot, or a script. Every text to the hotel gets an answer, and such a sender
// answers every answer: the two texted each other without end, every message paid for by the
// hotel, and each time a conversation ran out of tries the front desk got another callback
// request ("The front desk will call you within the hour"). A person never needs either limit:
// a booking by text takes about ten messages.
//
// - A conversation is answered at most REPLIES_PER_CONVERSATION times; then nothing more is sent
//   until it has been idle long enough to close (SMS_IDLE_MINUTES).
// - A number starts at most CONVERSATIONS_PER_HOUR conversations an hour at a property; a text that
//   would start one more is not answered.
// Either way the text changes nothing stored, and the log says why (the number masked).
//
// Costs: nothing on a text inside a conversation (its row is read already); one read by the
// calls_from_hotel index, of this number's calls in the last hour, when a text would start one.

import type { CallRow } from '../calls/call-store.ts';
import type { Sql } from '../storage/sql.ts';

export const REPLIES_PER_CONVERSATION = 40;
export const CONVERSATIONS_PER_HOUR = 4;

export type TextFlood = 'conversation_replies' | 'conversations_per_hour';

const CONVERSATIONS_SINCE_SQL = `
  SELECT count(*) AS n FROM calls
   WHERE from_number = ? AND hotel_id = ? AND started_at >= ? AND channel = 'sms'`;

/** Why a text from `from` must go unanswered, or null when it is answered as usual. */
export async function textFlood(sql: Sql, open: CallRow | undefined, from: string, hotelId: number, now: Date): Promise<TextFlood | null> {
  if (open) return open.step >= REPLIES_PER_CONVERSATION ? 'conversation_replies' : null;
  const since = new Date(now.getTime() - 3_600_000).toISOString();
  const started = await sql.get<{ n: number }>(CONVERSATIONS_SINCE_SQL, [from, hotelId, since]);
  return Number(started?.n ?? 0) >= CONVERSATIONS_PER_HOUR ? 'conversations_per_hour' : null;
}
