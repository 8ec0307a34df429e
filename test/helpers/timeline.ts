// Reading a call back from the database, as staff would: the state it is in and the prompt ids
// it said. Tests assert these ids, not English sentences (STYLE.md).

import type { Db } from '../../src/storage/database.ts';

export interface TimelineRow {
  step: number;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  input_json: string | null;
  understood: string | null;
  said_json: string | null;
}

export function timeline(db: Db, callSid: string): TimelineRow[] {
  return db
    .prepare<[string], TimelineRow>(
      'SELECT step, kind, from_state, to_state, input_json, understood, said_json FROM call_events WHERE call_sid = ? ORDER BY id',
    )
    .all(callSid);
}

/** The prompt ids said in answer to the latest step of a call. */
export function lastPrompts(db: Db, callSid: string): string[] {
  const rows = timeline(db, callSid).filter((r) => r.said_json !== null);
  const last = rows[rows.length - 1];
  return last ? (JSON.parse(last.said_json!) as { prompt: string }[]).map((s) => s.prompt) : [];
}

export function callRow(db: Db, callSid: string) {
  return db
    .prepare<[string], { state: string; step: number; outcome: string | null; locale: string; reservation_id: number | null; status: string }>(
      'SELECT state, step, outcome, locale, reservation_id, status FROM calls WHERE call_sid = ?',
    )
    .get(callSid);
}

export function reservations(db: Db) {
  return db
    .prepare<[], { id: number; confirmation: string; room_type_id: number; arrival: string; nights: number; rooms: number; total: number; guest_name: string | null; payment_method: string; callback_number: string; status: string; locale: string; hold_until: string; name_recording_url: string | null }>(
      'SELECT * FROM reservations ORDER BY id',
    )
    .all();
}

export function activeHolds(db: Db) {
  return db.prepare<[], { call_sid: string; rooms: number }>('SELECT call_sid, rooms FROM holds WHERE released_at IS NULL').all();
}
