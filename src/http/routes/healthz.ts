// GET /healthz — 200 when the database answers, 503 when it does not.

import { Router } from 'express';
import type { Db } from '../../storage/database.ts';

export function healthzRoute(db: Db): Router {
  const ping = db.prepare('SELECT 1 AS ok');
  return Router().get('/healthz', (_req, res) => {
    try {
      ping.get();
      res.status(200).json({ ok: true });
    } catch (err) {
      res.status(503).json({ ok: false, error: (err as Error).message });
    }
  });
}
