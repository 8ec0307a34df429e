// Staff accounts per property on PostgreSQL: the same scoping as on SQLite (property-scope.ts
// writes the properties into each staff query), so a property's staff list and open only its own
// calls, reservations and callbacks, and a group account sees all.

import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ensureHotels } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

const DEMO_GROUP = fileURLToPath(new URL('../../src/hotel/demo-group/', import.meta.url));

describe('staff of one property, on PostgreSQL', () => {
  const clock = testClock();
  let db: Db;
  let server: Server;
  let baseUrl = '';
  let clerk = '';
  let boss = '';
  const sids = { mir: '', sie: '' };

  beforeAll(async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    db = await openStore(config);
    await ensureHotels(db, { hotelsDir: DEMO_GROUP, now: clock.now() });
    const app = await buildApp({ config, db, logger: createLogger('silent'), clock: clock.now });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const accounts = new Accounts(db);
    await accounts.add('mir-clerk', 'mir-clerk-password-1', 'staff', clock.now());
    await accounts.setHotels('mir-clerk', ['MIR'], clock.now());
    await accounts.add('boss', 'boss-password-123', 'staff', clock.now());
    clerk = (await accounts.createToken('mir-clerk', null, clock.now())).token;
    boss = (await accounts.createToken('boss', null, clock.now())).token;
    const call = (to: string, from: string) => new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to });
    const mir = call('+15557650100', '+12125550161');
    await bookByKeys(mir, { roomType: '1', name: 'Mia Miramar' });
    const sie = call('+525555550200', '+525512345601');
    await bookByKeys(sie, { roomType: '1', name: 'Sofía Sierra' });
    [sids.mir, sids.sie] = [mir.callSid, sie.callSid];
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  const api = (path: string, token: string) => request(baseUrl).get(path).set('Authorization', `Bearer ${token}`);

  it('lists and opens only its own property\'s calls and reservations', async () => {
    const calls = (await api('/api/calls', clerk).expect(200)).body.calls.map((c: { callSid: string }) => c.callSid);
    expect(calls).toEqual([sids.mir]);
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
    expect(calls).toEqual([sids.mir, sids.sie].sort());
    expect((await api('/api/stats', boss).expect(200)).body.calls).toBe(2);
    expect((await api('/api/stats', clerk).expect(200)).body.calls).toBe(1);
  });
});
