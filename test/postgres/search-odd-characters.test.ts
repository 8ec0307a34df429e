// Round 29: the console's searches with a character PostgreSQL's text refuses (NUL) or a lone
// surrogate, typed or pasted into "Find a reservation" (pages and API) and the calls' caller search:
// a 4xx or an empty result, never a 500 (SQLite took them; PostgreSQL failed the query).

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';

describe('searches with odd characters on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';
  beforeAll(async () => {
    app = await startAppOnPostgres(clock);
    token = await deskToken(app.db, clock);
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['Smith\u0000', '\u0000\u0000', 'Sm\uD800ith', '55\u0000512'])('answers %j without a 5xx', async (q) => {
    for (const path of ['/api/reservations', '/api/calls']) {
      const res = await request(app!.baseUrl).get(path).query({ q }).set('Authorization', `Bearer ${token}`);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
