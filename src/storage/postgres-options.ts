// How a PostgreSQL connection pool is set up, apart from the pool itself (postgres.ts): the
// server names these at start, and loads the pg driver only when DATABASE_URL says PostgreSQL
// (pg and what it loads cost about 35 ms of every start otherwise, measured: issue 14).

export interface PostgresOptions {
  /** Connections per process (default 10). */
  poolSize?: number;
  /**
   * Bounds on waiting for the database, for a process that answers webhooks (see WEBHOOK_TIMEOUTS).
   * Without them (scripts, migrations, a bulk copy), a statement may take as long as it needs.
   */
  timeouts?: PostgresTimeouts;
}

export interface PostgresTimeouts {
  /** Opening a connection (pg's connectionTimeoutMillis). */
  connectMs: number;
  /** A statement, cancelled by the server past this (statement_timeout): a lock waited for too long, a slow query. */
  statementMs: number;
  /** An answer, given up on by the client past this (pg's query_timeout): a server or network gone silent. */
  answerMs: number;
  /** A transaction left idle (idle_in_transaction_session_timeout): the server ends the session of a frozen instance and frees its locks. */
  idleInTransactionMs: number;
}

/**
 * Twilio waits 15 s for a webhook's answer and then tells the caller an application error
 * occurred (SPEC §9). A database that stops answering must fail the turn well before that, so
 * the caller hears the apology and is put through to the front desk (measured in
 * test/postgres/database-away.test.ts: refused and frozen). A healthy turn's statements take
 * milliseconds; a turn holding a call's lock never waits on anything but the database.
 */
export const WEBHOOK_TIMEOUTS: PostgresTimeouts = { connectMs: 2_000, statementMs: 4_000, answerMs: 5_000, idleInTransactionMs: 5_000 };
