// The arrival time the guest gave and the language of their texts changed at the desk, as the
// rest of a reservation is (POST /api/reservations/:id/change and the Change form): the same
// checks as New reservation's, audited, in the one text of the change (none when only the time
// changed: the text does not say it), and taken back by Undo. Real HTTP on a fresh SQLite file;
// the test clock's today in New York plus days. Demo hotel: holds until 18:00.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

const NEW_YORK = new HotelClock('America/New_York');

describe('the arrival time and the text language are changed like the rest of a reservation', () => {
  let t: TestApp;
  let token: string;
  let today: string;
  const day = (n: number) => addDaysIso(today, n);

  beforeAll(async () => {
    t = await startStaffApp();
    today = NEW_YORK.today(t.clock.now());
    token = await bearer(t);
  });
  afterAll(() => t.close());

  const book = async (over: Record<string, string | number> = {}) =>
    (await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ arrival: day(3), nights: 2, roomType: 'STD', rooms: 1, guestName: 'Tomás Late', payment: 'cash', phone: '(212) 555-0163', ...over })
      .expect(201)).body as { id: number; confirmation: string };
  const change = (id: number, body: object) => request(t.baseUrl).post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send(body);
  const textsOf = (id: number) => t.db.all<{ kind: string; status: string; body: string; locale: string }>('SELECT kind, status, body, locale FROM outbox WHERE reservation_id = ? ORDER BY id', [id]);
  const lastChange = async (id: number) =>
    JSON.parse((await t.db.get<{ detail_json: string }>("SELECT detail_json FROM audit_log WHERE action = 'reservation.change' AND target = ? ORDER BY id DESC LIMIT 1", [`reservation:${id}`]))!.detail_json);

  it('a later arrival time: kept, shown as after the hold, audited, and no text (the text does not say it)', async () => {
    const r = await book();
    const changed = (await change(r.id, { arrivalTime: '23:30' }).expect(200)).body;
    expect(changed).toMatchObject({ expectedArrival: '23:30', expectedAfterHold: true, locale: 'en-US' });
    expect(await lastChange(r.id)).toMatchObject({ changed: ['expectedArrival'], before: { expectedArrival: null }, after: { expectedArrival: '23:30' } });
    expect((await textsOf(r.id)).map((x) => x.kind)).toEqual(['booking_confirmed']);
    // "9:30" as a time field may send it; a time taken back with null.
    expect((await change(r.id, { arrivalTime: '9:30' }).expect(200)).body).toMatchObject({ expectedArrival: '09:30', expectedAfterHold: false });
    expect((await change(r.id, { arrivalTime: null }).expect(200)).body.expectedArrival).toBeNull();
  });

  it('the text in Spanish: the one text of the change goes in Spanish, with the new stay when it changed too', async () => {
    const r = await book();
    const changed = (await change(r.id, { language: 'es-MX', nights: 3 }).expect(200)).body;
    expect(changed).toMatchObject({ locale: 'es-MX', nights: 3 });
    const texts = await textsOf(r.id);
    expect(texts.map((x) => [x.kind, x.locale])).toEqual([['booking_confirmed', 'en-US'], ['booking_changed', 'es-MX']]);
    expect(texts[1]!.body).toMatch(/reservación/);
    expect(await lastChange(r.id)).toMatchObject({ before: { locale: 'en-US', nights: 2 }, after: { locale: 'es-MX', nights: 3 } });
    // Undo takes both back, and withdraws the text not yet sent.
    const undone = (await request(t.baseUrl).post(`/api/reservations/${r.id}/undo`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(undone).toMatchObject({ undone: 'changed', locale: 'en-US', nights: 2, textAlreadySent: false });
    expect((await textsOf(r.id)).map((x) => x.status)).toEqual(['unsent', 'failed']);
  });

  it('Undo puts back the arrival time the guest had given', async () => {
    const r = await book({ arrivalTime: '20:00' });
    await change(r.id, { arrivalTime: '01:15' }).expect(200);
    const undone = (await request(t.baseUrl).post(`/api/reservations/${r.id}/undo`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(undone).toMatchObject({ undone: 'changed', expectedArrival: '20:00' });
  });

  it("refuses what New reservation refuses: a time that is none, a language the line does not speak; the same time is nothing to change", async () => {
    const r = await book({ arrivalTime: '22:00' });
    const badTime = await change(r.id, { arrivalTime: '25:00' }).expect(400);
    expect(badTime.body).toMatchObject({ error: 'bad_parameter', parameter: 'arrivalTime' });
    const badLanguage = await change(r.id, { language: 'fr-FR' }).expect(400);
    expect(badLanguage.body).toMatchObject({ error: 'bad_parameter', parameter: 'language' });
    expect((await change(r.id, { arrivalTime: '22:00', language: 'en-US' }).expect(400)).body.error).toBe('nothing_to_change');
    expect((await request(t.baseUrl).get(`/api/reservations/${r.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body).toMatchObject({ expectedArrival: '22:00', locale: 'en-US' });
  });

  it('the Change form has both, as booked, and saves them; the story says what changed, in the desk language', async () => {
    const r = await book({ arrivalTime: '19:00' });
    const { agent, csrf } = await login(t, STAFF);
    const form = (await agent.get(`/staff/reservations/${r.id}/change`).expect(200)).text;
    expect(form).toMatch(/<input id="arrivalTime" name="arrivalTime" type="time" value="19:00"/);
    expect(form).toMatch(/<option value="en-US" selected>English<\/option>/);
    await agent
      .post(`/staff/reservations/${r.id}/change`)
      .type('form')
      .send({ _csrf: csrf, arrival: day(3), nights: '2', roomType: 'STD', rooms: '1', guestName: 'Tomás Late', payment: 'cash', phone: '(212) 555-0163', arrivalTime: '23:45', language: 'es-MX' })
      .expect(303);
    const page = (await agent.get(`/staff/reservations/${r.id}`).expect(200)).text;
    expect(page).toMatch(/Arrival time ~7:00 PM → ~11:45 PM/);
    expect(page).toMatch(/Language of the text English → Spanish/);
    const es = (await agent.get(`/staff/reservations/${r.id}`).set('Cookie', 'conserje_lang=es').expect(200)).text;
    expect(es).toMatch(/→ español|→ Español/);
  });
});
