// Undo keep room and the booked value's CSV on PostgreSQL, over real HTTP (test/staff's
// keep-room-undo and month-end-value tests run them on SQLite): the hold goes back to its time
// before, audited, a room kept after its hold ran out is released again with its rooms free at
// once, not after 10 minutes; and the month end's CSV gives a row per property in its own currency
// and days. A query only SQLite understands fails here.

import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { Db } from '../../src/storage/sql.ts';
import { testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';

const DEMO_GROUP = fileURLToPath(new URL('../../src/hotel/demo-group/', import.meta.url));
const CLERK = { username: 'bob', password: 'bob-password-123' };

/** An instant in New York on 28 November 2026 (EST, UTC-5). */
const ny = (hhmm: string) => new Date(`2026-11-28T${hhmm}:00-05:00`);

describe('Keep room undone on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let db: Db;
  let baseUrl = '';
  let token = '';
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  const book = async (guestName: string) =>
    (await auth(request(baseUrl).post('/api/reservations')).send({ arrival: '2026-11-28', nights: 1, roomType: 'OCEAN', rooms: 1, guestName, payment: 'cash', phone: '+12125550147' }).expect(201)).body as { id: number; confirmation: string };
  const holdOf = async (id: number) => (await db.get<{ hold_until: string }>('SELECT hold_until FROM reservations WHERE id = ?', [id]))!.hold_until;
  const freeOcean = async () => (await auth(request(baseUrl).get('/api/availability?from=2026-11-28&days=1')).expect(200)).body;

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    ({ db, baseUrl } = app);
    const accounts = new Accounts(db);
    await accounts.add(CLERK.username, CLERK.password, 'staff', clock.now());
    token = (await accounts.createToken(CLERK.username, 'desk', clock.now())).token;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('from the page: the hold goes back to its time before, audited, and cannot be taken back twice', async () => {
    const r = await book('Karl Kept');
    clock.set(ny('17:00').toISOString());
    const agent = request.agent(baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    await agent.post('/staff/login').type('form').send({ _csrf: loginCsrf, ...CLERK, next: '/staff' }).expect(303);
    const csrf = (await agent.get('/api/me').expect(200)).body.csrfToken as string;
    const back = '/staff/reservations?list=not-arrived';
    await agent.post(`/staff/reservations/${r.id}/hold`).type('form').send({ _csrf: csrf, until: '23:30', back }).expect(303);
    expect(await holdOf(r.id)).toBe(ny('23:30').toISOString());
    expect((await agent.get(back).expect(200)).text).toContain(`aria-label="Undo keep room for reservation ${r.confirmation}">Undo keep room</button>`);

    clock.advance(5 * 60_000);
    const undone = await agent.post(`/staff/reservations/${r.id}/undo`).type('form').send({ _csrf: csrf, back }).expect(303);
    expect(undone.headers.location).toBe(`${back}&notice=undone-hold#reservation-${r.id}`);
    expect(await holdOf(r.id)).toBe(ny('18:00').toISOString());
    const after = (await agent.get(`${back}&notice=undone-hold`).expect(200)).text;
    expect(after).toContain('Keep room taken back');
    expect(after).not.toContain(`Undo keep room for reservation ${r.confirmation}`);
    const audit = await db.get<{ actor: string; via: string; detail_json: string }>("SELECT actor, via, detail_json FROM audit_log WHERE action = 'reservation.undo-hold' AND target = ?", [`reservation:${r.id}`]);
    expect(audit).toMatchObject({ actor: CLERK.username, via: 'web' });
    expect(JSON.parse(audit!.detail_json)).toMatchObject({ confirmation: r.confirmation, from: ny('23:30').toISOString(), until: ny('18:00').toISOString() });
    const story = (await agent.get(`/staff/reservations/${r.id}`).expect(200)).text;
    expect(story).toMatch(/Keep room taken back by <strong>bob<\/strong> on the console/);
    expect((await auth(request(baseUrl).post(`/api/reservations/${r.id}/undo`)).expect(409)).body.error).toBe('not_undoable');
  });

  it('over the API, a room kept after its hold ran out is released again, its rooms free at once; not after 10 minutes', async () => {
    const r = await book('Rita Released');
    clock.set(ny('19:00').toISOString());
    const before = await freeOcean();
    await auth(request(baseUrl).post(`/api/reservations/${r.id}/hold`)).send({ until: '22:00' }).expect(200);
    expect(JSON.stringify(await freeOcean())).not.toBe(JSON.stringify(before));
    const undone = (await auth(request(baseUrl).post(`/api/reservations/${r.id}/undo`)).expect(200)).body;
    expect(undone).toMatchObject({ id: r.id, status: 'released', undone: 'held', textAlreadySent: false, holdUntil: ny('18:00').toISOString() });
    expect(await freeOcean()).toEqual(before);

    await auth(request(baseUrl).post(`/api/reservations/${r.id}/hold`)).send({ until: '22:00' }).expect(200);
    clock.advance(11 * 60_000);
    expect((await auth(request(baseUrl).post(`/api/reservations/${r.id}/undo`)).expect(409)).body.message).toMatch(/no "arrived", "cancel" or "keep room" from the last 10 minutes/);
    expect(await holdOf(r.id)).toBe(ny('22:00').toISOString());
  });
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
