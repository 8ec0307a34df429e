// Calls for staff: the filtered, paged list, one call's timeline, and the CSV export.

import type { Sql, SqlValue } from '../../storage/sql.ts';
import { OUTCOME_SQL, outcomeLabel } from '../outcomes.ts';
import type { Channel, OutcomeFilter } from '../outcomes.ts';
import { shownStatus } from '../../inventory/reservation-status.ts';
import { maskCardNumbers, maskDeep } from '../redact.ts';
import { containsPattern, foldSql, foldText } from './fold.ts';
import { inScope, scopeCondition } from '../property-scope.ts';

export interface CallFilter {
  /** UTC instants: calls started at or after `startIso` and before `endIso`. */
  startIso?: string;
  endIso?: string;
  outcome?: OutcomeFilter;
  /** Digits the calling number contains. */
  callerDigits?: string;
  /** Part of a guest's name (any accents, any case): on the call's reservation or this number's. */
  guestName?: string;
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
  outcomeLabel: string;
  reservation: { id: number; confirmation: string } | null;
  /** The name on the call's reservation, or on the latest reservation made from this number. */
  guestName: string | null;
  /** The property called (hotels.id). */
  hotelId: number;
}

interface CallListRow {
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
  id: number;
  createdAt: string;
  status: string;
  reason: string | null;
  recordingUrl: string | null;
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

const LIST_COLUMNS = `c.call_sid, c.hotel_id, c.channel, c.started_at, c.ended_at, c.duration_s, c.from_number, c.to_number, c.locale, c.status,
  c.state, ${OUTCOME_SQL} AS outcome, r.id AS reservation_id, r.confirmation,
  COALESCE(r.guest_name, (SELECT g.guest_name FROM reservations g WHERE g.callback_number = c.from_number AND g.hotel_id = c.hotel_id
    AND g.guest_name IS NOT NULL ORDER BY g.id DESC LIMIT 1)) AS guest_name`;

/** Rows per round trip when the CSV export walks every matching call. */
const EXPORT_PAGE = 500;

export class CallQueries {
  constructor(private readonly sql: Sql) {}

  async list(filter: CallFilter, page: number, perPage: number): Promise<{ total: number; calls: CallSummary[] }> {
    const { where, params } = whereOf(filter);
    const total = (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id ${where}`, params))!.n;
    const rows = await this.sql.all<CallListRow>(
      `SELECT ${LIST_COLUMNS} FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id ${where}
        ORDER BY c.started_at DESC, c.call_sid DESC LIMIT ? OFFSET ?`,
      [...params, perPage, (page - 1) * perPage],
    );
    return { total, calls: rows.map(summaryOf) };
  }

  /** Every matching call, newest first, a page of rows at a time (the CSV export). */
  async *iterate(filter: CallFilter): AsyncGenerator<CallSummary> {
    const { clauses, params } = conditionsOf(filter);
    let after: CallListRow | null = null;
    for (;;) {
      // Keyset paging on the sort order: each page starts after the last row of the one before.
      const keyset = after ? ['(c.started_at < ? OR (c.started_at = ? AND c.call_sid < ?))'] : [];
      const keysetParams = after ? [after.started_at, after.started_at, after.call_sid] : [];
      const all = [...clauses, ...keyset];
      const rows: CallListRow[] = await this.sql.all<CallListRow>(
        `SELECT ${LIST_COLUMNS} FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id
          ${all.length ? `WHERE ${all.join(' AND ')}` : ''}
          ORDER BY c.started_at DESC, c.call_sid DESC LIMIT ?`,
        [...params, ...keysetParams, EXPORT_PAGE],
      );
      for (const row of rows) yield summaryOf(row);
      if (rows.length < EXPORT_PAGE) return;
      after = rows[rows.length - 1]!;
    }
  }

  /** One call; its reservations' status as staff see it at `now` (released past the hold). */
  async get(callSid: string, now: Date = new Date()): Promise<CallDetail | null> {
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
      'SELECT id, created_at, status, reason, recording_url, note, done_at, done_by FROM callback_requests WHERE call_sid = ? ORDER BY id',
      [callSid],
    );
    return {
      ...summaryOf(row),
      guestName: summaryOf(row).guestName ?? (typeof context.guestName === 'string' ? maskCardNumbers(context.guestName) : null),
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
        status: c.status,
        reason: c.reason,
        recordingUrl: c.recording_url,
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
  status: string;
  reason: string | null;
  recording_url: string | null;
  note: string | null;
  done_at: string | null;
  done_by: string | null;
}

function whereOf(filter: CallFilter): { where: string; params: SqlValue[] } {
  const { clauses, params } = conditionsOf(filter);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function conditionsOf(filter: CallFilter): { clauses: string[]; params: SqlValue[] } {
  const scope = scopeCondition('c.hotel_id');
  const clauses: string[] = scope ? [scope] : [];
  const params: SqlValue[] = [];
  if (filter.startIso) {
    clauses.push('c.started_at >= ?');
    params.push(filter.startIso);
  }
  if (filter.endIso) {
    clauses.push('c.started_at < ?');
    params.push(filter.endIso);
  }
  if (filter.outcome?.kind === 'in-progress') {
    clauses.push('c.outcome IS NULL AND c.ended_at IS NULL');
  } else if (filter.outcome) {
    clauses.push(`${OUTCOME_SQL} IN (${filter.outcome.outcomes.map(() => '?').join(', ')})`);
    params.push(...filter.outcome.outcomes);
  }
  if (filter.callerDigits) {
    // Digits only (the parameter is validated), so there is no LIKE wildcard to escape.
    clauses.push("replace(replace(replace(c.from_number, '+', ''), '-', ''), ' ', '') LIKE ?");
    params.push(`%${filter.callerDigits}%`);
  }
  if (filter.guestName) {
    const pattern = containsPattern(foldText(filter.guestName));
    // A number is known by the name given at the same property only: a guest of one property
    // is not named to the staff of another because they once called it too.
    clauses.push(`(${foldSql('r.guest_name')} LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM reservations g
      WHERE g.callback_number = c.from_number AND g.hotel_id = c.hotel_id AND ${foldSql('g.guest_name')} LIKE ? ESCAPE '\\'))`);
    params.push(pattern, pattern);
  }
  if (filter.locale) {
    clauses.push('c.locale = ?');
    params.push(filter.locale);
  }
  if (filter.channel) {
    clauses.push('c.channel = ?');
    params.push(filter.channel);
  }
  return { clauses, params };
}

function summaryOf(row: CallListRow): CallSummary {
  const ended = row.ended_at !== null || row.state === 'ended';
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
    outcomeLabel: outcomeLabel(row.outcome, ended),
    reservation: row.reservation_id !== null && row.confirmation !== null ? { id: row.reservation_id, confirmation: row.confirmation } : null,
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

function contextOf(snapshotJson: string): Record<string, unknown> {
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
