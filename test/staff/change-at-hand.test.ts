// "Change" where the clerk is when a guest calls to move their stay: on each row of Find a
// reservation's results, Arrivals and Not arrived, and on a callback request's "Has reservation…",
// in English and in Spanish; only for a booked reservation (not one cancelled or arrived). Real
// HTTP with a logged-in session on a fresh SQLite file; the test clock's today in New York.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';

const GUEST = '+13125550166';

describe('Change is at hand on the lists a clerk works a call from', () => {
  let t: TestApp;
  let clerk: { agent: Agent; csrf: string };
  let booked: { id: number; confirmation: string };
  let cancelled: { id: number; confirmation: string };

  /** The link, which carries the list it was clicked on (`back`): the change brings the clerk back there. */
  const changeLink = (r: { id: number; confirmation: string }, back: string, word = 'Change', label = `Change reservation ${r.confirmation}`) =>
    `<a class="button secondary change-link" href="/staff/reservations/${r.id}/change?back=${encodeURIComponent(back)}" aria-label="${label}">${word}</a>`;
  /** The callback row the guest's request is on. */
  const callbackRow = (page: string) => `/staff/callbacks#${/<tr id="(callback-\d+)"/.exec(page)?.[1] ?? ''}`;

  beforeAll(async () => {
    t = await startStaffApp();
    const token = await bearer(t);
    const today = new HotelClock('America/New_York').today(t.clock.now());
    const book = async (guestName: string, phone: string) =>
      (await request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`)
        .send({ arrival: today, nights: 2, roomType: 'STD', rooms: 1, guestName, payment: 'cash', phone, arrivalTime: '22:00' }).expect(201)).body as { id: number; confirmation: string };
    booked = await book('Paula Prieto', GUEST);
    cancelled = await book('Pablo Prieto', '+13125550167');
    await request(t.baseUrl).post(`/api/reservations/${cancelled.id}/cancel`).set('Authorization', `Bearer ${token}`).expect(200);
    await leaveVoicemail(t, { from: GUEST, transcript: 'This is Paula Prieto, can we come a day later?' });
    clerk = await login(t, STAFF);
  });
  afterAll(() => t.close());

  it("on Find a reservation's results, for the booked one only", async () => {
    const found = (await clerk.agent.get('/staff/reservations?q=Prieto').expect(200)).text;
    expect(found).toContain(`id="reservation-${cancelled.id}"`);
    expect(found).toContain(changeLink(booked, '/staff/reservations?q=Prieto'));
    expect(found).not.toContain(`/staff/reservations/${cancelled.id}/change`);
  });

  it('on Arrivals and Not arrived', async () => {
    for (const list of ['arrivals', 'not-arrived']) {
      expect((await clerk.agent.get(`/staff/reservations?list=${list}`).expect(200)).text).toContain(changeLink(booked, `/staff/reservations?list=${list}`));
    }
  });

  it('on the callback request of a guest who has a reservation, and it opens the form', async () => {
    const callbacks = (await clerk.agent.get('/staff/callbacks').expect(200)).text;
    const theirs = /<span class="small their-reservation">[\s\S]*?<\/span>/.exec(callbacks)?.[0] ?? '';
    expect(theirs).toContain(booked.confirmation);
    expect(theirs).toContain(changeLink(booked, callbackRow(callbacks)));
    expect((await clerk.agent.get(`/staff/reservations/${booked.id}/change`).expect(200)).text).toContain('id="change-reservation"');
  });

  it('in Spanish, in the desk words', async () => {
    const { agent, csrf } = await login(t, STAFF);
    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff' }).expect(303);
    const es = (back: string) => changeLink(booked, back, 'Modificar', `Modificar la reservación ${booked.confirmation}`);
    expect((await agent.get('/staff/reservations?q=Prieto').expect(200)).text).toContain(es('/staff/reservations?q=Prieto'));
    const callbacks = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(callbacks).toContain(es(callbackRow(callbacks)));
  });
});
