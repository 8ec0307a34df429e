// What the public endpoints say when something fails: enough to act on, never the database's own
// error, which names its host, port, user or file.

import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { healthzRoute } from '../../src/http/routes/healthz.ts';
import { createLogger } from '../../src/logger.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';

describe('/healthz when the database is away', () => {
  it('answers 503 without the driver’s error (host, port, user), which goes to the log', async () => {
    // A real PostgreSQL driver pointed at a port nothing listens on: the connection is refused.
    const db = new PostgresDb('postgres://conserje:s3cret@127.0.0.1:1/conserje');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', sink);
    try {
      const res = await request(express().use(healthzRoute(db, logger))).get('/healthz');
      expect(res.status).toBe(503);
      expect(res.body.ok).toBe(false);
      expect(res.body.error).toBe('the database did not take a write (the reason is in the server log)');
      expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|:1\b|conserje/);
      expect(lines.join('')).toContain('ECONNREFUSED');
    } finally {
      await db.close();
    }
  });
});
