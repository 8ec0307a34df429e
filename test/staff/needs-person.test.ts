// The overview's "calls that need a person": today's phone calls (hotel day) that ended as a
// voicemail or callback request, or hung up before an outcome (the desk's unanswered transfers
// among them), newest first, the ones settled since left out. Real calls through the signed voice
// webhooks, the page and the API over HTTP, a group's property scope.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

/** The panel's rows: each call's SID and its text, tags dropped. */
function panel(page: string): { count: number; rows: { sid: string; text: string }[] } {
  const section = /<section id="needs-person"[^>]*>(.*?)<\/section>/s.exec(page);
  expect(section, 'the overview has the panel').not.toBeNull();
  const count = Number(/<span id="needs-person-count">(\d+)<\/span>/.exec(section![1]!)![1]);
  const rows = [...section![1]!.matchAll(/<li data-call="([^"]+)"[^>]*>(.*?)<\/li>/gs)].map((m) => ({
    sid: m[1]!,
    // The row's words, without its callback request's buttons (test/e2e/staff-needs-person-actions.test.ts).
    text: m[2]!.replace(/<div class="actions callback-actions">.*?<\/div>/s, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
  }));
  return { count, rows };
}

const minute = (t: TestApp) => t.clock.advance(60_000);

/** Asks for the desk, which does not answer; then hangs up at the offer of a voicemail. */
async function deskMissed(t: TestApp, from: string, to?: string) {
  const call = t.call({ from, ...(to ? { to } : {}) });
  await call.start();
  await call.press('0');
  await call.dialResult('no-answer');
  await call.hangup();
  return call;
}

/** Asks for the desk, which does not answer; leaves a voicemail. */
async function voicemail(t: TestApp, from: string, to?: string) {
  const call = t.call({ from, ...(to ? { to } : {}) });
  await call.start();
  await call.press('0');
  await call.dialResult('no-answer');
  await call.press('1');
  await call.record({ transcript: 'Please call me back about my stay.' });
  return call;
}

