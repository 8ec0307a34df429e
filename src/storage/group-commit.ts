// Group commit for SQLite (issue 14): the write transactions that run one after the other within
// one turn of the event loop share one BEGIN IMMEDIATE … COMMIT, each inside a savepoint of its
// own, and each learns it succeeded only once that COMMIT is done.
//
// Why: under load, a COMMIT is the dearest statement of a turn — a WAL frame (two write system
// calls) for every page changed, file locks taken and let go, now and then a checkpoint — and
// concurrent turns change the same pages (the timeline's last page, its index). Webhooks that
// arrive together are read in the same poll phase of the event loop; their turns now end in one
// COMMIT at the end of it (setImmediate), instead of one COMMIT each. Measured with the compare
// bench (40 callers): about 3 turns per COMMIT, 40 µs of CPU less per webhook.
//
// What each transaction keeps, exactly as with a transaction of its own:
// - atomic: a transaction that throws is rolled back to its savepoint, and nothing it wrote stays;
//   the others of the group go on;
// - isolated: transactions of a process run one at a time (the file's mutex), in order;
// - durable before it is answered: `transaction()` resolves only after the COMMIT that holds its
//   writes; when that COMMIT fails (a full disk), every transaction of the group rejects, and none
//   of their writes is in the database;
// - other processes see a group's writes all at once, at its COMMIT, as they saw a transaction's.
// The write lock is held for one turn of the event loop at most; another process waits for it as
// for any transaction (busy_timeout, then awaited retries: sqlite.ts).
//
// Statements outside a transaction, read-only transactions and another connection of the same
// process to the same file wait for the open group to commit first: they must neither land in
// it nor wait synchronously for its lock (which would stop the very thread that commits it).

import { Mutex } from './mutex.ts';

/** Transactions sharing one COMMIT on one connection. */
export class CommitGroup {
  readonly done: Promise<void>;
  #settle!: (err?: unknown) => void;
  #open = true;

  /** `owner`: the connection whose open transaction this is. */
  constructor(readonly owner: object) {
    this.done = new Promise<void>((resolve, reject) => {
      this.#settle = (err) => (err === undefined ? resolve() : reject(err));
    });
    // Nobody may be waiting (its only transaction failed): not an unhandled rejection.
    this.done.catch(() => {});
  }

  /** Still taking transactions: its COMMIT has not started. */
  get open(): boolean {
    return this.#open;
  }

  /** Committed (no error) or given up (the error every transaction of the group rejects with). */
  settle(err?: unknown): void {
    this.#open = false;
    this.#settle(err);
  }
}

/**
 * What the connections of one process to one file share: the mutex that lets one transaction run
 * at a time, and the commit group open on the file, if any.
 */
export class WriteGate {
  readonly mutex = new Mutex();
  group: CommitGroup | null = null;

  /** Waits until no group is open on the file but `own`'s (any group, when `own` is omitted). */
  async settled(own?: object): Promise<void> {
    for (let group = this.group; group !== null && group.owner !== own; group = this.group) {
      await group.done.catch(() => {});
      // A group that settled without being cleared (its owner closed): nothing waits on it again.
      if (this.group === group) this.group = null;
    }
  }
}
