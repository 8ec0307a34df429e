/**
 * `npm run db:copy -- --from data/conserje.db --to postgres://user@host/db` — moves a hotel that
 * grows out of one process from its SQLite file to PostgreSQL: every row of every table, ids kept,
 * in one transaction on the target, then the id sequences moved past the copied ids and the row
 * counts compared table by table. The target is migrated first and must be empty. Stop the
 * server (or take a backup with npm run backup and copy that) so nothing changes meanwhile.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { describeStore, openStore } from '../src/storage/database.ts';
import { placeholders } from '../src/storage/sql.ts';
import type { Db, SqlValue } from '../src/storage/sql.ts';

/** In an order that satisfies the foreign keys. */
export const TABLES = [
  'hotels',
  'room_types',
  'reservations',
  'reservation_nights',
  'holds',
  'calls',
  'call_events',
  'staff_users',
  'staff_user_hotels',
  'staff_sessions',
  'staff_tokens',
  'staff_login_failures',
  'audit_log',
  'callback_requests',
  'outbox',
  'sms_opt_outs',
  // So that a text replayed after the move is still known as handled (migration 16).
  'handled_texts',
  'forget_pending',
  'handover_notes',
] as const;

/** Rows per INSERT statement. */
const BATCH = 200;

export interface CopyResult {
  tables: { table: string; source: number; target: number }[];
  ms: number;
}

export async function copyDatabase(from: string, to: string): Promise<CopyResult> {
  const started = performance.now();
  if (!existsSync(from)) throw new Error(`no SQLite database at ${from}`);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const target: Db = await openStore({ databaseUrl: to, databasePath: '' });
  try {
    if (target.engine !== 'postgres') throw new Error('--to must be a postgres:// URL');
    const sourceVersion = source.pragma('user_version', { simple: true }) as number;
    const targetVersion = (await target.get<{ v: number }>('SELECT max(version) AS v FROM schema_version'))!.v;
    if (sourceVersion !== targetVersion) {
      throw new Error(`the SQLite file is at schema version ${sourceVersion}, PostgreSQL at ${targetVersion}: start the server once on the file (it migrates it), then copy`);
    }
    for (const table of TABLES) {
      const n = (await target.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
      if (n > 0) throw new Error(`the target is not empty (${table} has ${n} rows; an instance started on it loads its hotel): copy into a new database, made with createdb and started on by no instance before the copy`);
    }
    await target.transaction(async (tx) => {
      for (const table of TABLES) {
        // Not the columns PostgreSQL computes itself (GENERATED ALWAYS; reservations.guest_name_folded was
        // one until migration 14): it refuses a value for them, and makes its own from the row copied.
        const generated = await tx.all<{ column_name: string }>(
          "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'ALWAYS'",
          [table],
        );
        const computed = new Set(generated.map((c) => c.column_name));
        const columns = (source.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((c) => !computed.has(c));
        const rows = source.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().iterate() as IterableIterator<SqlValue[]>;
        let batch: SqlValue[][] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          const values = batch.map(() => `(${placeholders(columns)})`).join(', ');
          await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, batch.flat());
          batch = [];
        };
        for (const row of rows) {
          batch.push(row.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
          if (batch.length >= BATCH) await flush();
        }
        await flush();
        if (columns.includes('id') && table !== 'reservation_nights') {
          // The next id PostgreSQL hands out comes after the last copied one.
          await tx.get(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM ${table}`);
        }
      }
    });
    const tables: CopyResult['tables'] = [];
    for (const table of TABLES) {
      const sourceCount = (source.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      const targetCount = (await target.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
      tables.push({ table, source: sourceCount, target: targetCount });
    }
    return { tables, ms: performance.now() - started };
  } finally {
    source.close();
    await target.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error('usage: npm run db:copy -- --from data/conserje.db --to postgres://user@host:5432/conserje');
    return 2;
  }
  try {
    const result = await copyDatabase(resolve(values.from), values.to);
    const wrong = result.tables.filter((t) => t.source !== t.target);
    for (const t of result.tables) console.log(`${t.table.padEnd(22)} ${String(t.source).padStart(8)} → ${String(t.target).padStart(8)}${t.source === t.target ? '' : '  MISMATCH'}`);
    console.log(`copied ${values.from} to ${describeStore({ databaseUrl: values.to, databasePath: '' })} in ${(result.ms / 1000).toFixed(1)} s${wrong.length ? '' : '; every table has as many rows as the file'}`);
    return wrong.length ? 1 : 0;
  } catch (err) {
    console.error(`db:copy: ${(err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
