// GET /healthz — 200 when the database takes a write, 503 when it does not (or not in time).
//
// A database that answers SELECT 1 may still refuse every booking: a read-only file, a lock held by
// another process, a PostgreSQL replica or a server out of disk. So the check writes a row in a
// transaction and rolls it back (nothing is kept), and a check slower than WRITE_CHECK_MS is a
// failure: a load balancer should stop sending calls to an instance that cannot book.
// A rolled-back SQLite write never reaches the disk, so on SQLite the room left is checked too: the
// file system's free space, and SQLite's own size limit (storage-full.ts).
// /healthz answers anyone (a load balancer, a monitor): a failure says what kind it is, and the
// database's own error — which names its host, port, user or file — goes to the server log only.

import { Router } from 'express';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../storage/sql.ts';
import type { SqliteDb } from '../../storage/sqlite.ts';
import { sqliteRoomProblem } from '../../storage/storage-full.ts';

const WRITE_CHECK_MS = 2000;

class Rollback extends Error {}
class TooSlow extends Error {}

/** What /healthz says of a database error it did not word itself. */
export const DATABASE_REFUSED = 'the database did not take a write (the reason is in the server log)';

async function writable(db: Db): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO data_fixes (name, done_at) VALUES (?, ?)', [`healthz-${process.pid}-${Date.now()}`, new Date().toISOString()]);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TooSlow(`the database did not take a write within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

type Verdict = { status: 200 | 503; body: Record<string, unknown> };

async function check(db: Db, logger?: Logger): Promise<Verdict> {
  try {
    await within(WRITE_CHECK_MS, writable(db));
    const full = db.engine === 'sqlite' ? await sqliteRoomProblem(db as SqliteDb) : null;
    if (full) return { status: 503, body: { ok: false, error: full } };
    return { status: 200, body: { ok: true, database: 'writable' } };
  } catch (err) {
    if (!(err instanceof TooSlow)) logger?.warn({ err }, '/healthz: the database did not take a write');
    return { status: 503, body: { ok: false, error: err instanceof TooSlow ? err.message : DATABASE_REFUSED } };
  }
}

/** The least time between the starts of two write checks. */
export const HEALTHZ_GAP_MS = 250;

// /healthz is public: a flood of it must not compete with callers' turns for SQLite's write lock.
// Every request waits for the next check that has not started yet (so its answer is never older than
// the request: a database that just failed or came back is seen at once), and all requests waiting
// share it. Checks run one at a time and start at least HEALTHZ_GAP_MS apart: however many ask, at
// most one write is in flight and about four a second are made.
export function healthzRoute(db: Db, logger?: Logger): Router {
  let pending: Promise<Verdict> | null = null;
  let previous: Promise<Verdict> | null = null;
  let lastStart = 0;
  const nextCheck = (): Promise<Verdict> =>
    (pending ??= (async () => {
      await previous; // always yields first, so `pending` is set before it is cleared below
      const wait = lastStart + HEALTHZ_GAP_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending = null;
      lastStart = Date.now();
      previous = check(db, logger);
      return previous;
    })());
  return Router().get('/healthz', async (_req, res) => {
    const { status, body } = await nextCheck();
    res.status(status).json(body);
  });
}
