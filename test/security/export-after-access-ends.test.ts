// A calls CSV export already streaming stops when its credentials end: the account disabled, the
// session logged out, the API token revoked, a property taken from the account. The session was
// checked only at the start, so a download begun before an account was disabled went on to its
// last row. Now it is asked again every EXPORT_RECHECK_ROWS rows (and after each wait for the
// client): at most that many rows more, and the download is cut off, left incomplete.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { EXPORT_RECHECK_ROWS } from '../../src/staff/routes/api.ts';
import type { TestApp } from '../helpers/app.ts';
import { formSession } from '../helpers/form-session.ts';
import { pausedDownload } from '../helpers/paused-download.ts';
import { ADMIN, STAFF, bearer, copyCalls, fillWithCalls, startStaffApp } from '../staff/staff-helpers.ts';

/** Calls copied from the filled ones: an export far longer than the client's first chunk. */
const COPIES = 6_000;


describe('a calls export whose access ends while it streams', () => {
  let t: TestApp;
  let total: number;
  beforeAll(async () => {
    t = await startStaffApp();
    await fillWithCalls(t);
    await copyCalls(t, COPIES);
    total = (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n;
  }, 60_000);
  afterAll(async () => t.close());

  const session = (who: { username: string; password: string }) => formSession(t, who);

  /** Rows an export may still send once access ended: what was on its way (the first chunk, a page), and one recheck's worth. */
  const bound = () => 1_500 + EXPORT_RECHECK_ROWS;

  it('downloads every call when nothing changes', async () => {
    const token = await bearer(t, STAFF.username);
    const whole = await pausedDownload(t.baseUrl, '/api/calls.csv', { Authorization: `Bearer ${token}` }, async () => {});
    expect(whole).toEqual({ rows: total, complete: true });
    expect(total).toBeGreaterThan(bound() * 3);
  });

  it('stops a token-authenticated export when the account is disabled, and cuts the download off', async () => {
    const accounts = new Accounts(t.db);
    const token = await bearer(t, STAFF.username);
    const got = await pausedDownload(t.baseUrl, '/api/calls.csv', { Authorization: `Bearer ${token}` }, () => accounts.disable(STAFF.username, t.clock.now()));
    await accounts.enable(STAFF.username, t.clock.now());
    expect(got.complete).toBe(false);
    expect(got.rows).toBeLessThan(bound());
  });

  it('stops when the API token is revoked', async () => {
    const accounts = new Accounts(t.db);
    const made = await accounts.createToken(ADMIN.username, 'export', t.clock.now());
    const got = await pausedDownload(t.baseUrl, '/api/calls.csv', { Authorization: `Bearer ${made.token}` }, () => accounts.revokeToken(made.id, t.clock.now()));
    expect(got.complete).toBe(false);
    expect(got.rows).toBeLessThan(bound());
  });

  it('stops a session export when the clerk logs out elsewhere in the same session', async () => {
    const { cookie, csrf } = await session(STAFF);
    const got = await pausedDownload(t.baseUrl, '/api/calls.csv', { Cookie: cookie }, () => request(t.baseUrl).post('/staff/logout').set('Cookie', cookie).type('form').send({ _csrf: csrf }).expect(200));
    expect(got.complete).toBe(false);
    expect(got.rows).toBeLessThan(bound());
  });

  it('stops a session export when the account is disabled', async () => {
    const accounts = new Accounts(t.db);
    const { cookie } = await session(STAFF);
    const got = await pausedDownload(t.baseUrl, '/api/calls.csv', { Cookie: cookie }, () => accounts.disable(STAFF.username, t.clock.now()));
    await accounts.enable(STAFF.username, t.clock.now());
    expect(got.complete).toBe(false);
    expect(got.rows).toBeLessThan(bound());
  });
});
