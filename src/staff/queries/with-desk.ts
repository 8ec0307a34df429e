// The calls being handed to the front desk right now (in a hand-off state: ringing the desk, or
// the desk listening to the whisper): what the desk's screen shows while the phone rings — who is
// calling, why they were sent, what they had given, and their last reservation — the whisper's
// context, to read instead of remember.

import type { Sql } from '../../storage/sql.ts';
import { inScope } from '../property-scope.ts';
import { maskCardNumbers } from '../redact.ts';
import { LIST_COLUMNS, contextOf, summaryOf } from './calls.ts';
import type { CallListRow, CallSummary } from './calls.ts';

export interface WithDeskCall extends CallSummary {
  collected: Record<string, unknown>;
  transferReason: string | null;
  /** The newest reservation made for the number calling, at the property called. */
  lastReservation: { id: number; confirmation: string; arrival: string; status: string } | null;
}

/** How far back a call still in progress is looked for (as the live counts, live.ts). */
const WINDOW_MS = 4 * 3_600_000;

export class WithDeskQueries {
  readonly #sql: string;

  constructor(
    private readonly sql: Sql,
    handOffStates: readonly string[],
  ) {
    const desk = handOffStates.length ? handOffStates.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ') : "''";
    this.#sql = `SELECT ${LIST_COLUMNS}, c.snapshot_json FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id
      WHERE c.started_at > ? AND c.ended_at IS NULL AND c.outcome IS NULL AND c.channel = 'voice' AND c.state IN (${desk})`;
  }

  /** Oldest first: the caller waiting longest is answered first. */
  async now(now: Date): Promise<WithDeskCall[]> {
    const rows = await this.sql.all<CallListRow & { snapshot_json: string }>(
      `${this.#sql}${inScope('c.hotel_id')} ORDER BY c.started_at, c.call_sid LIMIT 20`,
      [new Date(now.getTime() - WINDOW_MS).toISOString()],
    );
    const calls: WithDeskCall[] = [];
    for (const row of rows) {
      const summary = summaryOf(row, now);
      const context = contextOf(row.snapshot_json);
      const name = summary.guestName ?? (typeof context.guestName === 'string' ? context.guestName : null);
      const last = row.from_number.startsWith('+')
        ? await this.sql.get<{ id: number; confirmation: string; arrival: string; status: string }>(
            'SELECT id, confirmation, arrival, status FROM reservations WHERE callback_number = ? AND hotel_id = ? ORDER BY id DESC LIMIT 1',
            [row.from_number, row.hotel_id],
          )
        : undefined;
      calls.push({
        ...summary,
        guestName: name === null ? null : maskCardNumbers(name),
        collected: { arrival: context.arrival ?? null, roomType: context.roomType ?? null, rooms: context.rooms ?? null, nights: context.nights ?? null, payment: context.payment ?? null },
        transferReason: typeof context.transferReason === 'string' ? context.transferReason : null,
        lastReservation: last ? { id: Number(last.id), confirmation: last.confirmation, arrival: last.arrival, status: last.status } : null,
      });
    }
    return calls;
  }
}
