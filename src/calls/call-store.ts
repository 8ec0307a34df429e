// Persistence of calls: the statechart snapshot with its step counter, and the timeline of
// every step. The caller decides what is atomic: a turn builds its store on its transaction.

import type { Sql, SqlValue } from '../storage/sql.ts';

export interface CallRow {
  call_sid: string;
  hotel_id: number;
  from_number: string;
  to_number: string;
  locale: string;
  started_at: string;
  ended_at: string | null;
  duration_s: number | null;
  status: string;
  outcome: string | null;
  state: string;
  step: number;
  machine_version: number;
  snapshot_json: string;
  last_twiml: string;
  reservation_id: number | null;
  updated_at: string;
  channel: 'voice' | 'sms';
  last_inbound_sid: string | null;
  /** Bumped by every write: what a process holding the call in memory checks before it writes. */
  version: number;
}

export interface NewCall {
  callSid: string;
  hotelId: number;
  from: string;
  to: string;
  locale: string;
  at: string;
  state: string;
  step: number;
  machineVersion: number;
  snapshotJson: string;
  twiml: string;
  channel: 'voice' | 'sms';
  /** A text conversation opened by a message that needs no answer of its own (it is the greeting's). */
  inboundSid: string | null;
}

/** A turn's write: the columns every turn sets, and those it sets only when they change. */
export interface CallUpdate {
  callSid: string;
  /** The version the turn started from; the write happens only if the row is still at it. */
  version: number;
  state: string;
  step: number;
  snapshotJson: string;
  twiml: string;
  at: string;
  locale?: string;
  outcome?: string | null;
  reservationId?: number;
  /** A text message's MessageSid, kept so a repeated delivery is answered without applying it again. */
  inboundSid?: string;
  /** Twilio's status callback: the call is over (or never was answered). */
  ended?: { status: string; durationSeconds: number | null };
}

export interface TimelineEvent {
  callSid: string;
  step: number;
  at: string;
  kind: string;
  fromState: string | null;
  toState: string | null;
  input: unknown;
  understood: string | null;
  said: unknown;
}

/** The calls table, on the database or inside a turn's transaction (whichever `sql` is). */
export class CallStore {
  constructor(private readonly sql: Sql) {}

  get(callSid: string): Promise<CallRow | undefined> {
    return this.sql.get<CallRow>('SELECT * FROM calls WHERE call_sid = ?', [callSid]);
  }

  /** Inserts a new call; false (and nothing written) when the call already exists. */
  async insert(call: NewCall): Promise<boolean> {
    const inserted = await this.sql.get(
      `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step,
         machine_version, snapshot_json, last_twiml, updated_at, channel, last_inbound_sid)
       VALUES (@callSid, @hotelId, @from, @to, @locale, @at, @state, @step, @machineVersion, @snapshotJson, @twiml, @at, @channel, @inboundSid)
       ON CONFLICT (call_sid) DO NOTHING RETURNING version`,
      { ...call },
    );
    return inserted !== undefined;
  }

  /** The answer a call's last step gave, to replay. */
  async lastTwiml(callSid: string): Promise<string | undefined> {
    return (await this.sql.get<{ last_twiml: string }>('SELECT last_twiml FROM calls WHERE call_sid = ?', [callSid]))?.last_twiml;
  }

  /**
   * Writes a turn, if the row is still at `update.version`: false when another process moved the
   * call on meanwhile (then nothing is written). Columns that did not change are left out, so
   * their indexes and foreign keys are not touched (calls_outcome was rewritten on every turn).
   */
  async update(update: CallUpdate): Promise<boolean> {
    const { changes } = await this.sql.run(updateSql(update), updateParams(update));
    return changes === 1;
  }

  /** The text conversation still open with this number, if any. */
  /** The guest's open text conversation with one property (a guest may be texting two hotels of a group). */
  openConversation(from: string, hotelId: number): Promise<CallRow | undefined> {
    return this.sql.get<CallRow>(
      `SELECT * FROM calls WHERE channel = 'sms' AND ended_at IS NULL AND from_number = ? AND hotel_id = ? ORDER BY started_at DESC LIMIT 1`,
      [from, hotelId],
    );
  }

  /** This number's latest text conversation at the property (its id and language) if it ended after `since` (ISO). */
  conversationEndedSince(from: string, hotelId: number, since: string): Promise<{ call_sid: string; locale: string } | undefined> {
    return this.sql.get<{ call_sid: string; locale: string }>(
      `SELECT call_sid, locale FROM calls WHERE channel = 'sms' AND from_number = ? AND hotel_id = ? AND ended_at > ? ORDER BY ended_at DESC LIMIT 1`,
      [from, hotelId, since],
    );
  }