describe('the overview\'s calls that need a person (clock: Saturday 28 November 2026, 10:00 in New York)', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('lists the day\'s missed, voicemail and abandoned calls newest first, with what they wanted; leaves out those settled since', async () => {
    t = await startStaffApp();
    // Yesterday evening (hotel time): a hang-up that is not today's.
    t.clock.set('2026-11-28T03:00:00Z');
    const yesterday = t.call({ from: '+16175550100' });
    await yesterday.start();
    await yesterday.hangup();
    t.clock.set('2026-11-28T15:00:00Z');

    const missed = await deskMissed(t, '+13055550188');
    minute(t);
    const left = await voicemail(t, '+17185550142');
    minute(t);
    // Gave the date, the room type and the rooms, then hung up.
    const halfway = t.call({ from: '+14155550177' });
    await halfway.start();
    await halfway.press('1');
    await halfway.press('1204');
    await halfway.press('2');
    await halfway.press('1');
    await halfway.hangup();
    minute(t);
    await bookByKeys(t.call({ from: '+12125550123' }), { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    minute(t);

    const { agent } = await login(t);
    const overview = async () => (await agent.get('/staff').expect(200)).text;
    let seen = panel(await overview());
    expect(seen.count).toBe(3);
    expect(seen.rows.map((r) => r.sid)).toEqual([halfway.callSid, left.callSid, missed.callSid]);
    const [h, l, m] = seen.rows.map((r) => r.text);
    expect(h).toMatch(/^10:02 \(415\) 555-0177 call hung up before an outcome; gave: 1 \w.*, arriving Fri, Dec 4$/);
    expect(l).toBe('10:01 (718) 555-0142 call left a voicemail');
    expect(m).toBe('10:00 (305) 555-0188 call hung up (asked for a person; the desk did not answer)');
    const page = await overview();
    expect(page).toContain(`<a href="/staff/calls/${missed.callSid}">`);
    expect(page).toContain('href="tel:+13055550188"');
    const listHref = '/staff/calls?from=2026-11-28&amp;to=2026-11-28&amp;outcome=follow-up&amp;channel=voice';
    expect(page).toContain(`href="${listHref}"`);
    // The list it leads to has the same calls (and would keep those settled since).
    const list = (await agent.get(listHref.replace(/&amp;/g, '&')).expect(200)).text;
    for (const sid of [halfway.callSid, left.callSid, missed.callSid]) expect(list).toContain(`/staff/calls/${sid}`);
    expect(list).toContain('3 calls and text conversations');

    // The missed caller calls again and books: the earlier call no longer nags.
    await bookByKeys(t.call({ from: '+13055550188' }), { date: '1204', roomType: '2', rooms: '1', nights: '1#', name: 'Lee Park' });
    minute(t);
    // The voicemail is called back and marked done.
    const token = await bearer(t);
    const request_ = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [left.callSid]))!;
    await request(t.baseUrl).post(`/api/callbacks/${request_.id}/done`).set('Authorization', `Bearer ${token}`).send({ note: 'Called back, all fine' }).expect(200);
    // The halfway caller tries again and hangs up at once: listed once, at the later call.
    const again = t.call({ from: '+14155550177' });
    await again.start();
    await again.hangup();
    // A withheld number that hung up twice: two callers, perhaps, both listed.
    const anonymous = [t.call({ from: 'anonymous' }), t.call({ from: 'anonymous' })];
    for (const call of anonymous) {
      minute(t);
      await call.start();
      await call.hangup();
    }

    seen = panel(await overview());
    expect(seen.rows.map((r) => r.sid)).toEqual([anonymous[1]!.callSid, anonymous[0]!.callSid, again.callSid]);
    expect(seen.count).toBe(3);
    expect(seen.rows[0]!.text).toBe('10:07 anonymous hung up before an outcome');

    // The API lists the same.
    const api = await request(t.baseUrl).get('/api/today').set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body).toMatchObject({ date: '2026-11-28', timezone: 'America/New_York', needsPerson: { count: 3, list: { outcome: 'follow-up', from: '2026-11-28' } } });
    expect(api.body.needsPerson.calls.map((c: { callSid: string }) => c.callSid)).toEqual(seen.rows.map((r) => r.sid));
    expect(api.body.needsPerson.calls[2]).toMatchObject({ time: '10:05', from: '+14155550177', caller: '(415) 555-0177', outcome: 'abandoned', why: 'hung up before an outcome', collected: '' });
    expect(api.body.arrivals).toMatchObject({ expected: 0 });
  });

  it('lets a caller who then booked by text go, and keeps one whose text conversation did not book', async () => {
    t = await startStaffApp();
    await deskMissed(t, '+12125550172');
    minute(t);
    const asker = await deskMissed(t, '+12125550173');
    minute(t);
    const booking = textingGuest(t.baseUrl, '+12125550172');
    for (const body of ['1', '1204', '4', '1', '1', 'Ada Lovelace', '1', '1', '1']) await booking.send(body);
    await textingGuest(t.baseUrl, '+12125550173').send('hola');
    const { agent } = await login(t);
    const seen = panel((await agent.get('/staff').expect(200)).text);
    expect(seen.rows.map((r) => r.sid)).toEqual([asker.callSid]);
    expect(await t.db.get("SELECT outcome FROM calls WHERE channel = 'sms' AND from_number = '+12125550172'")).toEqual({ outcome: 'booked' });
  });

  it('lets a call go once the desk booked for it from its call page, and keeps the calls it did not book', async () => {
    t = await startStaffApp();
    const today = new HotelClock('America/New_York').today(t.clock.now());
    const arrival = addDaysIso(today, 9);
    // Two callers give their stay by keys and hang up before a name.
    const calls = [t.call({ from: '+13055550161' }), t.call({ from: '+13055550162' })];
    for (const call of calls) {
      await askForStay(call, { date: arrival.slice(5, 7) + arrival.slice(8, 10), roomType: '2', rooms: '1', nights: '2#' });
      await call.hangup();
      minute(t);
    }
    const { agent, csrf } = await login(t);
    expect(panel((await agent.get('/staff').expect(200)).text).rows.map((r) => r.sid)).toEqual([calls[1]!.callSid, calls[0]!.callSid]);

    // The desk calls the first back and books from its call page ("Book for this caller").
    const callPage = (await agent.get(`/staff/calls/${calls[0]!.callSid}`).expect(200)).text;
    expect(callPage).toContain(`href="/staff/reservations/new?call=${calls[0]!.callSid}">Book for this caller</a>`);
    await agent
      .post('/staff/reservations/new')
      .type('form')
      .send({ _csrf: csrf, call: calls[0]!.callSid, arrival, nights: '2', roomType: 'DLX', rooms: '1', guestName: 'Rosa Díaz', payment: 'cash', phone: '+13055550161' })
      .expect(303);
    expect(await t.db.get('SELECT call_sid FROM reservations WHERE guest_name = ?', ['Rosa Díaz'])).toEqual({ call_sid: calls[0]!.callSid });

    const seen = panel((await agent.get('/staff').expect(200)).text);
    expect(seen).toMatchObject({ count: 1, rows: [{ sid: calls[1]!.callSid }] });
    const token = await bearer(t);
    const api = await request(t.baseUrl).get('/api/today').set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.needsPerson.calls.map((c: { callSid: string }) => c.callSid)).toEqual([calls[1]!.callSid]);
  });

  it('shows the newest five of more, and says how many in all', async () => {
    t = await startStaffApp();
    const sids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const call = t.call({ from: `+1617555010${i}` });
      await call.start();
      await call.hangup();
      sids.push(call.callSid);
      minute(t);
    }
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    const seen = panel(page);
    expect(seen.count).toBe(7);
    expect(seen.rows.map((r) => r.sid)).toEqual(sids.slice(2).reverse());
    expect(page).toContain('(newest 5 shown)');
  });

  it('lists a number once when two of its calls started at the same instant (the later SID kept), and counts it once', async () => {
    t = await startStaffApp();
    // Two lines of one office ring at once from the same caller ID, both hang up: the clock does not move.
    const twins = [t.call({ from: '+13125550166' }), t.call({ from: '+13125550166' })];
    for (const call of twins) await call.start();
    for (const call of twins) await call.hangup();
    const kept = twins.map((c) => c.callSid).sort().at(-1)!;
    const { agent } = await login(t);
    const seen = panel((await agent.get('/staff').expect(200)).text);
    expect(seen.count).toBe(1);
    expect(seen.rows.map((r) => r.sid)).toEqual([kept]);
    const api = await request(t.baseUrl).get('/api/today').set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    expect(api.body.needsPerson.count).toBe(1);
    expect(api.body.needsPerson.calls.map((c: { callSid: string }) => c.callSid)).toEqual([kept]);
  });

  it('says so when no call of today needs a person', async () => {
    t = await startStaffApp();
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    expect(panel(page)).toEqual({ count: 0, rows: [] });
    expect(page).toContain('None so far today.');
  });
});

