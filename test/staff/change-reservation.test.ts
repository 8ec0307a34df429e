// The front desk changes a booked reservation (POST /api/reservations/:id/change and the form on
// its page), over real HTTP with a bearer token or a logged-in session, on a fresh SQLite file.
// Dates are the hotel's today plus days (the test clock). The demo hotel has two Ocean Suites.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { recordOptOut } from '../../src/messaging/opt-out.ts';
import { MAX_TEXT_SEGMENTS } from '../../src/messaging/confirmation-text.ts';
import { smsSize } from '../../src/messaging/sms-encoding.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';

const NEW_YORK = new HotelClock('America/New_York');
const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;

describe('the front desk changes a booked reservation (SQLite)', () => {
  let t: TestApp;
  let token: string;
  let clerk: { agent: Agent; csrf: string };
  let today: string;
  const day = (n: number) => addDaysIso(today, n);

  beforeAll(async () => {
    t = await startStaffApp();
    today = NEW_YORK.today(t.clock.now());
    token = await bearer(t);
    clerk = await login(t, STAFF);
  });
  afterAll(() => t.close());

  const book = async (over: Record<string, string | number | string[]>) => {
    const made = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ arrival: day(5), nights: 3, roomType: 'OCEAN', rooms: 1, guestName: 'Lucía Méndez', payment: 'cash', phone: '(212) 555-0147', ...over });
    expect(made.status).toBe(201);
    return made.body as { id: number; confirmation: string; holdUntil: string };
  };
  const change = (id: number, body: unknown) => request(t.baseUrl).post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send(body as object);
  const nightsOf = (id: number) => t.db.all<{ night: string; rooms: number }>('SELECT night, rooms FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [id]);
  const undo = (id: number) => request(t.baseUrl).post(`/api/reservations/${id}/undo`).set('Authorization', `Bearer ${token}`);
  const textsOf = (id: number) => t.db.all<{ kind: string; status: string; body: string; locale: string }>('SELECT kind, status, body, locale FROM outbox WHERE reservation_id = ? ORDER BY id', [id]);

  it('moves a 3-night stay one night later in a hotel full but for it: same number, new nights, hold from the new arrival, one text, audited', async () => {
    // Both Ocean Suites are taken on nights 5–7; night 8 has one free (the other guest stays on).
    const ours = await book({ arrival: day(5), nights: 3 });
    const other = await book({ arrival: day(5), nights: 4, guestName: 'Other Guest', phone: '(212) 555-0199' });
    const moved = await change(ours.id, { arrival: day(6) });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: ours.id, confirmation: ours.confirmation, arrival: day(6), departure: day(9), nights: 3, rooms: 1, status: 'booked', total: 1260 });
    expect(moved.body.holdUntil).toBe(holdDeadline(day(6), '18:00', 'America/New_York'));
    expect(await nightsOf(ours.id)).toEqual([day(6), day(7), day(8)].map((night) => ({ night, rooms: 1 })));

    // One text with the new details, none cancelling, none confirming afresh.
    const texts = await textsOf(ours.id);
    expect(texts.map((x) => x.kind)).toEqual(['booking_confirmed', 'booking_changed']);
    const text = texts[1]!;
    expect(text.status).toBe('unsent');
    expect(text.body).toContain(`reservation ${ours.confirmation} is changed`);
    expect(text.body).toContain('3 nights');
    expect(smsSize(text.body).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['en-US']);

    const audit = (await t.db.get<{ detail_json: string; via: string }>("SELECT detail_json, via FROM audit_log WHERE action = 'reservation.change' AND target = ?", [`reservation:${ours.id}`]))!;
    expect(audit.via).toBe('api');
    expect(JSON.parse(audit.detail_json)).toMatchObject({ confirmation: ours.confirmation, before: { arrival: day(5) }, after: { arrival: day(6) }, changed: expect.arrayContaining(['arrival', 'holdUntil']) });

    // Now one suite is free on night 5 only: the other guest cannot take a second one for the stay.
    const full = await change(other.id, { rooms: 2 });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'no_rooms' });
    expect(full.body.message).toContain('Ocean');
    // What is free for those dates, as the new-reservation form says it (the asking reservation's own rooms counted as free).
    expect(full.body.free).toContainEqual({ roomType: 'STD', name: 'Standard', free: 8 });
    // Its own suite stays its own: one free for it, not the two asked.
    expect(full.body.free).toContainEqual(expect.objectContaining({ roomType: 'OCEAN', free: 1 }));
    expect(await nightsOf(other.id)).toHaveLength(4);
  });

  it('adds a room, a night and another type, each re-checked against what is free; the rate follows the type', async () => {
    const r = await book({ arrival: day(20), nights: 2, roomType: 'DLX', rooms: 1 });
    const more = await change(r.id, { rooms: 3, nights: '3' });
    expect(more.status).toBe(200);
    expect(more.body).toMatchObject({ rooms: 3, nights: 3, total: 240 * 9, roomTypeCode: 'DLX' });
    // Only three Deluxe King rooms: a fourth is refused, and nothing changes.
    const four = await change(r.id, { rooms: 4 });
    expect(four.status).toBe(409);
    expect(four.body.free).toContainEqual(expect.objectContaining({ roomType: 'DLX', free: 3 }));
    const king = await change(r.id, { roomType: 'STD', rooms: 2 });
    expect(king.status).toBe(200);
    expect(king.body).toMatchObject({ roomTypeCode: 'STD', rooms: 2, rate: 130, total: 130 * 2 * 3 });
    expect(await nightsOf(r.id)).toEqual([day(20), day(21), day(22)].map((night) => ({ night, rooms: 2 })));
    // The Deluxe rooms are free again.
    const dlx = await t.db.get<{ n: number }>("SELECT count(*) AS n FROM reservation_nights n JOIN room_types t ON t.id = n.room_type_id WHERE t.code = 'DLX' AND n.reservation_id = ?", [r.id]);
    expect(Number(dlx!.n)).toBe(0);
  });

  it('refuses as the other actions do: 404 out of view, 409 not booked, 400 for a bad field or nothing to change; never a half-change', async () => {
    const r = await book({ arrival: day(30), nights: 2, roomType: 'STD' });
    expect((await change(999_999, { nights: 2 })).status).toBe(404);
    expect((await change(r.id, { nights: 0 })).body).toMatchObject({ error: 'bad_parameter', parameter: 'nights' });
    expect((await change(r.id, { arrival: day(-1) })).body).toMatchObject({ error: 'bad_parameter', parameter: 'arrival' });
    expect((await change(r.id, { arrival: '2026-02-30' })).status).toBe(400);
    expect((await change(r.id, { rooms: 6 })).body.message).toContain('at most 5');
    expect((await change(r.id, { roomType: 'PENTHOUSE' })).body).toMatchObject({ parameter: 'roomType' });
    expect((await change(r.id, { guestName: '4111 1111 1111 1111' })).body).toMatchObject({ parameter: 'guestName' });
    expect((await change(r.id, { payment: 'bitcoin' })).body).toMatchObject({ parameter: 'payment' });
    expect((await change(r.id, { phone: 'call me' })).body).toMatchObject({ parameter: 'phone' });
    expect((await change(r.id, { requests: ['crib', 'pony'] })).body).toMatchObject({ parameter: 'requests' });
    expect((await change(r.id, { hotel: 'SIE' })).body).toMatchObject({ error: 'bad_parameter', parameter: 'form' });
    expect((await change(r.id, [1, 2])).status).toBe(400);
    const same = await change(r.id, { nights: 2, roomType: 'STD' });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({ error: 'nothing_to_change' });
    expect((await change(r.id, {})).body).toMatchObject({ error: 'nothing_to_change' });
    expect(await textsOf(r.id)).toHaveLength(1);

    // A session's write carries X-CSRF-Token.
    expect((await clerk.agent.post(`/api/reservations/${r.id}/change`).send({ nights: 3 })).status).toBe(403);
    expect((await clerk.agent.post(`/api/reservations/${r.id}/change`).set('X-CSRF-Token', clerk.csrf).send({ nights: 3 })).status).toBe(200);

    await request(t.baseUrl).post(`/api/reservations/${r.id}/cancel`).set('Authorization', `Bearer ${token}`).expect(200);
    const cancelled = await change(r.id, { nights: 4 });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body).toMatchObject({ error: 'not_changeable' });
    expect(cancelled.body.message).toContain('is cancelled');
    expect(await nightsOf(r.id)).toHaveLength(3);
  });

  it('a name spelled right texts nobody; an opted-out guest gets no text; a Spanish guest reads it in Spanish; two changes at once never overbook', async () => {
    const r = await book({ arrival: day(40), nights: 1, roomType: 'STD', guestName: 'Jon Smith' });
    expect((await change(r.id, { guestName: 'John Smith' })).body).toMatchObject({ guestName: 'John Smith' });
    expect((await textsOf(r.id)).map((x) => x.kind)).toEqual(['booking_confirmed']);

    const quiet = await book({ arrival: day(40), nights: 1, roomType: 'STD', phone: '(212) 555-0177' });
    await recordOptOut(t.db, '+12125550177', t.clock.now());
    expect((await change(quiet.id, { nights: 2 })).status).toBe(200);
    expect((await textsOf(quiet.id)).at(-1)).toMatchObject({ kind: 'booking_changed', status: 'suppressed' });

    const es = await book({ arrival: day(40), nights: 1, roomType: 'DQ', phone: '+52 55 1234 5678', language: 'es-MX' });
    expect((await change(es.id, { rooms: 2, requests: ['crib'] })).status).toBe(200);
    const text = (await textsOf(es.id)).at(-1)!;
    expect(text).toMatchObject({ kind: 'booking_changed', locale: 'es-MX' });
    expect(text.body).toContain(`reservación ${es.confirmation} modificada`);
    expect(text.body).toContain('cuna');
    expect(smsSize(text.body).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['es-MX'] + 1);

    // Two Ocean Suites, one taken on night 61: two reservations of other nights race to move onto it.
    await book({ arrival: day(61), nights: 1, phone: '(212) 555-0166' });
    const a = await book({ arrival: day(60), nights: 1 });
    const b = await book({ arrival: day(62), nights: 1, phone: '(212) 555-0188' });
    const raced = await Promise.all([change(a.id, { arrival: day(61) }), change(b.id, { arrival: day(61) })]);
    expect(raced.map((x) => x.status).sort()).toEqual([200, 409]);
    const sold = await t.db.get<{ n: number }>("SELECT sum(n.rooms) AS n FROM reservation_nights n JOIN room_types t ON t.id = n.room_type_id WHERE t.code = 'OCEAN' AND n.night = ?", [day(61)]);
    expect(Number(sold!.n)).toBe(2);
  });

  it('changes from the form on its page, without JavaScript: prefilled with today\'s values, back to the page with a notice; the story says what changed', async () => {
    const r = await book({ arrival: day(50), nights: 2, roomType: 'DQ', requests: ['quiet'] });
    const page = await clerk.agent.get(`/staff/reservations/${r.id}`).expect(200);
    expect(page.text).toContain(`href="/staff/reservations/${r.id}/change"`);
    const form = await clerk.agent.get(`/staff/reservations/${r.id}/change`).expect(200);
    expect(form.text).toContain(`<h1>Change reservation ${r.confirmation}</h1>`);
    expect(form.text).toContain(`value="${day(50)}"`);
    expect(form.text).toContain('value="quiet" checked');
    expect(form.text).toContain('(212) 555-0147');
    const fields = { _csrf: csrfOf(form.text), arrival: day(50), nights: '3', roomType: 'DQ', rooms: '1', guestName: 'Lucía Méndez', payment: 'cash', phone: '(212) 555-0147' };
    // No box ticked: the request is taken off.
    const sent = await clerk.agent.post(`/staff/reservations/${r.id}/change`).type('form').send(fields);
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(`/staff/reservations/${r.id}?notice=changed`);
    const after = await clerk.agent.get(sent.headers.location!).expect(200);
    expect(after.text).toContain('Reservation changed, same confirmation number');
    expect(after.text).toMatch(/Changed by <strong>bob<\/strong> on the console: <span class="changed">[^<]*Nights 2 → 3/);
    expect(after.text).toContain('Special requests quiet room → —');
    expect(after.text).toContain('Text (change)');
    // Undo is beside it for a few minutes, as after the other actions.
    expect(after.text).toContain(`aria-label="Undo change for reservation ${r.confirmation}">Undo change</button>`);

    const bad = await clerk.agent.post(`/staff/reservations/${r.id}/change`).type('form').send({ ...fields, nights: '99' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Not changed:');
    expect(bad.text).toContain('Nights must be a whole number from 1 to 30.');
    const same = await clerk.agent.post(`/staff/reservations/${r.id}/change`).type('form').send(fields);
    expect(same.status).toBe(400);
    expect(same.text).toContain(`Nothing to change: reservation ${r.confirmation} is already so.`);
  });

  it('Undo puts the stay, hold and rate back and withdraws the change text not yet sent; a sent one is followed by the details as they are again', async () => {
    const r = await book({ arrival: day(100), nights: 2, phone: '(212) 555-0110' });
    expect((await change(r.id, { arrival: day(103), roomType: 'STD', rooms: 2 })).status).toBe(200);
    const undone = await undo(r.id);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ undone: 'changed', textAlreadySent: false, arrival: day(100), nights: 2, rooms: 1, roomTypeCode: 'OCEAN', rate: 420, total: 840, holdUntil: r.holdUntil, confirmation: r.confirmation });
    expect((await textsOf(r.id)).map((x) => `${x.kind} ${x.status}`)).toEqual(['booking_confirmed unsent', 'booking_changed failed']);
    expect((await t.db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [r.id])).map((n) => n.night)).toEqual([day(100), day(101)]);
    // Nothing more to undo: the undo is the latest action.
    expect((await undo(r.id)).status).toBe(409);

    expect((await change(r.id, { nights: 3 })).status).toBe(200);
    await t.db.run("UPDATE outbox SET status = 'sent', message_sid = 'SM1' WHERE reservation_id = ? AND kind = 'booking_changed' AND status = 'unsent'", [r.id]);
    const again = await undo(r.id);
    expect(again.body).toMatchObject({ undone: 'changed', textAlreadySent: true, nights: 2 });
    expect((await textsOf(r.id)).map((x) => `${x.kind} ${x.status}`)).toEqual(['booking_confirmed unsent', 'booking_changed failed', 'booking_changed sent', 'booking_changed unsent']);
  });

  it('Undo refuses when the earlier rooms are gone, or when the change was to the name only', async () => {
    const r = await book({ arrival: day(130), nights: 1 });
    expect((await change(r.id, { arrival: day(131) })).status).toBe(200);
    await book({ arrival: day(130), nights: 1, phone: '(212) 555-0101' });
    await book({ arrival: day(130), nights: 1, phone: '(212) 555-0102' });
    const taken = await undo(r.id);
    expect(taken.status).toBe(409);
    expect(taken.body.message).toContain('cannot be changed back');
    const named = await book({ arrival: day(140), nights: 1 });
    expect((await change(named.id, { guestName: 'Lucia Mendez' })).status).toBe(200);
    expect((await undo(named.id)).body.message).toContain('name or number only');
  });
});