  /** True when a text with this MessageSid has been acted on already (handled_texts, migration 16). */
  async textHandled(messageSid: string): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS handled FROM handled_texts WHERE message_sid = ?', [messageSid])) !== undefined;
  }

  /**
   * Records a text as acted on, written in the same transaction as what it did where there is one;
   * false when it had been recorded already (then nothing is written).
   */
  async rememberText(messageSid: string, at: string): Promise<boolean> {
    const { changes } = await this.sql.run('INSERT INTO handled_texts (message_sid, received_at) VALUES (?, ?) ON CONFLICT (message_sid) DO NOTHING', [messageSid, at]);
    return changes === 1;
  }

  /** Forgets texts handled before `before` (ISO instant); returns how many. */
  async forgetTextsBefore(before: string): Promise<number> {
    return (await this.sql.run('DELETE FROM handled_texts WHERE received_at < ?', [before])).changes;
  }

  /** Open text conversations with no message since `before` (ISO instant). */
  idleConversations(before: string): Promise<CallRow[]> {
    return this.sql.all<CallRow>(
      `SELECT * FROM calls WHERE channel = 'sms' AND ended_at IS NULL AND updated_at < ? LIMIT 500`,
      [before],
    );
  }

  /**
   * Voice calls still open with no webhook since `before` (ISO instant); one in a transfer (the
   * guest talking with the desk sends no webhooks) only since `transferBefore`.
   */
  staleCalls(before: string, transferBefore: string): Promise<CallRow[]> {
    return this.sql.all<CallRow>(
      `SELECT * FROM calls WHERE channel = 'voice' AND ended_at IS NULL
         AND updated_at < CASE WHEN state = 'transferring' THEN ? ELSE ? END LIMIT 500`,
      [transferBefore, before],
    );
  }

  /** Twilio's status callback for a call whose flow has already ended: only the row learns of it. */
  async end(callSid: string, status: string, durationSeconds: number | null, at: string): Promise<void> {
    await this.sql.run(
      // The first terminal status wins: a later, different callback (a duplicate, out of order) changes nothing.
      `UPDATE calls SET status = CASE WHEN ended_at IS NULL THEN @status ELSE status END,
         duration_s = CASE WHEN ended_at IS NULL THEN COALESCE(@duration, duration_s) ELSE duration_s END,
         ended_at = COALESCE(ended_at, @at), updated_at = @at, version = version + 1 WHERE call_sid = @callSid`,
      { callSid, status, duration: durationSeconds, at },
    );
  }

  async setOutcome(callSid: string, outcome: string, at: string, force = false): Promise<void> {
    await this.sql.run(
      `UPDATE calls SET outcome = @outcome, updated_at = @at, version = version + 1
       WHERE call_sid = @callSid AND (outcome IS NULL OR @force = 1)`,
      { callSid, outcome, at, force: force ? 1 : 0 },
    );
  }

  async appendEvent(event: TimelineEvent): Promise<void> {
    // `?` and an array, as the calls' UPDATE: the two statements of every turn (updateParams).
    await this.sql.run(
      `INSERT INTO call_events (call_sid, step, at, kind, from_state, to_state, input_json, understood, said_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        event.callSid,
        event.step,
        event.at,
        event.kind,
        event.fromState,
        event.toState,
        event.input === undefined || event.input === null ? null : JSON.stringify(event.input),
        event.understood,
        event.said === undefined || event.said === null ? null : JSON.stringify(event.said),
      ],
    );
  }
}

/** The UPDATE for the columns a write sets: a handful of texts, each built once. */
const updateTexts = new Map<number, string>();

function updateSql(u: CallUpdate): string {
  const key =
    (u.locale !== undefined ? 1 : 0) |
    (u.outcome !== undefined ? 2 : 0) |
    (u.reservationId !== undefined ? 4 : 0) |
    (u.inboundSid !== undefined ? 8 : 0) |
    (u.ended !== undefined ? 16 : 0);
  let sql = updateTexts.get(key);
  if (sql === undefined) {
    // `?` placeholders, in updateParams' order.
    const set = ['state = ?', 'step = ?', 'snapshot_json = ?', 'last_twiml = ?', 'updated_at = ?', 'version = version + 1'];
    if (key & 1) set.push('locale = ?');
    if (key & 2) set.push('outcome = ?');
    if (key & 4) set.push('reservation_id = ?');
    if (key & 8) set.push('last_inbound_sid = ?');
    // The first terminal status wins: a later, different callback (a duplicate, out of order) changes nothing.
    if (key & 16) {
      set.push(
        'status = CASE WHEN ended_at IS NULL THEN ? ELSE status END',
        'duration_s = CASE WHEN ended_at IS NULL THEN COALESCE(?, duration_s) ELSE duration_s END',
        'ended_at = COALESCE(ended_at, ?)',
      );
    }
    sql = `UPDATE calls SET ${set.join(', ')} WHERE call_sid = ? AND version = ?`;
    updateTexts.set(key, sql);
  }
  return sql;
}

/**
 * updateSql's parameters, in its placeholders' order. Positional rather than `@name`: better-sqlite3
 * binds a named parameter by making its name a V8 string and looking it up on the object, for
 * each parameter of each run (the UPDATE and the timeline's INSERT are every turn's; issue 14).
 */
function updateParams(u: CallUpdate): SqlValue[] {
  const params: SqlValue[] = [u.state, u.step, u.snapshotJson, u.twiml, u.at];
  if (u.locale !== undefined) params.push(u.locale);
  if (u.outcome !== undefined) params.push(u.outcome);
  if (u.reservationId !== undefined) params.push(u.reservationId);
  if (u.inboundSid !== undefined) params.push(u.inboundSid);
  if (u.ended !== undefined) params.push(u.ended.status, u.ended.durationSeconds, u.at);
  params.push(u.callSid, u.version);
  return params;
}
