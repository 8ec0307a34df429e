// Undo withdraws a text not yet sent, on PostgreSQL (the cases: test/staff/desk-withdraw-cases.ts,
// which test/staff/keep-room-undo.test.ts runs on SQLite). A query only SQLite understands fails here.

import { afterAll, beforeAll, describe } from 'vitest';
import { testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { deskWithdrawCases } from '../staff/desk-withdraw-cases.ts';

describe('Undo takes back the text it can on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    token = await deskToken(app.db, clock);
  });
  afterAll(async () => app?.close());

  deskWithdrawCases(() => ({ baseUrl: app!.baseUrl, db: app!.db, clock, token, clerk: { username: 'bob', password: 'bob-password-123' } }));
});
