// The callback worklist: voicemail/callback requests left by the hand-off (SPEC §6). Open ones
// oldest first; a request tried without reaching the guest stays open with its attempts counted
// ("tried, no answer"); closing one takes a note of what was agreed.
// A guest who asked several times while their request was open has one request gathering every
// ask (src/calls/callback-requests.ts): listed once, by their first ask, with each call and
// voicemail; closing it closes every ask, so each call it gathered reads settled.

import { guestLockKey } from '../../calls/callback-requests.ts';
import { atomically, placeholders } from '../../storage/sql.ts';
import type { Sql } from '../../storage/sql.ts';
import { maskCardNumbers, maskDeep } from '../redact.ts';
import { inScope } from '../property-scope.ts';
import { namesHeard } from './names-heard.ts';

/** What staff see: open (nobody has tried yet), tried (tried, no answer), done (called back). */
export type CallbackState = 'open' | 'tried' | 'done';

/** One time the guest asked: a call (or text conversation) that left a request or added to it. */
export interface CallbackAsk {
  /** Its row: its voicemail plays at /staff/callbacks/{id}/recording. */
  id: number;
  callSid: string | null;
  askedAt: string;
  reason: string | null;
  recordingUrl: string | null;
  transcript: string | null;
  transcriptStatus: string | null;
}

export interface CallbackView {
  id: number;
  /** The call whose collected request is shown (the newest that collected any; else the newest): the one to book from. */
  callSid: string | null;
  /** When the guest first asked: the call back was promised then, and overdue counts from then. */
  createdAt: string;
  /** How many times the guest asked while the request was open, and when last. */
  asks: number;
  lastAskedAt: string;
  /** Every ask, oldest first (the first is the request's own row). */
  asked: CallbackAsk[];
  callerNumber: string;
  /** The name the caller gave, or the name on this number's latest reservation. */
  guestName: string | null;
  /**
   * Without either: the name heard on the guest's calls but never confirmed (said at the name
   * question, or in passing), else in the voicemail's transcript (names-heard.ts); null when none.
   */
  guestNameHeard: string | null;
  /** The newest ask's language and reason. */
  locale: string;
  reason: string | null;
  /** The newest voicemail among the asks (each is in `asked`). */
  recordingUrl: string | null;
  transcript: string | null;
  /** completed or failed, as Twilio reported it; null while none has come. */
  transcriptStatus: string | null;
  /** What the call `callSid` had collected (arrival, room type, …), as the hand-off stored it. */
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
  /** The caller's reservation there not yet over when they asked (THEIR_RESERVATION), or null. */
  reservationId: number | null;
  /** How long the request's own call lasted, in seconds (null: a text, or not over): a call of seconds that left nothing reads as a one-shot (callback-order.ts). */
  callSeconds: number | null;
}

/** An ask's own columns (every row has them: a request's own and those merged into it). */
interface AskRow {
  id: number;
  call_sid: string | null;
  created_at: string;
  locale: string;
  reason: string | null;
  recording_url: string | null;
  transcript: string | null;
  transcript_status: string | null;
  partial_json: string | null;
}

interface CallbackRow extends AskRow {
  hotel_id: number | null;
  caller_number: string;
  asks: number;
  last_asked_at: string | null;
  status: 'open' | 'done';
  attempts: number;
  last_attempt_at: string | null;
  last_attempt_by: string | null;
  done_at: string | null;
  done_by: string | null;
  note: string | null;
  known_name: string | null;
  reservation_id: number | string | null;
  call_seconds: number | string | null;
}

export type CallbackStatusFilter = 'open' | 'done' | 'all';

const KNOWN_NAME = `(SELECT r.guest_name FROM reservations r WHERE r.callback_number = cb.caller_number AND r.hotel_id = cb.hotel_id
    AND r.guest_name IS NOT NULL ORDER BY r.id DESC LIMIT 1) AS known_name`;

/**
 * The caller's reservation at the property not yet over when they asked (booked or arrived; the
 * soonest stay): a guest calling about the stay they have ("we'll be late, hold our room") is
 * called back about it, not booked again. A seek of reservations_callback_hotel, as KNOWN_NAME.
 */
