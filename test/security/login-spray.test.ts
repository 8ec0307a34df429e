// One password tried on many usernames from one address (a spray) is throttled by the address: the
// limits counted a username's guesses, and a username's from one address, so thirty names tried
// once each from one address were thirty checks and never a refusal. Now an address's failed
// attempts in the window count too (as many as a username's: STAFF_LOGIN_MAX_ATTEMPTS × 4); an
// account still logs in from an address it has used before, and from any other address.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { loginFrom } from '../helpers/login-from.ts';
import type { LoginAnswer } from '../helpers/login-from.ts';
import { ADMIN, startStaffApp } from '../staff/staff-helpers.ts';

/** One guess at each of `names` usernames from `from`, one after another. */
async function spray(t: TestApp, from: string, names: number): Promise<LoginAnswer[]> {
  const answers: LoginAnswer[] = [];
  for (let i = 0; i < names; i++) answers.push(await loginFrom(t, from, i % 3 === 0 ? `${ADMIN.username}${i}` : `clerk-${i}`, 'Summer2026!'));
  return answers;
}

describe('one password tried on many usernames from one address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '5' } });
  });
  afterAll(async () => t.close());

  it('checks at most the limit of them, then refuses the address for the window', async () => {
    const answers = await spray(t, '127.0.0.21', 30);
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(401));
    expect(answers.slice(20).map((a) => a.status)).toEqual(Array(10).fill(429));
    expect(Number(answers.at(-1)!.retryAfter)).toBeGreaterThan(0);
    // The right password of an account never used from there is refused there too, not elsewhere.
    expect((await loginFrom(t, '127.0.0.21', ADMIN.username, ADMIN.password)).status).toBe(429);
    expect((await loginFrom(t, '127.0.0.22', ADMIN.username, ADMIN.password)).status).toBe(303);
    // The window over, the address may try again.
    t.clock.advance(15 * 60_000 + 1_000);
    expect((await loginFrom(t, '127.0.0.21', 'clerk-99', 'Summer2026!')).status).toBe(401);
  });

  it('lets an account log in from an address it has used, though that address sprayed', async () => {
    expect((await loginFrom(t, '127.0.0.23', ADMIN.username, ADMIN.password)).status).toBe(303);
    const answers = await spray(t, '127.0.0.23', 24);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(20);
    expect(answers.at(-1)!.status).toBe(429);
    expect((await loginFrom(t, '127.0.0.23', ADMIN.username, ADMIN.password)).status).toBe(303);
  });
});
