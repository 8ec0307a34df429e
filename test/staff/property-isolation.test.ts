// Staff accounts per property (issue 12): a property's staff reach none of another property's
// calls, reservations, recordings or callbacks by any URL — every route of the staff pages and
// API is found by walking the app's router (a route added later is covered without a change
// here), called with the other property's ids, and must answer without its data. A group account
// sees every property, switches between them, and gets their figures side by side.

import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login } from './staff-helpers.ts';

const DEMO_GROUP = fileURLToPath(new URL('../../src/hotel/demo-group/', import.meta.url));
const MIRAMAR = '+15557650100';
const SIERRA = '+525555550200';
const CLERK = { username: 'mir-clerk', password: 'mir-clerk-password-1' };
const BOSS = { username: 'group-boss', password: 'group-boss-password-1' };
/** What only Sierra Alta's guest data contains. */
const SIERRA_GUEST = { name: 'Ximena Sierra', number: '+525598765432' };

interface Route {
  method: string;
  path: string;
}

/** Every route of the staff pages and API, from the app's own router. */
function staffRoutes(app: unknown): Route[] {
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

describe('staff of one property in a hotel group', () => {
  let t: TestApp;
  const sierra = { callSid: '', reservationId: 0, confirmation: '', callbackId: 0 };
  let clerkToken = '';

  beforeAll(async () => {
    const numbers = ['81000001', '81000002', '81000003'];
    t = await startTestApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift()!, env: { STAFF_COOKIE_SECURE: 'false' } });
    const accounts = new Accounts(t.db);
    await accounts.add(CLERK.username, CLERK.password, 'admin', t.clock.now());
    await accounts.setHotels(CLERK.username, ['MIR'], t.clock.now());
    await accounts.add(BOSS.username, BOSS.password, 'admin', t.clock.now());
    clerkToken = (await accounts.createToken(CLERK.username, null, t.clock.now())).token;

    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550191' }), { roomType: '1', name: 'Miguel Miramar' });
    const guest = t.call({ to: SIERRA, from: SIERRA_GUEST.number });
    await bookByKeys(guest, { roomType: '1', name: SIERRA_GUEST.name });
    sierra.callSid = guest.callSid;
    const reservation = (await t.db.get<{ id: number; confirmation: string }>('SELECT id, confirmation FROM reservations WHERE call_sid = ?', [guest.callSid]))!;
    sierra.reservationId = reservation.id;
    sierra.confirmation = reservation.confirmation;
    // A voicemail left at Sierra Alta's desk.
    const caller = t.call({ to: SIERRA, from: SIERRA_GUEST.number });
    await caller.start();
    await caller.press('0');
    await caller.dialResult('no-answer');
    await caller.press('1');
    await caller.record({ transcript: 'Llámenme por favor.' });
    sierra.callbackId = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [caller.callSid]))!.id;
  });
  afterAll(() => t.close());

  const leaks = (text: string) =>
    [SIERRA_GUEST.name, SIERRA_GUEST.number, SIERRA_GUEST.number.slice(3), sierra.callSid, sierra.confirmation, 'Sierra Alta', 'Llámenme'].filter((s) => text.includes(s));

  it('reaches none of the other property\'s data by any route, page or API, read or write', async () => {
    const { agent, csrf } = await login(t, CLERK);
    const routes = staffRoutes(t.app);
    expect(routes.length).toBeGreaterThan(40);
    const fill = (path: string) =>
      path.replace(':callSid', sierra.callSid).replace(':id', String(path.includes('callbacks') ? sierra.callbackId : sierra.reservationId));
    const before = await t.db.all('SELECT id, status FROM reservations ORDER BY id');
    const callbacksBefore = await t.db.all('SELECT id, status, attempts FROM callback_requests ORDER BY id');
    const checked: string[] = [];
    for (const route of routes) {
      if (route.path.includes('/login') || route.path.includes('/logout') || route.path === '/staff/property') continue;
      const path = fill(route.path);
      // Parameters a list page may take to look for the other property's rows.
      const url = path === '/staff/guest' ? `${path}?number=${encodeURIComponent(SIERRA_GUEST.number)}` : path.endsWith('/reservations') ? `${path}?q=${encodeURIComponent(SIERRA_GUEST.name)}` : path;
      // Only what each action takes (a callback's note), so it gets as far as looking the row up.
      const api = path.startsWith('/api');
      const note = route.path.endsWith('/done') ? { note: 'Called back' } : api ? {} : route.path.endsWith('/cancel') ? { confirm: 'yes', released: 'yes' } : { released: 'yes' };
      for (const [who, send] of [
        ['session', (r: request.Test) => (route.method === 'GET' ? r : api ? r.set('X-CSRF-Token', csrf).send(note) : r.type('form').send({ _csrf: csrf, ...note }))],
        ['token', (r: request.Test) => (route.method === 'GET' ? r : r.set('Authorization', `Bearer ${clerkToken}`).send(note)).set('Authorization', `Bearer ${clerkToken}`)],
      ] as const) {
        if (who === 'token' && !path.startsWith('/api')) continue;
        const base = who === 'session' ? agent : request(t.baseUrl);
        const req = (base as unknown as Record<string, (u: string) => request.Test>)[route.method.toLowerCase()]!(url);
        const res = await send(req);
        const body = res.text ?? '';
        // (A 404 may name what was asked for: only what the URL did not already say counts.)
        expect(leaks(body).filter((x) => !decodeURIComponent(url).includes(x)), `${route.method} ${url} (${who}) showed the other property`).toEqual([]);
        expect(res.status, `${route.method} ${url} (${who})`).toBeLessThan(500);
        // Not found: the other property's row is not there for this account.
        if (route.path.includes(':')) expect([403, 404], `${route.method} ${url} (${who}): ${body.slice(0, 200)}`).toContain(res.status);
        checked.push(`${route.method} ${url}`);
      }
    }
    expect(checked.length).toBeGreaterThan(40);
    expect(await t.db.all('SELECT id, status FROM reservations ORDER BY id')).toEqual(before);
    expect(await t.db.all('SELECT id, status, attempts FROM callback_requests ORDER BY id')).toEqual(callbacksBefore);
  });

  it('keeps to its own property whatever the switcher cookie says, and shows no switcher', async () => {
    const { agent } = await login(t, CLERK);
    const page = await agent.get('/staff/calls').set('Cookie', 'conserje_property=SIE').expect(200);
    expect(leaks(page.text)).toEqual([]);
    expect(page.text).toContain('Hotel Miramar');
    expect(page.text).not.toContain('name="code"');
  });

  it('lets a group account see both, switch to one, and compare them side by side', async () => {
    const { agent } = await login(t, BOSS);
    const all = await agent.get('/staff').expect(200);
    expect(all.text).toContain('id="by-property"');
    expect(all.text).toContain('Hotel Sierra Alta');
    expect(all.text).toContain('Hotel Miramar');
    expect(all.text).toContain('<option value="SIE">');
    const calls = await agent.get('/staff/calls').expect(200);
    expect(calls.text).toContain(SIERRA_GUEST.number.slice(3, 7));

    const switched = await agent.get('/staff/property?code=SIE&next=/staff/calls');
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/staff/calls');
    const sierraOnly = await agent.get('/staff/reservations?q=Miramar').expect(200);
    expect(sierraOnly.text).not.toContain('Miguel Miramar');
    const sierraCall = await agent.get(`/staff/calls/${sierra.callSid}`).expect(200);
    expect(sierraCall.text).toContain(SIERRA_GUEST.name);
    // A redirect only within the console.
    expect((await agent.get('/staff/property?code=all&next=https://evil.example/').expect(303)).headers.location).toBe('/staff');
  });
});
