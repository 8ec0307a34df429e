// Keep room taken back, as Arrived and Cancel are, over real HTTP on a fresh SQLite file (the
// cases: keep-room-undo-cases.ts; test/postgres/keep-room-undo-and-booked-csv.test.ts runs them on
// PostgreSQL): the hold runs until it did before, the page and the API say so, the reservation's
// story names who took it back, and a hold kept from released (its time passed) is released again,
// its rooms free at once. With them, desk-withdraw-cases.ts: Undo of a cancel or a change withdraws
// the text not yet sent, leaves one that went and says so.

import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { deskWithdrawCases } from './desk-withdraw-cases.ts';
import { keepRoomUndoCases } from './keep-room-undo-cases.ts';
import { STAFF, bearer, startStaffApp } from './staff-helpers.ts';

describe('Keep room can be undone for a few minutes, like Arrived and Cancel', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t, STAFF.username);
  });
  afterAll(() => t?.close());

  keepRoomUndoCases(() => ({ baseUrl: t.baseUrl, db: t.db, clock: t.clock, token, clerk: STAFF }));
  // Undo takes back the text it can, and says when it could not (Outbox.withdraw).
  deskWithdrawCases(() => ({ baseUrl: t.baseUrl, db: t.db, clock: t.clock, token, clerk: STAFF }));
});
