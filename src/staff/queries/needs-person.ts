// Today's calls that need a person (the overview's first panel beside arrivals): phone calls of the
// hotel day that ended as voicemail/callback, or abandoned — hung up before an outcome, a caller
// the desk did not answer among them (an unanswered transfer ends so, call-machine.ts
// settleOutcome). The newest few, and how many in all.
//
// A call stops nagging once it is dealt with, as far as the rows show it cheaply:
// - its callback request is marked done (one request gathers every ask of a number at a property,
//   callback-requests.ts: marking it done marks each ask's row done, so this matches by call);
// - the desk booked for it (a reservation whose call_sid is this call: "Book for this caller");
// - the same number called the same property again later that day and that call has an outcome
//   (booked, talked with the desk, heard their reservation, … or is itself listed here: each
//   number once, at its latest call); or a text conversation from it booked. A failed call leaves
//   the earlier one standing; so does a withheld number, which may be anyone.
// Read through the properties' index by start (calls_hotel_list), the later calls through
// calls_from_hotel (from_number, hotel_id, started_at), the requests by call (callback_requests_call),
// the desk's bookings by call (reservations_call).

import type { Sql } from '../../storage/sql.ts';
import { outcomeCondition } from '../outcomes.ts';
import type { OutcomeWord } from '../outcomes.ts';
import { scopeCondition } from '../property-scope.ts';
import { maskCardNumbers } from '../redact.ts';
import { LIST_COLUMNS, contextOf, summaryOf } from './calls.ts';
import { namesHeard } from './names-heard.ts';
import type { CallListRow, CallSummary } from './calls.ts';

/** The outcomes that need a person; `?outcome=follow-up` lists the same (outcomes.ts). */
export const NEEDS_PERSON: readonly OutcomeWord[] = ['callback', 'abandoned'];

/** The call's waiting request (`$`: the column wanted), by the call's ask (callback_requests_call) and its request's key. */
const WAITING_REQUEST = `SELECT $ FROM callback_requests cb JOIN callback_requests q ON q.id = COALESCE(cb.merged_into, cb.id)
  WHERE cb.call_sid = c.call_sid AND q.status = 'open' ORDER BY cb.id DESC LIMIT 1`;

/** How many of the newest the overview lists. */
export const NEEDS_PERSON_SHOWN = 5;

export interface NeedsPersonCall extends CallSummary {
  /** What the call had collected (arrival, room type, rooms, nights), as the flow kept it. */
  collected: Record<string, unknown>;
  transferReason: string | null;
  dialStatus: string | null;
  /** The caller left a voicemail (a recording on the call's request). */
  voicemail: boolean;
  /** Without a name on a reservation: the name heard on the call though never confirmed, or in its voicemail (names-heard.ts). */
  guestNameHeard: string | null;
  /**
   * The callback request waiting for this call (the one the worklist lists: the request its ask
   * was gathered into), for the overview's Tried / Done beside the call; null when it has none.
   */
  callback: { id: number; attempts: number } | null;
}

export interface NeedsPerson {
  /** Calls of the day that still need a person. */
  count: number;
  /** The newest of them, newest first. */
  calls: NeedsPersonCall[];
}

export class NeedsPersonQueries {
  constructor(private readonly sql: Sql) {}

  /** `day`: the hotel day's UTC bounds (HotelClock.period(today, today)). */
  async today(day: { startIso: string; endIso: string }, limit = NEEDS_PERSON_SHOWN): Promise<NeedsPerson> {
    const outcome = outcomeCondition(NEEDS_PERSON);
    const scope = scopeCondition('c.hotel_id');
    const rows = await this.sql.all<CallListRow & { snapshot_json: string; voicemail: number; needing: number; callback_id: number | null; callback_attempts: number | null }>(
      `WITH found AS (
        SELECT c.call_sid, c.started_at, count(*) OVER () AS needing FROM calls c
        WHERE ${scope ? `${scope} AND ` : ''}c.started_at >= ? AND c.started_at < ? AND c.channel = 'voice' AND ${outcome.sql}
          AND NOT EXISTS (SELECT 1 FROM callback_requests cb WHERE cb.call_sid = c.call_sid AND cb.status = 'done')
          AND NOT EXISTS (SELECT 1 FROM reservations b WHERE b.call_sid = c.call_sid)
          AND NOT (c.from_number LIKE '+%' AND EXISTS (SELECT 1 FROM calls l
            WHERE l.from_number = c.from_number AND l.hotel_id = c.hotel_id AND l.started_at >= c.started_at AND l.started_at < ?
              AND (l.started_at > c.started_at OR l.call_sid > c.call_sid)
              AND l.outcome IS NOT NULL AND l.outcome <> 'failed' AND (l.channel = 'voice' OR l.outcome = 'booked')))
        ORDER BY c.started_at DESC, c.call_sid DESC LIMIT ?)
      SELECT found.needing, ${LIST_COLUMNS}, c.snapshot_json,
        CASE WHEN EXISTS (SELECT 1 FROM callback_requests v WHERE v.call_sid = c.call_sid AND v.recording_url IS NOT NULL) THEN 1 ELSE 0 END AS voicemail,
        (${WAITING_REQUEST.replace('$', 'q.id')}) AS callback_id, (${WAITING_REQUEST.replace('$', 'q.attempts')}) AS callback_attempts
      FROM found CROSS JOIN calls c LEFT JOIN reservations r ON r.id = c.reservation_id
      WHERE c.call_sid = found.call_sid ORDER BY c.started_at DESC, c.call_sid DESC`,
      [day.startIso, day.endIso, ...outcome.params, day.endIso, limit],
    );
    const calls = rows.map((row) => ({ row, // Each with an outcome (the filter's): in progress or not does not arise.
      summary: summaryOf(row, new Date(day.endIso)), context: contextOf(row.snapshot_json) }));
    const given = (c: (typeof calls)[number]) => c.summary.guestName ?? (typeof c.context.guestName === 'string' ? c.context.guestName : null);
    const heard = await namesHeard(this.sql, calls.filter((c) => given(c) === null).map((c) => c.summary.callSid));
    return {
      count: Number(rows[0]?.needing ?? 0),
      calls: calls.map(({ row, summary, context }) => {
        const name = given({ row, summary, context });
        const nameHeard = name === null ? heard.get(summary.callSid) : undefined;
        return {
          ...summary,
          guestName: name === null ? null : maskCardNumbers(name),
          guestNameHeard: nameHeard === undefined ? null : maskCardNumbers(nameHeard),
          collected: { arrival: context.arrival ?? null, roomType: context.roomType ?? null, rooms: context.rooms ?? null, nights: context.nights ?? null },
          transferReason: typeof context.transferReason === 'string' ? context.transferReason : null,
          dialStatus: typeof context.dialStatus === 'string' ? context.dialStatus : null,
          voicemail: Number(row.voicemail) === 1,
          callback: row.callback_id === null || row.callback_id === undefined ? null : { id: Number(row.callback_id), attempts: Number(row.callback_attempts ?? 0) },
        };
      }),
    };
  }
}
