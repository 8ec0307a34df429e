// The front desk books in the console: the "New reservation" form and POST /api/reservations, over
// real HTTP with a logged-in session (CSRF as the form carries it) or a bearer token, on a fresh
// SQLite file filled by real signed calls. Dates are the hotel's today plus days (the test clock).

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

const NEW_YORK = new HotelClock('America/New_York');
const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
const count = async (t: TestApp, table: string) => Number((await t.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n);

describe('the front desk books a reservation in the console (SQLite)', () => {
  let t: TestApp;
  let clerk: { agent: Agent; csrf: string };
  let token: string;
  let today: string;
  const day = (n: number) => addDaysIso(today, n);
  /** MMDD for the keypad. */
  const keys = (date: string) => date.slice(5, 7) + date.slice(8, 10);

  beforeAll(async () => {
    t = await startStaffApp();
    today = NEW_YORK.today(t.clock.now());
    clerk = await login(t, STAFF);
    token = await bearer(t);
  });
  afterAll(() => t.close());

  const form = (fields: Record<string, string>) => clerk.agent.post('/staff/reservations/new').type('form').send({ _csrf: clerk.csrf, ...fields });
  const good = (over: Record<string, string> = {}) => ({
    arrival: day(5),
    nights: '2',
    roomType: 'DQ',
    rooms: '1',
    guestName: 'Lucía Méndez',
    payment: 'cash',
    phone: '(212) 555-0147',
    ...over,
  });

  it('books from the form: held as on the phone line, in the list, audited with the clerk, the text queued', async () => {
    const page = await clerk.agent.get('/staff/reservations/new').expect(200);
    expect(page.text).toContain('<h1>New reservation</h1>');
    expect(page.text).toContain(`min="${today}"`);
    for (const label of ['Arrival date', 'Nights', 'Room type', 'Rooms', 'Guest name', 'Contact number']) expect(page.text).toContain(`>${label}</label>`);
    expect(page.text).toContain('never take a card number');

    const sent = await form({ _csrf: csrfOf(page.text), ...good() });
    expect(sent.status).toBe(303);
    const location = new URL(sent.headers.location!, 'http://x');
    expect(location.pathname).toBe('/staff/reservations');
    expect(location.searchParams.get('notice')).toBe('booked');
    const confirmation = location.searchParams.get('q')!;
    expect(confirmation).toMatch(/^[1-9]\d{7}$/);

    const r = (await t.db.get<Record<string, unknown>>('SELECT * FROM reservations WHERE confirmation = ?', [confirmation]))!;
    expect(r).toMatchObject({ arrival: day(5), departure: day(7), nights: 2, rooms: 1, rate: 180, total: 360, guest_name: 'Lucía Méndez', payment_method: 'cash', callback_number: '+12125550147', status: 'booked', call_sid: null, locale: 'en-US' });
    expect(r.hold_until).toBe(holdDeadline(day(5), '18:00', 'America/New_York'));

    const list = await clerk.agent.get(`/staff/reservations?date=${day(5)}`).expect(200);
    expect(list.text).toContain('Lucía Méndez');
    expect(list.text).toContain(confirmation);
    const shown = await clerk.agent.get(location.pathname + location.search).expect(200);
    expect(shown.text).toContain('Reservation booked');

    const audit = await t.db.all<{ actor: string; via: string; action: string; detail_json: string }>("SELECT actor, via, action, detail_json FROM audit_log WHERE action = 'reservation.create'");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: STAFF.username, via: 'web' });
    expect(JSON.parse(audit[0]!.detail_json)).toMatchObject({ confirmation, arrival: day(5), nights: 2, roomType: 'DQ', rooms: 1, payment: 'cash' });
    expect(await t.db.get("SELECT kind, status FROM outbox WHERE reservation_id = ?", [r.id as number])).toEqual({ kind: 'booking_confirmed', status: 'unsent' });
  });

  it('sends the form back with a reason beside each wrong field, and writes nothing', async () => {
    const before = [await count(t, 'reservations'), await count(t, 'audit_log'), await count(t, 'outbox')];
    const sent = await form(good({ arrival: day(-1), nights: '31', rooms: '6', guestName: '4111 1111 1111 1111', payment: 'card', phone: '12' }));
    expect(sent.status).toBe(400);
    expect(sent.text).toContain('6 things to fix');
    const reasons = {
      arrival: 'Arrival date is in the past',
      nights: 'Nights must be a whole number from 1 to 30',
      rooms: 'Rooms must be at most 5 in one reservation',
      guestName: 'Guest name must be a name only: never write a card number',
      payment: 'Payment must be credit_card, cash or debit_card',
      phone: 'Contact number is not a phone number',
    };
    for (const [field, reason] of Object.entries(reasons)) {
      expect(sent.text).toMatch(new RegExp(`id="${field}-error" class="field-error">${reason}`));
      expect(sent.text).toContain(`aria-describedby="${field}-error"`);
    }
    // What was typed comes back (the card number never: it is not kept as typed either way).
    expect(sent.text).toContain(`value="${day(-1)}"`);
    expect(sent.text).not.toContain('4111 1111 1111 1111');
    expect([await count(t, 'reservations'), await count(t, 'audit_log'), await count(t, 'outbox')]).toEqual(before);

    const far = await form(good({ arrival: day(366) }));
    expect(far.status).toBe(400);
    expect(far.text).toContain('Arrival date is too far ahead: Hotel Miramar takes reservations up to 365 days ahead');
    expect((await form(good({ arrival: day(365), guestName: 'Far Ahead' }))).status).toBe(303);
    const missing = await form({});
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Arrival date is needed.');
    expect(missing.text).toContain('Payment is needed: credit card, cash or debit card.');
  });

  it('refuses the form without its CSRF token (403), booking nothing', async () => {
    const before = await count(t, 'reservations');
    const res = await clerk.agent.post('/staff/reservations/new').type('form').send(good());
    expect(res.status).toBe(403);
    expect(await count(t, 'reservations')).toBe(before);
  });

  it('says what is free for the dates when the rooms asked for are not, and never overbooks', async () => {
    // The two Ocean View rooms, booked at once from the API: one of three requests for one room each … two win.
    const both = await request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send({ ...good({ roomType: 'OCEAN', rooms: '2', arrival: day(9) }), nights: 3 });
    expect(both.status).toBe(201);
    const again = await form(good({ roomType: 'OCEAN', arrival: day(10) }));
    expect(again.status).toBe(409);
    expect(again.text).toContain('Not booked:</strong> no Ocean Suite is free for the whole stay; the guest asked for 1.');
    expect(again.text).toMatch(/Free for the whole stay: <ul><li>Deluxe King: 3<\/li><li>Double Queen: 6<\/li><li>Standard: 8<\/li><\/ul>/);
    expect(again.text).toContain(`href="/staff/availability?from=${day(10)}&amp;days=2"`);
    expect(again.text).toContain('value="Lucía Méndez"');

    // The three Deluxe King rooms, five clerks at once: three bookings, two told no.
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send(good({ roomType: 'DLX', arrival: day(20), guestName: `Guest ${'ABCDE'[i]}` })),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({ error: 'no_rooms' });
    expect(refused.body.free).toContainEqual({ roomType: 'DLX', name: 'Deluxe King', free: 0 });
    const booked = await t.db.get<{ n: number }>("SELECT sum(r.rooms) AS n FROM reservations r JOIN room_types t ON t.id = r.room_type_id WHERE t.code = 'DLX' AND r.arrival = ?", [day(20)]);
    expect(booked!.n).toBe(3);
  });

  it('takes JSON at POST /api/reservations: 201 with the reservation, 400 naming every field, unknown fields refused', async () => {
    const api = (body: unknown) => request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send(body as object);
    const made = await api({ ...good({ guestName: 'Omar Ruiz', payment: 'debit_card', phone: '+52 55 1234 5678', language: 'es-MX' }), nights: 1, rooms: 2 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ guestName: 'Omar Ruiz', status: 'booked', nights: 1, rooms: 2, roomTypeCode: 'DQ', paymentMethod: 'debit_card', callbackNumber: '+525512345678', locale: 'es-MX', callSid: null });
    expect(made.body.confirmation).toMatch(/^[1-9]\d{7}$/);
    expect(made.body.holdUntil).toBe(holdDeadline(day(5), '18:00', 'America/New_York'));
    expect((await request(t.baseUrl).get(`/api/reservations/${made.body.id}`).set('Authorization', `Bearer ${token}`)).body.confirmation).toBe(made.body.confirmation);
    const audit = await t.db.get<{ actor: string; via: string }>("SELECT actor, via FROM audit_log WHERE action = 'reservation.create' AND target = ?", [`reservation:${made.body.id}`]);
    expect(audit).toEqual({ actor: ADMIN.username, via: 'api' });

    const bad = await api({ ...good({ roomType: 'PENTHOUSE', arrival: '2026-02-30' }) });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'bad_parameter', parameter: 'arrival', message: 'arrival must be a date, like 2026-12-04' });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['arrival', 'roomType']);
    expect(bad.body.errors.roomType).toContain('OCEAN, DLX, DQ, STD');
    const card = await api({ ...good(), cardNumber: '4111111111111111' });
    expect(card.status).toBe(400);
    expect(card.body.errors.form).toContain('unknown field "cardNumber"');
    expect((await api([1, 2])).status).toBe(400);
    const escape = await api(good({ guestName: 'Eve\u001b[2J' }));
    expect(escape.body.errors).toEqual({ guestName: 'must be plain text: no control characters' });

    // A session's write carries X-CSRF-Token.
    expect((await clerk.agent.post('/api/reservations').send(good())).status).toBe(403);
    expect((await clerk.agent.post('/api/reservations').set('X-CSRF-Token', clerk.csrf).send(good({ guestName: 'Eva Paz' }))).status).toBe(201);
  });

  it('holds a booking made for tonight after the hold time until the end of the day, as a call would', async () => {
    const at = t.clock.now().toISOString();
    t.clock.set(NEW_YORK.instant(today, '19:30').toISOString());
    try {
      const made = await request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send(good({ arrival: today, guestName: 'Late Arrival' }));
      expect(made.status).toBe(201);
      expect(made.body.holdUntil).toBe(holdDeadline(today, '23:59', 'America/New_York'));
    } finally {
      t.clock.set(at);
    }
  });

  it('books for a caller the line handed over: the form opened from the call (or its callback request) is prefilled and the reservation is the call\'s', async () => {
    // A caller gives the stay by keys, then asks for a person at the name; the desk does not
    // answer, and they ask to be called back.
    const call = t.call({ from: '+13055550101' });
    await askForStay(call, { date: keys(day(12)), roomType: '2', rooms: '2', nights: '3#' });
    await call.press('0');
    await call.dialResult('no-answer');
    await call.press('1');
    await call.record({ transcript: 'Please call me back to book.' });
    const callback = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [call.callSid]))!.id;

    const callPage = await clerk.agent.get(`/staff/calls/${call.callSid}`).expect(200);
    expect(callPage.text).toContain(`href="/staff/reservations/new?call=${call.callSid}">Book for this caller</a>`);
    const worklist = await clerk.agent.get('/staff/callbacks').expect(200);
    expect(worklist.text).toContain(`href="/staff/reservations/new?call=${call.callSid}&amp;callback=${callback}">Book for this caller</a>`);

    const opened = await clerk.agent.get(`/staff/reservations/new?call=${call.callSid}&callback=${callback}`).expect(200);
    expect(opened.text).toContain('wanted 2 Deluxe King rooms, 3 nights from');
    expect(opened.text).toContain(`value="${day(12)}"`);
    expect(opened.text).toMatch(/<input id="nights"[^>]*value="3"/);
    expect(opened.text).toMatch(/<input id="rooms"[^>]*value="2"/);
    expect(opened.text).toContain('<option value="DLX" selected>');
    expect(opened.text).toContain('value="(305) 555-0101"');
    expect(opened.text).toContain(`name="call" value="${call.callSid}"`);
    expect(opened.text).toContain(`name="callback" value="${callback}"`);

    const sent = await form({ call: call.callSid, callback: String(callback), arrival: day(12), nights: '3', roomType: 'DLX', rooms: '2', guestName: 'Raúl Ortega', payment: 'credit_card', phone: '+13055550101' });
    expect(sent.status).toBe(303);
    const r = (await t.db.get<{ call_sid: string; confirmation: string; rooms: number }>('SELECT call_sid, confirmation, rooms FROM reservations WHERE guest_name = ?', ['Raúl Ortega']))!;
    expect(r).toMatchObject({ call_sid: call.callSid, rooms: 2 });
    // The call shows it (and offers no more booking); the request is closed with the number.
    const after = await clerk.agent.get(`/staff/calls/${call.callSid}`).expect(200);
    expect(after.text).toContain(`Reservation ${r.confirmation}`);
    expect(after.text).not.toContain('Book for this caller');
    expect(await t.db.get('SELECT status, done_by, note FROM callback_requests WHERE id = ?', [callback])).toEqual({ status: 'done', done_by: STAFF.username, note: `Booked at the desk: reservation ${r.confirmation}` });
    // Once done, the request cannot be booked against again.
    const twice = await form({ call: call.callSid, callback: String(callback), ...good({ guestName: 'Raúl Ortega' }) });
    expect(twice.status).toBe(400);
    expect(twice.text).toContain('The callback request was already marked called back.');
  });

  it('opens a blank form for a call that is not there, and refuses a call out of view', async () => {
    const res = await clerk.agent.get('/staff/reservations/new?call=CA0123456789abcdef0123456789abcdef');
    expect(res.status).toBe(404);
    expect(res.text).toContain('The call is not a call you can see: this form is blank.');
    expect((await clerk.agent.get('/staff/reservations/new?call=nonsense')).status).toBe(400);
  });
});

