// Round 33's races on PostgreSQL, made in order rather than timed: a trigger on the test's own
// database makes every INSERT into one table wait on an advisory lock that a third connection
// (the gate) holds, so two transactions that count, then write, have both counted before either
// writes. Then the gate opens, and what each wrote shows whether the count was read one at a time.

import pg from 'pg';
import type { Sql } from '../../src/storage/sql.ts';

export interface InsertGate {
  /** Closes the gate: INSERTs into the table wait from now on. */
  close(): Promise<void>;
  /** Resolves once `k` sessions wait on a lock (the gate's, or any other). */
  waitingOnLocks(k: number): Promise<void>;
  /** Opens the gate: the INSERTs waiting go on. */
  open(): Promise<void>;
  end(): Promise<void>;
}

/** A gate on INSERTs into `table` of the database `db` is connected to; `key`: the advisory lock's, unique per test file. */
export async function insertGate(db: Sql, serverUrl: string, table: string, key: number): Promise<InsertGate> {
  const url = new URL(serverUrl);
  url.pathname = `/${(await db.get<{ d: string }>('SELECT current_database() AS d'))!.d}`;
  const holder = new pg.Client({ connectionString: url.toString() });
  await holder.connect();
  await holder.query(`
    CREATE FUNCTION ${table}_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_advisory_xact_lock_shared(${key}); RETURN NEW; END $$;
    CREATE TRIGGER ${table}_gate BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_gate();`);
  return {
    close: async () => {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1)', [key]);
    },
    waitingOnLocks: async (k) => {
      for (;;) {
        // Inside the gate's transaction the activity view is read once unless its snapshot is cleared.
        await holder.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await holder.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        if (Number(rows[0].n) >= k) return;
        await new Promise((done) => setTimeout(done, 20));
      }
    },
    open: async () => {
      await holder.query('COMMIT');
    },
    end: () => holder.end(),
  };
}
