// Rewrites stored text, column by column, through a cleaning function: for the data fixes that
// correct what was stored before a rule applied on arrival (data-fixes.ts, src/privacy/redact-stored.ts).
// Rows are read in batches by a unique, orderable key; each batch's changed values are written in
// one transaction, and only the values the function changes. Run again after an interruption, a
// fix whose function is idempotent changes nothing it already changed.

import type { Sql } from './sql.ts';

export interface StoredColumns {
  table: string;
  /** A unique, orderable key (an integer id, or calls.call_sid). */
  key: string;
  columns: readonly string[];
}

const BATCH = 500;

/** Every non-empty text value of the columns through `clean`; returns how many rows changed. */
export async function rewriteColumns(db: Sql, { table, key, columns }: StoredColumns, clean: (value: string, column: string) => string): Promise<number> {
  let after: string | number | null = null;
  let changed = 0;
  for (;;) {
    const rows: Record<string, string | number | null>[] = await db.all<Record<string, string | number | null>>(
      `SELECT ${key} AS k, ${columns.join(', ')} FROM ${table} ${after === null ? '' : `WHERE ${key} > @after`} ORDER BY ${key} LIMIT ${BATCH}`,
      // No parameters at all for the first batch: PostgreSQL takes no object for a statement without placeholders.
      after === null ? undefined : { after },
    );
    if (rows.length === 0) return changed;
    const updates = rows.flatMap((row) => {
      const set: Record<string, string> = {};
      for (const column of columns) {
        const value = row[column];
        if (typeof value !== 'string' || value === '') continue;
        const cleaned = clean(value, column);
        if (cleaned !== value) set[column] = cleaned;
      }
      return Object.keys(set).length === 0 ? [] : [{ k: row.k!, set }];
    });
    if (updates.length > 0) {
      await db.transaction(async (tx) => {
        for (const { k, set } of updates) {
          await tx.run(`UPDATE ${table} SET ${Object.keys(set).map((c) => `${c} = @${c}`).join(', ')} WHERE ${key} = @k`, { ...set, k });
        }
      });
    }
    changed += updates.length;
    after = rows.at(-1)!.k!;
  }
}
