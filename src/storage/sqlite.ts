// The SQLite engine behind the data-access interface (sql.ts): better-sqlite3, one connection per
// process. better-sqlite3 is synchronous, so each statement is done by the time its promise is
// returned; what makes this asynchronous interface safe on one connection is the mutex: while a
// transaction is open (across the awaits of its body), every other statement of the process waits.

import Database from 'better-sqlite3';
import { CommitGroup, WriteGate } from './group-commit.ts';
import type { Mutex } from './mutex.ts';
import type { Db, Dialect, Params, RunResult, Sql, TransactionOptions } from './sql.ts';

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

/** A transaction or statement that found a commit group open after all: it waits for it and goes again. */
const AGAIN = Symbol('again');

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
      stmt = this.raw.prepare(sql);
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      this.#statements.set(sql, stmt);
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

  /** BEGIN; locked at BEGIN, nothing has run, so the whole transaction may be tried again. */
  begin(mode: 'BEGIN DEFERRED' | 'BEGIN IMMEDIATE'): void {
    try {
      this.prepare(mode).run();
    } catch (err) {
      throw isBusy(err) ? new DatabaseBusyError(err) : err;
    }
  }

  /** BEGIN … COMMIT around `fn`, ROLLBACK when it throws. */
  async transaction<T>(fn: (tx: Sql) => Promise<T>, options: TransactionOptions | undefined): Promise<T> {
    this.begin(options?.mode === 'read' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE');
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
  readonly #gate: WriteGate;
  readonly #mutex: Mutex;

  /**
   * `gate`: shared by every connection of this process to the same file (openDatabase does
   * that). A transaction stays open across awaits, and a commit group until the end of the
   * event loop's turn; were another connection of the same process to start one meanwhile, its
   * BEGIN IMMEDIATE would wait for the lock synchronously — blocking the very thread that must
   * finish the first — until busy_timeout. Waiting on the gate instead, it simply goes next.
   * (Other processes are other threads: busy_timeout serves them.)
   */
  constructor(raw: Database.Database, gate = new WriteGate()) {
    this.#connection = new Connection(raw);
    this.#gate = gate;
    this.#mutex = gate.mutex;
  }

  /** The better-sqlite3 connection, for what only SQLite has (backups, PRAGMAs, integrity checks). */
  get connection(): Database.Database {
    return this.#connection.raw;
  }

  // Each statement runs at once unless a transaction or a commit group is open, then after it.
  // A statement that failed for the lock did nothing, so it is tried again (whileBusy).
  all<R>(sql: string, params?: Params): Promise<R[]> {
    return whileBusy(() => this.#outsideGroups(() => this.#connection.all<R>(sql, params)));
  }

  get<R>(sql: string, params?: Params): Promise<R | undefined> {
    return whileBusy(() => this.#outsideGroups(() => this.#connection.get<R>(sql, params)));
  }

  run(sql: string, params?: Params): Promise<RunResult> {
    return whileBusy(() => this.#outsideGroups(() => this.#connection.run(sql, params)));
  }

  async exec(sql: string): Promise<void> {
    await this.#outsideGroups(() => this.#connection.raw.exec(sql), true);
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T> {
    // The mutex is let go between tries: this process's other work is not what holds the lock.
    if (options?.mode === 'read') return whileBusy(() => this.#outsideGroups(() => this.#connection.transaction(fn, options), true));
    return whileBusy(() => this.#grouped(fn));
  }

  /**
   * `work` once no commit group is open on the file: at once when nothing else is running (it
   * cannot be interleaved then), else after what is (`always`: under the mutex in any case).
   */
  async #outsideGroups<T>(work: () => T, always = false): Promise<Awaited<T>> {
    for (;;) {
      await this.#gate.settled();
      if (!always && !this.#mutex.held) return await work();
      const done = await this.#mutex.run(async () => (this.#gate.group ? AGAIN : { value: await work() }));
      if (done !== AGAIN) return done.value;
    }
  }

  /** A write transaction, in the commit group open on this connection or a new one (group-commit.ts). */
  async #grouped<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    for (;;) {
      await this.#gate.settled(this.#connection);
      let group: CommitGroup | undefined;
      const done = await this.#mutex.run(async () => {
        const open = this.#gate.group;
        // Another connection of this process opened one while this one waited for the mutex.
        if (open && open.owner !== this.#connection) return AGAIN;
        group = open ?? this.#openGroup();
        return { value: await this.#inGroup(group, fn, open === null) };
      });
      if (done === AGAIN) continue;
      await group!.done;
      return done.value;
    }
  }

  /** BEGIN IMMEDIATE, and the COMMIT at the end of this turn of the event loop. */
  #openGroup(): CommitGroup {
    this.#connection.begin('BEGIN IMMEDIATE');
    const group = new CommitGroup(this.#connection);
    this.#gate.group = group;
    setImmediate(() => void this.#mutex.run(() => this.#commit(group)));
    return group;
  }

  /** `fn` as one transaction of `group`: the first one needs no savepoint (nobody else is in it yet). */
  async #inGroup<T>(group: CommitGroup, fn: (tx: Sql) => Promise<T>, first: boolean): Promise<T> {
    const raw = this.#connection.raw;
    if (!first) raw.exec('SAVEPOINT turn');
    const tx = new SqliteTransaction(this.#connection);
    try {
      const result = await fn(tx);
      if (!first) raw.exec('RELEASE turn');
      return result;
    } catch (err) {
      if (!raw.inTransaction) {
        // The error rolled back the whole transaction (SQLITE_FULL, an interrupted statement):
        // the group's earlier transactions are gone with it, and fail with it.
        this.#close(group, err);
      } else if (first) {
        this.#connection.prepare('ROLLBACK').run();
        this.#close(group);
      } else {
        raw.exec('ROLLBACK TO turn; RELEASE turn');
      }
      throw err;
    } finally {
      tx.close();
    }
  }

  #commit(group: CommitGroup): void {
    if (!group.open) return;
    try {
      this.#connection.prepare('COMMIT').run();
      this.#close(group);
    } catch (err) {
      if (this.#connection.raw.inTransaction) this.#connection.prepare('ROLLBACK').run();
      this.#close(group, isBusy(err) ? new DatabaseBusyError(err) : err);
    }
  }

  #close(group: CommitGroup, err?: unknown): void {
    if (this.#gate.group === group) this.#gate.group = null;
    group.settle(err);
  }

  async lock(_key: string): Promise<void> {
    throw new Error('lock() is for use inside a transaction');
  }

  async tryLock(_key: string): Promise<boolean> {
    throw new Error('tryLock() is for use inside a transaction');
  }

  async close(): Promise<void> {
    await this.#outsideGroups(() => this.#connection.raw.close(), true);
  }
}
