// A clerk changes their own password in the console: the current one first, the new one twice
// with the command's rules, CSRF, audited; the account's other logins end and this one goes on.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
const NEW = 'bob-new-password-456';

describe('changing one’s own password in the console', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t.close());

  const auditOf = (action: string) => t.db.all<{ actor: string; via: string; target: string }>('SELECT actor, via, target FROM audit_log WHERE action = ? ORDER BY id', [action]);

  it('is reached from one’s name at the top of every page, and asks the current password and the new one twice', async () => {
    const { agent } = await login(t, STAFF);
    const overview = await agent.get('/staff').expect(200);
    expect(overview.text).toContain('<a href="/staff/password" title="Change your password">bob</a>');
    const page = await agent.get('/staff/password').expect(200);
    expect(page.text).toContain('<h1>Change your password</h1>');
    expect(page.text).toMatch(/<input id="current" name="current" type="password" autocomplete="current-password"/);
    expect(page.text).toMatch(/<input id="password" name="password" type="password" autocomplete="new-password" required minlength="10"/);
    expect(page.text).toMatch(/<input id="again" name="again" type="password" autocomplete="new-password"/);
  });

  it('refuses a form without the session’s CSRF token, and one from a visitor without a session', async () => {
    const { agent } = await login(t, STAFF);
    const res = await agent.post('/staff/password').type('form').send({ current: STAFF.password, password: NEW, again: NEW });
    expect(res.status).toBe(403);
    expect((await request(t.baseUrl).post('/staff/password').type('form').send({ current: STAFF.password, password: NEW, again: NEW })).status).toBe(401);
    expect((await login(t, STAFF)).agent).toBeTruthy(); // the old password still works
  });

  it('says what to fix and changes nothing: a wrong current password (audited), two different new ones, one too short', async () => {
    const { agent, csrf } = await login(t, STAFF);
    const send = (fields: Record<string, string>) => agent.post('/staff/password').type('form').send({ _csrf: csrf, ...fields });

    const wrong = await send({ current: 'not-my-password', password: NEW, again: NEW });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Your current password is not right. Nothing was changed.');
    expect(await auditOf('account.password.refused')).toEqual([{ actor: 'bob', via: 'web', target: 'user:bob' }]);

    const differ = await send({ current: STAFF.password, password: NEW, again: `${NEW}x` });
    expect(differ.status).toBe(400);
    expect(differ.text).toContain('The two new passwords differ. Nothing was changed.');

    const short = await send({ current: STAFF.password, password: 'short-pw', again: 'short-pw' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('The new password must be at least 10 characters. Nothing was changed.');

    const same = await send({ current: STAFF.password, password: STAFF.password, again: STAFF.password });
    expect(same.status).toBe(400);
    expect(same.text).toContain('The new password is the same as the current one.');

    expect(await auditOf('account.password')).toEqual([]);
    await login(t, STAFF);
  });

  it('changes it: audited, the other logins and the API tokens end, this login goes on', async () => {
    const other = await login(t, STAFF);
    const admin = await login(t, ADMIN);
    const token = await bearer(t, STAFF.username);
    await request(t.baseUrl).get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);

    const { agent, csrf } = await login(t, STAFF);
    const done = await agent.post('/staff/password').type('form').send({ _csrf: csrf, current: STAFF.password, password: NEW, again: NEW });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/staff/password?done=1');
    const after = await agent.get(done.headers.location!).expect(200);
    expect(after.text).toContain('Password changed. Your other logins were ended and your API tokens no longer work.');
    await agent.get('/staff/calls').expect(200);

    expect((await other.agent.get('/staff/calls')).status).toBe(303);
    expect((await request(t.baseUrl).get('/api/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    await admin.agent.get('/staff/calls').expect(200); // another account's login is untouched
    expect(await auditOf('account.password')).toEqual([{ actor: 'bob', via: 'web', target: 'user:bob' }]);

    // The old password no longer logs in; the new one does.
    const form = await request.agent(t.baseUrl).get('/staff/login');
    const cookie = (form.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const old = await request(t.baseUrl).post('/staff/login').set('Cookie', cookie).type('form').send({ _csrf: csrfOf(form.text), username: STAFF.username, password: STAFF.password });
    expect(old.status).toBe(401);
    await login(t, { username: STAFF.username, password: NEW });
  });

  it('counts wrong current passwords against the login limit: a session left open cannot be used to guess', async () => {
    const { agent, csrf } = await login(t, ADMIN);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await agent.post('/staff/password').type('form').send({ _csrf: csrf, current: `guess-${i}-password`, password: NEW, again: NEW })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
    const right = await agent.post('/staff/password').type('form').send({ _csrf: csrf, current: ADMIN.password, password: NEW, again: NEW });
    expect(right.status).toBe(429);
    expect(right.text).toContain('Too many wrong passwords. Try again in');
  });
});
