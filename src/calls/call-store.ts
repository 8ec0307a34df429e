// Persistence of calls: the statechart snapshot with its step counter, and the timeline of
// every step. The caller decides what is atomic: a turn builds its store on its transaction.

import type { Sql } from '../storage/sql.ts';

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
}

export interface CallUpdate {
  callSid: string;
  locale: string;
  state: string;
  step: number;
  snapshotJson: string;
  twiml: string;
  outcome: string | null;
  reservationId: number | null;
  at: string;
  /** A text message's MessageSid, kept so a repeated delivery is answered without applying it again. */
  inboundSid?: string | null;
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

  async insert(call: NewCall): Promise<void> {
    await this.sql.run(
      `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step,
         machine_version, snapshot_json, last_twiml, updated_at, channel)
       VALUES (@callSid, @hotelId, @from, @to, @locale, @at, @state, @step, @machineVersion, @snapshotJson, @twiml, @at, @channel)`,
      { ...call },
    );
  }

  async update(update: CallUpdate): Promise<void> {
    await this.sql.run(
      `UPDATE calls SET locale = @locale, state = @state, step = @step, snapshot_json = @snapshotJson,
         last_twiml = @twiml, outcome = @outcome, reservation_id = COALESCE(@reservationId, reservation_id),
         last_inbound_sid = COALESCE(@inboundSid, last_inbound_sid), updated_at = @at
       WHERE call_sid = @callSid`,
      { inboundSid: null, ...update },
    );
  }

  /** The text conversation still open with this number, if any. */
  openConversation(from: string): Promise<CallRow | undefined> {
    return this.sql.get<CallRow>(
      `SELECT * FROM calls WHERE channel = 'sms' AND ended_at IS NULL AND from_number = ? ORDER BY started_at DESC LIMIT 1`,
      [from],
    );
  }

  /** Open text conversations with no message since `before` (ISO instant). */
  idleConversations(before: string): Promise<CallRow[]> {
    return this.sql.all<CallRow>(
      `SELECT * FROM calls WHERE channel = 'sms' AND ended_at IS NULL AND updated_at < ? LIMIT 500`,
      [before],
    );
  }

  /** Twilio's status callback: the call is over (or never was answered). */
  async end(callSid: string, status: string, durationSeconds: number | null, at: string): Promise<void> {
    await this.sql.run(
      // The first terminal status wins: a later, different callback (a duplicate, out of order) changes nothing.
      `UPDATE calls SET status = CASE WHEN ended_at IS NULL THEN @status ELSE status END,
         duration_s = CASE WHEN ended_at IS NULL THEN COALESCE(@duration, duration_s) ELSE duration_s END,
         ended_at = COALESCE(ended_at, @at), updated_at = @at WHERE call_sid = @callSid`,
      { callSid, status, duration: durationSeconds, at },
    );
  }

  async setOutcome(callSid: string, outcome: string, at: string, force = false): Promise<void> {
    await this.sql.run(
      'UPDATE calls SET outcome = @outcome, updated_at = @at WHERE call_sid = @callSid AND (outcome IS NULL OR @force = 1)',
      { callSid, outcome, at, force: force ? 1 : 0 },
    );
  }

  async appendEvent(event: TimelineEvent): Promise<void> {
    await this.sql.run(
      `INSERT INTO call_events (call_sid, step, at, kind, from_state, to_state, input_json, understood, said_json)
       VALUES (@callSid, @step, @at, @kind, @fromState, @toState, @input, @understood, @said)`,
      {
        callSid: event.callSid,
        step: event.step,
        at: event.at,
        kind: event.kind,
        fromState: event.fromState,
        toState: event.toState,
        understood: event.understood,
        input: event.input === undefined || event.input === null ? null : JSON.stringify(event.input),
        said: event.said === undefined || event.said === null ? null : JSON.stringify(event.said),
      },
    );
  }
}
