// Reading a call back from the database, as staff would: the state it is in and the prompt ids
// it said. Tests assert these ids, not English sentences (STYLE.md).

import type { EventRow } from '../../src/staff/queries/calls.ts';
import type { Sql } from '../../src/storage/sql.ts';

export type TimelineRow = Omit<EventRow, 'id' | 'at'>;

export function timeline(db: Sql, callSid: string): Promise<TimelineRow[]> {
  return db.all<TimelineRow>(
    'SELECT step, kind, from_state, to_state, input_json, understood, said_json FROM call_events WHERE call_sid = ? ORDER BY id',
    [callSid],
  );
}

/** The prompt ids said in answer to the latest step of a call. */
export async function lastPrompts(db: Sql, callSid: string): Promise<string[]> {
  const rows = (await timeline(db, callSid)).filter((r) => r.said_json !== null);
  const last = rows[rows.length - 1];
  return last ? (JSON.parse(last.said_json!) as { prompt: string }[]).map((s) => s.prompt) : [];
}

export function callRow(db: Sql, callSid: string) {
  return db.get<{ state: string; step: number; outcome: string | null; locale: string; reservation_id: number | null; status: string }>(
    'SELECT state, step, outcome, locale, reservation_id, status FROM calls WHERE call_sid = ?',
    [callSid],
  );
}

export function reservations(db: Sql) {
  return db.all<{ id: number; confirmation: string; room_type_id: number; arrival: string; nights: number; rooms: number; total: number; guest_name: string | null; payment_method: string; callback_number: string; status: string; locale: string; hold_until: string; name_recording_url: string | null }>(
    'SELECT * FROM reservations ORDER BY id',
  );
}

export function activeHolds(db: Sql) {
  return db.all<{ call_sid: string; rooms: number }>('SELECT call_sid, rooms FROM holds WHERE released_at IS NULL');
}
