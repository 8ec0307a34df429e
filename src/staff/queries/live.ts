// What is happening now, for the figures that update on their own (GET /staff/live): phone calls
// in progress, callers ringing or talking with the front desk, text conversations open, and the
// callback requests waiting. In progress as active-now.ts says, the same as the Calls list's "in
// progress" and a call's page: read among the open calls only (the partial indexes of open calls,
// calls_open_voice and calls_open_conversations, hold only those).

import type { Sql } from '../../storage/sql.ts';
import { ACTIVE_SQL, activeParams } from '../active-now.ts';
import { inScope } from '../property-scope.ts';

export interface LiveNow {
  callsInProgress: number;
  /** Calls in a hand-off state (the desk is ringing, or talking with the caller). */
  withDesk: number;
  /** Text conversations in progress: open, with a message in the last TEXTING_NOW_MINUTES. */
  textsOpen: number;
}

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
      FROM calls c WHERE c.call_sid IN (
        SELECT o.call_sid FROM calls o WHERE o.channel = 'voice' AND o.ended_at IS NULL
        UNION ALL SELECT o.call_sid FROM calls o WHERE o.channel = 'sms' AND o.ended_at IS NULL)
        AND c.outcome IS NULL AND ${ACTIVE_SQL}`;
  }

  async now(now: Date): Promise<LiveNow> {
    const row = await this.sql.get<LiveNow>(this.#sql + inScope('+c.hotel_id'), activeParams(now));
    return { callsInProgress: Number(row?.callsInProgress ?? 0), withDesk: Number(row?.withDesk ?? 0), textsOpen: Number(row?.textsOpen ?? 0) };
  }
}
