// Undo keep room and the booked value's CSV on PostgreSQL, over real HTTP: undo keep room runs
// test/staff/keep-room-undo-cases.ts, the cases keep-room-undo.test.ts runs on SQLite (the hold goes
// back to its time before, audited, a room kept after its hold ran out is released again with its
// rooms free at once, not after 10 minutes); the month end's CSV (month-end-value.test.ts on SQLite)
// gives a row per property in its own currency and days. A query only SQLite understands fails here.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { keepRoomUndoCases } from '../staff/keep-room-undo-cases.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

const CLERK = { username: 'bob', password: 'bob-password-123' };

describe('Keep room undone on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    const accounts = new Accounts(app.db);
    await accounts.add(CLERK.username, CLERK.password, 'staff', clock.now());
    token = (await accounts.createToken(CLERK.username, 'desk', clock.now())).token;
  });
  afterAll(async () => {
    await app?.close();
  });

  keepRoomUndoCases(() => ({ baseUrl: app!.baseUrl, db: app!.db, clock, token, clerk: CLERK }));
});

describe('the booked value as CSV on PostgreSQL, for a group', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let baseUrl = '';
  let token = '';
  const totals: Record<'MIR' | 'SIE', number[]> = { MIR: [], SIE: [] };
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
  const csv = (path: string) => request(baseUrl).get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { hotelsDir: DEMO_GROUP });
    const { db } = app;
    baseUrl = app.baseUrl;
    const accounts = new Accounts(db);
    await accounts.add('boss', 'boss-password-123', 'admin', clock.now());
    token = (await accounts.createToken('boss', null, clock.now())).token;
    const typeOf = async (code: string) => (await db.get<{ code: string }>('SELECT rt.code FROM room_types rt JOIN hotels h ON h.id = rt.hotel_id WHERE h.code = ? ORDER BY rt.id LIMIT 1', [code]))!.code;
    const types = { MIR: await typeOf('MIR'), SIE: await typeOf('SIE') };
    const book = async (hotel: 'MIR' | 'SIE', nights: number) =>
      (await request(baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`)
        .send({ hotel, arrival: '2026-12-05', nights, roomType: types[hotel], rooms: 1, guestName: 'Ana Torres', payment: 'cash', phone: '+12125550147' })
        .expect(201)).body as { id: number; total: number };
    totals.MIR.push((await book('MIR', 2)).total);
    totals.SIE.push((await book('SIE', 3)).total);
    const cancelled = await book('MIR', 1);
    await request(baseUrl).post(`/api/reservations/${cancelled.id}/cancel`).set('Authorization', `Bearer ${token}`).expect(200);
    // 05:30 UTC on December 1: still 30 November in Mexico City; already December in New York.
    clock.set('2026-12-01T05:30:00Z');
    totals.SIE.push((await book('SIE', 1)).total);
    await book('MIR', 1);
    clock.set('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives a row per property, each in its own currency and days; one property alone when chosen; a bad period refused', async () => {
    const nov = await csv('/api/stats/booked.csv?from=2026-11-01&to=2026-11-30').expect(200);
    expect(nov.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(nov.headers['content-disposition']).toBe('attachment; filename="booked-value-2026-11-01-to-2026-11-30.csv"');
    expect(nov.text.split('\r\n')).toEqual([
      'property,name,from,to,timezone,reservations,room_nights,value,currency',
      `MIR,Hotel Miramar,2026-11-01,2026-11-30,America/New_York,1,2,${sum(totals.MIR).toFixed(2)},USD`,
      `SIE,Hotel Sierra Alta,2026-11-01,2026-11-30,America/Mexico_City,2,4,${sum(totals.SIE).toFixed(2)},MXN`,
      '',
    ]);
    const month = (await csv('/api/stats/booked.csv?preset=this-month').expect(200)).text.split('\r\n').slice(1, 3).map((l) => l.split(','));
    expect(month.map((r) => [r[0], r[2], r[3], r[5], r[8]])).toEqual([
      ['MIR', '2026-12-01', '2026-12-01', '1', 'USD'],
      ['SIE', '2026-12-01', '2026-12-01', '0', 'MXN'],
    ]);
    const one = await csv('/api/stats/booked.csv?from=2026-11-01&to=2026-11-30&hotel=SIE').expect(200);
    expect(one.text.split('\r\n').slice(1)).toEqual([`SIE,Hotel Sierra Alta,2026-11-01,2026-11-30,America/Mexico_City,2,4,${sum(totals.SIE).toFixed(2)},MXN`, '']);
    await csv('/api/stats/booked.csv?from=2026-11-30&to=2026-11-01').expect(400);
  });
});
