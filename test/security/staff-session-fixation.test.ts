// Round 28: session fixation. A cookie planted in the clerk's browser before login (by a page on a
// sibling subdomain, or a shared computer) must not become their session: the session is made by
// the server at login, whatever the browser sent, and a planted value opens nothing before or after.
// Held: no fix was needed.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, startStaffApp } from '../staff/staff-helpers.ts';

const PLANTED = 'planted-by-the-attacker-0123456789abcdefghijklmno';

describe('a session cookie planted before login', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('is replaced at login, and never opens the console', async () => {
    t = await startStaffApp();
    const form = await request(t.baseUrl).get('/staff/login').set('Cookie', `conserje_staff=${PLANTED}`).expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const loginCookie = (form.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const login = await request(t.baseUrl)
      .post('/staff/login')
      .set('Cookie', `${loginCookie}; conserje_staff=${PLANTED}`)
      .type('form')
      .send({ _csrf: csrf, username: ADMIN.username, password: ADMIN.password, next: '/staff' })
      .expect(303);
    const session = (login.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('conserje_staff='))!.split(';')[0]!;
    expect(session).not.toBe(`conserje_staff=${PLANTED}`);
    await request(t.baseUrl).get('/api/me').set('Cookie', session).expect(200);
    await request(t.baseUrl).get('/api/me').set('Cookie', `conserje_staff=${PLANTED}`).expect(401);
    // Nothing was stored under it.
    expect(await t.db.all('SELECT id_hash FROM staff_sessions')).toHaveLength(1);
  });
});
