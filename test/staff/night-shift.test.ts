// The night shift and the morning after, over real HTTP on a fresh SQLite file: the Not arrived
// list (tonight's guests not yet in, the soonest hold first, a hold ending within the hour marked,
// those released at their hold time), a late guest's room kept until a time the clerk types (the
// form and POST /api/reservations/:id/hold, audited with who and the hold before and after; a
// released one only while its rooms are free), and the morning's list of yesterday's no-shows.
// The test clock starts Saturday 28 November 2026, 10:00 in New York; the demo hotel holds until 18:00.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

/** An instant in New York on 28 (or 29) November 2026, both in EST (UTC-5). */
const ny = (day: 28 | 29, hhmm: string) => new Date(`2026-11-${day}T${hhmm}:00-05:00`);
const rowsOf = (page: string) => [...page.matchAll(/<tr id="reservation-(\d+)"/g)].map((m) => Number(m[1]));

describe('the night shift: guests not arrived, a late guest’s room kept, the morning’s no-shows', () => {
  let t: TestApp;
  let token: string;
  const ids: Record<'late' | 'gone' | 'early' | 'walkin', number> = { late: 0, gone: 0, early: 0, walkin: 0 };

  const api = () => request(t.baseUrl);
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  const book = async (guestName: string, roomType: string) =>
    (await auth(api().post('/api/reservations')).send({ arrival: '2026-11-28', nights: 1, roomType, rooms: 1, guestName, payment: 'cash', phone: '+12125550147' }).expect(201)).body as { id: number; holdUntil: string };
  const holdOf = async (id: number) => (await t.db.get<{ hold_until: string }>('SELECT hold_until FROM reservations WHERE id = ?', [id]))!.hold_until;

  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t, STAFF.username);
    const late = await book('Larry Late', 'OCEAN');
    expect(late.holdUntil).toBe(ny(28, '18:00').toISOString());
    ids.late = late.id;
    ids.gone = (await book('Gina Gone', 'OCEAN')).id;
    ids.early = (await book('Emma Early', 'DQ')).id;
    await auth(api().post(`/api/reservations/${ids.early}/arrived`)).expect(200);
  });
  afterAll(() => t?.close());

  it('lists tonight’s guests not yet arrived, the soonest hold first, a hold ending within the hour marked', async () => {
    t.clock.set(ny(28, '17:30').toISOString());
    const { agent } = await login(t, STAFF);
    const page = (await agent.get('/staff/reservations?list=not-arrived').expect(200)).text;
    expect(page).toContain('<h2>Not arrived, today</h2>');
    expect(rowsOf(page)).toEqual([ids.late, ids.gone]);
    expect(page.match(/ends in 30 min/g)).toHaveLength(2);
    expect(page).toContain(`action="/staff/reservations/${ids.late}/hold"`);
    const json = (await auth(api().get('/api/reservations?list=not-arrived')).expect(200)).body;
    expect(json.reservations.map((r: { id: number }) => r.id)).toEqual([ids.late, ids.gone]);
  });

  it('keeps a late guest’s room until the time typed, from the form, audited with the clerk and both holds', async () => {
    const { agent, csrf } = await login(t, STAFF);
    const sent = await agent
      .post(`/staff/reservations/${ids.late}/hold`)
      .type('form')
      .send({ _csrf: csrf, until: '23:30', back: '/staff/reservations?list=not-arrived' })
      .expect(303);
    expect(sent.headers.location).toBe(`/staff/reservations?list=not-arrived&notice=held#reservation-${ids.late}`);
    expect(await holdOf(ids.late)).toBe(ny(28, '23:30').toISOString());
    const audit = await t.db.get<{ actor: string; via: string; detail_json: string }>(
      "SELECT actor, via, detail_json FROM audit_log WHERE action = 'reservation.hold' AND target = ?",
      [`reservation:${ids.late}`],
    );
    expect(audit).toMatchObject({ actor: STAFF.username, via: 'web' });
    expect(JSON.parse(audit!.detail_json)).toMatchObject({ from: ny(28, '18:00').toISOString(), until: ny(28, '23:30').toISOString(), was: 'booked' });
    // A time not written as one: the page says so and nothing changes.
    const bad = await agent.post(`/staff/reservations/${ids.late}/hold`).type('form').send({ _csrf: csrf, until: 'late' }).expect(400);
    expect(bad.text).toContain('must be a time of day as HH:mm');
    expect(await holdOf(ids.late)).toBe(ny(28, '23:30').toISOString());
  });

  it('releases the others at their hold time; the kept room still counts, so a walk-in takes the last one', async () => {
    t.clock.set(ny(28, '19:00').toISOString());
    const late = (await auth(api().get(`/api/reservations/${ids.late}`)).expect(200)).body;
    const gone = (await auth(api().get(`/api/reservations/${ids.gone}`)).expect(200)).body;
    expect([late.status, gone.status]).toEqual(['booked', 'released']);
    const { agent } = await login(t, STAFF);
    const page = (await agent.get('/staff/reservations?list=not-arrived').expect(200)).text;
    expect(rowsOf(page)).toEqual([ids.gone, ids.late]);
    // Two OCEAN rooms: the late guest's kept, the released one's free.
    ids.walkin = (await book('Walter Walkin', 'OCEAN')).id;
    await auth(api().post('/api/reservations')).send({ arrival: '2026-11-28', nights: 1, roomType: 'OCEAN', rooms: 1, guestName: 'One Too Many', payment: 'cash', phone: '+12125550148' }).expect(409);
  });

  it('keeps a released room only while it is free, saying why not', async () => {
    const refused = await auth(api().post(`/api/reservations/${ids.gone}/hold`)).send({ until: '22:00' }).expect(409);
    expect(refused.body).toMatchObject({ error: 'not_held' });
    expect(refused.body.message).toContain('rooms have been taken');
    expect((await auth(api().get(`/api/reservations/${ids.gone}`)).expect(200)).body.status).toBe('released');
  });

  it('takes a time after midnight as the night’s, refuses one that is not later, and any but a booked reservation', async () => {
    t.clock.set(ny(28, '23:00').toISOString());
    const kept = await auth(api().post(`/api/reservations/${ids.late}/hold`)).send({ until: '01:30' }).expect(200);
    expect(kept.body.holdUntil).toBe(ny(29, '01:30').toISOString());
    expect(kept.body.status).toBe('booked');
    const earlier = await auth(api().post(`/api/reservations/${ids.late}/hold`)).send({ until: '23:45' }).expect(409);
    expect(earlier.body.message).toMatch(/already held until tomorrow 01:30/);
    const bad = await auth(api().post(`/api/reservations/${ids.late}/hold`)).send({ until: '25:00' }).expect(400);
    expect(bad.body).toMatchObject({ error: 'bad_parameter', parameter: 'until' });
    await auth(api().post(`/api/reservations/${ids.late}/hold`)).send({}).expect(400);
    const arrived = await auth(api().post(`/api/reservations/${ids.early}/hold`)).send({ until: '23:30' }).expect(409);
    expect(arrived.body.message).toContain('is arrived');
    // Past midnight, the night's kept guest is still on today's Not arrived list.
    t.clock.set(ny(29, '00:30').toISOString());
    const { agent } = await login(t, STAFF);
    expect(rowsOf((await agent.get('/staff/reservations?list=not-arrived').expect(200)).text)).toEqual([ids.late]);
  });

  it('tells the story: who kept the room, until when, and from what', async () => {
    const { agent } = await login(t, STAFF);
    const page = (await agent.get(`/staff/reservations/${ids.late}`).expect(200)).text;
    expect(page.match(/Room kept for a late guest by <strong>bob<\/strong>/g)).toHaveLength(2);
    expect(page).toContain('through the API: held until');
  });

  it('gives the morning clerk last night’s no-shows, released at their hold time', async () => {
    t.clock.set(ny(29, '09:00').toISOString());
    const morning = (await auth(api().get('/api/morning')).expect(200)).body;
    const noShows = morning.properties[0].noShows as { id: number; status: string; heldUntil: string }[];
    expect(noShows.map((r) => [r.id, r.status, r.heldUntil])).toEqual([
      [ids.gone, 'released', 'yesterday 18:00'],
      // Booked at the desk at 19:00, held to the day's end as on the phone line, never came.
      [ids.walkin, 'released', 'yesterday 23:59'],
      [ids.late, 'released', 'today 01:30'],
    ]);
    const { agent } = await login(t, STAFF);
    const page = (await agent.get('/staff/morning').expect(200)).text;
    expect(page).toContain('Not arrived yesterday: 3');
    expect(page).toContain('href="/staff/reservations?list=not-arrived&amp;date=2026-11-28"');
    const list = (await agent.get('/staff/reservations?list=not-arrived&date=2026-11-28').expect(200)).text;
    expect(rowsOf(list)).toEqual([ids.gone, ids.walkin, ids.late]);
    expect(list).not.toContain('ends in');
  });
});
