// Fixes to stored data that SQL alone cannot make, each run once per database after the schema
// migrations (openDatabase, openStore), and recorded in `data_fixes` (migration 9). Append new ones at the
// end; a fix must be safe to run again (a start interrupted half-way runs it again).

import { redactStoredInput } from '../privacy/redact-stored.ts';
import { DEFAULT_API_TOKEN_DAYS } from '../staff/accounts.ts';
import { foldText } from './fold.ts';
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
];

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
