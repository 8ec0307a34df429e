// The callback queue: voicemail/callback requests left by the hand-off (SPEC §6), oldest first
// while open, and closing one with a note.

import type { Sql } from '../../storage/sql.ts';
import { maskCardNumbers, maskDeep } from '../redact.ts';

export interface CallbackView {
  id: number;
  callSid: string | null;
  createdAt: string;
  callerNumber: string;
  locale: string;
  reason: string | null;
  recordingUrl: string | null;
  /** What the call had collected (arrival, room type, …), as the hand-off stored it. */
  partial: Record<string, unknown> | null;
  status: 'open' | 'done';
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
}

interface CallbackRow {
  id: number;
  call_sid: string | null;
  created_at: string;
  caller_number: string;
  locale: string;
  reason: string | null;
  recording_url: string | null;
  partial_json: string | null;
  status: 'open' | 'done';
  done_at: string | null;
  done_by: string | null;
  note: string | null;
}

export type CallbackStatusFilter = 'open' | 'done' | 'all';

const LIMIT = 500;

const LIST_SQL: Record<CallbackStatusFilter, string> = {
  open: "SELECT * FROM callback_requests WHERE status = 'open' ORDER BY created_at, id LIMIT ?",
  done: "SELECT * FROM callback_requests WHERE status = 'done' ORDER BY done_at DESC, id DESC LIMIT ?",
  all: "SELECT * FROM callback_requests ORDER BY status = 'done', created_at, id LIMIT ?",
};

export class CallbackQueries {
  constructor(private readonly sql: Sql) {}

  async list(status: CallbackStatusFilter): Promise<CallbackView[]> {
    return (await this.sql.all<CallbackRow>(LIST_SQL[status], [LIMIT])).map(viewOf);
  }

  async get(id: number): Promise<CallbackView | null> {
    const row = await this.sql.get<CallbackRow>('SELECT * FROM callback_requests WHERE id = ?', [id]);
    return row ? viewOf(row) : null;
  }

  async openCount(): Promise<number> {
    return (await this.sql.get<{ n: number }>("SELECT count(*) AS n FROM callback_requests WHERE status = 'open'"))!.n;
  }

  /** Marks an open request called back; false when it was already done. */
  async close(id: number, by: string, note: string, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(
      "UPDATE callback_requests SET status = 'done', done_at = ?, done_by = ?, note = ? WHERE id = ? AND status = 'open'",
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
  return {
    id: row.id,
    callSid: row.call_sid,
    createdAt: row.created_at,
    callerNumber: row.caller_number,
    locale: row.locale,
    reason: row.reason === null ? null : maskCardNumbers(row.reason),
    recordingUrl: row.recording_url,
    partial: partial === null ? null : maskDeep(partial),
    status: row.status,
    doneAt: row.done_at,
    doneBy: row.done_by,
    note: row.note === null ? null : maskCardNumbers(row.note),
  };
}
