// A console left open at the desk: the session ends after 30 minutes without the clerk's own use
// (server-side, whatever the cookie's age), the live figures' polls do not keep it alive, and the
// login page says why the clerk is there.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_HEADER } from '../../src/staff/auth.ts';
import { DEFAULT_STAFF_IDLE_MINUTES } from '../../src/staff/context.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

const MINUTE = 60_000;

describe('an idle console session', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t.close());

  it('stays open while the clerk uses it, each use restarting the 30 minutes', async () => {
    expect(DEFAULT_STAFF_IDLE_MINUTES).toBe(30);
    const { agent } = await login(t, STAFF);
    for (let i = 0; i < 4; i++) {
      t.clock.advance(25 * MINUTE);
      await agent.get('/staff/calls').expect(200);
    }
  });

  it('ends after 30 minutes unused, and the login page says so; logging in again goes back to the page', async () => {
    const { agent } = await login(t, STAFF);
    await agent.get('/staff/reservations').expect(200);
    t.clock.advance(30 * MINUTE);
    const gone = await agent.get('/staff/reservations');
    expect(gone.status).toBe(303);
    expect(gone.headers.location).toBe('/staff/login?next=%2Fstaff%2Freservations&ended=idle');
    const form = await agent.get(gone.headers.location!).expect(200);
    expect(form.text).toContain('You were logged out after 30 minutes without use. Log in again to go on.');
    // The session is gone from the database, not only refused: going back in time does not revive it.
    t.clock.advance(-30 * MINUTE);
    expect((await agent.get('/staff/reservations')).status).toBe(303);
    t.clock.advance(30 * MINUTE);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const back = await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: STAFF.username, password: STAFF.password, next: '/staff/reservations' });
    expect(back.headers.location).toBe('/staff/reservations');
    await agent.get('/staff/reservations').expect(200);
  });

  it('is not kept alive by the overview polling its live figures, which then send the page back to the login', async () => {
    const { agent } = await login(t, STAFF);
    await agent.get('/staff').expect(200);
    for (let i = 0; i < 5; i++) {
      t.clock.advance(5 * MINUTE);
      const poll = await agent.get('/staff/live').set(BACKGROUND_HEADER, '1').set('accept', 'application/json');
      expect(poll.status).toBe(200);
      expect(poll.body).toHaveProperty('callsInProgress');
    }
    t.clock.advance(5 * MINUTE);
    const poll = await agent.get('/staff/live').set(BACKGROUND_HEADER, '1');
    expect(poll.status).toBe(303);
    expect(poll.headers.location).toContain('ended=idle');
  });

  it('answers a form sent after the idle time with why, and changes nothing', async () => {
    const { agent, csrf } = await login(t, STAFF);
    t.clock.advance(31 * MINUTE);
    const res = await agent.post('/staff/callbacks/1/tried').type('form').send({ _csrf: csrf, note: 'no answer' });
    expect(res.status).toBe(401);
    expect(res.text).toContain('You were logged out after 30 minutes without use. Nothing was changed');
  });

  it('ends the API’s session use too (a cookie on /api), while a bearer token has no idle time', async () => {
    const { agent } = await login(t, STAFF);
    await agent.get('/api/me').expect(200);
    t.clock.advance(30 * MINUTE);
    expect((await agent.get('/api/me')).status).toBe(401);
    const token = await bearer(t, STAFF.username);
    const auth = { authorization: `Bearer ${token}` };
    await request(t.baseUrl).get('/api/me').set(auth).expect(200);
    t.clock.advance(120 * MINUTE);
    await request(t.baseUrl).get('/api/me').set(auth).expect(200);
  });
});
