// The audit log by property, on PostgreSQL: an admin limited to one property reads the entries of
// the accounts in its reach, and of those only the ones on its own property's rows (an account
// moved in from another property brings entries naming that property's reservations and
// callbacks: they stay out, by the API and on the accounts page); a group admin reads them all.
// The same rules as on SQLite (test/staff/audit-reach.test.ts), through real HTTP on a real server.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import type { Db } from '../../src/storage/sql.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

interface Entry {
  actor: string;
  action: string;
  target: string | null;
}

describe('the audit log by property, on PostgreSQL', () => {
  const clock = testClock();
  let db: Db;
  let app: PostgresApp | undefined;
  let baseUrl = '';
  const call = (to: string, from: string) => new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to });

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { hotelsDir: DEMO_GROUP, env: { STAFF_COOKIE_SECURE: 'false' } });
    ({ db, baseUrl } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("leaves out another property's rows for a limited admin, on the API and the accounts page; a group admin reads all", async () => {
    const accounts = new Accounts(db);
    await accounts.add('mir-admin', 'mir-admin-password-1', 'admin', clock.now());
    await accounts.setHotels('mir-admin', ['MIR'], clock.now());
    const admin = { Authorization: `Bearer ${(await accounts.createToken('mir-admin', null, clock.now())).token}` };
    await accounts.add('moving-desk', 'moving-desk-password-1', 'staff', clock.now());
    await accounts.setHotels('moving-desk', ['SIE'], clock.now());
    const desk = { Authorization: `Bearer ${(await accounts.createToken('moving-desk', null, clock.now())).token}` };

    const atSierra = call(SIERRA, '+525598765432');
    await bookByKeys(atSierra, { roomType: '1', name: 'Ximena Sierra' });
    const atMiramar = call(MIRAMAR, '+12125550191');
    await bookByKeys(atMiramar, { roomType: '1', name: 'Miguel Miramar' });
    const reservationOf = async (callSid: string) => (await db.get<{ id: number; confirmation: string }>('SELECT id, confirmation FROM reservations WHERE call_sid = ?', [callSid]))!;
    const sierra = await reservationOf(atSierra.callSid);
    const miramar = await reservationOf(atMiramar.callSid);
    // A callback request at Sierra Alta's desk: the desk did not answer, the guest asked to be called back.
    const asking = call(SIERRA, '+525511112222');
    await asking.start();
    await asking.press('0');
    await asking.dialResult('no-answer');
    await asking.press('2');
    await asking.hangup();
    const callback = (await db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [asking.callSid]))!.id;

    const api = request(baseUrl);
    // At Sierra Alta the desk cancels a reservation and tries the callback; then it is moved to Miramar and cancels one there.
    await api.post(`/api/reservations/${sierra.id}/cancel`).set(desk).expect(200);
    await api.post(`/api/callbacks/${callback}/tried`).set(desk).expect(200);
    await accounts.setHotels('moving-desk', ['MIR'], clock.now());
    await api.post(`/api/reservations/${miramar.id}/cancel`).set(desk).expect(200);

    const entries = (await api.get('/api/audit').set(admin).expect(200)).body.entries as Entry[];
    expect(entries.filter((e) => e.actor === 'moving-desk').map((e) => [e.action, e.target])).toEqual([['reservation.cancel', `reservation:${miramar.id}`]]);
    expect(JSON.stringify(entries)).not.toContain(sierra.confirmation);

    // The accounts page, logged in through the form.
    const agent = request.agent(baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'mir-admin', password: 'mir-admin-password-1', next: '/staff/admin' }).expect(303);
    const page = (await agent.get('/staff/admin').expect(200)).text;
    expect(page).toContain(`<td>reservation:${miramar.id}</td>`);
    expect(page).not.toContain(`<td>reservation:${sierra.id}</td>`);
    expect(page).not.toContain(`<td>callback:${callback}</td>`);

    // An admin of the whole group reads all three, newest first.
    await accounts.add('group-boss', 'group-boss-password-1', 'admin', clock.now());
    const boss = { Authorization: `Bearer ${(await accounts.createToken('group-boss', null, clock.now())).token}` };
    const everything = (await api.get('/api/audit').set(boss).expect(200)).body.entries as Entry[];
    expect(everything.filter((e) => e.actor === 'moving-desk').map((e) => e.target)).toEqual([`reservation:${miramar.id}`, `callback:${callback}`, `reservation:${sierra.id}`]);
  });

  it('ends a console session left unused for 30 minutes (last_seen_at in PostgreSQL), and a password changed on the page ends the other sessions', async () => {
    await new Accounts(db).add('pg-clerk', 'pg-clerk-password-1', 'staff', clock.now());
    const loginAs = async (password: string) => {
      const agent = request.agent(baseUrl);
      const form = await agent.get('/staff/login').expect(200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
      await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'pg-clerk', password }).expect(303);
      return { agent, csrf: (await agent.get('/api/me').expect(200)).body.csrfToken as string };
    };
    const idle = await loginAs('pg-clerk-password-1');
    clock.advance(30 * 60_000);
    const gone = await idle.agent.get('/staff/calls');
    expect(gone.headers.location).toContain('ended=idle');

    const other = await loginAs('pg-clerk-password-1');
    const mine = await loginAs('pg-clerk-password-1');
    await mine.agent.post('/staff/password').type('form').send({ _csrf: mine.csrf, current: 'pg-clerk-password-1', password: 'pg-clerk-password-2', again: 'pg-clerk-password-2' }).expect(303);
    await mine.agent.get('/staff/calls').expect(200);
    expect((await other.agent.get('/staff/calls')).status).toBe(303);
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'account.password' AND actor = 'pg-clerk'"))!.n).toEqual(1);
  });
});
