// The PostgreSQL engine behind the data-access interface (sql.ts): node-postgres with a pool.
// Statements are the same SQL text as on SQLite; `?` and `@name` placeholders become `$1…`
// once per text. Values come back as SQLite gives them: counts and ids as numbers, timestamps as
// the ISO text they were written as (the schema keeps them as text, compared bytewise).

import pg from 'pg';
import { keep } from '../../flows/kept.ts';
import type { PostgresOptions } from './postgres-options.ts';
import type { Db, Dialect, Params, RunResult, Sql, SqlValue, TransactionOptions } from './sql.ts';

// Counts (bigint), sums and ids come back as numbers, as they do from SQLite. Ids stay far below
// 2^53; numeric sums are of small money amounts.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export const postgresDialect: Dialect = {
  engine: 'postgres',
  forUpdate: ' FOR UPDATE',
  ilike: 'ILIKE',
  indexed: (table) => table,
  secondsBetween: (from, to) => `EXTRACT(EPOCH FROM (CAST(${to} AS timestamptz) - CAST(${from} AS timestamptz)))`,
  isUniqueViolation: (err, column) =>
    (err as { code?: unknown })?.code === '23505' &&
    (column === undefined || String((err as { detail?: unknown }).detail ?? '').includes(column)),
};

interface Compiled {
  text: string;
  /** For `@name` statements: the names in `$n` order; null for `?` statements. */
  names: string[] | null;
}

/** Distinct statement texts kept compiled; past this (filters built per request), the cache starts again. */
const MAX_STATEMENTS = 1000;
const compiled = new Map<string, Compiled>();

/**
 * `?` → `$1, $2, …` in order; `@name` → one `$n` per distinct name. Quoted strings, quoted
 * identifiers and comments are left alone.
 */
export function compile(sql: string): Compiled {
  const c = compiled.get(sql);
  if (c) return c;
  let text = '';
  let n = 0;
  const names: string[] = [];
  let named = false;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      const end = sql.indexOf(ch, i + 1);
      const stop = end < 0 ? sql.length : end;
      text += sql.slice(i, stop + 1);
      i = stop;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      text += sql.slice(i, stop);
      i = stop - 1;
    } else if (ch === '?') {
      text += `$${++n}`;
    } else if (ch === '@' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      named = true;
      let j = i + 1;
      while (j < sql.length && /\w/.test(sql[j]!)) j++;
      const name = sql.slice(i + 1, j);
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      text += `$${index + 1}`;
      i = j - 1;
    } else {
      text += ch;
    }
  }
  return keep(compiled, sql, { text, names: named ? names : null }, MAX_STATEMENTS);
}

function values(c: Compiled, params: Params | undefined): SqlValue[] {
  if (params === undefined) return [];
  if (c.names === null) return (params as SqlValue[]).map(withoutNul);
  const named = params as Record<string, SqlValue | undefined>;
  return c.names.map((name) => withoutNul(named[name] ?? null));
}

/**
 * PostgreSQL's text cannot hold a NUL: a statement given one fails whole ("invalid byte sequence
 * for encoding UTF8: 0x00"), where SQLite takes it. What callers and staff write has its control
 * characters taken out before (src/privacy/redact.ts), but a search typed in the console did not:
 * "Find a reservation" with a NUL was a 500 (round 29, test/postgres/search-odd-characters.test.ts).
 * A NUL becomes U+FFFD, the replacement character: as no stored text holds a NUL, a comparison
 * with one matched nothing, and still matches nothing.
 */
function withoutNul(value: SqlValue): SqlValue {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}

type Client = pg.Pool | pg.PoolClient;

async function query<R>(client: Client, sql: string, params: Params | undefined): Promise<pg.QueryResult<R & pg.QueryResultRow>> {
  const c = compile(sql);
  return client.query<R & pg.QueryResultRow>(c.text, values(c, params));
}

/** A lock key as PostgreSQL's advisory locks take it: two 32-bit halves of a hash of the text. */
function lockArgs(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 13);
  }
  return [a | 0, b | 0];
}

