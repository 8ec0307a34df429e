// A real app over a fresh SQLite file (test/helpers/app.ts) with two staff accounts, filled by
// real simulated calls: signed Twilio webhooks, TwiML followed as Twilio would (CallSession).

import request from 'supertest';
import { expect } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp, TestAppOptions } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

export const ADMIN = { username: 'alice', password: 'alice-password-1' } as const;
export const STAFF = { username: 'bob', password: 'bob-password-123' } as const;

export async function startStaffApp(options: TestAppOptions = {}): Promise<TestApp> {
  // The test app's PUBLIC_BASE_URL is https, which would make the cookie Secure; tests talk plain http.
  const t = await startTestApp({ ...options, env: { STAFF_COOKIE_SECURE: 'false', ...options.env } });
  const accounts = new Accounts(t.db);
  await accounts.add(ADMIN.username, ADMIN.password, 'admin', t.clock.now());
  await accounts.add(STAFF.username, STAFF.password, 'staff', t.clock.now());
  return t;
}

/** Sierra Alta's own clerk (the demo group): sees SIE alone, so reads the console in Spanish. */
export const SIERRA_CLERK = { username: 'lucia', password: 'lucia-password-1' } as const;

export async function addSierraClerk(t: TestApp): Promise<void> {
  const accounts = new Accounts(t.db);
  await accounts.add(SIERRA_CLERK.username, SIERRA_CLERK.password, 'staff', t.clock.now());
  await accounts.setHotels(SIERRA_CLERK.username, ['SIE'], t.clock.now());
}

export type Agent = ReturnType<typeof request.agent>;

/** Logs in through the login form, as a browser would; returns the agent and the session's CSRF token. */
export async function login(t: TestApp, who: { username: string; password: string } = ADMIN): Promise<{ agent: Agent; csrf: string }> {
  const agent = request.agent(t.baseUrl);
  const form = await agent.get('/staff/login').expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
  expect(token).toBeTruthy();
  await agent.post('/staff/login').type('form').send({ _csrf: token, username: who.username, password: who.password, next: '/staff' }).expect(303);
  const me = await agent.get('/api/me').expect(200);
  return { agent, csrf: me.body.csrfToken as string };
}

export async function bearer(t: TestApp, username: string = ADMIN.username): Promise<string> {
  return (await new Accounts(t.db).createToken(username, 'test', t.clock.now())).token;
}

export interface FilledCalls {
  booked: string;
  confirmation: string;
  /** Asked for the front desk, which did not answer; then hung up. */
  desk: string;
  abandoned: string;
  spanish: string;
}

/**
 * `copies` more calls, as the earliest filled call wrote its row, under new call SIDs and ever
 * earlier start times (SQLite): a long history for the exports, made in one statement.
 */
export async function copyCalls(t: TestApp, copies: number): Promise<void> {
  const columns = (await t.db.all<{ name: string }>("SELECT name FROM pragma_table_info('calls')")).map((c) => c.name);
  const copied = columns.map((c) =>
    c === 'call_sid' ? "printf('CA%032x', n.i)" : c === 'started_at' ? "strftime('%Y-%m-%dT%H:%M:%fZ', f.started_at, '-' || n.i || ' minutes')" : `f.${c}`,
  );
  await t.db.run(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO calls (${columns.join(', ')}) SELECT ${copied.join(', ')} FROM n, (SELECT * FROM calls ORDER BY started_at LIMIT 1) f`,
    [copies],
  );
}

/**
 * Four calls a minute apart (the clock starts Saturday 28 November 2026, 10:00 in New York):
 * a keypad booking for 4 December, a caller who asks for the front desk (which does not answer)
 * and then hangs up, one who hangs up at the arrival date, and a Spanish caller who hangs up at
 * the menu.
 */
export async function fillWithCalls(t: TestApp): Promise<FilledCalls> {
  const minute = () => t.clock.advance(60_000);

  const booking = t.call({ from: '+12125550123' });
  const done = await bookByKeys(booking, { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
  // Booked: the call asks "Another booking?" once (flows/after-booking.ts); the caller hangs up.
  expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
  await booking.hangup();
  const confirmation = (await t.db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE call_sid = ?', [booking.callSid]))!.confirmation;
  minute();

  const desk = t.call({ from: '+13055550188' });
  await desk.start();
  await desk.press('0');
  await desk.dialResult('no-answer');
  await desk.hangup();
  minute();

  const gone = t.call({ from: '+14155550177' });
  await gone.start();
  await gone.press('1');
  await gone.hangup();
  minute();

  const spanish = t.call({ from: '+5215512345678' });
  await spanish.start();
  await spanish.press('9');
  await spanish.hangup();
  minute();

  return { booked: booking.callSid, confirmation, desk: desk.callSid, abandoned: gone.callSid, spanish: spanish.callSid };
}

/** A caller asks for the front desk, nobody answers, and they leave a voicemail: an open callback request. */
export async function leaveVoicemail(t: TestApp, o: { from: string; to?: string; transcript: string }) {
  const caller = t.call({ from: o.from, ...(o.to ? { to: o.to } : {}) });
  await caller.start();
  expect((await caller.press('0')).waitingFor).toBe('dial');
  expect((await caller.dialResult('no-answer')).waitingFor).toBe('input');
  expect((await caller.press('1')).waitingFor).toBe('record');
  await caller.record({ transcript: o.transcript });
  return caller;
}

/**
 * A caller gives the arrival (5 December), the room type (Deluxe King) and the rooms (1), then asks
 * for the front desk, which does not answer, and leaves a voicemail: a call the machine handed over
 * that the desk can book for.
 */
export async function handedOverHalfway(t: TestApp, o: { from: string; transcript: string }) {
  const caller = t.call({ from: o.from });
  await caller.start();
  for (const keys of ['1', '1205', '2', '1', '0']) await caller.press(keys);
  await caller.dialResult('no-answer');
  await caller.press('1');
  await caller.record({ transcript: o.transcript });
  return caller;
}

export interface Route {
  method: string;
  path: string;
}

/** Every route of the staff pages and API, from the app's own router. */
export function staffRoutes(app: unknown): Route[] {
  const out: Route[] = [];
  const walk = (stack: unknown[], prefix: string) => {
    for (const layer of stack as { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: unknown[] }; slash?: boolean; matchers?: ((p: string) => unknown)[] }[]) {
      if (layer.route) {
        for (const m of Object.keys(layer.route.methods)) out.push({ method: m.toUpperCase(), path: prefix + layer.route.path });
      } else if (layer.handle?.stack) {
        const mount = ['/staff', '/api'].find((p) => !layer.slash && layer.matchers?.[0]?.(p));
        walk(layer.handle.stack, prefix + (mount ?? ''));
      }
    }
  };
  walk((app as { router: { stack: unknown[] } }).router.stack, '');
  return out.filter((r) => r.path.startsWith('/staff') || r.path.startsWith('/api'));
}
