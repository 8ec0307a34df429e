// The front desk books in the console on PostgreSQL: two instances (two apps, two connection pools)
// over one database, real HTTP with logged-in sessions and bearer tokens. Clerks at both take the
// last rooms at once (never more than the type has), the form comes back with its reasons, and a
// caller the line handed over is booked from their call, linked to it. A query only SQLite
// understands fails here.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

const CLERK = { username: 'dana', password: 'dana-password-12' };

describe('the front desk books on PostgreSQL, from two instances', () => {
  const clock = testClock();
  let instances: TwoInstances;
  let dbs: Db[] = [];
  let baseUrls: string[] = [];
  let token = '';
  let today = '';
  const day = (n: number) => addDaysIso(today, n);
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;

  beforeAll(async () => {
    instances = await twoInstances(clock, CLERK);
    ({ dbs, baseUrls, token } = instances);
    today = new HotelClock('America/New_York').today(clock.now());
  }, 120_000);

  afterAll(async () => instances?.close());

  const good = (over: Record<string, string | number> = {}) => ({ arrival: day(6), nights: 2, roomType: 'DLX', rooms: 1, guestName: 'Marta Gil', payment: 'credit_card', phone: '+1 212 555 0170', ...over });
  const api = (i: number, body: object) => request(baseUrls[i]!).post('/api/reservations').set('Authorization', `Bearer ${token}`).send(body);

  it('never sells more rooms than the type has, whichever instance each clerk is on', async () => {
    // The three Deluxe King rooms of one night: eight requests of one room, half on each instance.
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => api(i % 2, good({ arrival: day(15), guestName: `Guest ${i + 1}` }))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.free).toContainEqual({ roomType: 'STD', name: 'Standard', free: 8 });
    const sold = await dbs[0]!.get<{ n: number }>(
      "SELECT sum(r.rooms) AS n FROM reservations r JOIN room_types t ON t.id = r.room_type_id WHERE t.code = 'DLX' AND r.arrival = ? AND r.status = 'booked'",
      [day(15)],
    );
    expect(Number(sold!.n)).toBe(3);
    const made = results.find((r) => r.status === 201)!.body;
    expect(made).toMatchObject({ status: 'booked', callSid: null, holdUntil: holdDeadline(day(15), '18:00', 'America/New_York') });
    expect(made.confirmation).toMatch(/^[1-9]\d{7}$/);
    const audit = await dbs[0]!.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'reservation.create' AND actor = ? AND via = 'api'", [CLERK.username]);
    expect(Number(audit!.n)).toBe(3);
  });

  it('sends the form back with its reasons, and books a caller the line handed over from their call', async () => {
    const agent = request.agent(baseUrls[1]!);
    const login = await agent.get('/staff/login').expect(200);
    await agent.post('/staff/login').type('form').send({ _csrf: csrfOf(login.text), username: CLERK.username, password: CLERK.password, next: '/staff' }).expect(303);
    const csrf = (await agent.get('/api/me').expect(200)).body.csrfToken as string;
    const before = Number((await dbs[0]!.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n);
    const bad = await agent.post('/staff/reservations/new').type('form').send({ _csrf: csrf, ...good({ arrival: day(-2), rooms: 9 }) });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Arrival date is in the past');
    expect(bad.text).toContain('Rooms must be at most 5 in one reservation');
    expect(Number((await dbs[0]!.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n)).toBe(before);

    // A caller on the first instance gives the stay, asks for a person and hangs up unanswered.
    const date = day(8);
    const call = new CallSession({ baseUrl: baseUrls[0]!, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+13055550199', to: HOTEL_NUMBER });
    await askForStay(call, { date: date.slice(5, 7) + date.slice(8, 10), roomType: '4', rooms: '2', nights: '1#' });
    await call.press('0');
    await call.dialResult('no-answer');
    await call.hangup();

    const opened = await agent.get(`/staff/reservations/new?call=${call.callSid}`).expect(200);
    expect(opened.text).toContain('wanted 2 Standard rooms, 1 night from');
    expect(opened.text).toContain(`value="${date}"`);
    const sent = await agent
      .post('/staff/reservations/new')
      .type('form')
      .send({ _csrf: csrfOf(opened.text), call: call.callSid, arrival: date, nights: '1', roomType: 'STD', rooms: '2', guestName: 'Joaquín Vela', payment: 'cash', phone: '+13055550199' });
    expect(sent.status).toBe(303);
    const r = await dbs[0]!.get<{ call_sid: string; rooms: number; status: string }>('SELECT call_sid, rooms, status FROM reservations WHERE guest_name = ?', ['Joaquín Vela']);
    expect(r).toEqual({ call_sid: call.callSid, rooms: 2, status: 'booked' });
    const page = await agent.get(`/staff/calls/${call.callSid}`).expect(200);
    expect(page.text).toContain('Reservation ');
    expect(page.text).not.toContain('Book for this caller');
    expect((await agent.get(`/staff/reservations?date=${date}`).expect(200)).text).toContain('Joaquín Vela');
  });

  it('books a walk-in for today and marks them arrived in one step, audited as both; another day is refused', async () => {
    const made = await api(1, { ...good({ guestName: 'Walter Walk' }), arrival: undefined, walkIn: true }).expect(201);
    expect(made.body).toMatchObject({ arrival: today, status: 'arrived' });
    const audit = await dbs[0]!.all<{ action: string }>('SELECT action FROM audit_log WHERE target = ? ORDER BY id', [`reservation:${made.body.id}`]);
    expect(audit.map((a) => a.action)).toEqual(['reservation.create', 'reservation.arrived']);
    const refused = await api(0, good({ guestName: 'Wanda Later', walkIn: 'yes' })).expect(400);
    expect(refused.body.parameter).toBe('arrival');
  });
});
