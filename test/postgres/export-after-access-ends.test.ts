// A calls CSV export already streaming stops when its access ends, on PostgreSQL as on SQLite
// (test/security/export-after-access-ends.test.ts): the session and token are asked about again
// as it goes (Sessions.isOpen, Accounts.tokenIsLive), and the download is cut off.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { EXPORT_RECHECK_ROWS } from '../../src/staff/routes/api.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { pausedDownload } from '../helpers/paused-download.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';

const CLERK = { username: 'dana', password: 'dana-password-12' };
const COPIES = 6_000;

describe('a calls export whose access ends while it streams, on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp;
  let total = 0;
  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    await new Accounts(app.db).add(CLERK.username, CLERK.password, 'staff', clock.now());
    const caller = new CallSession({ baseUrl: app.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER });
    await caller.start();
    await caller.hangup();
    // Copies of that call under new SIDs, a minute apart before it.
    const columns = (await app.db.all<{ name: string }>("SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'calls' ORDER BY ordinal_position")).map((c) => c.name);
    const copied = columns.map((c) =>
      c === 'call_sid'
        ? "'CA' || lpad(to_hex(n.i), 32, '0')"
        : c === 'started_at'
          ? `to_char((f.started_at::timestamptz - n.i * interval '1 minute') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
          : `f.${c}`,
    );
    await app.db.run(`INSERT INTO calls (${columns.join(', ')}) SELECT ${copied.join(', ')} FROM generate_series(1, ${COPIES}) AS n(i), (SELECT * FROM calls LIMIT 1) AS f`);
    total = Number((await app.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n);
  });
  afterAll(async () => app.close());

  const bound = 1_500 + EXPORT_RECHECK_ROWS;

  it('exports every call when nothing changes, and stops when the token is revoked or the session logged out', async () => {
    const accounts = new Accounts(app.db);
    const made = await accounts.createToken(CLERK.username, 'export', clock.now());
    expect(await pausedDownload(app.baseUrl, '/api/calls.csv', { Authorization: `Bearer ${made.token}` }, async () => {})).toEqual({ rows: total, complete: true });
    expect(total).toBeGreaterThan(bound * 3);

    const revoked = await pausedDownload(app.baseUrl, '/api/calls.csv', { Authorization: `Bearer ${made.token}` }, () => accounts.revokeToken(made.id, clock.now()));
    expect(revoked.complete).toBe(false);
    expect(revoked.rows).toBeLessThan(bound);

    const form = await request(app.baseUrl).get('/staff/login').expect(200);
    const loginCookie = (form.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const done = await request(app.baseUrl).post('/staff/login').set('Cookie', loginCookie).type('form').send({ _csrf: token, ...CLERK, next: '/staff' }).expect(303);
    const cookie = (done.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]!).find((c) => !c.startsWith('conserje_login') && !c.endsWith('='))!;
    const csrf = (await request(app.baseUrl).get('/api/me').set('Cookie', cookie).expect(200)).body.csrfToken as string;
    const loggedOut = await pausedDownload(app.baseUrl, '/api/calls.csv', { Cookie: cookie }, () => request(app.baseUrl).post('/staff/logout').set('Cookie', cookie).type('form').send({ _csrf: csrf }).expect(200));
    expect(loggedOut.complete).toBe(false);
    expect(loggedOut.rows).toBeLessThan(bound);
  });
});
