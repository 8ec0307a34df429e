// Staff accounts per property (issue 12): a property's staff reach none of another property's
// calls, reservations, recordings or callbacks by any URL — every route of the staff pages and
// API is found by walking the app's router (a route added later is covered without a change
// here), called with the other property's ids, and must answer without its data. A group account
// sees every property, switches between them, and gets their figures side by side.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login, staffRoutes } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const CLERK = { username: 'mir-clerk', password: 'mir-clerk-password-1' };
const BOSS = { username: 'group-boss', password: 'group-boss-password-1' };
/** What only Sierra Alta's guest data contains. */
const SIERRA_GUEST = { name: 'Ximena Sierra', number: '+525598765432' };
/** A guest of Sierra Alta who also called Miramar: her number is Miramar's to see, her name is not. */
const BOTH_GUEST = { name: 'Nora Ambos', number: '+525511112222' };

describe('staff of one property in a hotel group', () => {
  let t: TestApp;
  const sierra = { callSid: '', reservationId: 0, confirmation: '', callbackId: 0 };
  let clerkToken = '';
  let boss = { token: '', id: 0 };

  beforeAll(async () => {
    const numbers = ['81000001', '81000002', '81000003'];
    t = await startTestApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift()!, env: { STAFF_COOKIE_SECURE: 'false' } });
    const accounts = new Accounts(t.db);
    await accounts.add(CLERK.username, CLERK.password, 'admin', t.clock.now());
    await accounts.setHotels(CLERK.username, ['MIR'], t.clock.now());
    await accounts.add(BOSS.username, BOSS.password, 'admin', t.clock.now());
    clerkToken = (await accounts.createToken(CLERK.username, null, t.clock.now())).token;
    boss = await accounts.createToken(BOSS.username, 'group office', t.clock.now());
    // Accounts a limited admin may or may not manage: one of its own property, one of the other.
    await accounts.add('mir-desk', 'mir-desk-password-1', 'staff', t.clock.now());
    await accounts.setHotels('mir-desk', ['MIR'], t.clock.now());
    await accounts.add('sie-desk', 'sie-desk-password-1', 'staff', t.clock.now());
    await accounts.setHotels('sie-desk', ['SIE'], t.clock.now());

    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550191' }), { roomType: '1', name: 'Miguel Miramar' });
    const guest = t.call({ to: SIERRA, from: SIERRA_GUEST.number });
    await bookByKeys(guest, { roomType: '1', name: SIERRA_GUEST.name });
    sierra.callSid = guest.callSid;
    const reservation = (await t.db.get<{ id: number; confirmation: string }>('SELECT id, confirmation FROM reservations WHERE call_sid = ?', [guest.callSid]))!;
    sierra.reservationId = reservation.id;
    sierra.confirmation = reservation.confirmation;
    // A voicemail left at Sierra Alta's desk.
    const caller = await leaveVoicemail(SIERRA, SIERRA_GUEST.number, 'Llámenme por favor.');
    sierra.callbackId = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [caller.callSid]))!.id;
    // Nora books at Sierra Alta, then calls Miramar and leaves a voicemail there.
    await bookByKeys(t.call({ to: SIERRA, from: BOTH_GUEST.number }), { roomType: '1', name: BOTH_GUEST.name });
    await leaveVoicemail(MIRAMAR, BOTH_GUEST.number, 'Call me back please.');
  });
  /** A caller asks for the desk, nobody answers, and they leave a voicemail. */
  async function leaveVoicemail(to: string, from: string, transcript: string) {
    const caller = t.call({ to, from });
    await caller.start();
    await caller.press('0');
    await caller.dialResult('no-answer');
    await caller.press('1');
    await caller.record({ transcript });
    return caller;
  }
  afterAll(() => t.close());

  const leaks = (text: string) =>
    [SIERRA_GUEST.name, SIERRA_GUEST.number, SIERRA_GUEST.number.slice(3), sierra.callSid, sierra.confirmation, 'Sierra Alta', 'Llámenme'].filter((s) => text.includes(s));

  it('reaches none of the other property\'s data by any route, page or API, read or write', async () => {
    const { agent, csrf } = await login(t, CLERK);
    const routes = staffRoutes(t.app);
    expect(routes.length).toBeGreaterThan(40);
    // Each id belongs to the other property (or, for API tokens, to an account beyond this admin's properties).
    const fill = (path: string) =>
      path
        .replace(':callSid', sierra.callSid)
        .replace(':id', String(path.includes('callbacks') ? sierra.callbackId : path.includes('tokens') ? boss.id : sierra.reservationId));
    const before = await t.db.all('SELECT id, status FROM reservations ORDER BY id');
    const callbacksBefore = await t.db.all('SELECT id, status, attempts FROM callback_requests ORDER BY id');
    const tokensBefore = await t.db.all('SELECT id, revoked_at FROM staff_tokens ORDER BY id');
    const checked: string[] = [];
    for (const route of routes) {
      if (route.path.includes('/login') || route.path.includes('/logout') || route.path === '/staff/property') continue;
      const path = fill(route.path);
      // Parameters a list page may take to look for the other property's rows.
      const url = path === '/staff/guest' ? `${path}?phone=${encodeURIComponent(SIERRA_GUEST.number)}` : path.endsWith('/reservations') ? `${path}?q=${encodeURIComponent(SIERRA_GUEST.name)}` : path;
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
        // (Never 403: that would say the row exists.)
        if (route.path.includes(':')) expect(res.status, `${route.method} ${url} (${who}): ${body.slice(0, 200)}`).toBe(404);
        checked.push(`${route.method} ${url}`);
      }
    }
    expect(checked.length).toBeGreaterThan(40);
    expect(await t.db.all('SELECT id, status FROM reservations ORDER BY id')).toEqual(before);
    expect(await t.db.all('SELECT id, status, attempts FROM callback_requests ORDER BY id')).toEqual(callbacksBefore);
    expect(await t.db.all('SELECT id, revoked_at FROM staff_tokens ORDER BY id')).toEqual(tokensBefore);
  });

  it("does not name another property's guest when she calls this one", async () => {
    const { agent } = await login(t, CLERK);
    const auth = { Authorization: `Bearer ${clerkToken}` };
    const digits = BOTH_GUEST.number.slice(3);
    // Her call and voicemail are Miramar's: listed, with her number, without the name she gave Sierra Alta.
    const list = await request(t.baseUrl).get(`/api/calls?caller=${digits}`).set(auth).expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.calls[0].guestName).toBeNull();
    const callbacks = await request(t.baseUrl).get('/api/callbacks').set(auth).expect(200);
    expect(callbacks.body.callbacks.map((c: { callerNumber: string }) => c.callerNumber)).toContain(BOTH_GUEST.number);
    for (const url of ['/staff/calls', `/staff/calls/${list.body.calls[0].callSid}`, '/staff/callbacks', `/staff/guest?phone=${encodeURIComponent(BOTH_GUEST.number)}`]) {
      const page = await agent.get(url).expect(200);
      expect(page.text, url).not.toContain(BOTH_GUEST.name);
    }
    for (const url of ['/api/callbacks', `/api/calls/${list.body.calls[0].callSid}`, '/api/calls.csv']) {
      expect((await request(t.baseUrl).get(url).set(auth).expect(200)).text, url).not.toContain(BOTH_GUEST.name);
    }
    // Nor is her number found by that name.
    expect((await request(t.baseUrl).get('/api/calls?guest=Nora').set(auth).expect(200)).body.total).toBe(0);
    // The group sees the name where it was given.
    const bossAuth = { Authorization: `Bearer ${boss.token}` };
    expect((await request(t.baseUrl).get('/api/calls?guest=Nora').set(bossAuth).expect(200)).body.total).toBe(1);
  });

  it('as an admin of one property, manages only the accounts of that property', async () => {
    const auth = { Authorization: `Bearer ${clerkToken}` };
    const api = request(t.baseUrl);
    // No token for an account of the whole group, or of the other property: as if there were no such account.
    for (const username of [BOSS.username, 'sie-desk']) {
      const refused = await api.post('/api/tokens').set(auth).send({ username }).expect(400);
      expect(refused.body.message).toBe(`no account named ${username}`);
    }
    const { agent, csrf } = await login(t, CLERK);
    const page = await agent.post('/staff/admin/tokens').type('form').send({ _csrf: csrf, username: BOSS.username }).expect(400);
    expect(page.text).toContain(`There is no account named ${BOSS.username}`);
    expect((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM staff_tokens WHERE user_id = (SELECT id FROM staff_users WHERE username = ?)', [BOSS.username]))!.n).toBe(1);
    // One for its own property's desk.
    const made = await api.post('/api/tokens').set(auth).send({ username: 'mir-desk', label: 'desk PC' }).expect(201);
    // The boss's token is neither listed nor revocable, and keeps working.
    const listed = await api.get('/api/tokens').set(auth).expect(200);
    expect(listed.body.tokens.map((x: { username: string }) => x.username).sort()).toEqual(['mir-clerk', 'mir-desk']);
    await api.delete(`/api/tokens/${boss.id}`).set(auth).expect(404);
    await api.get('/api/me').set({ Authorization: `Bearer ${boss.token}` }).expect(200);
    await api.delete(`/api/tokens/${made.body.id}`).set(auth).expect(204);
    // The accounts page and the audit log: its property's accounts only.
    const admin = await agent.get('/staff/admin').expect(200);
    expect(admin.text).toContain('mir-desk');
    expect(admin.text).not.toContain(BOSS.username);
    expect(admin.text).not.toContain('sie-desk');
    expect(admin.text).toContain('<th scope="col">Properties</th>');
    expect(admin.text).toMatch(/<td>mir-desk<\/td><td>staff<\/td><td>MIR<\/td>/);
    const audit = await api.get('/api/audit').set(auth).expect(200);
    expect(audit.body.entries.length).toBeGreaterThan(0);
    expect(audit.body.entries.every((e: { actor: string }) => ['mir-clerk', 'mir-desk'].includes(e.actor))).toBe(true);
    // The group's admin sees every account.
    const { agent: group } = await login(t, BOSS);
    expect((await group.get('/staff/admin').expect(200)).text).toMatch(/<td>group-boss<\/td><td>admin<\/td><td>all<\/td>/);
    const all = await api.get('/api/tokens').set({ Authorization: `Bearer ${boss.token}` }).expect(200);
    expect(all.body.tokens.map((x: { username: string }) => x.username)).toContain(BOSS.username);
  });

  it('keeps to its own property whatever the switcher cookie says, and shows no switcher', async () => {
    const { agent } = await login(t, CLERK);
    const page = await agent.get('/staff/calls').set('Cookie', 'conserje_property=SIE').expect(200);
    expect(leaks(page.text)).toEqual([]);
    expect(page.text).toContain('Hotel Miramar');
    expect(page.text).not.toContain('name="code"');
  });

  it('lets a group account see both, switch to one, and compare them side by side', async () => {
    const { agent, csrf } = await login(t, BOSS);
    const all = await agent.get('/staff').expect(200);
    expect(all.text).toContain('id="by-property"');
    expect(all.text).toContain('Hotel Sierra Alta');
    expect(all.text).toContain('Hotel Miramar');
    expect(all.text).toContain('<option value="SIE">');
    // The side-by-side table switches to a property by the same form, with the session's token.
    expect(all.text).toContain(`<form method="post" action="/staff/property" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="code" value="SIE">`);
    expect(all.text).not.toContain('/staff/property?');
    const calls = await agent.get('/staff/calls').expect(200);
    expect(calls.text).toContain(SIERRA_GUEST.number.slice(3, 7));

    const switched = await agent.post('/staff/property').type('form').send({ _csrf: csrf, code: 'SIE', next: '/staff/calls' });
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/staff/calls');
    const sierraOnly = await agent.get('/staff/reservations?q=Miramar').expect(200);
    expect(sierraOnly.text).not.toContain('Miguel Miramar');
    const sierraCall = await agent.get(`/staff/calls/${sierra.callSid}`).expect(200);
    expect(sierraCall.text).toContain(SIERRA_GUEST.name);
    // Only the console's own form switches: a GET (a link or an image on another site) or a POST
    // without the session's token leaves the view as it is.
    const lured = await agent.get('/staff/property?code=MIR&next=/staff/calls').expect(303);
    expect(lured.headers['set-cookie']).toBeUndefined();
    await agent.post('/staff/property').type('form').send({ code: 'MIR', next: '/staff/calls' }).expect(403);
    expect((await agent.get('/staff/calls').expect(200)).text).toContain('<option value="SIE" selected>');
    // A redirect only within the console.
    expect((await agent.post('/staff/property').type('form').send({ _csrf: csrf, code: 'all', next: 'https://evil.example/' }).expect(303)).headers.location).toBe('/staff');
  });

  it('lets a group account narrow the API to one property, each row saying its own, in its own time', async () => {
    const api = (url: string) => request(t.baseUrl).get(url).set({ Authorization: `Bearer ${boss.token}` });
    const all = (await api('/api/calls?perPage=200').expect(200)).body as { total: number; calls: { callSid: string; hotel: string; startedAt: string; startedAtLocal: string }[] };
    expect(new Set(all.calls.map((c) => c.hotel))).toEqual(new Set(['MIR', 'SIE']));
    const sierraCall = all.calls.find((c) => c.callSid === sierra.callSid)!;
    expect(sierraCall.hotel).toBe('SIE');
    // Sierra Alta's call in Mexico City's time, though Miramar (New York) is the first property.
    expect(sierraCall.startedAtLocal).toBe(new HotelClock('America/Mexico_City').dateTime(sierraCall.startedAt));
    expect(sierraCall.startedAtLocal).not.toBe(new HotelClock('America/New_York').dateTime(sierraCall.startedAt));

    const sie = (await api('/api/calls?hotel=sie&perPage=200').expect(200)).body as typeof all;
    expect(sie.total).toBe(all.calls.filter((c) => c.hotel === 'SIE').length);
    expect(sie.calls.every((c) => c.hotel === 'SIE')).toBe(true);
    const callbacks = (await api('/api/callbacks?hotel=SIE').expect(200)).body.callbacks as { id: number; hotel: string }[];
    expect(callbacks.map((c) => [c.id, c.hotel])).toEqual([[sierra.callbackId, 'SIE']]);
    const csv = (await api('/api/calls.csv?hotel=SIE').expect(200)).text.trim().split('\r\n');
    expect(csv[0]!.endsWith(',property')).toBe(true);
    expect(csv.slice(1).every((line) => line.endsWith(',SIE'))).toBe(true);
    expect(csv).toHaveLength(sie.total + 1);

    // Rooms are a property's own: the API asks which; the page shows each.
    const ask = await api('/api/availability').expect(400);
    expect(ask.body.parameter).toBe('hotel');
    const rooms = (await api('/api/availability?hotel=SIE&days=2').expect(200)).body as { hotel: string; roomTypes: { code: string }[] };
    expect(rooms.hotel).toBe('SIE');
    expect(rooms.roomTypes.map((r) => r.code).sort()).toEqual(['DBL', 'JR', 'SGL']);
    const { agent, csrf } = await login(t, BOSS);
    const page = await agent.get('/staff/availability?days=2').expect(200);
    expect(page.text).toContain('id="availability-MIR"');
    expect(page.text).toContain('id="availability-SIE"');
    // The CSV download keeps to the property chosen with the switcher.
    await agent.post('/staff/property').type('form').send({ _csrf: csrf, code: 'SIE', next: '/staff/calls' }).expect(303);
    expect((await agent.get('/staff/calls').expect(200)).text).toContain('/api/calls.csv?hotel=SIE');
    expect((await agent.get('/staff/availability?days=2').expect(200)).text).toContain('id="availability"');

    // One property's account names only its own property, and cannot name another.
    const clerk = (url: string) => request(t.baseUrl).get(url).set({ Authorization: `Bearer ${clerkToken}` });
    const refused = await clerk('/api/calls?hotel=SIE').expect(400);
    expect(refused.body).toMatchObject({ parameter: 'hotel', message: 'must be the code of one of your properties (MIR)' });
    expect((await clerk('/api/availability').expect(200)).body.hotel).toBe('MIR');
    expect((await clerk('/api/calls?hotel=MIR').expect(200)).body.calls.every((c: { hotel: string }) => c.hotel === 'MIR')).toBe(true);
  });
});
