// The shift's handover note on PostgreSQL (the cases: test/staff/handover-cases.ts, which
// test/staff/handover.test.ts runs on SQLite). Two saves at once meet here on a real row lock.

import { afterAll, beforeAll, describe } from 'vitest';
import { testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { handoverCases } from '../staff/handover-cases.ts';

describe("the shift's handover note on PostgreSQL", () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    token = await deskToken(app.db, clock);
  });
  afterAll(async () => app?.close());

  handoverCases(() => ({ baseUrl: app!.baseUrl, db: app!.db, clock, token, clerk: { username: 'bob', password: 'bob-password-123' } }));
});
