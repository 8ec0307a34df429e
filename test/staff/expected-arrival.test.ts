// A guest's expected arrival on the reservation, over real HTTP on a fresh SQLite file: said on the
// call ("we get in around 11 pm", flows/late-arrival.ts), it is on the reservation the call made;
// the desk types it in when it books (the form and POST /api/reservations' arrivalTime) and it
// comes filled in when booking for a caller who said it; Arrivals, Not arrived and the reservation's
// page say "expects ~11:00 PM", and the Not arrived list puts a guest expected after their hold
// first. The test clock starts Saturday 28 November 2026, 10:00 in New York; the demo hotel holds
// until 18:00.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

const rowsOf = (page: string) => [...page.matchAll(/<tr id="reservation-(\d+)"/g)].map((m) => Number(m[1]));
/** The text of a page's row for a reservation, tags left out. */
const rowText = (page: string, id: number) => (new RegExp(`<tr id="reservation-${id}"[\\s\\S]*?</tr>`).exec(page)?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a guest’s expected arrival, from the call and from the desk, for the night shift', () => {
  let t: TestApp;
  let token: string;
  let fromCall = 0;
  let lateCaller = '';
  const api = () => request(t.baseUrl);
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  const deskBooking = (over: Record<string, string | number> = {}) =>
    auth(api().post('/api/reservations')).send({ arrival: '2026-12-04', nights: 1, roomType: 'STD', rooms: 1, guestName: 'Dora Desk', payment: 'cash', phone: '+12125550147', ...over });

  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t, STAFF.username);
    // A caller who books for December 4 and says along the way they get in around 11 pm.
    const call = t.call({ from: '+12125550161' });
    await askForStay(call);
    expect(heard(await call.say('Ana Torres, and we get in around 11 pm', 0.95))).toMatch(/^How will you pay/);
    await call.press('2');
    await call.press('1');
    await call.press('1');
    fromCall = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [call.callSid]))!.id;
    // One who says it and asks for the desk before booking (the desk books for them).
    const asked = t.call({ from: '+12125550162' });
    await askForStay(asked);
    await asked.say('we will be arriving at 10 pm', 0.95);
    await asked.press('0');
    await asked.dialResult('no-answer');
    await asked.hangup();
    lateCaller = asked.callSid;
  });
  afterAll(() => t?.close());

  it('keeps on the reservation the late arrival said on the call', async () => {
    const r = (await auth(api().get(`/api/reservations/${fromCall}`)).expect(200)).body;
    expect(r).toMatchObject({ guestName: 'Ana Torres', expectedArrival: '23:00', expectedAfterHold: true });
  });

  it('books at the desk with the arrival time typed, and refuses one that is not a time, with its reason', async () => {
    const booked = (await deskBooking({ arrivalTime: '21:30' }).expect(201)).body;
    expect(booked).toMatchObject({ expectedArrival: '21:30', expectedAfterHold: true });
    const audit = await t.db.get<{ detail_json: string }>("SELECT detail_json FROM audit_log WHERE action = 'reservation.create' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(audit!.detail_json)).toMatchObject({ arrivalTime: '21:30' });
    const bad = await deskBooking({ arrivalTime: '9pm', guestName: 'Bea Bad' }).expect(400);
    expect(bad.body.errors.arrivalTime).toMatch(/time of day, like 23:00/);
    expect(await t.db.get("SELECT count(*) AS n FROM reservations WHERE guest_name = 'Bea Bad'")).toEqual({ n: 0 });
    // Without one, as before: nothing expected.
    expect((await deskBooking({ guestName: 'Nora None' }).expect(201)).body).toMatchObject({ expectedArrival: null, expectedAfterHold: false });
  });

  it('from the form: typed in the time field, and filled in when booking for a caller who said it', async () => {
    const { agent, csrf } = await login(t, STAFF);
    const blank = (await agent.get('/staff/reservations/new').expect(200)).text;
    expect(blank).toMatch(/<label for="arrivalTime">Arrival time/);
    expect(blank).toContain('<input id="arrivalTime" name="arrivalTime" type="time" value=""');
    const sent = await agent
      .post('/staff/reservations/new')
      .type('form')
      .send({ _csrf: csrf, arrival: '2026-12-04', nights: '1', roomType: 'STD', rooms: '1', guestName: 'Fina Form', payment: 'cash', phone: '212 555 0148', language: 'en-US', arrivalTime: '20:15' })
      .expect(303);
    const id = Number(/#reservation-(\d+)$/.exec(sent.headers.location!)?.[1]);
    expect(await t.db.get('SELECT expected_arrival FROM reservations WHERE id = ?', [id])).toEqual({ expected_arrival: '20:15' });
    const wrong = await agent
      .post('/staff/reservations/new')
      .type('form')
      .send({ _csrf: csrf, arrival: '2026-12-04', nights: '1', roomType: 'STD', rooms: '1', guestName: 'Wes Wrong', payment: 'cash', phone: '212 555 0149', language: 'en-US', arrivalTime: '25:00' })
      .expect(400);
    expect(wrong.text).toContain('id="arrivalTime-error"');
    expect(wrong.text).toContain('Arrival time must be a time of day');
    const forCaller = (await agent.get(`/staff/reservations/new?call=${lateCaller}`).expect(200)).text;
    expect(forCaller).toContain('<input id="arrivalTime" name="arrivalTime" type="time" value="22:00"');
  });

  it('shows it on Arrivals, Not arrived (a guest expected after the hold first) and the reservation’s page', async () => {
    const { agent } = await login(t, STAFF);
    const early = (await deskBooking({ guestName: 'Eli Early', arrivalTime: '15:00' }).expect(201)).body.id as number;
    const arrivals = (await agent.get('/staff/reservations?list=arrivals&date=2026-12-04').expect(200)).text;
    expect(rowText(arrivals, fromCall)).toContain('expects ~11:00 PM after its hold: keep room');
    expect(rowText(arrivals, early)).toContain('expects ~3:00 PM');
    expect(rowText(arrivals, early)).not.toContain('after its hold');
    const notArrived = (await agent.get('/staff/reservations?list=not-arrived&date=2026-12-04').expect(200)).text;
    const order = rowsOf(notArrived);
    const expectedLate = (await t.db.all<{ id: number }>("SELECT id FROM reservations WHERE arrival = '2026-12-04' AND expected_arrival > '18:00' ORDER BY hold_until, id")).map((r) => r.id);
    expect(expectedLate).toHaveLength(3);
    expect(order.slice(0, 3).sort()).toEqual([...expectedLate].sort());
    expect(order.indexOf(early)).toBeGreaterThanOrEqual(3);
    const json = (await auth(api().get('/api/reservations?list=not-arrived&date=2026-12-04')).expect(200)).body;
    expect(json.reservations.slice(0, 3).every((r: { expectedAfterHold: boolean }) => r.expectedAfterHold)).toBe(true);
    const one = (await agent.get(`/staff/reservations/${fromCall}`).expect(200)).text;
    expect(one).toMatch(/<dt>Arrival time<\/dt><dd id="expected-arrival"><span class="expects" data-expected="23:00">expects ~11:00 PM<\/span>/);
    // Once arrived (on the day: Arrived is refused before it), the list no longer says it.
    t.clock.set('2026-12-04T15:00:00Z');
    await auth(api().post(`/api/reservations/${early}/arrived`)).expect(200);
    // (Six days on: the console's session has long ended, the clerk logs in again.)
    const after = (await (await login(t, STAFF)).agent.get('/staff/reservations?list=arrivals&date=2026-12-04').expect(200)).text;
    expect(rowText(after, early)).not.toContain('expects');
  });
});