describe('a group account books only at its own properties', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await new Accounts(t.db).add('sara', 'sara-password-12', 'staff', t.clock.now());
    await new Accounts(t.db).setHotels('sara', ['SIE'], t.clock.now());
  });
  afterAll(() => t.close());

  it('offers its properties only, checks the type against the property and its limits', async () => {
    const today = new HotelClock('America/Mexico_City').today(t.clock.now());
    const fields = { arrival: addDaysIso(today, 3), nights: '2', roomType: 'DBL', rooms: '1', guestName: 'Sofía Álvarez', payment: 'cash', phone: '55 1234 5678', language: 'es-MX' };
    const sara = await login(t, { username: 'sara', password: 'sara-password-12' });
    // Sierra's desk works in Spanish (its staffLocale); this clerk switched her browser to English.
    await sara.agent.post('/staff/language').type('form').send({ _csrf: sara.csrf, lang: 'en', next: '/staff' }).expect(303);
    const page = await sara.agent.get('/staff/reservations/new').expect(200);
    expect(page.text).toContain('At <strong>Hotel Sierra Alta</strong>');
    expect(page.text).not.toContain('Hotel Miramar');
    // Sierra Alta's file names Spanish as its guests' language: the text is in Spanish unless the clerk picks English.
    expect(page.text).toContain('<option value="es-MX" selected>');
    const post = (body: Record<string, string>) => sara.agent.post('/staff/reservations/new').type('form').send({ _csrf: sara.csrf, ...body });
    const elsewhere = await post({ ...fields, hotel: 'MIR' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.text).toContain('Property must be one of your properties (SIE).');
    // Sierra's own front desk as the guest's number: refused as the phone line refuses it (the texts would reach the desk).
    const ownDesk = await post({ ...fields, phone: '55 5555 0100' });
    expect(ownDesk.status).toBe(400);
    expect(ownDesk.text).toContain('Contact number is the hotel&#39;s own front desk number');
    const limits = await post({ ...fields, rooms: '4', nights: '15', roomType: 'DLX' });
    expect(limits.text).toContain('Rooms must be at most 3 in one reservation');
    expect(limits.text).toContain('Nights must be a whole number from 1 to 14');
    expect(limits.text).toContain('Room type must be one of Hotel Sierra Alta&#39;s room types (JR, DBL, SGL)');
    const sent = await post(fields);
    expect(sent.status).toBe(303);
    const r = await t.db.get<{ code: string; callback_number: string; locale: string; currency: string }>(
      'SELECT h.code, r.callback_number, r.locale, r.currency FROM reservations r JOIN hotels h ON h.id = r.hotel_id WHERE r.guest_name = ?',
      ['Sofía Álvarez'],
    );
    expect(r).toEqual({ code: 'SIE', callback_number: '+525512345678', locale: 'es-MX', currency: 'MXN' });

    // The whole group's admin picks the property; the API names it with hotel=.
    const admin = await bearer(t);
    const api = (query: string, body: object) => request(t.baseUrl).post(`/api/reservations${query}`).set('Authorization', `Bearer ${admin}`).send(body);
    const unnamed = await api('', { ...fields, roomType: 'STD', guestName: 'Ana Group' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.parameter).toBe('hotel');
    const named = await api('', { ...fields, hotel: 'MIR', roomType: 'STD', guestName: 'Ana Group', phone: '+1 212 555 0111' });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ hotel: 'MIR', roomTypeCode: 'STD', currency: 'USD' });
    expect((await api('?hotel=SIE', { ...fields, hotel: 'MIR', roomType: 'STD' })).body.parameter).toBe('hotel');
    const admins = await login(t, ADMIN);
    const choose = await admins.agent.get('/staff/reservations/new').expect(200);
    expect(choose.text).toContain('<select id="hotel" name="hotel" required>');
    expect(choose.text).toContain('<optgroup label="Hotel Sierra Alta">');
  });
});
