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
// - A property starts at most SMS_CONVERSATIONS_PER_HOUR (PROPERTY_CONVERSATIONS_PER_HOUR, 60)
//   conversations an hour from all numbers together. The limits per number meant nothing to many
//   numbers (a list of them, or sender IDs faked through a cheap SMS route): 300 numbers texting
//   once each were 300 answers, each able to go on for 40, with no end but the numbers' own.
//   Counted in the calls table, so every instance on PostgreSQL reads the same count (two answering
//   the last one at the same moment may both start it: one over, never an allowance each).
// Either way the text changes nothing stored, and the log says why (the number masked).
//
// Costs: nothing on a text inside a conversation (its row is read already); when a text would
// start one, a read by the calls_from_hotel index (this number's calls in the last hour) and one
// by calls_hotel_list (the property's newest, up to the limit).

import type { CallRow } from '../calls/call-store.ts';
import type { Sql } from '../storage/sql.ts';

export const REPLIES_PER_CONVERSATION = 40;
export const CONVERSATIONS_PER_HOUR = 4;
/** The default of SMS_CONVERSATIONS_PER_HOUR: a busy hotel's texts, several times over. */
export const PROPERTY_CONVERSATIONS_PER_HOUR = 60;

export type TextFlood = 'conversation_replies' | 'conversations_per_hour' | 'property_conversations_per_hour';

const CONVERSATIONS_SINCE_SQL = `
  SELECT count(*) AS n FROM calls
   WHERE from_number = ? AND hotel_id = ? AND started_at >= ? AND channel = 'sms'`;

const HOUR = 3_600_000;

/**
 * The property's count, defined here once for the limit and for the console's overview
 * (src/staff/queries/texting-paused.ts), so the panel says "paused" exactly when texts go
 * unanswered: its calls rows of channel 'sms' started within the past hour, the instant an hour
 * ago included; the newest first, up to the limit (by the calls_hotel_list index), never more.
 */
const NEWEST_PROPERTY_CONVERSATIONS_SQL = `
  SELECT started_at FROM calls WHERE hotel_id = ? AND started_at >= ? AND channel = 'sms'
   ORDER BY started_at DESC LIMIT ?`;

/** A property that reached SMS_CONVERSATIONS_PER_HOUR: its count, and when a new texter is answered again. */
export interface PropertyConversationsFull {
  /** Conversations started in the past hour: the limit (they are read up to it). */
  started: number;
  limit: number;
  /** When the count drops below the limit (no conversation can start meanwhile: the limit refuses it). */
  until: string;
}

/** Whether `hotelId` has started `limit` text conversations in the hour before `now`; null when not. */
export async function propertyConversationsFull(sql: Sql, hotelId: number, now: Date, limit: number): Promise<PropertyConversationsFull | null> {
  const since = new Date(now.getTime() - HOUR).toISOString();
  const rows = await sql.all<{ started_at: string }>(NEWEST_PROPERTY_CONVERSATIONS_SQL, [hotelId, since, limit]);
  if (rows.length < limit) return null;
  // `started_at >= since` counts a conversation until an hour after it started, that instant included.
  const until = new Date(new Date(rows[rows.length - 1]!.started_at).getTime() + HOUR + 1).toISOString();
  return { started: rows.length, limit, until };
}

/** Why a text from `from` must go unanswered, or null when it is answered as usual. */
export async function textFlood(
  sql: Sql,
  open: CallRow | undefined,
  from: string,
  hotelId: number,
  now: Date,
  perProperty = PROPERTY_CONVERSATIONS_PER_HOUR,
): Promise<TextFlood | null> {
  if (open) return open.step >= REPLIES_PER_CONVERSATION ? 'conversation_replies' : null;
  const since = new Date(now.getTime() - HOUR).toISOString();
  const started = await sql.get<{ n: number }>(CONVERSATIONS_SINCE_SQL, [from, hotelId, since]);
  if (Number(started?.n ?? 0) >= CONVERSATIONS_PER_HOUR) return 'conversations_per_hour';
  return (await propertyConversationsFull(sql, hotelId, now, perProperty)) ? 'property_conversations_per_hour' : null;
}
