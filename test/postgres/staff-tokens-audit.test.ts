// Round 4 of the staff side's red team, on PostgreSQL: an action done with an API token is audited
// with the token's id, and a token an admin made for another account is revoked with the admin's
// new password (the token.create entries read back from PostgreSQL's audit_log).

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import type { Db } from '../../src/storage/sql.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

describe('API tokens in the audit log, on PostgreSQL', () => {
  const clock = testClock();
  let db: Db;
  let app: PostgresApp | undefined;
  let baseUrl = '';
  let adminToken = '';

  beforeAll(async () => {
    app = await startAppOnPostgres(clock);
    ({ db, baseUrl } = app);
    const accounts = new Accounts(db);
    await accounts.add('alice', 'alice-password-1', 'admin', clock.now());
    await accounts.add('bob', 'bob-password-123', 'staff', clock.now());
    adminToken = (await accounts.createToken('alice', 'setup', clock.now())).token;
    await bookByKeys(new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+12125550161', to: '+15551230000' }), { name: 'Mia Torres' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("names the token an action was done with, and revokes a token made for another account with its maker's password", async () => {
    const made = await request(baseUrl).post('/api/tokens').set('Authorization', `Bearer ${adminToken}`).send({ username: 'bob', label: 'desk PC' }).expect(201);
    const reservation = (await db.get<{ id: number }>('SELECT id FROM reservations ORDER BY id LIMIT 1'))!;
    await request(baseUrl).post(`/api/reservations/${reservation.id}/cancel`).set('Authorization', `Bearer ${made.body.token as string}`).expect(200);
    const entry = (await db.get<{ actor: string; via: string; detail_json: string }>("SELECT actor, via, detail_json FROM audit_log WHERE action = 'reservation.cancel'"))!;
    expect({ actor: entry.actor, via: entry.via, token: JSON.parse(entry.detail_json).token }).toEqual({ actor: 'bob', via: 'api', token: made.body.id });

    const bobsOwn = (await new Accounts(db).createToken('bob', 'terminal', clock.now())).token;
    await new Accounts(db).setPassword('alice', 'alice-new-password-2', clock.now());
    await request(baseUrl).get('/api/me').set('Authorization', `Bearer ${made.body.token as string}`).expect(401);
    await request(baseUrl).get('/api/me').set('Authorization', `Bearer ${bobsOwn}`).expect(200);
    // A date no hotel has is a 400 here too.
    expect((await request(baseUrl).get('/api/calls?to=9999-12-31').set('Authorization', `Bearer ${bobsOwn}`).expect(400)).body.parameter).toBe('to');
  });
});
