// Undo withdraws a text not yet sent, on a fresh SQLite file (the cases: desk-withdraw-cases.ts;
// test/postgres/desk-withdraw.test.ts runs them on PostgreSQL).

import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { deskWithdrawCases } from './desk-withdraw-cases.ts';
import { STAFF, bearer, startStaffApp } from './staff-helpers.ts';

describe('Undo takes back the text it can, and says when it could not', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t, STAFF.username);
  });
  afterAll(() => t?.close());

  deskWithdrawCases(() => ({ baseUrl: t.baseUrl, db: t.db, clock: t.clock, token, clerk: STAFF }));
});
