// Round 32: where the console sends a clerk back to after an action (`back` after a Change, a cancel,
// an arrival, a kept room, an Undo; `next` after the login). The path is the form's, so anyone who
// can make a clerk post a form (a link to the change page with `?back=`, a page of theirs) chooses
// it: it must stay on the console, whatever dot segments, encodings or scheme it carries. Real HTTP
// through the express app on a fresh SQLite file, logged in through the form as a browser is.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from '../staff/staff-helpers.ts';
import type { Agent } from '../staff/staff-helpers.ts';

const NEW_YORK = new HotelClock('America/New_York');
const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;

/** Paths an attacker would put in `back` or `next`: each must land on the console of this host. */
const HOSTILE = [
  '/staff/..//evil.example',
  '/staff/%2e%2e//evil.example/x',
  '/staff/.%2e//evil.example',
  '/staff/reservations/../..//evil.example',
  '/staff/reservations/%2E%2E/%2E%2E//evil.example',
  '//evil.example/staff',
  '/\\evil.example/staff',
  'https://evil.example/staff',
  'javascript:alert(1)//staff',
  '/staff/\t/evil.example',
];

/** Where a browser goes from `location` on this host: it must be this host, under /staff. */
function expectOnConsole(location: string | undefined): void {
  expect(location).toBeTruthy();
  const landed = new URL(location!, 'https://hotel.example/staff/reservations/1/change');
  expect(landed.origin, location).toBe('https://hotel.example');
  expect(landed.pathname, location).toMatch(/^\/staff(\/|$)/);
  expect(landed.pathname.startsWith('//'), location).toBe(false);
}

describe('the console’s way back, attacked', () => {
  let t: TestApp;
  let token: string;
  let clerk: { agent: Agent; csrf: string };
  let today: string;

  beforeAll(async () => {
    t = await startStaffApp();
    today = NEW_YORK.today(t.clock.now());
    token = await bearer(t);
    clerk = await login(t, STAFF);
  });
  afterAll(() => t.close());

  const book = async (day: number) => {
    const made = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ arrival: addDaysIso(today, day), nights: 1, roomType: 'DQ', rooms: 1, guestName: 'Ona Way', payment: 'cash', phone: '(212) 555-0147' });
    expect(made.status).toBe(201);
    return made.body as { id: number };
  };

  it('a Change sends the clerk back only to a console page, whatever `back` says', async () => {
    const r = await book(20);
    let nights = 1;
    for (const back of HOSTILE) {
      const form = await clerk.agent.get(`/staff/reservations/${r.id}/change`).query({ back }).expect(200);
      // The link beside Save ("keep as it is") is the console's too.
      const keep = /<a href="([^"]*)">[^<]*<\/a>\s*<\/p>|<button type="submit">[^<]*<\/button> <a href="([^"]*)"/.exec(form.text);
      const href = (keep?.[1] ?? keep?.[2])?.replaceAll('&amp;', '&');
      if (href !== undefined) expectOnConsole(href);
      nights += 1;
      const sent = await clerk.agent
        .post(`/staff/reservations/${r.id}/change`)
        .type('form')
        .send({ _csrf: csrfOf(form.text), back, arrival: addDaysIso(today, 20), nights: String(nights), roomType: 'DQ', rooms: '1', guestName: 'Ona Way', payment: 'cash', phone: '(212) 555-0147' });
      expect(sent.status, back).toBe(303);
      expectOnConsole(sent.headers.location);
    }
  });

  it('a kept room, an arrival, an Undo and a cancel send the clerk back only to the reservations', async () => {
    for (const back of HOSTILE) {
      const r = await book(0);
      const post = (action: string, fields: Record<string, string> = {}) =>
        clerk.agent.post(`/staff/reservations/${r.id}/${action}`).type('form').send({ _csrf: clerk.csrf, back, ...fields });
      for (const [action, fields] of [['hold', { until: '21:00' }], ['arrived', {}], ['undo', {}], ['cancel', { confirm: 'yes' }]] as const) {
        const done = await post(action, fields);
        expect(done.status, `${action} ${back}`).toBe(303);
        expectOnConsole(done.headers.location);
      }
    }
  });

  it('the login sends the clerk on only to a console page, whatever `next` says', async () => {
    for (const next of HOSTILE) {
      const agent = request.agent(t.baseUrl);
      const form = await agent.get('/staff/login').query({ next }).expect(200);
      const done = await agent.post('/staff/login').type('form').send({ _csrf: csrfOf(form.text), username: STAFF.username, password: STAFF.password, next });
      expect(done.status, next).toBe(303);
      expectOnConsole(done.headers.location);
      // Logged in already: the login page sends on at once, to the console.
      const again = await agent.get('/staff/login').query({ next });
      expect(again.status).toBe(303);
      expectOnConsole(again.headers.location);
    }
  });
});
