// The manager's morning and a group's calls by each property's own day, on PostgreSQL: the calls
// list's per-property bounds (queries/calls.ts) and the texts not delivered (queries/outbox.ts) run
// there too, and the morning's figures are what /api/calls counts for the same dates.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import type { Db } from '../../src/storage/sql.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

describe("a group's morning and its calls by each property's own day, on PostgreSQL", () => {
  const clock = testClock();
  let db: Db;
  let app: PostgresApp | undefined;
  let baseUrl = '';
  let token = '';
  const sids = { lateSierra: '', earlyMiramar: '' };

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { hotelsDir: DEMO_GROUP });
    ({ db, baseUrl } = app);
    const accounts = new Accounts(db);
    await accounts.add('boss', 'boss-password-123', 'staff', clock.now());
    token = (await accounts.createToken('boss', null, clock.now())).token;
    const call = (to: string, from: string) => new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to });
    // Saturday 28 November, 18:00 in New York: a booking, a turnaway, a booking at Sierra Alta.
    clock.set('2026-11-28T23:00:00Z');
    await bookByKeys(call(MIRAMAR, '+12125550171'), { date: '1204', roomType: '1', rooms: '2', nights: '1#', name: 'Olivia Ocean' });
    const denied = call(MIRAMAR, '+12125550172');
    await askForStay(denied, { date: '1204', roomType: '1', rooms: '1', nights: '1#' });
    await denied.hangup();
    await bookByKeys(call(SIERRA, '+525512345671'), { date: '1205', roomType: '1', rooms: '1', nights: '1#', name: 'Sofía Sierra' });
    await db.run("UPDATE outbox SET status = 'failed' WHERE to_number = '+12125550171'");
    // 23:20 in Mexico City on the 28th; 00:25 in New York on the 29th.
    clock.set('2026-11-29T05:20:00Z');
    const late = call(SIERRA, '+525512345672');
    await late.start();
    await late.hangup();
    clock.set('2026-11-29T05:25:00Z');
    const early = call(MIRAMAR, '+12125550173');
    await early.start();
    await early.hangup();
    [sids.lateSierra, sids.earlyMiramar] = [late.callSid, early.callSid];
    clock.set('2026-11-29T05:30:00Z');
  });
  afterAll(async () => {
    await app?.close();
  });

  const api = (path: string) => request(baseUrl).get(path).set('Authorization', `Bearer ${token}`).expect(200);

  it("lists Saturday's calls by each property's Saturday", async () => {
    const saturday = (await api('/api/calls?from=2026-11-28&to=2026-11-28')).body.calls.map((c: { callSid: string }) => c.callSid);
    expect(saturday).toContain(sids.lateSierra);
    expect(saturday).not.toContain(sids.earlyMiramar);
  });

  it('reports the morning per property, each figure what /api/calls counts', async () => {
    const { properties } = (await api('/api/morning')).body;
    const [mir, sie] = properties;
    expect([mir.hotel, mir.from, mir.to, sie.hotel, sie.from, sie.to]).toEqual(['MIR', '2026-11-28', '2026-11-29', 'SIE', '2026-11-27', '2026-11-28']);
    expect(mir.figures).toMatchObject({ calls: 3, booked: 1, turnaways: 1, abandoned: 1 });
    expect(mir.texts).toEqual({ failed: 1, undelivered: 0 });
    expect(mir.turnaways[0]).toMatchObject({ kind: 'denial', why: 'could not be offered what they asked' });
    expect(sie.figures).toMatchObject({ calls: 2, booked: 1, abandoned: 1 });
    for (const p of properties) {
      for (const [figure, outcome] of [['calls', ''], ['booked', 'booked'], ['turnaways', 'turnaway'], ['abandoned', 'abandoned']]) {
        const listed = (await api(`/api/calls?hotel=${p.hotel}&channel=voice&from=${p.from}&to=${p.to}${outcome ? `&outcome=${outcome}` : ''}`)).body.total;
        expect(listed, `${p.hotel} ${figure}`).toBe(p.figures[figure!]);
      }
    }
  });
});