describe('calls that need a person in a hotel group', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("shows a one-property account its own property's calls only, and a group account both", async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { STAFF_COOKIE_SECURE: 'false' } });
    const accounts = new Accounts(t.db);
    const clerk = { username: 'mir-clerk', password: 'mir-clerk-password-1' };
    const boss = { username: 'group-boss', password: 'group-boss-password-1' };
    await accounts.add(clerk.username, clerk.password, 'staff', t.clock.now());
    await accounts.setHotels(clerk.username, ['MIR'], t.clock.now());
    await accounts.add(boss.username, boss.password, 'admin', t.clock.now());

    const atMiramar = await deskMissed(t, '+12125550191', MIRAMAR);
    minute(t);
    // The same number at Sierra Alta, and it books there: that settles nothing at Miramar.
    const atSierra = await voicemail(t, '+525598765432', SIERRA);
    minute(t);
    await bookByKeys(t.call({ to: SIERRA, from: '+12125550191' }), { roomType: '1', name: 'Mia Both' });

    const clerkPage = (await (await login(t, clerk)).agent.get('/staff').expect(200)).text;
    const mine = panel(clerkPage);
    expect(mine).toMatchObject({ count: 1, rows: [{ sid: atMiramar.callSid }] });
    expect(clerkPage).not.toContain(atSierra.callSid);
    expect(clerkPage).not.toContain('598765432');
    const clerkToken = (await accounts.createToken(clerk.username, null, t.clock.now())).token;
    const api = await request(t.baseUrl).get('/api/today').set('Authorization', `Bearer ${clerkToken}`).expect(200);
    expect(api.body.needsPerson.calls.map((c: { callSid: string; hotel: string }) => [c.callSid, c.hotel])).toEqual([[atMiramar.callSid, 'MIR']]);
    expect(JSON.stringify(api.body)).not.toContain('598765432');

    const all = panel((await (await login(t, boss)).agent.get('/staff').expect(200)).text);
    expect(all.count).toBe(2);
    expect(all.rows.map((r) => r.sid)).toEqual([atSierra.callSid, atMiramar.callSid]);
    // Each property's code beside its calls when both are listed.
    expect(all.rows[0]!.text).toContain('SIE');
  });
});