/** Statements inside one transaction, on the pool client that holds it. */
class PgTransaction implements Sql {
  readonly dialect = postgresDialect;
  readonly inTransaction = true;
  #open = true;
  #savepoints = 0;

  constructor(private readonly client: pg.PoolClient) {}

  close(): void {
    this.#open = false;
  }

  #check(): pg.PoolClient {
    if (!this.#open) throw new Error('this transaction has ended: run the statement on the database, or inside a new transaction');
    return this.client;
  }

  async all<R>(sql: string, params?: Params): Promise<R[]> {
    return (await query<R>(this.#check(), sql, params)).rows;
  }

  async get<R>(sql: string, params?: Params): Promise<R | undefined> {
    return (await query<R>(this.#check(), sql, params)).rows[0];
  }

  async run(sql: string, params?: Params): Promise<RunResult> {
    return { changes: (await query(this.#check(), sql, params)).rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.#check().query(sql);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = this.#check();
    const name = `sp${++this.#savepoints}`;
    await client.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(this);
      await client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw err;
    } finally {
      this.#savepoints--;
    }
  }

  async lock(key: string): Promise<void> {
    await this.#check().query('SELECT pg_advisory_xact_lock($1, $2)', lockArgs(key));
  }

  async tryLock(key: string): Promise<boolean> {
    const { rows } = await this.#check().query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1, $2) AS ok', lockArgs(key));
    return rows[0]!.ok;
  }
}

export type { PostgresOptions, PostgresTimeouts } from './postgres-options.ts';
export { WEBHOOK_TIMEOUTS } from './postgres-options.ts';

/** The client gave up on the answer (pg's query_timeout): the connection is unusable, no ROLLBACK will come back either. */
function answerTimedOut(err: unknown): boolean {
  return err instanceof Error && err.message === 'Query read timeout';
}

export class PostgresDb implements Db {
  readonly engine = 'postgres';
  readonly dialect = postgresDialect;
  readonly inTransaction = false;
  readonly pool: pg.Pool;

  constructor(url: string, options: PostgresOptions = {}) {
    const t = options.timeouts;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      // Dead peers are found by TCP keepalive, not only when a query fails.
      keepAlive: true,
      ...(t
        ? {
            connectionTimeoutMillis: t.connectMs,
            statement_timeout: t.statementMs,
            query_timeout: t.answerMs,
            idle_in_transaction_session_timeout: t.idleInTransactionMs,
          }
        : {}),
    });
    // An idle client that loses its server (a restart) must not take the process down: the pool
    // drops it, and the next query opens a new connection.
    this.pool.on('error', () => {});
  }

  async all<R>(sql: string, params?: Params): Promise<R[]> {
    return (await query<R>(this.pool, sql, params)).rows;
  }

  async get<R>(sql: string, params?: Params): Promise<R | undefined> {
    return (await query<R>(this.pool, sql, params)).rows[0];
  }

  async run(sql: string, params?: Params): Promise<RunResult> {
    return { changes: (await query(this.pool, sql, params)).rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  /**
   * READ COMMITTED, as PostgreSQL starts it: each statement sees what was committed before it
   * began, and the writes that depend on a read lock what they read (`dialect.forUpdate`, `lock`).
   */
  async transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T> {
    const client = await this.pool.connect();
    const tx = new PgTransaction(client);
    let broken = false;
    // The server may end the session while the transaction holds it (idle too long, a restart, an
    // administrator): pg reports that on the client, which must be listened to while it is checked
    // out, or the process dies of an unhandled 'error'. The transaction's next statement fails.
    const lost = () => {
      broken = true;
    };
    client.on('error', lost);
    try {
      await client.query(options?.mode === 'read' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      if (answerTimedOut(err)) broken = true;
      else {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection itself failed: it is not given back to the pool
        }
      }
      throw err;
    } finally {
      tx.close();
      client.off('error', lost);
      client.release(broken);
    }
  }

  async lock(_key: string): Promise<void> {
    throw new Error('lock() is for use inside a transaction');
  }

  async tryLock(_key: string): Promise<boolean> {
    throw new Error('tryLock() is for use inside a transaction');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
