// The SQLite engine behind the data-access interface (sql.ts): better-sqlite3, one connection per
// process. better-sqlite3 is synchronous, so each statement is done by the time its promise is
// returned; what makes this asynchronous interface safe on one connection is the mutex: while a
// transaction is open (across the awaits of its body), every other statement of the process waits.

import Database from 'better-sqlite3';
import { keep } from '../../flows/kept.ts';
import type { Logger } from '../logger.ts';
import { Mutex } from './mutex.ts';
import type { Db, Dialect, Params, RunResult, Sql, TransactionOptions } from './sql.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';
import type { WalCheckpointer } from './wal-checkpointer.ts';

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  forUpdate: '',
  ilike: 'LIKE',
  indexed: (table, index) => `${table} INDEXED BY ${index}`,
  secondsBetween: (from, to) => `((julianday(${to}) - julianday(${from})) * 86400)`,
  isUniqueViolation: (err, column) =>
    err instanceof Database.SqliteError &&
    (err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') &&
    (column === undefined || err.message.includes(column)),
};

/**
 * How long one statement waits for another process's write lock, synchronously (better-sqlite3
 * blocks the thread, so every other call waits too): short. A transaction that still finds the
 * database locked is tried again after an awaited pause — the other calls go on meanwhile — and
 * after the last one the error stands: the caller hears the apology and the desk (SPEC §8).
 * Worst case about 3 s in all, well inside Twilio's 15 s.
 */
export const BUSY_TIMEOUT_MS = 250;
export const BUSY_RETRY_DELAYS_MS: readonly number[] = [25, 50, 100, 200, 400, 800];

/** The write lock stayed with another process through every try. */
export class DatabaseBusyError extends Error {
  /** SQLite's own code, for callers that tell errors apart by it. */
  readonly code = 'SQLITE_BUSY';
  constructor(cause: unknown) {
    super('the database is locked by another process', { cause });
    this.name = 'DatabaseBusyError';
  }
}

const isBusy = (err: unknown) => err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY');
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` again while it fails for the lock alone (nothing was done), with awaited pauses between. */
async function whileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (err) {
      const busy = err instanceof DatabaseBusyError || isBusy(err);
      if (!busy || tries >= BUSY_RETRY_DELAYS_MS.length) throw busy && !(err instanceof DatabaseBusyError) ? new DatabaseBusyError(err) : err;
      await pause(BUSY_RETRY_DELAYS_MS[tries]!);
    }
  }
}

/** Distinct statement texts kept prepared; past this (filters built per request), the cache starts again. */
const MAX_STATEMENTS = 1000;

type Statement = Database.Statement<unknown[], unknown>;

/** Runs statements on the connection: shared by the database and its transactions. */
class Connection {
  readonly #statements = new Map<string, Statement>();
  #savepoints = 0;

  constructor(readonly raw: Database.Database) {}

  prepare(sql: string): Statement {
    let stmt = this.#statements.get(sql);
    if (stmt === undefined) {
      stmt = keep(this.#statements, sql, this.raw.prepare(sql), MAX_STATEMENTS);
    }
    return stmt;
  }

  all<R>(sql: string, params: Params | undefined): R[] {
    const stmt = this.prepare(sql);
    return (params === undefined ? stmt.all() : stmt.all(params)) as R[];
  }

  get<R>(sql: string, params: Params | undefined): R | undefined {
    const stmt = this.prepare(sql);
    return (params === undefined ? stmt.get() : stmt.get(params)) as R | undefined;
  }

  run(sql: string, params: Params | undefined): RunResult {
    const stmt = this.prepare(sql);
    return { changes: (params === undefined ? stmt.run() : stmt.run(params)).changes };
  }

  /** BEGIN … COMMIT around `fn`, ROLLBACK when it throws. */
  async transaction<T>(fn: (tx: Sql) => Promise<T>, options: TransactionOptions | undefined): Promise<T> {
    try {
      this.prepare(options?.mode === 'read' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE').run();
    } catch (err) {
      // Locked at BEGIN: nothing of `fn` has run, so the whole transaction may be tried again.
      throw isBusy(err) ? new DatabaseBusyError(err) : err;
    }
    const tx = new SqliteTransaction(this);
    try {
      const result = await fn(tx);
      this.prepare('COMMIT').run();
      return result;
    } catch (err) {
      // Some errors (SQLITE_FULL, an interrupted statement) have rolled back already.
      if (this.raw.inTransaction) this.prepare('ROLLBACK').run();
      throw err;
    } finally {
      tx.close();
    }
  }

  async savepoint<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++this.#savepoints}`;
    this.raw.exec(`SAVEPOINT ${name}`);
    const tx = new SqliteTransaction(this);
    try {
      const result = await fn(tx);
      this.raw.exec(`RELEASE ${name}`);
      return result;
    } catch (err) {
      if (this.raw.inTransaction) this.raw.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw err;
    } finally {
      tx.close();
      this.#savepoints--;
    }
  }
}

