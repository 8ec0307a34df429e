// The staff login limit holds when guesses arrive all at once: each attempt is counted before its
// password is checked, so 200 wrong passwords sent together get at most the limit of checks (401)
// and 429 for the rest, and the right password is refused while the name is locked. The address
// a limit counts is the connection's, unless TRUST_PROXY names the proxy in front.

import { afterEach, describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../src/staff/login-limiter.ts';
import { PasswordChecks } from '../../src/staff/password-checks.ts';
import type { TestApp } from '../helpers/app.ts';
import { loginFrom, sendFrom } from '../helpers/login-from.ts';
import type { LoginAnswer } from '../helpers/login-from.ts';
import { ADMIN, startStaffApp } from '../staff/staff-helpers.ts';

const statuses = (answers: LoginAnswer[]) =>
  answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

describe('staff login throttling under concurrency', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('checks at most the limit of 200 wrong passwords sent at once, refuses the rest, and the right one while locked', async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '5' } });
    // Forms first, so that the 200 POSTs really do arrive together.
    const forms = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const form = await sendFrom(t, 'GET', '/staff/login', '127.0.0.1', {});
        return { cookie: form.cookies.map((c) => c.split(';')[0]).join('; '), csrf: /name="_csrf" value="([^"]+)"/.exec(form.body)![1]! };
      }),
    );
    const answers = await Promise.all(
      forms.map((f, i) =>
        sendFrom(t, 'POST', '/staff/login', '127.0.0.1', { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ _csrf: f.csrf, username: ADMIN.username, password: `guess-${i}` }).toString()),
      ),
    );
    const counts = statuses(answers.map((a) => ({ status: a.status, body: a.body, retryAfter: a.retryAfter })));
    expect(Object.keys(counts).sort()).toEqual(expect.arrayContaining(['429']));
    expect(counts[401] ?? 0).toBeGreaterThan(0);
    expect(counts[401] ?? 0).toBeLessThanOrEqual(5);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(200);
    // Exactly the checked guesses are counted as failures; refused ones are not checked at all.
    const failed = await t.db.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'login.failed'");
    expect(failed!.n).toBe(counts[401]);

    // Keep guessing until the name is locked for this address (at most 5 checks in all)…
    let checks = counts[401]!;
    while (checks < 5) {
      const next = await loginFrom(t, '127.0.0.1', ADMIN.username, `more-${checks}`);
      if (next.status === 401) checks++;
      else break;
    }
    // …and now the right password is refused too.
    const right = await loginFrom(t, '127.0.0.1', ADMIN.username, ADMIN.password);
    expect(right.status).toBe(429);
    expect(Number(right.retryAfter)).toBeGreaterThan(0);
    expect(right.body).toContain('Too many failed attempts');
    // Another address is judged on its own.
    expect((await loginFrom(t, '127.0.0.2', ADMIN.username, ADMIN.password)).status).toBe(303);
  });

  it('ignores X-Forwarded-For by default: a client can neither dodge the limit nor lock out another address with it', async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '3' } });
    // A guesser writing a new X-Forwarded-For every time is still one address.
    for (let i = 0; i < 3; i++) {
      expect((await loginFrom(t, '127.0.0.1', ADMIN.username, `guess-${i}`, { 'x-forwarded-for': `198.51.100.${i + 1}` })).status).toBe(401);
    }
    expect((await loginFrom(t, '127.0.0.1', ADMIN.username, 'guess-4', { 'x-forwarded-for': '198.51.100.99' })).status).toBe(429);
    // Claiming to be the real user's address locks nothing for them.
    for (let i = 0; i < 3; i++) await loginFrom(t, '127.0.0.3', ADMIN.username, `guess-${i}`, { 'x-forwarded-for': '127.0.0.2' });
    expect((await loginFrom(t, '127.0.0.2', ADMIN.username, ADMIN.password)).status).toBe(303);
    // The audit log has the address actually used, and what the header claimed beside it.
    const rows = await t.db.all<{ ip: string; detail_json: string | null }>("SELECT ip, detail_json FROM audit_log WHERE action = 'login.failed' ORDER BY id");
    expect(rows[0]).toEqual({ ip: '127.0.0.1', detail_json: JSON.stringify({ forwardedFor: '198.51.100.1' }) });
    expect(rows.every((r) => r.ip.startsWith('127.0.0.'))).toBe(true);
  });

  it('believes the address the proxy named in TRUST_PROXY appends, and nothing a client wrote before it', async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '3', TRUST_PROXY: '1' } });
    // The proxy appends the client's address; whatever the client sent stays to its left.
    const viaProxy = (client: string, forged?: string) => ({ 'x-forwarded-for': forged ? `${forged}, ${client}` : client });
    for (let i = 0; i < 3; i++) expect((await loginFrom(t, '127.0.0.1', ADMIN.username, `guess-${i}`, viaProxy('203.0.113.5', `192.0.2.${i}`))).status).toBe(401);
    expect((await loginFrom(t, '127.0.0.1', ADMIN.username, ADMIN.password, viaProxy('203.0.113.5', '192.0.2.77'))).status).toBe(429);
    expect((await loginFrom(t, '127.0.0.1', ADMIN.username, ADMIN.password, viaProxy('203.0.113.6'))).status).toBe(303);
    const ips = await t.db.all<{ ip: string }>("SELECT DISTINCT ip FROM audit_log WHERE action LIKE 'login%' ORDER BY ip");
    expect(ips.map((r) => r.ip)).toEqual(['203.0.113.5', '203.0.113.6']);
  });

  it('does not let a guesser with many addresses lock the real user out of an address they have used', async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '2' } });
    expect((await loginFrom(t, '127.0.0.2', ADMIN.username, ADMIN.password)).status).toBe(303);
    // 2 guesses from each of 5 addresses: past the per-username limit (4 × 2).
    for (let a = 10; a < 15; a++) for (let i = 0; i < 2; i++) await loginFrom(t, `127.0.0.${a}`, ADMIN.username, `guess-${a}-${i}`);
    expect((await loginFrom(t, '127.0.0.20', ADMIN.username, ADMIN.password)).status).toBe(429);
    expect((await loginFrom(t, '127.0.0.2', ADMIN.username, ADMIN.password)).status).toBe(303);
  });
});

