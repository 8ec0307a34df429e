// Sessions and accounts against an attacker holding a copy of a staff cookie, round 4. What gave:
// logging in again from a browser left the session its cookie had opened working for whoever else
// held a copy; and a username that reads as a card number was kept redacted in the audit log
// ("[card number hidden, ending 1111]"), so two such accounts' actions were audited under one name.
// And the API tokens an admin's session made for other accounts outlived the admin's new password
// or disabled account: whoever held a copy of the cookie kept a way in. They are revoked with it now.
// What held is kept here too: a copied cookie ends with logout, a new password, a disabled account;
// the login limit counts every case and spacing of a username as one.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountError, Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, STAFF, login, startStaffApp } from '../staff/staff-helpers.ts';

const SESSION_COOKIE = /(?:^|;\s*)(conserje_staff=[^;]+)/;

describe('a copied staff session cookie', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t.close());

  /**
   * Logs in through the form (sending `had`, the session cookie the browser already holds, if any);
   * the new session's cookie, as a thief would replay it from another machine.
   */
  const logIn = async (who: { username: string; password: string }, had?: string): Promise<string> => {
    const browser = request.agent(t.baseUrl);
    const form = await browser.get('/staff/login').expect(200);
    const post = browser.post('/staff/login');
    if (had) post.set('Cookie', had);
    const done = await post.type('form').send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(form.text)![1], ...who }).expect(303);
    const cookie = SESSION_COOKIE.exec(((done.headers['set-cookie'] as unknown as string[]) ?? []).join('; '))?.[1];
    expect(cookie).toBeDefined();
    return cookie!;
  };
  const works = async (cookie: string) => (await request(t.baseUrl).get('/api/me').set('Cookie', cookie)).status === 200;

  it('stops working when the same browser logs in again, as the same or another account', async () => {
    const first = await logIn(STAFF);
    expect(await works(first)).toBe(true);
    const second = await logIn(ADMIN, first);
    expect(await works(first)).toBe(false);
    expect(await works(second)).toBe(true);
    const third = await logIn(ADMIN, second);
    expect(await works(second)).toBe(false);
    expect(await works(third)).toBe(true);
    // A cookie that opens no session is no reason to refuse a login.
    expect(await works(await logIn(STAFF, `conserje_staff=${'A'.repeat(43)}`))).toBe(true);
  });

  it('stops working at logout, a new password and a disabled account; a copy never outlives them', async () => {
    const accounts = new Accounts(t.db);
    const stolen = await logIn(STAFF);
    const csrf = (await request(t.baseUrl).get('/api/me').set('Cookie', stolen).expect(200)).body.csrfToken as string;
    await request(t.baseUrl).post('/staff/logout').set('Cookie', stolen).type('form').send({ _csrf: csrf }).expect(200);
    expect(await works(stolen)).toBe(false);

    const second = await logIn(STAFF);
    await accounts.setPassword(STAFF.username, 'bob-new-password-456', t.clock.now());
    expect(await works(second)).toBe(false);

    const third = await logIn({ username: STAFF.username, password: 'bob-new-password-456' });
    await accounts.disable(STAFF.username, t.clock.now());
    expect(await works(third)).toBe(false);
    await accounts.enable(STAFF.username, t.clock.now());
    expect(await works(third)).toBe(false);
  });
});

describe('an API token made with a copied admin session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
    const accounts = new Accounts(t.db);
    await accounts.add('carol', 'carol-password-1', 'admin', t.clock.now());
    await accounts.add('dave', 'dave-password-12', 'staff', t.clock.now());
  });
  afterAll(() => t.close());

  /** A token for `username`, made from the Accounts page of `admin`'s session (as a thief holding its cookie could). */
  const tokenFromPage = async (admin: { username: string; password: string }, username: string) => {
    const { agent, csrf } = await login(t, admin);
    const page = await agent.post('/staff/admin/tokens').type('form').send({ _csrf: csrf, username, label: 'sync' }).expect(200);
    return /<p class="token" id="new-token">([^<]+)<\/p>/.exec(page.text)![1]!;
  };
  const works = async (token: string) => (await request(t.baseUrl).get('/api/me').set('Authorization', `Bearer ${token}`)).status === 200;

  it("stops working when that admin's password changes or the account is disabled, though made for another account", async () => {
    const accounts = new Accounts(t.db);
    const planted = await tokenFromPage(ADMIN, STAFF.username);
    const byCarol = await tokenFromPage({ username: 'carol', password: 'carol-password-1' }, STAFF.username);
    const fromTerminal = (await accounts.createToken(STAFF.username, 'terminal', t.clock.now())).token;
    expect([await works(planted), await works(byCarol), await works(fromTerminal)]).toEqual([true, true, true]);
    await accounts.setPassword(ADMIN.username, 'alice-new-password-2', t.clock.now());
    // Made in alice's name: gone with her old password. Carol's and the terminal's stay.
    expect([await works(planted), await works(byCarol), await works(fromTerminal)]).toEqual([false, true, true]);

    const another = await tokenFromPage({ username: 'carol', password: 'carol-password-1' }, 'dave');
    await accounts.disable('carol', t.clock.now());
    expect([await works(byCarol), await works(another), await works(fromTerminal)]).toEqual([false, false, true]);
  });
});

describe('a username that reads as a card number', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t.close());

  it('is refused, so that every audit entry names its own account', async () => {
    const accounts = new Accounts(t.db);
    for (const name of ['4111111111111111', '4242424242424242']) {
      await expect(accounts.add(name, 'a-long-password-1', 'staff', t.clock.now())).rejects.toThrow(AccountError);
      await expect(accounts.add(name, 'a-long-password-1', 'staff', t.clock.now())).rejects.toThrow('a username must not read as a card number: add a letter');
    }
    expect((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM staff_users WHERE username GLOB ?', ['[0-9]*']))!.n).toBe(0);
    // Digits with a letter, or too few for a card, are names like any other; their audit entries say them.
    for (const name of ['desk4111111111111111', '4111']) await accounts.add(name, 'a-long-password-1', 'staff', t.clock.now());
    const { agent } = await login(t, { username: 'desk4111111111111111', password: 'a-long-password-1' });
    await agent.get('/staff').expect(200);
    const logins = await t.db.all<{ actor: string }>("SELECT actor FROM audit_log WHERE action = 'login' ORDER BY id");
    expect(logins.map((r) => r.actor)).toEqual(['desk4111111111111111']);
  });
});

describe('the login limit against a guesser who varies the username', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '3' } });
  });
  afterAll(() => t.close());

  it('counts every case and spacing of one username as that username: the right password is refused once the limit is reached', async () => {
    const attempt = async (username: string, password: string) => {
      const browser = request.agent(t.baseUrl);
      const form = await browser.get('/staff/login').expect(200);
      return (await browser.post('/staff/login').type('form').send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(form.text)![1], username, password })).status;
    };
    const statuses: number[] = [];
    for (const variant of ['ALICE', ' Alice ', 'aLiCe\t', '\u00a0alice']) statuses.push(await attempt(variant, 'not-the-password'));
    expect(statuses).toEqual([401, 401, 401, 429]);
    for (const variant of [ADMIN.username, ADMIN.username.toUpperCase(), ` ${ADMIN.username}`]) expect(await attempt(variant, ADMIN.password), variant).toBe(429);
    // Another account from the same address is not locked by them.
    expect(await attempt(STAFF.username, STAFF.password)).toBe(303);
  });
});