/** Statements inside an open transaction: the mutex is held by it, so they run at once. */
class SqliteTransaction implements Sql {
  readonly dialect = sqliteDialect;
  readonly inTransaction = true;
  #open = true;

  constructor(readonly connection: Connection) {}

  close(): void {
    this.#open = false;
  }

  #check(): Connection {
    if (!this.#open) throw new Error('this transaction has ended: run the statement on the database, or inside a new transaction');
    return this.connection;
  }

  async all<R>(sql: string, params?: Params): Promise<R[]> {
    return this.#check().all<R>(sql, params);
  }

  async get<R>(sql: string, params?: Params): Promise<R | undefined> {
    return this.#check().get<R>(sql, params);
  }

  async run(sql: string, params?: Params): Promise<RunResult> {
    return this.#check().run(sql, params);
  }

  async exec(sql: string): Promise<void> {
    this.#check().raw.exec(sql);
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    return this.#check().savepoint(fn);
  }

  async lock(_key: string): Promise<void> {
    // BEGIN IMMEDIATE took the database's one write lock: nobody else is writing.
    this.#check();
  }

  async tryLock(_key: string): Promise<boolean> {
    this.#check();
    return true;
  }
}

export class SqliteDb implements Db {
  readonly engine = 'sqlite';
  readonly dialect = sqliteDialect;
  readonly inTransaction = false;
  readonly #connection: Connection;
  readonly #mutex: Mutex;
  #checkpointer: WalCheckpointer | null = null;

  /**
   * `mutex`: shared by every connection of this process to the same file (openDatabase does
   * that). A transaction stays open across awaits; were another connection of the same process
   * to start one meanwhile, its BEGIN IMMEDIATE would wait for the lock synchronously — blocking
   * the very thread that must finish the first — until busy_timeout. Waiting on the mutex instead,
   * it simply goes next. (Other processes are other threads: busy_timeout serves them.)
   */
  constructor(raw: Database.Database, mutex = new Mutex()) {
    this.#connection = new Connection(raw);
    this.#mutex = mutex;
  }

  /** The better-sqlite3 connection, for what only SQLite has (backups, PRAGMAs, integrity checks). */
  get connection(): Database.Database {
    return this.#connection.raw;
  }

  all<R>(sql: string, params?: Params): Promise<R[]> {
    return this.#statement(() => this.#connection.all<R>(sql, params));
  }

  get<R>(sql: string, params?: Params): Promise<R | undefined> {
    return this.#statement(() => this.#connection.get<R>(sql, params));
  }

  run(sql: string, params?: Params): Promise<RunResult> {
    return this.#statement(() => this.#connection.run(sql, params));
  }

  // Each statement runs at once unless a transaction is open, then after it. A statement that
  // failed for the lock did nothing, so it is tried again (whileBusy).
  #statement<T>(work: () => T): Promise<T> {
    return whileBusy(async () => (this.#mutex.held ? this.#mutex.run(work) : work()));
  }

  async exec(sql: string): Promise<void> {
    await this.#mutex.run(() => this.#connection.raw.exec(sql));
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T> {
    // The mutex is let go between tries: this process's other work is not what holds the lock.
    return whileBusy(() => this.#mutex.run(() => this.#connection.transaction(fn, options)));
  }

  async lock(_key: string): Promise<void> {
    throw new Error('lock() is for use inside a transaction');
  }

  async tryLock(_key: string): Promise<boolean> {
    throw new Error('tryLock() is for use inside a transaction');
  }

  /**
   * WAL checkpoints on a worker thread from now on (wal-checkpointer.ts): for the server, whose
   * event loop must not stop for them. A database in memory has no WAL; nothing changes for it.
   */
  checkpointInBackground(logger: Logger): void {
    const raw = this.#connection.raw;
    // Closed meanwhile (a server stopped in its first seconds): nothing to checkpoint.
    if (this.#checkpointer || raw.memory || !raw.open) return;
    this.#checkpointer = startWalCheckpointer(raw, raw.name, logger);
  }

  async close(): Promise<void> {
    // The worker's connection first: the last one to close checkpoints what is left and removes the WAL.
    await this.#checkpointer?.stop();
    this.#checkpointer = null;
    await this.#mutex.run(() => this.#connection.raw.close());
  }
}