const THEIR_RESERVATION = `(SELECT r.id FROM reservations r WHERE r.callback_number = cb.caller_number AND r.hotel_id = cb.hotel_id
    AND r.status IN ('booked', 'arrived') AND r.departure >= substr(cb.created_at, 1, 10) ORDER BY r.arrival, r.id LIMIT 1) AS reservation_id`;

/** The request's own call's length (callback-order.ts), by the calls' primary key. */
const CALL_SECONDS = '(SELECT c.duration_s FROM calls c WHERE c.call_sid = cb.call_sid) AS call_seconds';

const SELECT = `SELECT cb.*, ${KNOWN_NAME}, ${THEIR_RESERVATION}, ${CALL_SECONDS} FROM callback_requests cb`;

/**
 * The requests in `order` (over `k`, then `cb`) from an offset and up to a limit, with the name each
 * caller is known by. Sorted by their keys alone, then read and named for the requests listed only:
 * sorting whole rows (voicemail transcripts and all) and naming every caller who ever left a
 * request took 16 ms of the done list's 4,700 requests.
 */
const listed = (where: string, order: (t: string) => string) =>
  `SELECT cb.*, ${KNOWN_NAME}, ${THEIR_RESERVATION}, ${CALL_SECONDS}
     FROM (SELECT k.id FROM callback_requests k WHERE ${where} ORDER BY ${order('k')} LIMIT ? OFFSET ?) AS p
     JOIN callback_requests cb ON cb.id = p.id ORDER BY ${order('cb')}`;

/** The requests, not the asks merged into them. */
const REQUESTS = 'merged_into IS NULL';

/** Waiting, oldest first (the work queue, whole); called back, the latest first (paged). */
const WAITING_SQL = (scope: string) => listed(`k.status = 'open' AND k.${REQUESTS}${scope}`, (t) => `${t}.created_at, ${t}.id`);
const CALLED_BACK_SQL = (scope: string) => listed(`k.status = 'done' AND k.${REQUESTS}${scope}`, (t) => `${t}.done_at DESC, ${t}.id DESC`);

/**
 * The waiting requests' "limit": every one (a request left out would never be called back; at 500
 * the 501st waiting guest was missing from the list and its overdue count). A limit still, not
 * none, so that SQLite keeps sorting the keys alone before reading whole rows (without one it
 * flattens the subquery and sorts whole rows); the largest both SQLite and PostgreSQL take as one.
 */
const WHOLE = 2_147_483_647;

/**
 * One page of a callbacks list. The waiting requests are the desk's work queue: always whole, on
 * the first page (`open`, and `all` above the called back); the called-back ones, which grow
 * without end, are paged like the calls and texts.
 */
export interface CallbackListPage {
  items: CallbackView[];
  /** How many requests have been called back (what the pages are counted over); null for `open`, which is not paged. */
  calledBack: number | null;
}

const ASK_COLUMNS = 'id, merged_into, call_sid, created_at, locale, reason, recording_url, transcript, transcript_status, partial_json';

export class CallbackQueries {
  constructor(private readonly sql: Sql) {}

  /** The requests waiting (open or tried), oldest first: the whole work queue. */
  async waiting(): Promise<CallbackView[]> {
    return this.#withAsks(await this.sql.all<CallbackRow>(WAITING_SQL(inScope('k.hotel_id')), [WHOLE, 0]));
  }

  /** Page `page` (from 1) of the requests called back, the latest first, `perPage` a page. */
  async calledBack(page: number, perPage: number): Promise<CallbackView[]> {
    return this.#withAsks(await this.sql.all<CallbackRow>(CALLED_BACK_SQL(inScope('k.hotel_id')), [perPage, (page - 1) * perPage]));
  }

