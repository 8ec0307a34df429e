// Calls for staff: the filtered, paged list, one call's timeline, and the CSV export.

import { setImmediate as nextTurnOfTheLoop } from 'node:timers/promises';
import { placeholders } from '../../storage/sql.ts';
import type { Dialect, Sql, SqlValue } from '../../storage/sql.ts';
import { ACTIVE_SQL, activeParams, isActive } from '../active-now.ts';
import { OUTCOME_SQL, outcomeCondition, outcomeKey, outcomeWords } from '../outcomes.ts';
import type { OutcomeKey } from '../outcomes.ts';
import { EN } from '../words-en.ts';
import type { Channel, OutcomeFilter } from '../outcomes.ts';
import { shownStatus } from '../../inventory/reservation-status.ts';
import { maskCardNumbers, maskDeep } from '../redact.ts';
import { containsPattern, foldText } from '../../storage/fold.ts';
import { eachPropertyInOrder, inScope, scopeCondition } from '../property-scope.ts';
import { nameWordsCondition } from './name-words.ts';

export interface CallFilter {
  /** UTC instants: calls started at or after `startIso` and before `endIso`. */
  startIso?: string;
  endIso?: string;
  /**
   * With several properties in view, each one's own bounds of the dates asked (its own midnight, in
   * its own time zone); `startIso`/`endIso` then span them all, so the index of start times still
   * leads and this only narrows each property's calls to its own day.
   */
  propertyDays?: readonly { hotelId: number; startIso?: string; endIso?: string }[];
  outcome?: OutcomeFilter;
  /** Digits the calling number contains. */
  callerDigits?: string;
  /** Part of a guest's name (any accents, any case): on the call's reservation or this number's. */
  guestName?: string;
  /** A reservation's confirmation number: the calls of that reservation or its number, as guestName finds them (not with guestName). */
  confirmation?: string;
  locale?: string;
  channel?: Channel;
}

