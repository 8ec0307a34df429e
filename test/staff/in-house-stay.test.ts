// A guest in house (marked arrived) stays one more night or leaves early: POST
// /api/reservations/:id/change with `nights` alone, over real HTTP with a bearer token, on a fresh
// SQLite file. Anything else on an arrived stay is 409 with the reason; the same audit, text and
// Undo as a Change; an Undo that would give back a night already begun is refused.
// The demo hotel is in New York (hold 18:00) and has two Ocean Suites.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

/** Hotel time in New York (UTC-5 in November). */
const ny = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`).toISOString();

describe('a guest in house: one more night, or leaving early (API, SQLite)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t);
  });
  afterAll(() => t.close());

  const api = () => request(t.baseUrl);
  /** A guest checked in at the desk on `day` (a walk-in: booked for that day and arrived). */
  const walkIn = async (day: string, nights: number, roomType = 'OCEAN', guestName = 'Lucía Méndez') => {
    t.clock.set(ny(day, '11:00'));
    const made = await api().post('/api/reservations').set('Authorization', `Bearer ${token}`).send({ nights, roomType, rooms: 1, guestName, payment: 'cash', phone: '(212) 555-0147', walkIn: true });
    expect(made.status).toBe(201);
    expect(made.body.status).toBe('arrived');
    return made.body as { id: number; confirmation: string };
  };
  const change = (id: number, body: object) => api().post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send(body);
  const undo = (id: number) => api().post(`/api/reservations/${id}/undo`).set('Authorization', `Bearer ${token}`);
  const get = (id: number) => api().get(`/api/reservations/${id}`).set('Authorization', `Bearer ${token}`);
  const texts = (id: number) => t.db.all<{ kind: string; body: string }>('SELECT kind, body FROM outbox WHERE reservation_id = ? ORDER BY id', [id]);
  const nightsOf = async (id: number) => (await t.db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [id])).map((r) => r.night);

  it('adds a night while a suite is free, audited and texted as a change, and says what is free when none is', async () => {
    const guest = await walkIn('2026-11-26', 4); // Nov 26–29, leaves Mon Nov 30
    t.clock.set(ny('2026-11-28', '10:00'));
    expect((await get(guest.id)).body.inHouseNights).toEqual({ longer: 5, shorter: { nights: 2, leaves: 'today' } });

    const longer = await change(guest.id, { nights: 5 });
    expect(longer.status).toBe(200);
    expect(longer.body).toMatchObject({ status: 'arrived', arrival: '2026-11-26', departure: '2026-12-01', nights: 5, total: 2100, confirmation: guest.confirmation, roomTypeCode: 'OCEAN' });
    // The same one text a Change sends (the stay's nights and total are in it).
    const sent = await texts(guest.id);
    expect(sent.map((x) => x.kind)).toEqual(['booking_confirmed', 'booking_changed']);
    expect(sent[1]!.body).toContain('5 nights');
    const audit = (await t.db.get<{ detail_json: string }>("SELECT detail_json FROM audit_log WHERE action = 'reservation.change' AND target = ?", [`reservation:${guest.id}`]))!;
    expect(JSON.parse(audit.detail_json)).toMatchObject({ confirmation: guest.confirmation, before: { nights: 4, total: 1680 }, after: { nights: 5, total: 2100 } });

    // Both suites taken on Dec 1 by guests booked by phone or at the desk: a sixth night is refused.
    for (const name of ['Ana One', 'Ben Two']) {
      const other = await api().post('/api/reservations').set('Authorization', `Bearer ${token}`).send({ arrival: '2026-12-01', nights: 1, roomType: 'OCEAN', rooms: 1, guestName: name, payment: 'cash', phone: '(212) 555-0199' });
      expect(other.status).toBe(201);
    }
    const full = await change(guest.id, { nights: 6 });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'no_rooms' });
    expect(full.body.free).toContainEqual(expect.objectContaining({ roomType: 'OCEAN', free: 0 }));
    expect(full.body.free).toContainEqual(expect.objectContaining({ roomType: 'STD', free: 8 }));
    expect((await get(guest.id)).body).toMatchObject({ nights: 5, departure: '2026-12-01' });
  });

  it('leaving early frees the nights left; Undo gives them back while free', async () => {
    const guest = await walkIn('2026-11-26', 4, 'DLX');
    t.clock.set(ny('2026-11-28', '10:00'));
    const early = await change(guest.id, { nights: 2 });
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ status: 'arrived', departure: '2026-11-28', nights: 2, total: 480 });
    expect(await nightsOf(guest.id)).toEqual(['2026-11-26', '2026-11-27']);
    // Its last night is over tonight: nothing shorter to offer, one more night still.
    expect(early.body.inHouseNights).toEqual({ longer: 3, shorter: null });

    const back = await undo(guest.id);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ undone: 'changed', status: 'arrived', nights: 4, departure: '2026-11-30' });
    expect(await nightsOf(guest.id)).toHaveLength(4);
  });

  it('never gives back a night begun: after the hold time tonight is the guest\'s, and an Undo that would give it back is refused', async () => {
    const guest = await walkIn('2026-11-27', 1, 'DQ'); // leaves Sat Nov 28
    t.clock.set(ny('2026-11-28', '17:55'));
    expect((await change(guest.id, { nights: 2 })).status).toBe(200);
    t.clock.set(ny('2026-11-28', '18:01'));
    const refused = await undo(guest.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'not_undoable' });
    expect(refused.body.message).toContain('night already begun');
    expect((await get(guest.id)).body).toMatchObject({ nights: 2, departure: '2026-11-29' });

    const another = await walkIn('2026-11-27', 3, 'DQ');
    t.clock.set(ny('2026-11-28', '19:00'));
    expect((await get(another.id)).body.inHouseNights).toEqual({ longer: 4, shorter: { nights: 2, leaves: 'tomorrow' } });
    const tonight = await change(another.id, { nights: 1 });
    expect(tonight.status).toBe(409);
    expect(tonight.body.message).toBe(`reservation ${another.confirmation} cannot end before 2026-11-29: that would give back a night already begun`);
  });

  it('refuses anything but the nights on an arrived stay with 409 and the reason, a bad number with 400', async () => {
    const guest = await walkIn('2026-11-28', 2, 'STD');
    t.clock.set(ny('2026-11-28', '12:00'));
    for (const body of [{ rooms: 2 }, { nights: 3, roomType: 'DLX' }, { arrival: '2026-11-29' }, { guestName: 'Someone Else' }]) {
      const r = await change(guest.id, body);
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ error: 'in_house' });
      expect(r.body.message).toContain('only the nights change');
    }
    for (const nights of [0, -1, 'two', 1.5, 31]) {
      const r = await change(guest.id, { nights });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ error: 'bad_parameter', parameter: 'nights' });
    }
    expect((await change(guest.id, {})).status).toBe(400);
    // The night of arrival is never given back: one night at least, leaving tomorrow.
    const none = await change(guest.id, { nights: 1 });
    expect(none.status).toBe(200);
    expect((await change(guest.id, { nights: 1 })).body).toMatchObject({ error: 'nothing_to_change' });
    expect((await get(guest.id)).body).toMatchObject({ rooms: 1, roomTypeCode: 'STD', nights: 1, guestName: 'Lucía Méndez' });
  });

  it('answers a crafted nights posted to the page route with a 400 page saying what nights may be, and changes nothing', async () => {
    const guest = await walkIn('2026-11-28', 2, 'STD', 'Pilar Crafted');
    const { agent, csrf } = await login(t, STAFF);
    for (const nights of ['0', 'two', '31', '2.5', undefined]) {
      const page = await agent.post(`/staff/reservations/${guest.id}/stay`).type('form').send({ _csrf: csrf, ...(nights === undefined ? {} : { nights }) });
      expect(page.status).toBe(400);
      expect(page.text).toContain(nights === undefined ? 'The number of nights is required.' : 'The number of nights must be a whole number from 1 to 30.');
      expect(page.text).not.toContain('only the nights change');
    }
    expect((await get(guest.id)).body).toMatchObject({ nights: 2, status: 'arrived' });
    // In Spanish, as a Mexican desk reads it.
    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff' });
    const es = await agent.post(`/staff/reservations/${guest.id}/stay`).type('form').send({ _csrf: csrf, nights: '99' }).expect(400);
    expect(es.text).toContain('El número de noches debe ser un número entero del 1 al 30.');
  });
});
