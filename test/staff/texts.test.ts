// Staff and texts (issue 6): text conversations in the calls list and timeline with their channel,
// the outbox of texts to guests with each one's delivery status, and a staff cancellation that
// queues the guest's written cancellation. Filled by real signed webhooks: calls to /voice…,
// texts to /sms.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/messaging/outbox.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { CallQueries } from '../../src/staff/queries/calls.ts';
import { callDetailText, callListText } from '../../src/staff/terminal.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { bearer, fillWithCalls, login, startStaffApp } from './staff-helpers.ts';
import type { Agent, FilledCalls } from './staff-helpers.ts';

const TEXTER = '+13125550199';

/** A whole booking by text: 4 December, Standard, 1 room, 1 night, card, this number, confirmed. */
async function bookByText(t: TestApp, from: string): Promise<{ callSid: string; confirmation: string; reservationId: number }> {
  const guest = textingGuest(t.baseUrl, from);
  let last = '';
  for (const body of ['1', '1204', '4', '1', '1', 'Ada Lovelace', '1', '1', '1']) {
    const reply = await guest.send(body);
    expect(reply.status).toBe(200);
    last = reply.text;
  }
  expect(last).toContain("You're booked");
  const row = (await t.db.get<{ call_sid: string; confirmation: string; id: number }>("SELECT c.call_sid, r.confirmation, r.id FROM calls c JOIN reservations r ON r.id = c.reservation_id WHERE c.channel = 'sms' AND c.from_number = ?", [from]))!;
  return { callSid: row.call_sid, confirmation: row.confirmation, reservationId: row.id };
}

interface OutboxRowInDb {
  id: number;
  reservation_id: number | null;
  to_number: string;
  kind: string;
  status: string;
  body: string;
}

const outboxRows = async (t: TestApp) => (await t.db.all<OutboxRowInDb>('SELECT id, reservation_id, to_number, kind, status, body FROM outbox ORDER BY id'));

