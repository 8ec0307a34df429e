// Staff accounts per property on PostgreSQL: the same scoping as on SQLite (property-scope.ts
// writes the properties into each staff query), so a property's staff list and open only its own
// calls, reservations and callbacks, and a group account sees all.

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

describe('staff of one property, on PostgreSQL', () => {
  const clock = testClock();
  let db: Db;
  let app: PostgresApp | undefined;
  let baseUrl = '';
  let clerk = '';
  let boss = '';
  let bossTokenId = 0;
  let mirAdmin = '';
  const sids = { mir: '', sie: '', both: '' };

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { hotelsDir: DEMO_GROUP });
    ({ db, baseUrl } = app);
    const accounts = new Accounts(db);
    await accounts.add('mir-clerk', 'mir-clerk-password-1', 'staff', clock.now());
    await accounts.setHotels('mir-clerk', ['MIR'], clock.now());
    await accounts.add('boss', 'boss-password-123', 'staff', clock.now());
    clerk = (await accounts.createToken('mir-clerk', null, clock.now())).token;
    const bossToken = await accounts.createToken('boss', null, clock.now());
    [boss, bossTokenId] = [bossToken.token, bossToken.id];
    await accounts.add('mir-admin', 'mir-admin-password-1', 'admin', clock.now());
    await accounts.setHotels('mir-admin', ['MIR'], clock.now());
    mirAdmin = (await accounts.createToken('mir-admin', null, clock.now())).token;
    const call = (to: string, from: string) => new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to });
    const mir = call(MIRAMAR, '+12125550161');
    await bookByKeys(mir, { roomType: '1', name: 'Mia Miramar' });
    const sie = call(SIERRA, '+525512345601');
    await bookByKeys(sie, { roomType: '1', name: 'Sofía Sierra' });
    [sids.mir, sids.sie] = [mir.callSid, sie.callSid];
    // A guest of Sierra Alta who also calls Miramar, and hangs up there.
    await bookByKeys(call(SIERRA, '+525511112222'), { roomType: '1', name: 'Nora Ambos' });
    const both = call(MIRAMAR, '+525511112222');
    await both.start();
    await both.hangup();
    sids.both = both.callSid;
  });
  afterAll(async () => {
    await app?.close();
  });

  const api = (path: string, token: string) => request(baseUrl).get(path).set('Authorization', `Bearer ${token}`);

  it('lists and opens only its own property\'s calls and reservations', async () => {
    const calls = (await api('/api/calls', clerk).expect(200)).body.calls.map((c: { callSid: string }) => c.callSid);
    expect(calls.sort()).toEqual([sids.mir, sids.both].sort());
    expect((await api(`/api/calls/${sids.sie}`, clerk)).status).toBe(404);
    expect((await api('/api/reservations?q=Sierra', clerk).expect(200)).body.reservations).toEqual([]);
    expect((await api('/api/reservations?q=Sierra', boss).expect(200)).body.reservations).toHaveLength(1);
    const sierraId = (await db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [sids.sie]))!.id;
    expect((await api(`/api/reservations/${sierraId}`, clerk)).status).toBe(404);
    expect((await request(baseUrl).post(`/api/reservations/${sierraId}/cancel`).set('Authorization', `Bearer ${clerk}`)).status).toBe(404);
    expect((await db.get<{ status: string }>('SELECT status FROM reservations WHERE id = ?', [sierraId]))!.status).toBe('booked');
  });

  it('lets a group account see every property', async () => {
    const calls = (await api('/api/calls', boss).expect(200)).body.calls.map((c: { callSid: string }) => c.callSid).sort();
    expect(calls).toHaveLength(4);
    expect((await api('/api/stats', boss).expect(200)).body.calls).toBe(4);
    expect((await api('/api/stats', clerk).expect(200)).body.calls).toBe(2);
  });

  it("names a guest only where she gave her name, narrows by hotel=, and keeps a property's admin to its accounts", async () => {
    // Nora's call to Miramar: listed for Miramar without the name she gave Sierra Alta, nor found by it.
    const mine = (await api('/api/calls?caller=5511112222', clerk).expect(200)).body.calls as { callSid: string; guestName: string | null; hotel: string }[];
    expect(mine.map((c) => [c.callSid, c.guestName, c.hotel])).toEqual([[sids.both, null, 'MIR']]);
    expect((await api('/api/calls?guest=Nora', clerk).expect(200)).body.total).toBe(0);
    expect((await api('/api/calls?guest=Nora', boss).expect(200)).body.total).toBe(1);
    // The group narrows to one property; the CSV says each row's.
    const sie = (await api('/api/calls?hotel=SIE', boss).expect(200)).body.calls as { hotel: string }[];
    expect(sie.map((c) => c.hotel)).toEqual(['SIE', 'SIE']);
    const csv = (await api('/api/calls.csv?hotel=MIR', boss).expect(200)).text.trim().split('\r\n');
    expect(csv.slice(1).map((line) => line.split(',').at(-1))).toEqual(['MIR', 'MIR']);
    expect((await api('/api/calls?hotel=SIE', clerk).expect(400)).body.parameter).toBe('hotel');
    expect((await api('/api/availability?hotel=SIE&days=1', boss).expect(200)).body.hotel).toBe('SIE');
    // Miramar's admin: no token for the group's account, its token not listed nor revoked, the audit log its own.
    const post = request(baseUrl).post('/api/tokens').set('Authorization', `Bearer ${mirAdmin}`);
    expect((await post.send({ username: 'boss' }).expect(400)).body.message).toBe('no account named boss');
    await request(baseUrl).post('/api/tokens').set('Authorization', `Bearer ${mirAdmin}`).send({ username: 'mir-clerk', label: 'desk' }).expect(201);
    const tokens = (await api('/api/tokens', mirAdmin).expect(200)).body.tokens as { username: string }[];
    expect([...new Set(tokens.map((x) => x.username))].sort()).toEqual(['mir-admin', 'mir-clerk']);
    await request(baseUrl).delete(`/api/tokens/${bossTokenId}`).set('Authorization', `Bearer ${mirAdmin}`).expect(404);
    await api('/api/me', boss).expect(200);
    const audit = (await api('/api/audit', mirAdmin).expect(200)).body.entries as { actor: string }[];
    expect(audit.map((e) => e.actor)).toEqual(['mir-admin']);
  });
});
