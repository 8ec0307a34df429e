// GET /healthz — 200 when the database answers, 503 when it does not.

import { Router } from 'express';
import type { Db } from '../../storage/sql.ts';

export function healthzRoute(db: Db): Router {
  return Router().get('/healthz', async (_req, res) => {
    try {
      await db.get('SELECT 1 AS ok');
      res.status(200).json({ ok: true });
    } catch (err) {
      res.status(503).json({ ok: false, error: (err as Error).message });
    }
  });
}