describe('staff: text conversations and texts to guests', () => {
  let t: TestApp;
  let calls: FilledCalls;
  let texted: Awaited<ReturnType<typeof bookByText>>;
  let token: string;
  let agent: Agent;
  const api = (path: string) => request(t.baseUrl).get(path).set('Authorization', `Bearer ${token}`);
  const post = (path: string) => request(t.baseUrl).post(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    // The test app sets TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER but no TWILIO_ACCOUNT_SID: texting is off.
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    texted = await bookByText(t, TEXTER);
    token = (await bearer(t));
    ({ agent } = await login(t));
  });
  afterAll(async () => t?.close());

  describe('the channel of each call', () => {
    it('gives every call its channel in the API and filters by it', async () => {
      const all = await api('/api/calls').expect(200);
      expect(all.body.total).toBe(5);
      const byChannel = Object.fromEntries((all.body.calls as { callSid: string; channel: string }[]).map((c) => [c.callSid, c.channel]));
      expect(byChannel).toEqual({ [calls.booked]: 'voice', [calls.desk]: 'voice', [calls.abandoned]: 'voice', [calls.spanish]: 'voice', [texted.callSid]: 'sms' });
      // Newest first: the text conversation came last.
      expect(all.body.calls[0]).toMatchObject({ callSid: texted.callSid, channel: 'sms', from: TEXTER, outcome: 'booked', reservation: { confirmation: texted.confirmation } });

      const sms = await api('/api/calls?channel=sms').expect(200);
      expect(sms.body.total).toBe(1);
      expect(sms.body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([texted.callSid]);
      const voice = await api('/api/calls?channel=voice&outcome=booked').expect(200);
      expect(voice.body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([calls.booked]);
      expect((await api('/api/calls?channel=').expect(200)).body.total).toBe(5);

      for (const bad of ['fax', 'SMS', 'text']) {
        const res = await api(`/api/calls?channel=${bad}`);
        expect(res.status, bad).toBe(400);
        expect(res.body).toMatchObject({ error: 'bad_parameter', parameter: 'channel' });
        expect(res.body.message).toContain('voice, sms');
      }
    });

    it("gives a text conversation's timeline by its TX id: what the guest texted and what was replied", async () => {
      expect(texted.callSid).toMatch(/^TX[0-9a-f]{32}$/);
      const res = await api(`/api/calls/${texted.callSid}`).expect(200);
      expect(res.body).toMatchObject({ callSid: texted.callSid, channel: 'sms', from: TEXTER, outcomeLabel: 'booked' });
      const timeline = res.body.timeline as { kind: string; heard: { digits?: string; speech?: string } | null; said: { prompt: string; text: string }[] }[];
      expect(timeline.find((e) => e.heard?.digits === '1204')).toBeTruthy();
      expect(timeline.find((e) => e.kind === 'caller.speech')?.heard?.speech).toBe('Ada Lovelace');
      expect(timeline.some((e) => e.said.some((s) => s.prompt === 'confirmed'))).toBe(true);
      expect((await api('/api/calls/TX0123456789abcdef0123456789abcdef')).status).toBe(404);
      expect((await api('/api/calls/SM0123456789abcdef0123456789abcdef')).body.parameter).toBe('callSid');
      expect((await api(`/api/calls/${calls.booked}`).expect(200)).body.channel).toBe('voice');
    });

    it('exports the channel in the CSV, and filters the export by it', async () => {
      const all = (await api('/api/calls.csv').expect(200)).text.trim().split('\r\n');
      expect(all[0]!.endsWith(',confirmation,channel,guest_name,property')).toBe(true);
      expect(all).toHaveLength(6);
      const sms = (await api('/api/calls.csv?channel=sms').expect(200)).text.trim().split('\r\n');
      expect(sms).toHaveLength(2);
      expect(sms[1]!.startsWith(`${texted.callSid},`)).toBe(true);
      expect(sms[1]).toContain(`,${texted.confirmation},sms,`);
      expect((await api('/api/calls.csv?channel=fax')).body.parameter).toBe('channel');
    });

    it('shows the channel in the calls list, with a channel filter', async () => {
      const res = await agent.get('/staff/calls').expect(200);
      expect(res.text).toContain('<th scope="col">How</th>');
      expect(res.text).toContain('<label for="channel">Channel</label>');
      expect(res.text).toContain('<span class="badge sms">text</span>');
      expect(res.text).toContain('<span class="badge voice">phone</span>');
      expect(res.text).toContain(`href="/staff/calls/${texted.callSid}"`);

      const sms = await agent.get('/staff/calls?channel=sms').expect(200);
      expect(sms.text).toContain(`href="/staff/calls/${texted.callSid}"`);
      expect(sms.text).not.toContain(`href="/staff/calls/${calls.booked}"`);
      expect(sms.text).toContain('<option value="sms" selected>text</option>');
      expect(sms.text).toContain('href="/api/calls.csv?channel=sms"');
      const voice = await agent.get('/staff/calls?channel=voice').expect(200);
      expect(voice.text).not.toContain(texted.callSid);
      expect(voice.text).toContain(calls.booked);

      const bad = await agent.get('/staff/calls?channel=fax');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('channel must be one of voice, sms');
    });

    it("labels a text conversation's timeline for texts: the guest texted, Conserje replied", async () => {
      const res = await agent.get(`/staff/calls/${texted.callSid}`).expect(200);
      expect(res.text).toContain('<h1>Text conversation with Ada Lovelace</h1>');
      expect(res.text).toContain('<dt>How</dt><dd><span class="badge sms">text</span>');
      expect(res.text).toContain('Conversation started');
      expect(res.text).toContain('Guest texted');
      expect(res.text).toContain('<span class="heard">“1204”</span>');
      expect(res.text).toContain('<span class="heard">“Ada Lovelace”</span>');
      expect(res.text).not.toContain('confidence');
      expect(res.text).toContain('<li>Replied: ');
      expect(res.text).not.toContain('<li>Said: ');
      expect(res.text).toContain('Confirmation number:');
      expect(res.text).toContain(`Reservation ${texted.confirmation}`);

      // A phone call keeps its words.
      const call = await agent.get(`/staff/calls/${calls.booked}`).expect(200);
      expect(call.text).toContain('<dt>How</dt><dd><span class="badge voice">phone</span>');
      expect(call.text).toContain('<li>Said: ');
      expect(call.text).not.toContain('Replied:');
      expect(call.text).toContain('Caller pressed keys');
    });

    it('shows the channel in the terminal view too (npm run calls)', async () => {
      const queries = new CallQueries(t.db);
      const clock = new HotelClock('America/New_York');
      const list = callListText((await queries.list({ channel: 'sms' }, 1, 20)).calls, 1, clock);
      expect(list).toMatch(new RegExp(`text\\s+\\${TEXTER}.*${texted.callSid}`));
      const detail = callDetailText((await queries.get(texted.callSid))!, clock, new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }));
      expect(detail).toContain(`Text conversation ${texted.callSid}`);
      expect(detail).toContain('  channel   text');
      expect(detail).toContain('texted: "1204"');
      expect(detail).toContain('replied: What date will you arrive?');
      expect(detail).not.toContain('said:');
      expect(callDetailText((await queries.get(calls.booked))!, clock, new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }))).toContain('  channel   phone');
    });
  });

  describe('the outbox', () => {
    it('lists the text a phone booking wrote, with its number, kind, status, attempts and reservation', async () => {
      const booking = t.call({ from: '+16175550101' });
      await bookByKeys(booking, { date: '1211', roomType: '3', rooms: '1', nights: '1#', name: 'Mae Jemison' });
      const confirmation = (await t.db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE call_sid = ?', [booking.callSid]))!.confirmation;

      const res = await api('/api/outbox').expect(200);
      expect(res.body).toMatchObject({ page: 1, perPage: 25, pages: 1, timezone: 'America/New_York', texting: { on: false, missing: ['TWILIO_ACCOUNT_SID'] } });
      // Two phone bookings wrote a confirmation each; the text booking's confirmation was its own last reply.
      expect(res.body.total).toBe(2);
      expect(res.body.counts).toMatchObject({ unsent: 2, delivered: 0 });
      const [newest, older] = res.body.messages;
      expect(newest).toMatchObject({
        toNumber: '+16175550101',
        kind: 'booking_confirmed',
        status: 'unsent',
        attempts: 0,
        lastError: null,
        locale: 'en-US',
        reservation: { confirmation },
        createdAtLocal: '2026-11-28 10:04',
      });
      expect(newest.body).toContain(`Confirmation number ${confirmation}`);
      expect(older).toMatchObject({ toNumber: '+12125550123', reservation: { confirmation: calls.confirmation } });
      expect(res.body.messages.some((m: { toNumber: string }) => m.toNumber === TEXTER)).toBe(false);
    });

    it('filters by status and pages, and names a bad parameter', async () => {
      // The older text goes out and is delivered, as the sender and Twilio's status callback would record it.
      const outbox = new Outbox(t.db);
      const older = (await outboxRows(t)).find((r) => r.to_number === '+12125550123')!;
      const now = t.clock.now();
      expect(await outbox.markSending(older.id, now)).toBe('claimed');
      expect(await outbox.markSent(older.id, `SM${'b'.repeat(32)}`, now)).toBe(true);
      expect(await outbox.applyStatus(`SM${'b'.repeat(32)}`, 'delivered', undefined, now)).toBe(true);

      const delivered = await api('/api/outbox?status=delivered').expect(200);
      expect(delivered.body).toMatchObject({ status: 'delivered', total: 1 });
      expect(delivered.body.messages).toHaveLength(1);
      expect(delivered.body.messages[0]).toMatchObject({ id: older.id, status: 'delivered', attempts: 1, messageSid: `SM${'b'.repeat(32)}` });
      const unsent = await api('/api/outbox?status=unsent').expect(200);
      expect(unsent.body.messages.map((m: { status: string }) => m.status)).toEqual(['unsent']);
      expect((await api('/api/outbox?status=failed').expect(200)).body).toMatchObject({ total: 0, messages: [] });

      const page2 = await api('/api/outbox?perPage=1&page=2').expect(200);
      expect(page2.body).toMatchObject({ page: 2, perPage: 1, total: 2, pages: 2 });
      expect(page2.body.messages.map((m: { id: number }) => m.id)).toEqual([older.id]);
      expect((await api('/api/outbox?page=3&perPage=1').expect(200)).body.messages).toEqual([]);

      const reservationId = older.reservation_id!;
      const about = await api(`/api/outbox?reservation=${reservationId}`).expect(200);
      expect(about.body.messages.map((m: { id: number }) => m.id)).toEqual([older.id]);

      for (const [query, parameter] of [
        ['status=lost', 'status'],
        ['status=DELIVERED', 'status'],
        ['page=0', 'page'],
        ['perPage=500', 'perPage'],
        ['reservation=abc', 'reservation'],
        ['sort=asc', 'sort'],
      ] as const) {
        const res = await api(`/api/outbox?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.body, query).toMatchObject({ error: 'bad_parameter', parameter });
      }
    });

    it('shows the texts on the Texts page, newest first, with the guest, their number, status and reservation', async () => {
      const res = await agent.get('/staff/outbox').expect(200);
      expect(res.text).toContain('<a href="/staff/outbox" aria-current="page">Texts</a>');
      expect(res.text).toContain('<h1>Texts to guests</h1>');
      // Numbers read as numbers, leading to the guest's page, with a link to dial.
      expect(res.text).toContain('<a href="/staff/guest?phone=%2B16175550101" class="phone">(617) 555-0101</a>');
      expect(res.text).toContain('<a href="/staff/guest?phone=%2B12125550123" class="phone">(212) 555-0123</a>');
      expect(res.text).toContain('<a href="tel:+12125550123" class="dial small"');
      expect(res.text.indexOf('(617) 555-0101')).toBeLessThan(res.text.indexOf('(212) 555-0123'));
      // The booking's text carries its guest's name.
      expect(res.text).toMatch(/<td data-label="Guest"><strong>Ana Torres<\/strong><br><a href="\/staff\/guest\?phone=%2B12125550123"/);
      expect(res.text).toContain('booking confirmation');
      expect(res.text).toContain('<span class="badge unsent">unsent</span>');
      expect(res.text).toContain('<span class="badge delivered">delivered</span>');
      expect(res.text).toContain(`<a href="/staff/reservations?q=${calls.confirmation}">${calls.confirmation}</a>`);
      expect(res.text).toContain(`Confirmation number ${calls.confirmation}`);
      expect(res.text).toContain('2026-11-28 10:00');
      expect(res.text).toContain('2 texts, newest first');

      const delivered = await agent.get('/staff/outbox?status=delivered').expect(200);
      expect(delivered.text).toContain('1 text, newest first');
      expect(delivered.text).toContain('(212) 555-0123');
      expect(delivered.text).not.toContain('(617) 555-0101');
      expect(delivered.text).toMatch(/<option value="delivered" selected>delivered \(1\)/);

      const bad = await agent.get('/staff/outbox?status=lost');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('status must be one of unsent, queued, sending, sent, delivered, undelivered, failed, suppressed');

      // From a call's reservation, the texts about it.
      const call = await agent.get(`/staff/calls/${calls.booked}`).expect(200);
      const link = /href="(\/staff\/outbox\?reservation=\d+)"/.exec(call.text)?.[1];
      expect(link).toBeTruthy();
      const about = await agent.get(link!).expect(200);
      expect(about.text).toContain(`about reservation <strong>${calls.confirmation}</strong>`);
      expect(about.text).not.toContain('(617) 555-0101');
    });

    it('says on the Texts page that texting is off in words for the desk, with the missing settings for the administrator', async () => {
      const res = await agent.get('/staff/outbox').expect(200);
      expect(res.text).toContain('id="texting-off" role="alert"');
      const banner = res.text.slice(res.text.indexOf('id="texting-off"'), res.text.indexOf('</div>', res.text.indexOf('id="texting-off"')));
      const [words, forAdmin] = banner.split('<details');
      expect(words!.replace(/\s+/g, ' ')).toContain('because this server has not been given the hotel&#39;s Twilio account.');
      expect(words).not.toMatch(/TWILIO_|[A-Z]+_[A-Z]+/);
      expect(forAdmin).toContain('<summary>For the administrator</summary><ul><li>Set TWILIO_ACCOUNT_SID');
      // The banner is the Texts page's: other pages do not carry it.
      expect((await agent.get('/staff/calls').expect(200)).text).not.toContain('texting-off');
    });

    it('shows no banner when all three Twilio settings are there', async () => {
      const on = await startStaffApp({ env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` } });
      try {
        const { agent: other } = await login(on);
        const page = await other.get('/staff/outbox').expect(200);
        expect(page.text).not.toContain('texting-off');
        expect(page.text).not.toContain('Texting is off');
        expect(page.text).toContain('No texts yet.');
        const json = await request(on.baseUrl).get('/api/outbox').set('Authorization', `Bearer ${(await bearer(on))}`).expect(200);
        expect(json.body).toMatchObject({ total: 0, texting: { on: true, missing: [] } });
      } finally {
        await on.close();
      }
    });
  });

  describe('a staff cancellation in writing', () => {
    it('queues the cancellation text in the same transaction as the cancel, by the API and by the page', async () => {
      const before = (await outboxRows(t)).length;
      // The reservation made by text: its guest is told by text too.
      const res = await post(`/api/reservations/${texted.reservationId}/cancel`).expect(200);
      expect(res.body.status).toBe('cancelled');
      const written = (await outboxRows(t)).slice(before);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatchObject({ reservation_id: texted.reservationId, to_number: TEXTER, kind: 'booking_cancelled', status: 'unsent' });
      expect(written[0]!.body).toContain(`reservation ${texted.confirmation} is cancelled`);
      const audit = (await t.db.get<{ detail_json: string }>("SELECT detail_json FROM audit_log WHERE action = 'reservation.cancel' AND target = ?", [`reservation:${texted.reservationId}`]))!.detail_json;
      expect(JSON.parse(audit)).toMatchObject({ confirmation: texted.confirmation, outboxId: written[0]!.id });

      // The Texts page shows it, and the API lists it first.
      const list = await api('/api/outbox').expect(200);
      expect(list.body.messages[0]).toMatchObject({ kind: 'booking_cancelled', toNumber: TEXTER, reservation: { id: texted.reservationId, confirmation: texted.confirmation } });
      expect((await agent.get('/staff/outbox').expect(200)).text).toContain('cancellation');

      // The same by the web form.
      const page = await agent.get('/staff/reservations?date=2026-12-11').expect(200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      const id = (await t.db.get<{ id: number }>("SELECT id FROM reservations WHERE callback_number = '+16175550101'"))!.id;
      await agent.post(`/staff/reservations/${id}/cancel`).type('form').send({ _csrf: csrf, confirm: 'yes', back: '/staff/reservations?date=2026-12-11' }).expect(303);
      expect((await outboxRows(t)).filter((r) => r.reservation_id === id).map((r) => r.kind)).toEqual(['booking_confirmed', 'booking_cancelled']);
    });

    it('queues nothing when the cancel is refused or rolled back', async () => {
      const count = async () => (await outboxRows(t)).filter((r) => r.kind === 'booking_cancelled').length;
      const before = await count();

      // Cancelling again: 409, no second text.
      expect((await post(`/api/reservations/${texted.reservationId}/cancel`)).status).toBe(409);
      // An arrived guest's reservation cannot be cancelled: 409, no text.
      const booking = t.call({ from: '+16175550102' });
      await bookByKeys(booking, { date: '1128', roomType: '3', rooms: '1', nights: '1#', name: 'Kay Lane' });
      const id = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [booking.callSid]))!.id;
      await post(`/api/reservations/${id}/arrived`).expect(200);
      const refused = await post(`/api/reservations/${id}/cancel`);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('not_cancellable');
      // No such reservation: 404, no text.
      expect((await post('/api/reservations/99999/cancel')).status).toBe(404);
      // Without "sure" ticked, the page refuses before anything is done.
      const page = await agent.get('/staff/reservations').expect(200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      const other = t.call({ from: '+16175550103' });
      await bookByKeys(other, { date: '1212', roomType: '3', rooms: '1', nights: '1#', name: 'Ida Holt' });
      const otherId = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [other.callSid]))!.id;
      expect((await agent.post(`/staff/reservations/${otherId}/cancel`).type('form').send({ _csrf: csrf })).status).toBe(400);
      expect(await count()).toBe(before);
      expect((await t.db.get<{ status: string }>('SELECT status FROM reservations WHERE id = ?', [otherId]))?.status).toBe('booked');

      // If the text cannot be written, the cancel is rolled back with it: the rooms stay booked.
      await t.db.exec(`CREATE TRIGGER refuse_texts BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END`);
      try {
        expect((await post(`/api/reservations/${otherId}/cancel`)).status).toBe(500);
      } finally {
        await t.db.exec('DROP TRIGGER refuse_texts');
      }
      expect((await t.db.get<{ status: string }>('SELECT status FROM reservations WHERE id = ?', [otherId]))?.status).toBe('booked');
      expect(await count()).toBe(before);
      expect((await t.db.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'reservation.cancel' AND target = ?", [`reservation:${otherId}`]))!.n).toBe(0);
    });
  });
});
