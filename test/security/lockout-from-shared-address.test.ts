// Can an attacker lock the manager out? Behind one public address (the hotel's network, where
// guests' Wi-Fi and the back office often leave by the same NAT; an office; a carrier's CGNAT)
// five wrong passwords for the manager's username refused the manager too, at her own desk, for
// 15 minutes, again and again: the limit per username and address cannot tell her from the
// guesser, and sparing a known address cannot help when it is the guesser's too. Now a browser
// that has logged in as an account carries a mark of it (a device cookie, as OWASP's "device
// cookies" propose): its attempts are counted on their own, so a guesser's failures do not lock it
// out, and its own wrong passwords still do. A browser without the mark is limited as before.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { loginFrom, sendFrom } from '../helpers/login-from.ts';
import { ADMIN, STAFF, startStaffApp } from '../staff/staff-helpers.ts';

const HOTEL_NAT = '127.0.0.31';

/** A browser: the cookies it keeps, across requests from one address. */
function browser(t: TestApp, from: string) {
  const jar = new Map<string, string>();
  const keep = (cookies: string[]) => {
    for (const c of cookies) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      if (/Max-Age=0/.test(c)) jar.delete(name);
      else jar.set(name, pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    async login(username: string, password: string): Promise<number> {
      const form = await sendFrom(t, 'GET', '/staff/login', from, { cookie: header() });
      keep(form.cookies);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
      if (!csrf) return form.status;
      const body = new URLSearchParams({ _csrf: csrf, username, password }).toString();
      const res = await sendFrom(t, 'POST', '/staff/login', from, { cookie: header(), 'content-type': 'application/x-www-form-urlencoded' }, body);
      keep(res.cookies);
      return res.status;
    },
    /** Forgets the session (logged out, or it expired), keeping the rest. */
    dropSession() {
      for (const name of [...jar.keys()]) if (name.includes('conserje_staff')) jar.delete(name);
    },
  };
}

describe('a guesser behind the same address as the manager', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t.close());

  it("does not lock the manager's own browser out; a browser without its mark stays limited", async () => {
    const manager = browser(t, HOTEL_NAT);
    expect(await manager.login(ADMIN.username, ADMIN.password)).toBe(303);
    manager.dropSession();

    // A guest on the hotel's Wi-Fi: six wrong passwords for the manager's username.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await loginFrom(t, HOTEL_NAT, ADMIN.username, `guess-${i}-password`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    // The guesser (no mark) is refused even the right password.
    expect((await loginFrom(t, HOTEL_NAT, ADMIN.username, ADMIN.password)).status).toBe(429);

    // The manager, at her desk, in the browser she logged in with before.
    expect(await manager.login(ADMIN.username, ADMIN.password)).toBe(303);
  });

  it("marks a browser for its account only, and not after the account's password changes", async () => {
    const clerk = browser(t, '127.0.0.32');
    expect(await clerk.login(STAFF.username, STAFF.password)).toBe(303);
    clerk.dropSession();
    for (let i = 0; i < 5; i++) await loginFrom(t, '127.0.0.32', ADMIN.username, `guess-${i}-password`);
    // The clerk's browser is marked for the clerk, not for the manager's username.
    expect(await clerk.login(ADMIN.username, ADMIN.password)).toBe(429);

    for (let i = 0; i < 5; i++) await loginFrom(t, '127.0.0.32', STAFF.username, `guess-${i}-password`);
    await new Accounts(t.db).setPassword(STAFF.username, 'bob-new-password-456', t.clock.now());
    // A new password: the old mark is no longer the account's (a stolen copy of it is worth nothing).
    expect(await clerk.login(STAFF.username, 'bob-new-password-456')).toBe(429);
  });

  it("still limits the marked browser's own wrong passwords", async () => {
    const manager = browser(t, '127.0.0.33');
    expect(await manager.login(ADMIN.username, ADMIN.password)).toBe(303);
    manager.dropSession();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await manager.login(ADMIN.username, `typo-${i}-password`));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await manager.login(ADMIN.username, ADMIN.password)).toBe(429);
  });
});