  /** How many requests have been called back. */
  async calledBackCount(): Promise<number> {
    return Number((await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM callback_requests WHERE status = 'done' AND ${REQUESTS}${inScope('hotel_id')}`))!.n);
  }

  /** Page `page` of a list: `open` is the waiting requests, whole; `done` the called back, paged; `all` both, the waiting on page 1 only. */
  async list(status: CallbackStatusFilter, page: number, perPage: number): Promise<CallbackListPage> {
    if (status === 'open') return { items: await this.waiting(), calledBack: null };
    const waiting = status === 'all' && page === 1 ? await this.waiting() : [];
    const done = await this.calledBack(page, perPage);
    return { items: [...waiting, ...done], calledBack: await this.calledBackCount() };
  }

  /** The request `id`, or the one the ask `id` was added to. */
  async get(id: number): Promise<CallbackView | null> {
    const row = await this.sql.get<CallbackRow>(
      `${SELECT} WHERE cb.id = (SELECT COALESCE(m.merged_into, m.id) FROM callback_requests m WHERE m.id = ?)${inScope('cb.hotel_id')}`,
      [id],
    );
    return row ? (await this.#withAsks([row]))[0]! : null;
  }

  /**
   * The number each reservation was booked from (its call's or text conversation's), by reservation
   * id: a request's reservation is found by the number it was made for (THEIR_RESERVATION), which a
   * caller booking for another guest gave as the guest's. Those made at the desk have none.
   */
  async bookedFrom(reservationIds: readonly number[]): Promise<Map<number, string>> {
    if (reservationIds.length === 0) return new Map();
    const rows = await this.sql.all<{ id: number; from_number: string }>(
      `SELECT r.id, c.from_number FROM reservations r JOIN calls c ON c.call_sid = r.call_sid WHERE r.id IN (${placeholders(reservationIds)})`,
      reservationIds,
    );
    return new Map(rows.map((r) => [Number(r.id), r.from_number]));
  }

  /** The voicemail of one ask (a request's own, or one added to it). */
  async recordingOf(id: number): Promise<string | null> {
    return (await this.sql.get<{ recording_url: string | null }>(`SELECT recording_url FROM callback_requests WHERE id = ?${inScope('hotel_id')}`, [id]))?.recording_url ?? null;
  }

  async openCount(): Promise<number> {
    return (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM callback_requests WHERE status = 'open' AND ${REQUESTS}${inScope('hotel_id')}`))!.n;
  }

  /** Changes whenever a request is added, asked again, tried or closed: the live page refreshes its list then. */
  async queueSignature(): Promise<string> {
    const row = await this.sql.get<{ n: number; last: number | null; tries: number | null; asks: number | null; done: number }>(
      `SELECT count(*) AS n, max(id) AS last, sum(attempts) AS tries, sum(asks) AS asks,
              (SELECT count(*) FROM callback_requests WHERE status = 'done' AND ${REQUESTS}${inScope('hotel_id')}) AS done
         FROM callback_requests WHERE status = 'open' AND ${REQUESTS}${inScope('hotel_id')}`,
    );
    return `${row?.n ?? 0}:${row?.last ?? 0}:${row?.tries ?? 0}:${row?.asks ?? 0}:${row?.done ?? 0}`;
  }

  /** When each open request was made (its first ask), oldest first: what overdue is counted from. */
  async openCreatedAt(): Promise<string[]> {
    const rows = await this.sql.all<{ created_at: string }>(
      `SELECT created_at FROM callback_requests WHERE status = 'open' AND ${REQUESTS}${inScope('hotel_id')} ORDER BY created_at`,
    );
    return rows.map((r) => r.created_at);
  }

