// What is happening now, for the figures that update on their own (GET /staff/live): phone calls
// in progress, callers ringing or talking with the front desk, text conversations open, and the
// callback requests waiting. Reads only calls started in the last 4 hours (Twilio ends a call
// after 4 hours at most), through the properties' index by start (calls_hotel_list).

import type { Sql } from '../../storage/sql.ts';
import { inScope } from '../property-scope.ts';

export interface LiveNow {
  callsInProgress: number;
  /** Calls in a hand-off state (the desk is ringing, or talking with the caller). */
  withDesk: number;
  textsOpen: number;
}

const WINDOW_MS = 4 * 3_600_000;

export class LiveQueries {
  readonly #sql: string;

  constructor(
    private readonly sql: Sql,
    handOffStates: readonly string[],
  ) {
    const desk = handOffStates.length ? handOffStates.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ') : "''";
    this.#sql = `SELECT
        COALESCE(SUM(CASE WHEN channel = 'voice' THEN 1 ELSE 0 END), 0) AS "callsInProgress",
        COALESCE(SUM(CASE WHEN channel = 'voice' AND state IN (${desk}) THEN 1 ELSE 0 END), 0) AS "withDesk",
        COALESCE(SUM(CASE WHEN channel = 'sms' THEN 1 ELSE 0 END), 0) AS "textsOpen"
      FROM calls WHERE started_at > ? AND ended_at IS NULL AND outcome IS NULL`;
  }

  async now(now: Date): Promise<LiveNow> {
    const row = await this.sql.get<LiveNow>(this.#sql + inScope('hotel_id'), [new Date(now.getTime() - WINDOW_MS).toISOString()]);
    return { callsInProgress: Number(row?.callsInProgress ?? 0), withDesk: Number(row?.withDesk ?? 0), textsOpen: Number(row?.textsOpen ?? 0) };
  }
}
