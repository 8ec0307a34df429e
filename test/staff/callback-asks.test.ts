// One callback request per guest and property: a number that asks again while its request is open
// (calls back three times, texts AGENT again and again) adds to that request. The worklist lists
// the guest once, with how many times they asked and when last, each call and each voicemail; the
// promise (overdue) runs from the first ask; marking it done settles every call it gathered (the
// overview's calls that need a person, each call page). Withheld numbers and other properties are
// never merged. Real signed calls and texts through the app, the pages and the API over HTTP, on a
// fresh SQLite file; the suite's fixed clock (Saturday 28 November 2026, 10:00 in New York).

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const minutes = (t: TestApp, n: number) => t.clock.advance(n * 60_000);

/** Asks for the desk, which does not answer; then leaves a voicemail, or asks to be called back. */
async function unanswered(t: TestApp, from: string, then: { voicemail: string } | 'call me back', opts: { to?: string; stay?: string } = {}) {
  const call = t.call({ from, ...(opts.to ? { to: opts.to } : {}) });
  if (opts.stay) {
    await askForStay(call, { date: opts.stay, roomType: '2', rooms: '1', nights: '2#' });
  } else {
    await call.start();
  }
  await call.press('0');
  await call.dialResult('no-answer');
  if (then === 'call me back') {
    await call.press('2');
  } else {
    await call.press('1');
    await call.record({ transcript: then.voicemail });
  }
  return call;
}

/** The worklist's rows: each request's id and its text, tags dropped. */
function worklist(page: string): { id: number; text: string; html: string }[] {
  return [...page.matchAll(/<tr id="callback-(\d+)"[^>]*>(.*?)<\/tr>/gs)].map((m) => ({
    id: Number(m[1]),
    html: m[2]!,
    text: m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  }));
}

