// Fixes to stored data that SQL alone cannot make, each run once per database after the schema
// migrations (openDatabase, openStore), and recorded in `data_fixes` (migration 9). Append new ones at the
// end; a fix must be safe to run again (a start interrupted half-way runs it again).

import { callerKey } from '../calls/caller-number.ts';
import { withoutControls } from '../privacy/redact.ts';
import { redactStoredInput } from '../privacy/redact-stored.ts';
import { DEFAULT_API_TOKEN_DAYS } from '../staff/accounts.ts';
import { foldText } from './fold.ts';
import { mergeOpenCallbackRequests } from './merge-callback-requests.ts';
import { rewriteColumns } from './rewrite-columns.ts';
import type { StoredColumns } from './rewrite-columns.ts';
import type { Db, Sql } from './sql.ts';

interface DataFix {
  name: string;
  run: (db: Sql) => Promise<unknown>;
}

export const DATA_FIXES: readonly DataFix[] = [
  // Issue 11: card numbers (and bidi controls) stored before every input was redacted on arrival.
  { name: 'redact-card-numbers-1', run: redactStoredInput },
  // Issue 11: API tokens made before they expired get the default lifetime from when they were made.
  { name: 'token-expiry-1', run: setTokenExpiry },
  // Migration 14: every stored name folded as the search text is, not with migration 12's 48 letters.
  { name: 'fold-guest-names-1', run: foldGuestNames },
  // Caller numbers (and a text's last SID) stored before webhooks took control and format
  // characters out of Twilio's identifiers (redact-input.ts): taken out the same way.
  { name: 'numbers-without-controls-1', run: numbersWithoutControls },
  // Migration 17: a guest's open callback requests made before it, gathered into one.
  { name: 'merge-open-callback-requests-1', run: mergeOpenCallbackRequests },
  // One caller, one number (src/calls/caller-number.ts): numbers stored as Twilio spelled them
  // ("+5215512345678") rewritten in the one form now stored ("+525512345678"), then a guest's
  // open callback requests under both forms gathered into one.
  { name: 'caller-numbers-one-form-1', run: callerNumbersInOneForm },
];

/**
 * Where a number or SID Twilio reported is kept, by table and an orderable key. Not the SID keys
 * themselves (calls.call_sid, which other tables reference): those stay as they were stored.
 */
const TWILIO_IDENTIFIER_COLUMNS: readonly StoredColumns[] = [
  { table: 'calls', key: 'call_sid', columns: ['from_number', 'to_number', 'last_inbound_sid'] },
  { table: 'reservations', key: 'id', columns: ['callback_number'] },
  { table: 'callback_requests', key: 'id', columns: ['caller_number'] },
  { table: 'outbox', key: 'id', columns: ['to_number'] },
  { table: 'reservation_lookup_misses', key: 'id', columns: ['number'] },
];

/** Every column of TWILIO_IDENTIFIER_COLUMNS through withoutControls (rewrite-columns.ts); then the opt-outs. */
function numbersWithoutControls(db: Sql): Promise<number> {
  return rewriteNumbers(db, withoutControls);
}

/**
 * Every stored caller number in the form callerKey gives; then open callback requests merged (some
 * now share a number). Twilio's E.164 is already that form but for Mexico's retired "1": only
 * those, and numbers written with spaces or dashes, are read again (a start with a year of calls
 * does not parse each one).
 */
async function callerNumbersInOneForm(db: Sql): Promise<number> {
  const mayChange = (number: string) => number.startsWith('+') && (number.startsWith('+52') || !/^\+\d+$/.test(number));
  const changed = await rewriteNumbers(db, (number) => (mayChange(number) ? callerKey(number) : number));
  return changed + (await mergeOpenCallbackRequests(db));
}

/** Every column of TWILIO_IDENTIFIER_COLUMNS through `clean`; then the opt-outs, whose key the number is. */
async function rewriteNumbers(db: Sql, clean: (number: string) => string): Promise<number> {
  let changed = 0;
  for (const target of TWILIO_IDENTIFIER_COLUMNS) changed += await rewriteColumns(db, target, clean);
  // The number is the key here: a cleaned number already there keeps its opt-out, the other goes.
  const optOuts = await db.all<{ number: string; opted_out_at: string }>('SELECT number, opted_out_at FROM sms_opt_outs');
  const dirty = optOuts.filter((o) => clean(o.number) !== o.number);
  await db.transaction(async (tx) => {
    for (const o of dirty) {
      await tx.run('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?) ON CONFLICT (number) DO NOTHING', [clean(o.number), o.opted_out_at]);
      await tx.run('DELETE FROM sms_opt_outs WHERE number = ?', [o.number]);
    }
  });
  return changed + dirty.length;
}

/** Each reservation's name folded with foldText, where the stored fold differs; in one transaction. */
async function foldGuestNames(db: Sql): Promise<number> {
  const rows = await db.all<{ id: number; guest_name: string; guest_name_folded: string | null }>(
    'SELECT id, guest_name, guest_name_folded FROM reservations WHERE guest_name IS NOT NULL',
  );
  const changed = rows.map((r) => ({ id: r.id, before: r.guest_name_folded, folded: foldText(r.guest_name) })).filter((r) => r.folded !== r.before);
  await db.transaction(async (tx) => {
    for (const r of changed) await tx.run('UPDATE reservations SET guest_name_folded = ? WHERE id = ?', [r.folded, r.id]);
  });
  return changed.length;
}

/** Tokens without an expiry: DEFAULT_API_TOKEN_DAYS after they were made (some may be expired at once). */
async function setTokenExpiry(db: Sql): Promise<void> {
  const rows = await db.all<{ id: number; created_at: string }>('SELECT id, created_at FROM staff_tokens WHERE expires_at IS NULL');
  for (const row of rows) {
    const expires = new Date(new Date(row.created_at).getTime() + DEFAULT_API_TOKEN_DAYS * 86_400_000).toISOString();
    await db.run('UPDATE staff_tokens SET expires_at = ? WHERE id = ? AND expires_at IS NULL', [expires, row.id]);
  }
}

export async function applyDataFixes(db: Db, now: Date = new Date()): Promise<string[]> {
  const done = new Set((await db.all<{ name: string }>('SELECT name FROM data_fixes')).map((r) => r.name));
  const applied: string[] = [];
  for (const fix of DATA_FIXES) {
    if (done.has(fix.name)) continue;
    await fix.run(db);
    await db.run('INSERT INTO data_fixes (name, done_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [fix.name, now.toISOString()]);
    applied.push(fix.name);
  }
  return applied;
}