describe('LoginLimiter.begin', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('counts each attempt before any check: of 200 begun at once, exactly the limit are allowed', async () => {
    t = await startStaffApp();
    const limiter = new LoginLimiter(t.db, 5, 15);
    const now = t.clock.now();
    const attempts = await Promise.all(Array.from({ length: 200 }, () => limiter.begin('Alice', '192.0.2.1', now)));
    expect(attempts.filter((a) => a.allowed)).toHaveLength(5);
    expect(attempts.filter((a) => !a.allowed).every((a) => !a.allowed && a.retryAfterSeconds === 15 * 60)).toBe(true);
    // A withdrawn attempt (not checked) gives its place back; a success clears the address.
    const allowed = attempts.find((a) => a.allowed)!;
    if (allowed.allowed) await limiter.withdraw(allowed.id);
    expect((await limiter.begin('alice', '192.0.2.1', now)).allowed).toBe(true);
    expect((await limiter.begin('alice', '192.0.2.1', now)).allowed).toBe(false);
    await limiter.succeeded('ALICE', '192.0.2.1');
    expect((await limiter.begin('alice', '192.0.2.1', now)).allowed).toBe(true);
    // The window passes.
    expect(await limiter.purge(new Date(now.getTime() + 16 * 60_000))).toBeGreaterThan(0);
  });
});

describe('PasswordChecks (the queue every password check waits in)', () => {
  const gate = () => {
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    return { done, release };
  };

  it('runs at most `concurrency` checks, refuses a third from one address and any past the queue, and lets a known address go first', async () => {
    const checks = new PasswordChecks(1, 2, 2);
    const order: string[] = [];
    const first = gate();
    const running = checks.run('10.0.0.1', false, async () => {
      await first.done;
      order.push('a1');
      return 'a1';
    });
    const queued = [
      checks.run('10.0.0.1', false, async () => (order.push('a2'), 'a2')),
      checks.run('10.0.0.2', false, async () => (order.push('b'), 'b')),
    ];
    // One address, a third at once: refused without running.
    expect(await checks.run('10.0.0.1', false, async () => 'a3')).toBe('busy');
    // The queue (2) is full: a stranger is refused, a known address is not, and goes first.
    expect(await checks.run('10.0.0.3', false, async () => 'c')).toBe('busy');
    const known = checks.run('10.0.0.4', true, async () => (order.push('known'), 'known'));
    expect(checks.load).toEqual({ running: 1, waiting: 3 });
    first.release();
    expect(await Promise.all([running, ...queued, known])).toEqual(['a1', 'a2', 'b', 'known']);
    expect(order).toEqual(['a1', 'known', 'a2', 'b']);
    expect(checks.load).toEqual({ running: 0, waiting: 0 });
    // A failing check frees its slot too.
    await expect(checks.run('10.0.0.1', false, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await checks.run('10.0.0.1', false, async () => 'again')).toBe('again');
  });
});