/** The overview's calls that need a person (their SIDs). */
function needingPerson(page: string): string[] {
  const section = /<section id="needs-person"[^>]*>(.*?)<\/section>/s.exec(page)![1]!;
  return [...section.matchAll(/<li data-call="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
}

describe('one callback request per guest and property', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('gathers a caller who tries three times into one request: counted, each voicemail kept, due from the first ask, settled at once', async () => {
    // The recordings as Twilio's API would serve them: each answers with its own URL.
    t = await startStaffApp({
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` },
      twilioFetch: async (url) => new Response(String(url), { status: 200, headers: { 'content-type': 'audio/mpeg' } }),
    });
    const today = new HotelClock('America/New_York').today(t.clock.now());
    const arrival = addDaysIso(today, 6);
    const mmdd = arrival.slice(5, 7) + arrival.slice(8, 10);
    const guest = '+13055550144';
    // 10:00 a voicemail after giving the stay; 10:40 only "call me back"; 10:50 a second voicemail.
    const first = await unanswered(t, guest, { voicemail: 'Hi, about two nights next week.' }, { stay: mmdd });
    minutes(t, 40);
    const second = await unanswered(t, guest, 'call me back');
    minutes(t, 10);
    const third = await unanswered(t, guest, { voicemail: 'Calling again, please ring me.' });
    // Someone else, once.
    minutes(t, 1);
    const other = await unanswered(t, '+13055550145', 'call me back');

    const rows = await t.db.all<{ id: number; call_sid: string; merged_into: number | null; asks: number; status: string }>(
      'SELECT id, call_sid, merged_into, asks, status FROM callback_requests ORDER BY id',
    );
    expect(rows.map((r) => [r.call_sid, r.merged_into, r.asks])).toEqual([
      [first.callSid, null, 3],
      [second.callSid, rows[0]!.id, 1],
      [third.callSid, rows[0]!.id, 1],
      [other.callSid, null, 1],
    ]);
    const requestId = rows[0]!.id;
    const askIds = rows.slice(0, 3).map((r) => r.id);

    // 11:05: due an hour after the first ask (11:00), not after the last (11:50).
    minutes(t, 14);
    const token = await bearer(t);
    const api = (await request(t.baseUrl).get('/api/callbacks').set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(api.callbacks).toHaveLength(2);
    const mine = api.callbacks[0];
    expect(mine).toMatchObject({
      id: requestId,
      callerNumber: guest,
      createdAt: '2026-11-28T15:00:00.000Z',
      asks: 3,
      lastAskedAt: '2026-11-28T15:50:00.000Z',
      dueAt: '2026-11-28T16:00:00.000Z',
      overdue: true,
      // What was collected: the first call's (the later ones collected nothing); why: the newest's.
      callSid: first.callSid,
      partial: { arrival, roomType: 'DLX', rooms: 1, nights: 2 },
      transcript: 'Calling again, please ring me.',
    });
    expect(mine.asked.map((a: { id: number; callSid: string; transcript: string | null }) => [a.id, a.callSid, a.transcript])).toEqual([
      [askIds[0], first.callSid, 'Hi, about two nights next week.'],
      [askIds[1], second.callSid, null],
      [askIds[2], third.callSid, 'Calling again, please ring me.'],
    ]);
    expect(api.callbacks[1]).toMatchObject({ callSid: other.callSid, asks: 1, overdue: false });

    const { agent, csrf } = await login(t);
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    const listed = worklist(page);
    expect(listed.map((r) => r.id)).toEqual([requestId, rows[3]!.id]);
    expect(page).toContain('2 guests wait');
    expect(listed[0]!.text).toContain('asked 3 times, last 10:50');
    expect(listed[0]!.text).toContain('overdue');
    expect(listed[1]!.html).not.toContain('asked-again');
    // Each call, and each voicemail with its own transcript and player.
    for (const call of [first, second, third]) expect(listed[0]!.html).toContain(`href="/staff/calls/${call.callSid}"`);
    expect(listed[0]!.html).toContain(`src="/staff/callbacks/${askIds[0]}/recording"`);
    expect(listed[0]!.html).toContain(`src="/staff/callbacks/${askIds[2]}/recording"`);
    expect(listed[0]!.html).not.toContain(`/staff/callbacks/${askIds[1]}/recording`);
    expect(listed[0]!.text).toContain('“Hi, about two nights next week.”');
    expect(listed[0]!.text).toContain('“Calling again, please ring me.”');
    // Each plays its own recording.
    const urls = await t.db.all<{ recording_url: string }>('SELECT recording_url FROM callback_requests WHERE id IN (?, ?) ORDER BY id', [askIds[0]!, askIds[2]!]);
    expect(urls[0]!.recording_url).not.toBe(urls[1]!.recording_url);
    for (const [i, id] of [askIds[0]!, askIds[2]!].entries()) {
      const played = await agent.get(`/staff/callbacks/${id}/recording`).buffer(true).parse((res, done) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => done(null, body));
      });
      expect(played.status).toBe(200);
      expect(played.body).toContain(new URL(urls[i]!.recording_url).pathname);
    }
    // The overview's header counts one guest waiting; the overview lists each number once.
    const overview = (await agent.get('/staff').expect(200)).text;
    expect(needingPerson(overview)).toEqual([other.callSid, third.callSid]);

    // The second call's page says it was added to the request, and leads to it.
    const secondPage = (await agent.get(`/staff/calls/${second.callSid}`).expect(200)).text;
    expect(secondPage).toContain('Added to their request of');
    expect(secondPage).toContain('asked 3 times in all');
    expect(secondPage).toContain(`href="/staff/callbacks#callback-${requestId}"`);

    // "Tried" through an ask's id counts on the request; "done" closes every ask.
    await request(t.baseUrl).post(`/api/callbacks/${askIds[2]}/tried`).set('Authorization', `Bearer ${token}`).expect(200);
    await agent.post(`/staff/callbacks/${requestId}/done`).type('form').send({ _csrf: csrf, note: 'Booked two nights by phone' }).expect(303);
    expect(await t.db.all('SELECT status, note, attempts FROM callback_requests WHERE id IN (?, ?, ?) ORDER BY id', askIds)).toEqual([
      { status: 'done', note: 'Booked two nights by phone', attempts: 1 },
      { status: 'done', note: 'Booked two nights by phone', attempts: 0 },
      { status: 'done', note: 'Booked two nights by phone', attempts: 0 },
    ]);
    expect(needingPerson((await agent.get('/staff').expect(200)).text)).toEqual([other.callSid]);
    for (const call of [first, second, third]) {
      expect((await agent.get(`/staff/calls/${call.callSid}`).expect(200)).text).toMatch(/Called back [^<]* by alice: Booked two nights by phone/);
    }
    const done = (await request(t.baseUrl).get('/api/callbacks?status=done').set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(done.callbacks.map((c: { id: number; asks: number }) => [c.id, c.asks])).toEqual([[requestId, 3]]);
    // Closing it again (by any of its asks) is refused.
    const again = await request(t.baseUrl).post(`/api/callbacks/${askIds[1]}/done`).set('Authorization', `Bearer ${token}`).send({ note: 'again' });
    expect(again.status).toBe(409);

    // Asking after it was done opens a new request.
    minutes(t, 5);
    const later = await unanswered(t, guest, 'call me back');
    expect(await t.db.get('SELECT merged_into, asks, status FROM callback_requests WHERE call_sid = ?', [later.callSid])).toEqual({ merged_into: null, asks: 1, status: 'open' });
  });

  it('keeps one open request for a texting guest who asks for a person again and again', async () => {
    t = await startStaffApp();
    const guest = textingGuest(t.baseUrl, '+12125550177');
    for (let i = 0; i < 6; i++) {
      await guest.send('AGENT');
      minutes(t, 1);
    }
    const rows = await t.db.all<{ merged_into: number | null; status: string }>("SELECT merged_into, status FROM callback_requests WHERE caller_number = '+12125550177' ORDER BY id");
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.filter((r) => r.merged_into === null)).toHaveLength(1);
    const token = await bearer(t);
    const open = (await request(t.baseUrl).get('/api/callbacks').set('Authorization', `Bearer ${token}`).expect(200)).body.callbacks;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ callerNumber: '+12125550177', asks: rows.length });
  });

  it('gathers withheld or malformed caller IDs within the hour into one request (a flood of them was a row each): each voicemail kept', async () => {
    t = await startStaffApp();
    // 'anonymous', an empty caller ID, and Twilio's "+266696687" (ANONYMOUS on a keypad), twice each:
    // a voicemail each (a call back would first ask them for a number).
    for (const from of ['anonymous', 'anonymous', '', '', '+266696687', '+266696687']) {
      await unanswered(t, from, { voicemail: 'Call me back please.' });
      minutes(t, 1);
    }
    const rows = await t.db.all<{ caller_number: string; merged_into: number | null; asks: number }>('SELECT caller_number, merged_into, asks FROM callback_requests ORDER BY id');
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.merged_into === null).map((r) => r.asks)).toEqual([6]);
    const token = await bearer(t);
    expect((await request(t.baseUrl).get('/api/callbacks').set('Authorization', `Bearer ${token}`).expect(200)).body.callbacks).toHaveLength(1);
  });

  it("keeps a number's requests at two properties of a group apart", async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    for (const to of [MIRAMAR, SIERRA, MIRAMAR]) {
      await unanswered(t, '+12125550191', 'call me back', { to });
      minutes(t, 1);
    }
    const rows = await t.db.all<{ hotel_id: number; merged_into: number | null; asks: number }>('SELECT hotel_id, merged_into, asks FROM callback_requests ORDER BY id');
    expect(rows.map((r) => [r.merged_into, r.asks])).toEqual([
      [null, 2],
      [null, 1],
      [expect.any(Number), 1],
    ]);
    expect(rows[2]!.merged_into).not.toBeNull();
    expect(rows[0]!.hotel_id).toBe(rows[2]!.hotel_id);
    expect(rows[0]!.hotel_id).not.toBe(rows[1]!.hotel_id);
  });

  it('books for a guest who asked twice from the worklist: the call that collected the stay, and the booking closes both asks', async () => {
    t = await startStaffApp();
    const today = new HotelClock('America/New_York').today(t.clock.now());
    const arrival = addDaysIso(today, 8);
    const guest = '+13055550199';
    const first = await unanswered(t, guest, 'call me back', { stay: arrival.slice(5, 7) + arrival.slice(8, 10) });
    minutes(t, 3);
    const second = await unanswered(t, guest, 'call me back');
    const requestId = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [first.callSid]))!.id;
    const { agent, csrf } = await login(t);
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(page).toContain(`href="/staff/reservations/new?call=${first.callSid}&amp;callback=${requestId}">Book for this caller</a>`);
    // The form opened from the later call with the request is accepted too: the request gathers it.
    await agent
      .post('/staff/reservations/new')
      .type('form')
      .send({ _csrf: csrf, call: second.callSid, callback: String(requestId), arrival, nights: '2', roomType: 'DLX', rooms: '1', guestName: 'Elena Ruiz', payment: 'cash', phone: guest })
      .expect(303);
    const reservation = (await t.db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE guest_name = ?', ['Elena Ruiz']))!;
    expect(await t.db.all('SELECT call_sid, status, note FROM callback_requests ORDER BY id')).toEqual([
      { call_sid: first.callSid, status: 'done', note: `Booked at the desk: reservation ${reservation.confirmation}` },
      { call_sid: second.callSid, status: 'done', note: `Booked at the desk: reservation ${reservation.confirmation}` },
    ]);
    expect(needingPerson((await agent.get('/staff').expect(200)).text)).toEqual([]);
  });
});
