// The callback worklist: voicemail/callback requests left by the hand-off (SPEC §6). Open ones
// oldest first; a request tried without reaching the guest stays open with its attempts counted
// ("tried, no answer"); closing one takes a note of what was agreed.

import type { Sql } from '../../storage/sql.ts';
import { maskCardNumbers, maskDeep } from '../redact.ts';
import { inScope } from '../property-scope.ts';

/** What staff see: open (nobody has tried yet), tried (tried, no answer), done (called back). */
export type CallbackState = 'open' | 'tried' | 'done';

export interface CallbackView {
  id: number;
  callSid: string | null;
  createdAt: string;
  callerNumber: string;
  /** The name the caller gave, or the name on this number's latest reservation. */
  guestName: string | null;
  locale: string;
  reason: string | null;
  recordingUrl: string | null;
  transcript: string | null;
  /** completed or failed, as Twilio reported it; null while none has come. */
  transcriptStatus: string | null;
  /** What the call had collected (arrival, room type, …), as the hand-off stored it. */
  partial: Record<string, unknown> | null;
  status: 'open' | 'done';
  state: CallbackState;
  attempts: number;
  lastAttemptAt: string | null;
  lastAttemptBy: string | null;
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
  /** The property the guest called (hotels.id). */
  hotelId: number | null;
}

interface CallbackRow {
  id: number;
  call_sid: string | null;
  hotel_id: number | null;
  created_at: string;
  caller_number: string;
  locale: string;
  reason: string | null;
  recording_url: string | null;
  transcript: string | null;
  transcript_status: string | null;
  partial_json: string | null;
  status: 'open' | 'done';
  attempts: number;
  last_attempt_at: string | null;
  last_attempt_by: string | null;
  done_at: string | null;
  done_by: string | null;
  note: string | null;
  known_name: string | null;
}

export type CallbackStatusFilter = 'open' | 'done' | 'all';

const LIMIT = 500;

const KNOWN_NAME = `(SELECT r.guest_name FROM reservations r WHERE r.callback_number = cb.caller_number AND r.hotel_id = cb.hotel_id
    AND r.guest_name IS NOT NULL ORDER BY r.id DESC LIMIT 1) AS known_name`;

const SELECT = `SELECT cb.*, ${KNOWN_NAME} FROM callback_requests cb`;

/**
 * The first LIMIT requests in `order` (over `k`, then `cb`), with the name each caller is known by.
 * Sorted by their keys alone, then read and named for the requests listed only: sorting whole rows
 * (voicemail transcripts and all) and naming every caller who ever left a request took 16 ms of the
 * done list's 4,700 requests.
 */
const listed = (where: string, order: (t: string) => string) =>
  `SELECT cb.*, ${KNOWN_NAME}
     FROM (SELECT k.id FROM callback_requests k WHERE ${where} ORDER BY ${order('k')} LIMIT ?) AS p
     JOIN callback_requests cb ON cb.id = p.id ORDER BY ${order('cb')}`;

const LIST_SQL: Record<CallbackStatusFilter, (scope: string) => string> = {
  open: (scope) => listed(`k.status = 'open'${scope}`, (t) => `${t}.created_at, ${t}.id`),
  done: (scope) => listed(`k.status = 'done'${scope}`, (t) => `${t}.done_at DESC, ${t}.id DESC`),
  all: (scope) => listed(`1 = 1${scope}`, (t) => `CASE WHEN ${t}.status = 'done' THEN 1 ELSE 0 END, ${t}.created_at, ${t}.id`),
};

export class CallbackQueries {
  constructor(private readonly sql: Sql) {}

  async list(status: CallbackStatusFilter): Promise<CallbackView[]> {
    return (await this.sql.all<CallbackRow>(LIST_SQL[status](inScope('k.hotel_id')), [LIMIT])).map(viewOf);
  }

  async get(id: number): Promise<CallbackView | null> {
    const row = await this.sql.get<CallbackRow>(`${SELECT} WHERE cb.id = ?${inScope('cb.hotel_id')}`, [id]);
    return row ? viewOf(row) : null;
  }

  async openCount(): Promise<number> {
    return (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM callback_requests WHERE status = 'open'${inScope('hotel_id')}`))!.n;
  }

  /** Changes whenever a request is added, tried or closed: the live page refreshes its list then. */
  async queueSignature(): Promise<string> {
    const row = await this.sql.get<{ n: number; last: number | null; tries: number | null; done: number }>(
      `SELECT count(*) AS n, max(id) AS last, sum(attempts) AS tries,
              (SELECT count(*) FROM callback_requests WHERE status = 'done'${inScope('hotel_id')}) AS done
         FROM callback_requests WHERE status = 'open'${inScope('hotel_id')}`,
    );
    return `${row?.n ?? 0}:${row?.last ?? 0}:${row?.tries ?? 0}:${row?.done ?? 0}`;
  }

  /** When each open request was made, oldest first: what overdue is counted from. */
  async openCreatedAt(): Promise<string[]> {
    const rows = await this.sql.all<{ created_at: string }>(
      `SELECT created_at FROM callback_requests WHERE status = 'open'${inScope('hotel_id')} ORDER BY created_at LIMIT ?`,
      [LIMIT],
    );
    return rows.map((r) => r.created_at);
  }

  /** A try that did not reach the guest; false when the request is no longer open. */
  async tried(id: number, by: string, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE callback_requests SET attempts = attempts + 1, last_attempt_at = ?, last_attempt_by = ? WHERE id = ? AND status = 'open'${inScope('hotel_id')}`,
      [now.toISOString(), by, id],
    );
    return changes === 1;
  }

  /** Marks an open request called back; false when it was already done. */
  async close(id: number, by: string, note: string, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE callback_requests SET status = 'done', done_at = ?, done_by = ?, note = ? WHERE id = ? AND status = 'open'${inScope('hotel_id')}`,
      [now.toISOString(), by, note, id],
    );
    return changes === 1;
  }
}

function viewOf(row: CallbackRow): CallbackView {
  let partial: Record<string, unknown> | null = null;
  if (row.partial_json) {
    try {
      const parsed: unknown = JSON.parse(row.partial_json);
      partial = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      partial = { value: row.partial_json };
    }
  }
  const given = partial && typeof partial.guestName === 'string' && partial.guestName.trim() ? partial.guestName : null;
  const name = given ?? row.known_name;
  return {
    id: row.id,
    callSid: row.call_sid,
    createdAt: row.created_at,
    callerNumber: row.caller_number,
    guestName: name === null ? null : maskCardNumbers(name),
    locale: row.locale,
    reason: row.reason === null ? null : maskCardNumbers(row.reason),
    recordingUrl: row.recording_url,
    transcript: row.transcript === null ? null : maskCardNumbers(row.transcript),
    transcriptStatus: row.transcript_status,
    partial: partial === null ? null : maskDeep(partial),
    status: row.status,
    state: row.status === 'done' ? 'done' : row.attempts > 0 ? 'tried' : 'open',
    attempts: row.attempts,
    lastAttemptAt: row.last_attempt_at,
    lastAttemptBy: row.last_attempt_by,
    doneAt: row.done_at,
    doneBy: row.done_by,
    note: row.note === null ? null : maskCardNumbers(row.note),
    hotelId: row.hotel_id === null ? null : Number(row.hotel_id),
  };
}
