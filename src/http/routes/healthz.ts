// GET /healthz — 200 when the database takes a write, 503 when it does not (or not in time).
//
// A database that answers SELECT 1 may still refuse every booking: a read-only file, a lock held by
// another process, a PostgreSQL replica or a server out of disk. So the check writes a row in a
// transaction and rolls it back (nothing is kept), and a check slower than WRITE_CHECK_MS is a
// failure: a load balancer should stop sending calls to an instance that cannot book.
// A rolled-back SQLite write never reaches the disk, so on SQLite the room left is checked too: the
// file system's free space, and SQLite's own size limit (storage-full.ts).

import { Router } from 'express';
import type { Db } from '../../storage/sql.ts';
import type { SqliteDb } from '../../storage/sqlite.ts';
import { sqliteRoomProblem } from '../../storage/storage-full.ts';

const WRITE_CHECK_MS = 2000;

class Rollback extends Error {}

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
    timer = setTimeout(() => reject(new Error(`the database did not take a write within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function healthzRoute(db: Db): Router {
  return Router().get('/healthz', async (_req, res) => {
    try {
      await within(WRITE_CHECK_MS, writable(db));
      const full = db.engine === 'sqlite' ? await sqliteRoomProblem(db as SqliteDb) : null;
      if (full) {
        res.status(503).json({ ok: false, error: full });
        return;
      }
      res.status(200).json({ ok: true, database: 'writable' });
    } catch (err) {
      res.status(503).json({ ok: false, error: (err as Error).message });
    }
  });
}