  /** A try that did not reach the guest; false when the request is no longer open. */
  async tried(id: number, by: string, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE callback_requests SET attempts = attempts + 1, last_attempt_at = ?, last_attempt_by = ? WHERE id = ? AND status = 'open' AND ${REQUESTS}${inScope('hotel_id')}`,
      [now.toISOString(), by, id],
    );
    return changes === 1;
  }

  /**
   * Marks an open request called back, and every ask added to it (each call it gathered is then
   * settled: needs-person.ts, the call page); false when it was already done. Under the number's
   * lock (callback-requests.ts), so that an ask made meanwhile is added before it, or makes a new request after.
   */
  close(id: number, by: string, note: string, now: Date): Promise<boolean> {
    return atomically(this.sql, async (tx) => {
      const request = await tx.get<{ hotel_id: number | null; caller_number: string }>(
        `SELECT hotel_id, caller_number FROM callback_requests WHERE id = ? AND ${REQUESTS}${inScope('hotel_id')}`,
        [id],
      );
      if (!request) return false;
      await tx.lock(guestLockKey(request.hotel_id === null ? null : Number(request.hotel_id), request.caller_number));
      const done = [now.toISOString(), by, note, id];
      const { changes } = await tx.run(`UPDATE callback_requests SET status = 'done', done_at = ?, done_by = ?, note = ? WHERE id = ? AND status = 'open'`, done);
      if (changes !== 1) return false;
      await tx.run(`UPDATE callback_requests SET status = 'done', done_at = ?, done_by = ?, note = ? WHERE merged_into = ? AND status = 'open'`, done);
      return true;
    });
  }

  /** The views of `rows` (requests), each with the asks added to it read in one statement (callback_requests_merged). */
  async #withAsks(rows: CallbackRow[]): Promise<CallbackView[]> {
    const gathering = rows.filter((r) => Number(r.asks) > 1).map((r) => r.id);
    const added = new Map<number, AskRow[]>();
    if (gathering.length) {
      const asks = await this.sql.all<AskRow & { merged_into: number }>(
        `SELECT ${ASK_COLUMNS} FROM callback_requests WHERE merged_into IN (${placeholders(gathering)}) ORDER BY created_at, id`,
        gathering,
      );
      for (const ask of asks) {
        const key = Number(ask.merged_into);
        added.set(key, [...(added.get(key) ?? []), ask]);
      }
    }
    const views = rows.map((row) => viewOf(row, added.get(Number(row.id)) ?? []));
    // The unnamed requests' calls, read for a name heard in one statement.
    const unnamed = views.filter((v) => v.guestName === null);
    const heard = await namesHeard(this.sql, unnamed.flatMap((v) => v.asked.map((a) => a.callSid).filter((sid): sid is string => sid !== null)));
    for (const v of unnamed) {
      const name = [...v.asked].reverse().map((a) => (a.callSid === null ? undefined : heard.get(a.callSid))).find((n) => n !== undefined);
      v.guestNameHeard = name === undefined ? null : maskCardNumbers(name);
    }
    return views;
  }
}

function partialOf(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
  } catch {
    return { value: json };
  }
}

/** Whether a call had collected any of the stay (what the worklist shows as "Wanted"). */
const collectedAny = (p: Record<string, unknown> | null) => p !== null && ['arrival', 'roomType', 'rooms', 'nights'].some((k) => p[k] !== null && p[k] !== undefined);

const givenName = (p: Record<string, unknown> | null) => (p && typeof p.guestName === 'string' && p.guestName.trim() ? p.guestName : null);

function viewOf(row: CallbackRow, added: AskRow[]): CallbackView {
  const asks = [row, ...added];
  const partials = asks.map((a) => partialOf(a.partial_json));
  const newest = asks.length - 1;
  // The newest ask that collected something, so a last call that only asked for the desk does not hide what an earlier one collected.
  const newestFirst = [...asks.keys()].reverse();
  const shown = newestFirst.find((i) => collectedAny(partials[i]!)) ?? newest;
  const partial = partials[shown]!;
  const voicemail = newestFirst.map((i) => asks[i]!).find((a) => a.recording_url !== null);
  const name = newestFirst.map((i) => givenName(partials[i]!)).find((n) => n !== null) ?? row.known_name;
  const last = asks[newest]!;
  return {
    id: row.id,
    callSid: asks[shown]!.call_sid,
    createdAt: row.created_at,
    asks: asks.length,
    lastAskedAt: row.last_asked_at ?? last.created_at,
    asked: asks.map((a) => ({
      id: Number(a.id),
      callSid: a.call_sid,
      askedAt: a.created_at,
      reason: a.reason === null ? null : maskCardNumbers(a.reason),
      recordingUrl: a.recording_url,
      transcript: a.transcript === null ? null : maskCardNumbers(a.transcript),
      transcriptStatus: a.transcript_status,
    })),
    callerNumber: row.caller_number,
    guestName: name === null ? null : maskCardNumbers(name),
    guestNameHeard: null,
    locale: last.locale,
    reason: last.reason === null ? null : maskCardNumbers(last.reason),
    recordingUrl: voicemail?.recording_url ?? null,
    transcript: voicemail?.transcript == null ? null : maskCardNumbers(voicemail.transcript),
    transcriptStatus: voicemail?.transcript_status ?? null,
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
    reservationId: row.reservation_id === null || row.reservation_id === undefined ? null : Number(row.reservation_id),
    callSeconds: row.call_seconds === null || row.call_seconds === undefined ? null : Number(row.call_seconds),
  };
}
