// The shift's handover note on SQLite (the cases: handover-cases.ts; PostgreSQL:
// test/postgres/desk-handover.test.ts).

import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { handoverCases } from './handover-cases.ts';
import { STAFF, bearer, startStaffApp } from './staff-helpers.ts';

describe("the shift's handover note (SQLite)", () => {
  let t: TestApp;
  let token = '';
  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t, STAFF.username);
  });
  afterAll(async () => t?.close());

  handoverCases(() => ({ baseUrl: t.baseUrl, db: t.db, clock: t.clock, token, clerk: STAFF }));
});
