// The one data-access interface of the codebase: asynchronous, so that SQLite (better-sqlite3,
// synchronous underneath) and PostgreSQL (a connection pool) sit behind the same calls.
//
// How to use it (every module that touches the database does it this way):
// - A statement is SQL text and its parameters: `?` placeholders with an array, or `@name`
//   placeholders with an object. The engine prepares each distinct text once and keeps it.
// - Write SQL once, in what both engines agree on (SQLite 3.45+ and PostgreSQL 15 agree on a lot:
//   RETURNING, ON CONFLICT … DO UPDATE/NOTHING, IS DISTINCT FROM, LIMIT/OFFSET, COALESCE,
//   CASE, window functions). Where they differ, use the small named helpers of `sql.dialect`.
// - Booleans come back as 1/0 on SQLite and true/false on PostgreSQL: select
//   `CASE WHEN … THEN 1 ELSE 0 END` when the number matters. Counts come back as numbers on both.
// - Ids: `INSERT … RETURNING id` with `get` (there is no "last insert rowid" on PostgreSQL).
// - A unit of work that must be atomic runs in `db.transaction(async (tx) => …)` and uses `tx`
//   for every statement inside (never `db`: on SQLite that waits for the transaction itself, on
//   PostgreSQL it runs on another connection, outside the transaction).
// - Every data-access function takes the `Sql` it runs on — the database, or the transaction it
//   is part of — so the caller decides what is atomic with what.

/** What a statement binds: both engines take these as they are (no booleans, no bigints, no Dates). */
export type SqlValue = string | number | null;

/** `?` placeholders with an array, or `@name` placeholders with an object (extra keys are ignored). */
export type Params = readonly SqlValue[] | { readonly [name: string]: SqlValue | undefined };

export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
}

export interface TransactionOptions {
  /**
   * 'write' (the default): takes the write lock at BEGIN (SQLite BEGIN IMMEDIATE), so what the
   * transaction reads stays true until it commits. 'read': a consistent snapshot for several
   * reads, taking no write lock.
   */
  mode?: 'write' | 'read';
}

/** Something statements run on: the database (each statement on its own) or an open transaction. */
export interface Sql {
  readonly dialect: Dialect;
  /** True inside a transaction. */
  readonly inTransaction: boolean;
  all<R>(sql: string, params?: Params): Promise<R[]>;
  /** The first row, or undefined. */
  get<R>(sql: string, params?: Params): Promise<R | undefined>;
  run(sql: string, params?: Params): Promise<RunResult>;
  /** Several statements separated by semicolons, without parameters (migrations, bulk set-up). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` atomically: on the database, in a new transaction; inside a transaction, in a
   * savepoint (a failure undoes only what `fn` did, and the error still reaches the caller).
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Inside a write transaction: waits until no other transaction (in any process) holds `key`,
   * then holds it until this transaction ends. SQLite needs nothing (BEGIN IMMEDIATE already lets
   * one writer at a time in); PostgreSQL takes a transaction-scoped advisory lock. Use it to
   * serialise work on one thing (a call) across instances, including the work that creates it.
   */
  lock(key: string): Promise<void>;
  /**
   * Like `lock`, without waiting: false when another transaction holds `key` (then this one should
   * leave the work to it). For background work that must run once across instances.
   */
  tryLock(key: string): Promise<boolean>;
}

/** The database a process opened: statements run on it one at a time, or inside `transaction`. */
export interface Db extends Sql {
  readonly engine: Engine;
  close(): Promise<void>;
}

export type Engine = 'sqlite' | 'postgres';

/** The few places where SQLite and PostgreSQL need different SQL, named for what they do. */
export interface Dialect {
  readonly engine: Engine;
  /** Appended to a SELECT whose rows a write in the same transaction depends on: row locks on PostgreSQL; nothing on SQLite, whose writers are serialised already. */
  readonly forUpdate: string;
  /** A case-insensitive LIKE (SQLite's LIKE already is, for ASCII). */
  readonly ilike: string;
  /** `table`, read through `index` where the engine takes such a hint (SQLite's INDEXED BY). */
  indexed(table: string, index: string): string;
  /** SQL for the seconds from one ISO-8601 instant (stored as text) to another, as a number. */
  secondsBetween(fromExpr: string, toExpr: string): string;
  /** Whether `err` is a unique-constraint violation (on `column`, when given). */
  isUniqueViolation(err: unknown, column?: string): boolean;
}

/** Runs `fn` in the transaction `sql` is part of, or in a new one when it is the database itself. */
export function atomically<T>(sql: Sql, fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return sql.inTransaction ? fn(sql) : sql.transaction(fn, options);
}

/**
 * One `?` per value, comma-separated: the list inside `IN (…)` or `VALUES (…)` for `values`
 * bound in order. An empty list gives '' (`IN ()` is an error on both engines: check first).
 */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
