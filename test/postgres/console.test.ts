// The staff console on PostgreSQL: the same pages and actions a front desk uses on SQLite, through
// real HTTP with a logged-in session, over a real PostgreSQL server — the callback worklist (oldest
// first, tried, a note to close), today's calls that need a person, the reservation lists (arrivals, in house, departures, made that
// day), search by a name without its accents or a number written any way, cancel and arrived with
// their undo, the released warning, the guest page, figures, live counts and the CSV export.
// A query that only SQLite understands fails here.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

const CLERK = { username: 'dana', password: 'dana-password-12' };

describe('the staff console on PostgreSQL', () => {
  const clock = testClock('2026-11-27T15:00:00Z');
  let db: Db;
  let app: PostgresApp | undefined;
  let baseUrl = '';
  let agent: ReturnType<typeof request.agent>;
  let csrf = '';
  const confirmations: Record<string, string> = {};

  const call = (from: string) => new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER });
  const confirmationOf = async (callSid: string) =>
    (await db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE call_sid = ?', [callSid]))!.confirmation;
  const idOf = async (confirmation: string) => (await db.get<{ id: number }>('SELECT id FROM reservations WHERE confirmation = ?', [confirmation]))!.id;
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { TWILIO_PHONE_NUMBER: HOTEL_NUMBER, STAFF_COOKIE_SECURE: 'false' } });
    ({ db, baseUrl } = app);
    await new Accounts(db).add(CLERK.username, CLERK.password, 'staff', clock.now());

    // Yesterday (Friday 27 November, New York): Sofía books for today; a caller the desk missed
    // leaves a voicemail; a guest from Mexico (a phone still sending the retired "1") books from
    // that day to tomorrow.
    const sofia = call('+12125550123');
    await bookByKeys(sofia, { date: '1128', roomType: '2', nights: '2#', name: 'Sofía Núñez' });
    confirmations.sofia = await confirmationOf(sofia.callSid);
    clock.advance(60_000);
    const missed = call('+17185550142');
    await missed.start();
    await missed.press('0');
    await missed.dialResult('no-answer');
    await missed.press('1');
    await missed.record({ transcript: 'Please call me about parking.' });
    clock.advance(60_000);
    const rosa = call('+5215598765432');
    await bookByKeys(rosa, { date: '1127', roomType: '4', nights: '2#', name: 'Rosa Díaz' });
    confirmations.rosa = await confirmationOf(rosa.callSid);
    // Today, 10:00: a caller asks to be called back; another books and leaves tomorrow.
    clock.set('2026-11-28T15:00:00Z');
    const later = call('+13055550188');
    await later.start();
    await later.press('0');
    await later.dialResult('busy');
    await later.press('2');
    clock.advance(60_000);
    const ivy = call('+16175550150');
    await bookByKeys(ivy, { date: '1128', roomType: '3', nights: '1#', name: 'Ivy Chen' });
    confirmations.ivy = await confirmationOf(ivy.callSid);
    clock.set('2026-11-28T15:30:00Z');

    await logIn();
  }, 120_000);

  /** A clerk's session, anew: after hours without use the console logs out (src/staff/sessions.ts). */
  async function logIn() {
    agent = request.agent(baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    await agent.post('/staff/login').type('form').send({ _csrf: csrfOf(form.text), username: CLERK.username, password: CLERK.password, next: '/staff' }).expect(303);
    csrf = (await agent.get('/api/me').expect(200)).body.csrfToken as string;
  }

  afterAll(async () => app?.close());

  it("lists today's calls that need a person: this morning's callback request, not yesterday's voicemail", async () => {
    const today = await agent.get('/api/today').expect(200);
    expect(today.body.needsPerson).toMatchObject({ count: 1, list: { outcome: 'follow-up', from: '2026-11-28', to: '2026-11-28' } });
    expect(today.body.needsPerson.calls).toEqual([
      expect.objectContaining({ time: '10:00', from: '+13055550188', caller: '(305) 555-0188', outcome: 'callback', why: 'asked to be called back' }),
    ]);
    expect((await agent.get('/staff').expect(200)).text).toContain('<span id="needs-person-count">1</span>');
  });

  it('works the callback worklist: oldest first, overdue, tried, and closed only with a note', async () => {
    const page = await agent.get('/staff/callbacks').expect(200);
    const rows = [...page.text.matchAll(/<tr id="callback-(\d+)" class="([^"]*)"[^>]*>/g)];
    expect(rows).toHaveLength(2);
    // Yesterday's voicemail first, past the hour the caller was promised; this morning's not yet.
    expect(rows.map((r) => r[2])).toEqual(['overdue', '']);
    expect(page.text).toContain('Please call me about parking.');
    expect(page.text).toContain('<span class="count overdue" title="past what the caller was promised">1 late</span>');
    const [first, second] = rows.map((r) => Number(r[1]));

    await agent.post(`/staff/callbacks/${first}/tried`).type('form').send({ _csrf: csrf }).expect(303);
    await agent.post(`/staff/callbacks/${first}/tried`).type('form').send({ _csrf: csrf }).expect(303);
    const tried = await agent.get('/api/callbacks').expect(200);
    expect(tried.body.callbacks.map((c: { id: number; state: string; attempts: number }) => [c.id, c.state, c.attempts])).toEqual([
      [first, 'tried', 2],
      [second, 'open', 0],
    ]);

    const empty = await agent.post(`/staff/callbacks/${second}/done`).type('form').send({ _csrf: csrf, note: '   ' });
    expect(empty.status).toBe(400);
    await agent.post(`/staff/callbacks/${second}/done`).type('form').send({ _csrf: csrf, note: 'Booked for next week by phone' }).expect(303);
    const done = await agent.get('/staff/callbacks?status=done').expect(200);
    expect(done.text).toContain('Booked for next week by phone');
    expect((await agent.get('/staff/callbacks').expect(200)).text).not.toContain(`id="callback-${second}"`);
  });

  it("lists today's arrivals, who is in house, who leaves, and what was made today", async () => {
    const list = async (query: string) => {
      const res = await agent.get(`/api/reservations?${query}`).expect(200);
      return (res.body.reservations as { confirmation: string }[]).map((r) => r.confirmation).sort();
    };
    expect(await list('list=arrivals')).toEqual([confirmations.ivy, confirmations.sofia].sort());
    expect(await list('list=in-house')).toEqual([confirmations.ivy, confirmations.rosa, confirmations.sofia].sort());
    expect(await list('list=departures&date=2026-11-29')).toEqual([confirmations.ivy, confirmations.rosa].sort());
    expect(await list('list=made')).toEqual([confirmations.ivy]);
    expect(await list('list=made&date=2026-11-27')).toEqual([confirmations.rosa, confirmations.sofia].sort());
    const page = await agent.get('/staff/reservations?list=in-house').expect(200);
    expect(page.text).toContain('In house, today');
    expect(page.text).toContain('Rosa Díaz');
  });

  it('finds guests by a name without its accents and by a number written any way', async () => {
    const found = async (q: string) => ((await agent.get(`/api/reservations?q=${encodeURIComponent(q)}`).expect(200)).body.reservations as { guestName: string }[]).map((r) => r.guestName);
    expect(await found('sofia nunez')).toEqual(['Sofía Núñez']);
    expect(await found('NÚÑEZ')).toEqual(['Sofía Núñez']);
    expect(await found('(212) 555-0123')).toEqual(['Sofía Núñez']);
    expect(await found('+52 1 55 9876 5432')).toEqual(['Rosa Díaz']);
    expect(await found(confirmations.ivy!.slice(0, 5))).toContain('Ivy Chen');

    const calls = await agent.get('/staff/calls?guest=sofia').expect(200);
    expect(calls.text).toContain('Sofía Núñez');
    expect(calls.text).not.toContain('Ivy Chen');
    const desk = await agent.get('/api/calls?outcome=desk').expect(200);
    expect(desk.body.total).toBe(2);

    const guest = await agent.get('/staff/guest?phone=%2B5215598765432').expect(200);
    expect(guest.text).toContain('<h1>Rosa Díaz, +52 55 9876 5432</h1>');
    expect(guest.text).toContain(confirmations.rosa);
  });

  it('cancels and marks arrived, and takes either back within the window', async () => {
    const ivy = await idOf(confirmations.ivy!);
    const back = '/staff/reservations?list=made';
    await agent.post(`/staff/reservations/${ivy}/cancel`).type('form').send({ _csrf: csrf, confirm: 'yes', back }).expect(303);
    let page = await agent.get(back).expect(200);
    expect(page.text).toContain(`aria-label="Undo cancel for reservation ${confirmations.ivy}"`);
    await agent.post(`/staff/reservations/${ivy}/undo`).type('form').send({ _csrf: csrf, back }).expect(303);
    expect((await agent.get(`/api/reservations/${ivy}`).expect(200)).body.status).toBe('booked');

    await agent.post(`/staff/reservations/${ivy}/arrived`).type('form').send({ _csrf: csrf, back }).expect(303);
    page = await agent.get(back).expect(200);
    expect(page.text).toContain(`aria-label="Undo arrived for reservation ${confirmations.ivy}"`);
    // Past the window, no undo.
    clock.advance(11 * 60_000);
    const late = await agent.post(`/staff/reservations/${ivy}/undo`).type('form').send({ _csrf: csrf, back });
    expect(late.status).toBeGreaterThanOrEqual(400);
    expect((await agent.get(`/api/reservations/${ivy}`).expect(200)).body.status).toBe('arrived');
    expect(await db.all("SELECT action FROM audit_log WHERE target = ? ORDER BY id", [`reservation:${ivy}`])).toEqual([
      { action: 'reservation.cancel' },
      { action: 'reservation.undo-cancel' },
      { action: 'reservation.arrived' },
    ]);
  });

  it('warns before marking arrived a reservation released at its hold time', async () => {
    clock.set('2026-11-28T23:30:00Z'); // 18:30 in New York: past today's 18:00 hold
    await logIn();
    const sofia = await idOf(confirmations.sofia!);
    const arrivals = await agent.get('/staff/reservations').expect(200);
    expect(arrivals.text).toMatch(new RegExp(`<tr id="reservation-${sofia}"[^>]*>[\\s\\S]*?<span class="badge released">released</span>`));
    const refused = await agent.post(`/staff/reservations/${sofia}/arrived`).type('form').send({ _csrf: csrf });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('was released at its hold time');
    expect((await agent.get(`/api/reservations/${sofia}`).expect(200)).body.status).toBe('released');
    await agent.post(`/staff/reservations/${sofia}/arrived`).type('form').send({ _csrf: csrf, released: 'yes' }).expect(303);
    expect((await agent.get(`/api/reservations/${sofia}`).expect(200)).body.status).toBe('arrived');
  });

  it('shows the figures, the flow, what is live now and the export', async () => {
    const overview = await agent.get('/staff?from=2026-11-27&to=2026-11-28').expect(200);
    expect(overview.text).toMatch(/<dt>Calls<\/dt><dd>5<\/dd>/);
    expect(overview.text).toMatch(/<dt>Bookings<\/dt><dd>3<\/dd>/);
    expect(overview.text).toContain('100.0%');
    const live = await agent.get('/staff/live').expect(200);
    expect(live.body).toMatchObject({ callsInProgress: 0, withDesk: 0, callbacksWaiting: 1 });
    expect((await agent.get('/staff/flow?from=2026-11-27&to=2026-11-28').expect(200)).text).toContain('Per step');
    const csv = await agent.get('/api/calls.csv?from=2026-11-27&to=2026-11-28').expect(200);
    expect(csv.text.trim().split('\r\n')).toHaveLength(6);
    expect(csv.text).toContain('Rosa Díaz');
    expect((await agent.get('/staff/outbox').expect(200)).text).toContain('Ivy Chen');
  });

  it('lists, expires and revokes API tokens', async () => {
    const accounts = new Accounts(db, 30);
    await accounts.add('erin', 'erin-password-12', 'admin', clock.now());
    const token = await accounts.createToken(CLERK.username, 'kiosk', clock.now());
    const admin = await accounts.createToken('erin', null, clock.now());
    const api = (path: string, t = admin.token) => request(baseUrl).get(path).set('Authorization', `Bearer ${t}`);
    expect((await api('/api/tokens').expect(200)).body.tokens.map((x: { id: number }) => x.id)).toContain(token.id);
    await request(baseUrl).delete(`/api/tokens/${token.id}`).set('Authorization', `Bearer ${admin.token}`).expect(204);
    expect((await api('/api/calls', token.token)).status).toBe(401);
    clock.advance(31 * 86_400_000);
    expect((await api('/api/calls')).status).toBe(401);
    expect((await accounts.list(clock.now())).find((a) => a.username === 'erin')?.activeTokens).toBe(0);
  });
});