export interface CallSummary {
  callSid: string;
  /** 'voice': a phone call; 'sms': a text conversation (its callSid is TX…). */
  channel: Channel;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
  from: string;
  to: string;
  locale: string;
  status: string;
  state: string;
  outcome: string | null;
  /** What became of it, for the pages to say in their language (not in the API's JSON). */
  outcomeKey: OutcomeKey;
  /** The same in English: the API's, the CSV's, the terminal's. */
  outcomeLabel: string;
  /** The last message or webhook of the call (a text conversation's last text, either way). */
  lastActivityAt: string;
  reservation: { id: number; confirmation: string } | null;
  /**
   * Every reservation made in the call, oldest first (a caller may book again after "You're
   * booked": each keeps the call's SID, while the call's own reservation_id is the last one's).
   */
  reservations: { id: number; confirmation: string }[];
  /** The name on the call's reservation, or on the latest reservation made from this number. */
  guestName: string | null;
  /** The property called (hotels.id). */
  hotelId: number;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

export interface CallListRow {
  call_sid: string;
  hotel_id: number;
  channel: string;
  started_at: string;
  ended_at: string | null;
  duration_s: number | null;
  from_number: string;
  to_number: string;
  locale: string;
  status: string;
  state: string;
  outcome: string | null;
  updated_at: string;
  reservation_id: number | null;
  confirmation: string | null;
  guest_name: string | null;
}

export interface SaidLine {
  prompt: string;
  locale: string | null;
  text: string;
}

/** What the caller did at a step, as heard. */
export interface Heard {
  digits?: string;
  speech?: string;
  /** 0..1, or null when Twilio sent none. */
  confidence?: number | null;
  recordingUrl?: string | null;
  dialStatus?: string;
  callStatus?: string;
  durationSeconds?: number | null;
  /** Anything else the step recorded, as stored. */
  other?: Record<string, unknown>;
}

export interface TimelineEntry {
  id: number;
  step: number;
  at: string;
  kind: string;
  fromState: string | null;
  toState: string | null;
  heard: Heard | null;
  understood: string | null;
  said: SaidLine[];
  /** Set for kind 'error': what went wrong. */
  error: string | null;
  /** The step asked the same question again (a miss, a repeat). */
  reprompt: boolean;
}

export interface ReservationBrief {
  id: number;
  confirmation: string;
  status: string;
  arrival: string;
  departure: string;
  nights: number;
  rooms: number;
  roomType: string;
  total: number;
  currency: string;
  guestName: string | null;
  nameRecordingUrl: string | null;
  paymentMethod: string;
  callbackNumber: string;
  holdUntil: string;
}

export interface CallbackBrief {
  /** This call's ask (its row: its voicemail plays at /staff/callbacks/{id}/recording). */
  id: number;
  createdAt: string;
  /** The request it is part of (its own id, or the open request of the number it was added to) and how many times that was asked. */
  requestId: number;
  requestCreatedAt: string;
  asks: number;
  status: string;
  reason: string | null;
  recordingUrl: string | null;
  /** Twilio's transcription of its voicemail, when there is one: what the caller said they wanted. */
  transcript: string | null;
  note: string | null;
  doneAt: string | null;
  doneBy: string | null;
}

export interface CallDetail extends CallSummary {
  /** What the call had collected, as the flow kept it (for the one-line summary). */
  collected: Record<string, unknown>;
  transferReason: string | null;
  dialStatus: string | null;
  timeline: TimelineEntry[];
  reservations: ReservationBrief[];
  callbacks: CallbackBrief[];
}

export const LIST_COLUMNS = `c.call_sid, c.hotel_id, c.channel, c.started_at, c.ended_at, c.duration_s, c.from_number, c.to_number, c.locale, c.status,
  c.state, ${OUTCOME_SQL} AS outcome, c.updated_at, r.id AS reservation_id, r.confirmation,
  COALESCE(r.guest_name, (SELECT g.guest_name FROM reservations g WHERE g.callback_number = c.from_number AND g.hotel_id = c.hotel_id
    AND g.guest_name IS NOT NULL ORDER BY g.id DESC LIMIT 1)) AS guest_name`;

/**
 * Rows per statement when the CSV export walks every matching call. On SQLite each statement runs
 * on the event loop that answers Twilio's webhooks, and the export lets it run between two
 * (iterate). On 100,000 calls of two properties a page of 100 took 1.7 ms (median; at most 9 ms),
 * the whole export 1.8 s; pages of 500 took 16 ms each (up to 82 ms), 3.5 s in all.
 */
export const EXPORT_PAGE = 100;

/** The newest first, as every list shows calls. */
const NEWEST_FIRST = 'ORDER BY c.started_at DESC, c.call_sid DESC';

export class CallQueries {
  /** `exportPage`: rows per statement of iterate() (tests make it small to see the pages). */
  constructor(
    private readonly sql: Sql,
    private readonly exportPage = EXPORT_PAGE,
    /** Now, for what is in progress (active-now.ts). */
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(filter: CallFilter, page: number, perPage: number): Promise<{ total: number; calls: CallSummary[] }> {
    const now = this.clock();
    const where = conditionsOf(filter, this.sql.dialect, now);
    const offset = (page - 1) * perPage;
    const scope = scopeCondition(propertyOf(where));
    const selected = `${where.from} WHERE ${[...(scope ? [scope] : []), ...where.clauses].join(' AND ') || '1 = 1'}`;
    // The count and the page in one statement (a row with the count alone when the page is empty),
    // so that what a WITH finds is found once. Counted in an index alone (calls_hotel_list holds
    // what most filters read): no call row is read to count. Calls found through another index
    // are found once, then counted and sorted.
    const { found } = where;
    const ctes = found ? [...where.with, { sql: `found AS MATERIALIZED (${selectOf(where, scope)})`, params: paramsOf(where) }] : where.with;
    const newest = found
      ? { sql: 'SELECT found.call_sid, found.started_at FROM found ORDER BY found.started_at DESC, found.call_sid DESC', params: [] }
      : newestOf(where, offset + perPage);
    const rows = await this.sql.all<Nullable<CallListRow> & { total: number }>(
      `${withOf(ctes)}SELECT t.total, l.* FROM (SELECT count(*) AS total FROM ${found ? 'found' : selected}) AS t
         LEFT JOIN (${pageOf(newest.sql, 'LIMIT ? OFFSET ?')}) AS l ON 1 = 1 ORDER BY l.started_at DESC, l.call_sid DESC`,
      [...ctes.flatMap((cte) => cte.params), ...(found ? [] : where.params), ...newest.params, perPage, offset],
    );
    const shown = rows.filter((r): r is CallListRow & { total: number } => r.call_sid !== null);
    return { total: Number(rows[0]?.total ?? 0), calls: await this.#withEveryReservation(shown.map((row) => summaryOf(row, now))) };
  }

  /** The calls with every reservation each made (by the call's SID, reservations_call), in one statement. */
  async #withEveryReservation(calls: CallSummary[]): Promise<CallSummary[]> {
    if (calls.length === 0) return calls;
    const sids = calls.map((c) => c.callSid);
    const made = await this.sql.all<{ call_sid: string; id: number; confirmation: string }>(
      `SELECT call_sid, id, confirmation FROM reservations WHERE call_sid IN (${placeholders(sids)})`,
      sids,
    );
    const byCall = new Map<string, { id: number; confirmation: string }[]>();
    for (const r of made) {
      const list = byCall.get(r.call_sid) ?? [];
      list.push({ id: Number(r.id), confirmation: r.confirmation });
      byCall.set(r.call_sid, list);
    }
    return calls.map((c) => {
      const all = byCall.get(c.callSid) ?? [];
      // The call's own (a reservation made at the desk from it keeps no SID of the call's) as well.
      if (c.reservation && !all.some((r) => r.id === c.reservation!.id)) all.push(c.reservation);
      return { ...c, reservations: all.sort((a, b) => a.id - b.id) };
    });
  }

  /**
   * Every matching call, newest first, a page of rows at a time (the CSV export). The event loop
   * runs before each page: a statement's promise resolves at once on SQLite, so without that an
   * export of two years (100,000 calls) held every webhook behind it for 3 s.
   */
  async *iterate(filter: CallFilter): AsyncGenerator<CallSummary> {
    const now = this.clock();
    const where = conditionsOf(filter, this.sql.dialect, now);
    if (where.found) {
      yield* this.#iterateFound(where, now);
      return;
    }
    const pageRows = this.exportPage;
    let after: CallListRow | null = null;
    for (;;) {
      await nextTurnOfTheLoop();
      // Keyset paging on the sort order: each page starts after the last row of the one before
      // (the bound on started_at alone is what an index seeks to; the OR says which calls at it).
      const keyset = after
        ? { clauses: ['c.started_at <= ?', '(c.started_at < ? OR (c.started_at = ? AND c.call_sid < ?))'], params: [after.started_at, after.started_at, after.started_at, after.call_sid] }
        : { clauses: [], params: [] };
      const newest = newestOf({ ...where, clauses: [...where.clauses, ...keyset.clauses], params: [...where.params, ...keyset.params] }, pageRows);
      const rows: CallListRow[] = await this.sql.all<CallListRow>(withOf(where.with) + pageOf(newest.sql, 'LIMIT ?'), [...where.with.flatMap((cte) => cte.params), ...newest.params, pageRows]);
      for (const call of await this.#withEveryReservation(rows.map((row) => summaryOf(row, now)))) yield call;
      if (rows.length < pageRows) return;
      after = rows[rows.length - 1]!;
    }
  }

  /**
   * The export where another index than the property's finds the calls (a name over all time, a
   * number's digits, the calls in progress): they are found once, in order, as the list's page
   * finds them, and then read a page at a time by call SID. Finding them is the statement's whole
   * cost, and paging by keyset found them all again for every page: a name as short as "a" held
   * the event loop 250–350 ms at each of 250 pages (36 s) on 100,000 calls; now once, as long as
   * the list's first page takes.
   */
  async *#iterateFound(where: Conditions, now: Date): AsyncGenerator<CallSummary> {
    await nextTurnOfTheLoop();
    const newest = newestOf(where, 0);
    const found = await this.sql.all<{ call_sid: string }>(withOf(where.with) + newest.sql, [...where.with.flatMap((cte) => cte.params), ...newest.params]);
    const sids = found.map((row) => row.call_sid);
    for (let at = 0; at < sids.length; at += this.exportPage) {
      await nextTurnOfTheLoop();
      const page = sids.slice(at, at + this.exportPage);
      // The rows as they are now; a call the page no longer finds (none is deleted) is left out.
      const rows = await this.sql.all<CallListRow>(
        `SELECT ${LIST_COLUMNS} FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id
          WHERE c.call_sid IN (${placeholders(page)}) ${NEWEST_FIRST}`,
        page,
      );
      for (const call of await this.#withEveryReservation(rows.map((row) => summaryOf(row, now)))) yield call;
    }
  }

  /** One call; its reservations' status as staff see it at `now` (released past the hold). */
  async get(callSid: string, now: Date = this.clock()): Promise<CallDetail | null> {
    const row = await this.sql.get<CallListRow & { snapshot_json: string }>(
      `SELECT ${LIST_COLUMNS}, c.snapshot_json FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id WHERE c.call_sid = ?${inScope('c.hotel_id')}`,
      [callSid],
    );
    if (!row) return null;
    const context = contextOf(row.snapshot_json);
    const events = await this.sql.all<EventRow>(
      'SELECT id, step, at, kind, from_state, to_state, input_json, understood, said_json FROM call_events WHERE call_sid = ? ORDER BY id',
      [callSid],
    );
    const reservations = await this.sql.all<ReservationRowForCall>(
      `SELECT r.*, rt.code AS room_type FROM reservations r JOIN room_types rt ON rt.id = r.room_type_id
        WHERE r.call_sid = ? OR r.id = (SELECT reservation_id FROM calls WHERE call_sid = ?) ORDER BY r.id`,
      [callSid, callSid],
    );
    const callbacks = await this.sql.all<CallbackRowForCall>(
      `SELECT cb.id, cb.created_at, cb.status, cb.reason, cb.recording_url, cb.transcript, cb.note, cb.done_at, cb.done_by,
              q.id AS request_id, q.created_at AS request_created_at, q.asks
         FROM callback_requests cb JOIN callback_requests q ON q.id = COALESCE(cb.merged_into, cb.id)
        WHERE cb.call_sid = ? ORDER BY cb.id`,
      [callSid],
    );
    return {
      ...summaryOf(row, now),
      guestName: summaryOf(row, now).guestName ?? (typeof context.guestName === 'string' ? maskCardNumbers(context.guestName) : null),
      collected: {
        arrival: context.arrival ?? null,
        roomType: context.roomType ?? null,
        rooms: context.rooms ?? null,
        nights: context.nights ?? null,
        payment: context.payment ?? null,
      },
      transferReason: typeof context.transferReason === 'string' ? context.transferReason : null,
      dialStatus: typeof context.dialStatus === 'string' ? context.dialStatus : null,
      timeline: events.map(entryOf),
      reservations: reservations.map((r) => ({
        id: r.id,
        confirmation: r.confirmation,
        status: shownStatus(r.status as 'booked' | 'arrived' | 'cancelled', r.hold_until, now),
        arrival: r.arrival,
        departure: r.departure,
        nights: r.nights,
        rooms: r.rooms,
        roomType: r.room_type,
        total: r.total,
        currency: r.currency,
        guestName: r.guest_name === null ? null : maskCardNumbers(r.guest_name),
        nameRecordingUrl: r.name_recording_url,
        paymentMethod: r.payment_method,
        callbackNumber: r.callback_number,
        holdUntil: r.hold_until,
      })),
      callbacks: callbacks.map((c) => ({
        id: c.id,
        createdAt: c.created_at,
        requestId: Number(c.request_id),
        requestCreatedAt: c.request_created_at,
        asks: Number(c.asks),
        status: c.status,
        reason: c.reason,
        recordingUrl: c.recording_url,
        transcript: c.transcript === null ? null : maskCardNumbers(c.transcript),
        note: c.note === null ? null : maskCardNumbers(c.note),
        doneAt: c.done_at,
        doneBy: c.done_by,
      })),
    };
  }
}

/** A row of call_events, as stored. */
export interface EventRow {
  id: number;
  step: number;
  at: string;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  input_json: string | null;
  understood: string | null;
  said_json: string | null;
}

interface ReservationRowForCall {
  id: number;
  confirmation: string;
  status: string;
  arrival: string;
  departure: string;
  nights: number;
  rooms: number;
  room_type: string;
  total: number;
  currency: string;
  guest_name: string | null;
  name_recording_url: string | null;
  payment_method: string;
  callback_number: string;
  hold_until: string;
}

interface CallbackRowForCall {
  id: number;
  created_at: string;
  request_id: number;
  request_created_at: string;
  asks: number;
  status: string;
  reason: string | null;
  recording_url: string | null;
  transcript: string | null;
  note: string | null;
  done_at: string | null;
  done_by: string | null;
}

/** A filter as SQL over `calls c`, the properties in view apart: what calls_hotel_list answers without the call's row. */
interface Conditions {
  /** What the clauses name beside the tables: `name AS (…)` for a WITH, with its parameters (which come first). */
  with: { sql: string; params: SqlValue[] }[];
  /** `calls c`, or the same through the index that answers the filter, or joined to the rows it is found from (`ways`). */
  from: string;
  /**
   * Whether another index than the property's leads (the open calls', a number's, a name's
   * reservations'): the calls it finds are few, found for every property in view at once and sorted. The property is then named
   * `+c.hotel_id`, which SQLite does not look up by index.
   */
  found: boolean;
  /**
   * When the calls are found from other rows (a name's reservations), the ways they are joined to
   * `from`, each a condition: the calls are those any way finds, each once (UNION). Null: `from` alone.
   */
  ways: string[] | null;
  clauses: string[];
  params: SqlValue[];
}

function conditionsOf(filter: CallFilter, dialect: Dialect, now: Date): Conditions {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  let from = 'calls c';
  let found = false;
  let ways: string[] | null = null;
  const with_: Conditions['with'] = [];
  if (filter.startIso) {
    clauses.push('c.started_at >= ?');
    params.push(filter.startIso);
  }
  if (filter.endIso) {
    clauses.push('c.started_at < ?');
    params.push(filter.endIso);
  }
  if (filter.propertyDays?.length) {
    const each = filter.propertyDays.map((d) => {
      // Ids from the hotels table (integers), written into the SQL as property-scope.ts does.
      if (!Number.isSafeInteger(d.hotelId)) throw new Error(`not a hotel id: ${String(d.hotelId)}`);
      const bounds = [`c.hotel_id = ${d.hotelId}`];
      if (d.startIso) {
        bounds.push('c.started_at >= ?');
        params.push(d.startIso);
      }
      if (d.endIso) {
        bounds.push('c.started_at < ?');
        params.push(d.endIso);
      }
      return `(${bounds.join(' AND ')})`;
    });
    clauses.push(`(${each.join(' OR ')})`);
  }
  const inProgress = filter.outcome?.kind === 'in-progress' || filter.outcome?.kind === 'quiet';
  if (inProgress) {
    // Calls still open are the few in the partial indexes of open calls (one per channel): looked
    // up there, not among every call of the property. In progress or gone quiet as the live
    // figures and a call's page say (active-now.ts).
    clauses.push(`c.outcome IS NULL AND c.ended_at IS NULL AND c.call_sid IN (
      SELECT o.call_sid FROM calls o WHERE o.channel = 'voice' AND o.ended_at IS NULL
      UNION ALL SELECT o.call_sid FROM calls o WHERE o.channel = 'sms' AND o.ended_at IS NULL)
      AND ${filter.outcome?.kind === 'quiet' ? 'NOT ' : ''}${ACTIVE_SQL}`);
    params.push(...activeParams(now));
    found = true;
  } else if (filter.outcome?.kind === 'outcomes') {
    const outcome = outcomeCondition(filter.outcome.outcomes);
    clauses.push(outcome.sql);
    params.push(...outcome.params);
  }
  if (filter.callerDigits) {
    // Digits only (the parameter is validated), so there is no LIKE wildcard to escape.
    clauses.push("replace(replace(replace(c.from_number, '+', ''), '-', ''), ' ', '') LIKE ?");
    params.push(`%${filter.callerDigits}%`);
    // Over all time, the numbers are read in the index of numbers (calls_from_hotel), not in the
    // calls' rows: a property's calls from a number are few, and sorted once found. A name given
    // as well leads instead (below): its calls are fewer than a number's digits match.
    if (!filter.startIso && !inProgress && !filter.guestName && !filter.confirmation) {
      from = dialect.indexed('calls c', 'calls_from_hotel');
      found = true;
    }
  }
  // A guest's name: as stored folded (migration 12), so nothing is folded here; its words typed in
  // any order, or only some of them (name-words.ts). A confirmation number: its reservation (the
  // unique index), and so its guest's calls as a name would find them.
  const words = filter.guestName
    ? (nameWordsCondition('g.guest_name_folded', filter.guestName) ?? { sql: "g.guest_name_folded LIKE ? ESCAPE '\\'", params: [containsPattern(foldText(filter.guestName))] })
    : filter.confirmation
      ? { sql: 'g.confirmation = ?', params: [filter.confirmation] }
      : null;
  if (words) {
    const folded = words.sql;
    // The name on the call's reservation, or on a reservation of this number at the same property
    // (a guest of one property is not named to the staff of another because they once called it
    // too). Within a period, or among the calls in progress, looked up for each of those calls.
    // Otherwise the reservations whose name matches are found first, in one pass over reservations,
    // and their calls from them: by the reservation (calls_reservation) and by its number at its
    // property in view (calls_from_hotel), each a seek, the call's row read once for each way it is
    // found; then counted and sorted (found). Testing every call of the property in
    // calls_hotel_list against them instead took 30 to 90 ms on 50,000 calls a property.
    // CROSS JOIN: SQLite, not knowing how few the reservations are, otherwise reads every call.
    if (filter.startIso || inProgress) {
      clauses.push(`(EXISTS (SELECT 1 FROM reservations g WHERE g.id = c.reservation_id AND ${folded})
        OR EXISTS (SELECT 1 FROM reservations g WHERE g.callback_number = c.from_number AND g.hotel_id = c.hotel_id AND ${folded}))`);
      params.push(...words.params, ...words.params);
    } else {
      with_.push({ sql: `named AS MATERIALIZED (SELECT g.id, g.callback_number, g.hotel_id FROM reservations g WHERE ${folded})`, params: words.params });
      from = 'named CROSS JOIN calls c';
      const named = scopeCondition('named.hotel_id');
      ways = ['c.reservation_id = named.id', `c.from_number = named.callback_number AND c.hotel_id = named.hotel_id${named ? ` AND ${named}` : ''}`];
      found = true;
    }
  }
  if (filter.locale) {
    clauses.push('c.locale = ?');
    params.push(filter.locale);
  }
  if (filter.channel) {
    clauses.push('c.channel = ?');
    params.push(filter.channel);
  }
  return { with: with_, from, found, ways, clauses, params };
}

/**
 * The calls matching `where`, newest first, as `SELECT call_sid, started_at …` to which the caller
 * adds its LIMIT (and OFFSET): at most `limit` rows are wanted. Each property in view is walked
 * through calls_hotel_list, whose order is the list's, stopping at `limit`; or, where another index
 * leads, all of them at once.
 */
function newestOf(where: Conditions, limit: number): { sql: string; params: SqlValue[] } {
  const select = (property: string | null) => selectOf(where, property, true);
  if (where.found) return { sql: select(scopeCondition(propertyOf(where))), params: paramsOf(where) };
  const { sql, params } = eachPropertyInOrder(propertyOf(where), select, 'w.started_at DESC, w.call_sid DESC');
  return { sql, params: params(where.params, limit) };
}

/**
 * `SELECT call_sid, started_at` of the calls matching `where` (and `property`, when given), in the
 * list's order if `newestFirst`; where they are found several ways, the union of them. Bound with
 * paramsOf(where).
 */
function selectOf(where: Conditions, property: string | null, newestFirst = false): string {
  const select = (way: string | null) => {
    const clauses = [...(way ? [way] : []), ...(property ? [property] : []), ...where.clauses];
    return `SELECT c.call_sid, c.started_at FROM ${where.from}${clauses.length ? ` WHERE ${clauses.join(' AND ')}` : ''}`;
  };
  if (!where.ways) return newestFirst ? `${select(null)} ${NEWEST_FIRST}` : select(null);
  const union = `SELECT u.call_sid, u.started_at FROM (${where.ways.map(select).join(' UNION ')}) AS u`;
  return newestFirst ? `${union} ORDER BY u.started_at DESC, u.call_sid DESC` : union;
}

/** The parameters of selectOf(where): the clauses' for each way the calls are found. */
function paramsOf(where: Conditions): SqlValue[] {
  return where.ways ? where.ways.flatMap(() => where.params) : where.params;
}

/** How the WHERE names the property: not by its index where another leads. */
function propertyOf(where: Conditions): string {
  return where.found ? '+c.hotel_id' : 'c.hotel_id';
}

/** `WITH a AS (…), b AS (…) ` to begin a statement with, or ''. */
function withOf(ctes: readonly { sql: string }[]): string {
  return ctes.length ? `WITH ${ctes.map((cte) => cte.sql).join(', ')} ` : '';
}

/**
 * The listed columns of the calls `newest` selects, cut to `limit` (LIMIT ?, or LIMIT ? OFFSET ?):
 * the outcome's CASE and the guest's name are worked out for the calls shown only. CROSS JOIN: the
 * page first, then its calls by call_sid; SQLite otherwise walked every call in calls_started for
 * the order and looked each up in the page (a name's export page: 150 ms).
 */
function pageOf(newest: string, limit: string): string {
  return `SELECT ${LIST_COLUMNS} FROM (${newest} ${limit}) AS p
    CROSS JOIN calls c LEFT JOIN reservations r ON r.id = c.reservation_id WHERE c.call_sid = p.call_sid ${NEWEST_FIRST}`;
}

export function summaryOf(row: CallListRow, now: Date): CallSummary {
  const ended = row.ended_at !== null || row.state === 'ended';
  const active = !ended && isActive({ channel: row.channel, startedAt: row.started_at, lastActivityAt: row.updated_at }, now);
  const key = outcomeKey(row.outcome, ended, active);
  return {
    callSid: row.call_sid,
    channel: row.channel === 'sms' ? 'sms' : 'voice',
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: row.duration_s,
    from: row.from_number,
    to: row.to_number,
    locale: row.locale,
    status: row.status,
    state: row.state,
    outcome: row.outcome,
    outcomeKey: key,
    outcomeLabel: outcomeWords(key, EN),
    lastActivityAt: row.updated_at,
    reservation: row.reservation_id !== null && row.confirmation !== null ? { id: row.reservation_id, confirmation: row.confirmation } : null,
    reservations: row.reservation_id !== null && row.confirmation !== null ? [{ id: row.reservation_id, confirmation: row.confirmation }] : [],
    guestName: row.guest_name === null ? null : maskCardNumbers(row.guest_name),
    hotelId: Number(row.hotel_id),
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function contextOf(snapshotJson: string): Record<string, unknown> {
  const snapshot = parseJson(snapshotJson);
  const context = snapshot && typeof snapshot === 'object' ? (snapshot as { context?: unknown }).context : null;
  return context && typeof context === 'object' ? (context as Record<string, unknown>) : {};
}

function heardOf(input: unknown): Heard | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== 'object' || Array.isArray(input)) return { other: { value: maskDeep(input) } };
  const known: Heard = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key === 'digits' && typeof value === 'string') known.digits = maskCardNumbers(value);
    else if (key === 'speech' && typeof value === 'string') known.speech = maskCardNumbers(value);
    else if (key === 'confidence' && (typeof value === 'number' || value === null)) known.confidence = value;
    else if (key === 'recordingUrl' && (typeof value === 'string' || value === null)) known.recordingUrl = value;
    else if (key === 'dialStatus' && typeof value === 'string') known.dialStatus = value;
    else if (key === 'status' && typeof value === 'string') known.callStatus = value;
    else if (key === 'durationSeconds' && (typeof value === 'number' || value === null)) known.durationSeconds = value;
    else other[key] = maskDeep(value);
  }
  if (Object.keys(other).length > 0) known.other = other;
  return known;
}

function saidOf(said: unknown): SaidLine[] {
  if (!Array.isArray(said)) return [];
  return said.map((line) => {
    const l = (line && typeof line === 'object' ? line : { text: String(line) }) as Record<string, unknown>;
    return {
      prompt: typeof l.prompt === 'string' ? l.prompt : '',
      locale: typeof l.locale === 'string' ? l.locale : null,
      text: maskCardNumbers(typeof l.text === 'string' ? l.text : ''),
    };
  });
}

function entryOf(row: EventRow): TimelineEntry {
  const said = saidOf(parseJson(row.said_json));
  const understood = row.understood === null ? null : maskCardNumbers(row.understood);
  const isError = row.kind === 'error';
  return {
    id: row.id,
    step: row.step,
    at: row.at,
    kind: row.kind,
    fromState: row.from_state,
    toState: row.to_state,
    heard: heardOf(parseJson(row.input_json)),
    understood: isError ? null : understood,
    said,
    error: isError ? understood ?? 'error' : null,
    reprompt: said.some((s) => s.prompt.startsWith('help.') || s.prompt.startsWith('notice.noInput') || s.prompt.startsWith('notice.notUnderstood')) ||
      (row.from_state !== null && row.from_state === row.to_state && row.kind.startsWith('caller.')),
  };
}
