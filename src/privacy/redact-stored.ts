// Redacts what is already stored (src/storage/data-fixes.ts runs it once per database): card
// numbers callers said, keyed or texted before every input was redacted on arrival, and bidi
// control characters. Every column where caller or staff input lands is rewritten through the
// same function (redact.ts); JSON columns are parsed and redacted value by value, so a card
// number split by an escaped line break inside a JSON string is found too. Rows are read and
// written in batches by key, each batch in its own transaction; a fix interrupted half-way is
// simply run again at the next start (redacting is idempotent).

import { rewriteColumns } from '../storage/rewrite-columns.ts';
import type { StoredColumns } from '../storage/rewrite-columns.ts';
import type { Sql } from '../storage/sql.ts';
import { redact, redactDeep } from './redact.ts';

type Kind = 'text' | 'json';

/** A table's input columns, each with how its text is read. */
interface Target extends Omit<StoredColumns, 'columns'> {
  columns: Record<string, Kind>;
}

/** Every place caller or staff input is stored. */
export const INPUT_COLUMNS: readonly Target[] = [
  { table: 'call_events', key: 'id', columns: { input_json: 'json', understood: 'text', said_json: 'json' } },
  { table: 'calls', key: 'call_sid', columns: { snapshot_json: 'json', last_twiml: 'text' } },
  { table: 'reservations', key: 'id', columns: { guest_name: 'text' } },
  { table: 'callback_requests', key: 'id', columns: { reason: 'text', partial_json: 'json', note: 'text', transcript: 'text' } },
  { table: 'outbox', key: 'id', columns: { body: 'text', last_error: 'text' } },
  { table: 'audit_log', key: 'id', columns: { actor: 'text', target: 'text', detail_json: 'json' } },
  { table: 'staff_tokens', key: 'id', columns: { label: 'text' } },
  { table: 'staff_login_failures', key: 'id', columns: { username: 'text' } },
];

function redactValue(value: string, kind: Kind): string {
  if (kind === 'json') {
    try {
      return JSON.stringify(redactDeep(JSON.parse(value)));
    } catch {
      // Not JSON after all: redacted as text.
    }
  }
  return redact(value);
}

/** Rewrites every stored input through `redact`; returns how many rows changed, per table. */
export async function redactStoredInput(db: Sql): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const target of INPUT_COLUMNS) changed[target.table] = await redactTable(db, target);
  return changed;
}

function redactTable(db: Sql, { table, key, columns }: Target): Promise<number> {
  return rewriteColumns(db, { table, key, columns: Object.keys(columns) }, (value, column) => redactValue(value, columns[column]!));
}
