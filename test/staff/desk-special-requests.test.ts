// A walk-in asks for a crib: the New reservation form takes the phone line's special requests as
// checkboxes (never free text), keeps them in reservations.special_requests and shows them where a
// call's are shown; the API takes them as a list; a request the line does not know is refused with
// nothing written. Real HTTP, a logged-in session with CSRF, a fresh SQLite file.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPECIAL_REQUESTS } from '../../flows/special-requests.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';

const count = async (t: TestApp) => Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n);

describe('special requests on a desk booking', () => {
  let t: TestApp;
  let clerk: { agent: Agent; csrf: string };
  let arrival: string;

  beforeAll(async () => {
    t = await startStaffApp();
    arrival = addDaysIso(new HotelClock('America/New_York').today(t.clock.now()), 3);
    clerk = await login(t, STAFF);
  });
  afterAll(() => t.close());

  const walkIn = { arrival: '', nights: '1', roomType: 'DQ', rooms: '1', guestName: 'Ana Ruiz', payment: 'cash', phone: '(212) 555-0190' };

  it('offers every request the phone line takes as a checkbox, and nothing to type', async () => {
    const page = (await clerk.agent.get('/staff/reservations/new').expect(200)).text;
    const boxes = [...page.matchAll(/<input type="checkbox" name="requests" value="(\w+)"/g)].map((m) => m[1]);
    expect(boxes).toEqual([...SPECIAL_REQUESTS]);
    expect(page).toMatch(/value="crib"> crib<\/label>/);
    expect(page).not.toContain('<textarea');
    expect(page.split('name="requests"').length - 1).toBe(SPECIAL_REQUESTS.length);
  });

  it('keeps the crib and the quiet room a walk-in asked for, and shows them as a call’s are', async () => {
    // The form sends one value per ticked box, in the form's order.
    const body = new URLSearchParams({ _csrf: clerk.csrf, ...walkIn, arrival });
    body.append('requests', 'quiet');
    body.append('requests', 'crib');
    const sent = await clerk.agent.post('/staff/reservations/new').type('form').send(body.toString()).expect(303);
    const confirmation = new URL(sent.headers.location!, 'http://x').searchParams.get('q')!;
    const row = (await t.db.get<{ id: number; special_requests: string | null }>('SELECT id, special_requests FROM reservations WHERE confirmation = ?', [confirmation]))!;
    expect(row.special_requests).toBe('crib,quiet');
    const page = (await clerk.agent.get(`/staff/reservations/${row.id}`).expect(200)).text;
    expect(page).toMatch(/<dt>Asked for \(to confirm\)<\/dt><dd id="special-requests">crib, quiet room<\/dd>/);
    const api = await request(t.baseUrl).get(`/api/reservations/${row.id}`).set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    expect(api.body.specialRequests).toEqual(['crib', 'quiet']);
  });

  it('keeps none when none is ticked', async () => {
    const sent = await clerk.agent.post('/staff/reservations/new').type('form').send({ _csrf: clerk.csrf, ...walkIn, arrival, guestName: 'Sin Nada' }).expect(303);
    const confirmation = new URL(sent.headers.location!, 'http://x').searchParams.get('q')!;
    expect(await t.db.get('SELECT special_requests FROM reservations WHERE confirmation = ?', [confirmation])).toEqual({ special_requests: null });
  });

  it('takes them as a list from the API, and refuses one the line does not know, writing nothing', async () => {
    const auth = `Bearer ${await bearer(t)}`;
    const made = await request(t.baseUrl).post('/api/reservations').set('Authorization', auth).send({ ...walkIn, arrival, requests: ['extraBed', 'accessible'] }).expect(201);
    expect((await t.db.get('SELECT special_requests FROM reservations WHERE id = ?', [made.body.id]))).toEqual({ special_requests: 'accessible,extraBed' });
    const before = await count(t);
    const refused = await request(t.baseUrl).post('/api/reservations').set('Authorization', auth).send({ ...walkIn, arrival, requests: ['crib', 'a pony'] }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('requests');
    const typed = new URLSearchParams({ _csrf: clerk.csrf, ...walkIn, arrival, requests: 'crib; late checkout please' });
    const page = await clerk.agent.post('/staff/reservations/new').type('form').send(typed.toString()).expect(400);
    expect(page.text).toContain('Special requests must be among the requests the phone line takes');
    expect(await count(t)).toBe(before);
  });

  it('names the boxes in Spanish for the Spanish desk', async () => {
    const { agent, csrf } = await login(t, STAFF);
    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff/reservations/new' }).expect(303);
    const page = (await agent.get('/staff/reservations/new').expect(200)).text;
    expect(page).toContain('Peticiones especiales');
    expect(page).toMatch(/value="crib"> cuna<\/label>/);
  });
});
