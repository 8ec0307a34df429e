// Who is calling, from what the hotel already knows of their number: earlier calls and
// reservations at this property (in a group, another hotel's guests are not this desk's) (the seed: staff know at once who is calling and their history).

import { phoneFromCallerId } from '../../flows/understanding/phone.ts';
import type { Params, Sql } from '../storage/sql.ts';
import { RESERVATIONS_OF_NUMBER } from './reservation-lookup.ts';

export interface CallerHistory {
  previousCalls: number;
  lastOutcome: string | null;
  lastReservation: { confirmation: string; arrival: string; guestName: string | null; status: string } | null;
}

export class CallerHistoryLookup {
  constructor(private readonly sql: Sql) {}

  /** Nothing for a withheld or empty number: it would match every other anonymous call. */
  async lookup(number: string, hotelId: number, excludeCallSid: string): Promise<CallerHistory> {
    if (!identifiesCaller(number)) return { previousCalls: 0, lastOutcome: null, lastReservation: null };
    const params: Params = { number, hotelId, exclude: excludeCallSid };
    const calls = (await this.sql.get<{ n: number; lastOutcome: string | null }>(
      `SELECT COUNT(*) AS n,
         (SELECT outcome FROM calls WHERE from_number = @number AND hotel_id = @hotelId AND call_sid != @exclude ORDER BY started_at DESC LIMIT 1) AS "lastOutcome"
       FROM calls WHERE from_number = @number AND hotel_id = @hotelId AND call_sid != @exclude`,
      params,
    ))!;
    const lastReservation = await this.sql.get<{ confirmation: string; arrival: string; guestName: string | null; status: string }>(
      `SELECT r.confirmation, r.arrival, r.guest_name AS "guestName", r.status FROM reservations r
       WHERE r.id IN (${RESERVATIONS_OF_NUMBER}) AND (r.call_sid IS NULL OR r.call_sid != @exclude)
       ORDER BY r.created_at DESC LIMIT 1`,
      params,
    );
    return { previousCalls: calls.n, lastOutcome: calls.lastOutcome, lastReservation: lastReservation ?? null };
  }
}

/**
 * A number that is one caller's: a phone number, not withheld or empty ("anonymous", "") nor a
 * stand-in for a withheld one (Twilio's +266696687, "ANONYMOUS" on a keypad), which would match
 * every other such call: the desk was whispered another withheld caller's reservation and name.
 */
export function identifiesCaller(number: string): boolean {
  return /^\+?\d{6,}$/.test(number) && phoneFromCallerId(number) !== null;
}

export function isReturning(history: CallerHistory): boolean {
  return history.previousCalls > 0 || history.lastReservation !== null;
}
