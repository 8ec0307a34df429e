// Who is calling, from what the hotel already knows of their number: earlier calls and
// reservations (the seed: staff know at once who is calling and their history).

import type { Db } from '../storage/database.ts';

export interface CallerHistory {
  previousCalls: number;
  lastOutcome: string | null;
  lastReservation: { confirmation: string; arrival: string; guestName: string | null; status: string } | null;
}

type Params = { number: string; exclude: string };

export class CallerHistoryLookup {
  private readonly callsStmt;
  private readonly reservationStmt;

  constructor(db: Db) {
    this.callsStmt = db.prepare<[Params], { n: number; lastOutcome: string | null }>(
      `SELECT COUNT(*) AS n,
         (SELECT outcome FROM calls WHERE from_number = @number AND call_sid != @exclude ORDER BY started_at DESC LIMIT 1) AS lastOutcome
       FROM calls WHERE from_number = @number AND call_sid != @exclude`,
    );
    this.reservationStmt = db.prepare<[Params], { confirmation: string; arrival: string; guestName: string | null; status: string }>(
      `SELECT r.confirmation, r.arrival, r.guest_name AS guestName, r.status FROM reservations r
       LEFT JOIN calls c ON c.call_sid = r.call_sid
       WHERE (r.callback_number = @number OR c.from_number = @number) AND (r.call_sid IS NULL OR r.call_sid != @exclude)
       ORDER BY r.created_at DESC LIMIT 1`,
    );
  }

  /** Nothing for a withheld or empty number: it would match every other anonymous call. */
  lookup(number: string, excludeCallSid: string): CallerHistory {
    if (!/^\+?\d{6,}$/.test(number)) return { previousCalls: 0, lastOutcome: null, lastReservation: null };
    const calls = this.callsStmt.get({ number, exclude: excludeCallSid })!;
    return {
      previousCalls: calls.n,
      lastOutcome: calls.lastOutcome,
      lastReservation: this.reservationStmt.get({ number, exclude: excludeCallSid }) ?? null,
    };
  }
}

export function isReturning(history: CallerHistory): boolean {
  return history.previousCalls > 0 || history.lastReservation !== null;
}
