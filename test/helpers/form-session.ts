// A staff session as a browser gets one: the login form's cookie and CSRF token, the form posted,
// the session's cookie kept and its CSRF token read from /api/me. For tests that need the session
// itself as a Cookie header (to end it, disable its account, or hold a download open on it).

import request from 'supertest';
import type { TestApp } from './app.ts';

/** Logs in through the form; the session's cookie (as a Cookie header) and its CSRF token. */
export async function formSession(t: TestApp, who: { username: string; password: string }): Promise<{ cookie: string; csrf: string }> {
  const form = await request(t.baseUrl).get('/staff/login').expect(200);
  const loginCookie = form.headers['set-cookie']![0]!.split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
  const done = await request(t.baseUrl).post('/staff/login').set('Cookie', loginCookie).type('form').send({ _csrf: token, ...who, next: '/staff' }).expect(303);
  const cookie = (done.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]!).find((c) => !c.startsWith('conserje_login') && !c.endsWith('='))!;
  const me = await request(t.baseUrl).get('/api/me').set('Cookie', cookie).expect(200);
  return { cookie, csrf: me.body.csrfToken as string };
}
