// Special requests said on the call ("a crib", "rooms next to each other"): the caller is told the
// front desk will confirm them, so they are on the reservation the call made — its page, in the
// clerk's language, and the API — not only in the call's timeline, which retention erases. Real
// signed calls over HTTP on a fresh SQLite file; the demo hotel.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

describe('special requests said on the call, on the reservation', () => {
  let t: TestApp;
  let withRequests = 0;
  let without = 0;

  /** A spoken booking of Standard rooms for December 12: `rooms` said at the rooms question, `name` at the name question. */
  async function book(from: string, rooms: string, name: string): Promise<number> {
    const call = t.call({ from });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12 for 2 nights', 0.95);
    await call.say('standard', 0.95);
    await call.say(rooms, 0.95);
    await call.say(name, 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    expect(heard(await call.say('yes', 0.95))).toMatch(/^You're booked\./);
    return (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [call.callSid]))!.id;
  }

  beforeAll(async () => {
    t = await startStaffApp();
    withRequests = await book('+12125550231', 'two rooms, next to each other please', 'Bob Lee, and we need a crib');
    without = await book('+12125550232', 'one', 'Ana Diaz');
  });
  afterAll(() => t?.close());

  it('keeps them on the reservation, in the order said; none is null', async () => {
    const rows = await t.db.all<{ id: number; special_requests: string | null }>('SELECT id, special_requests FROM reservations ORDER BY id');
    expect(rows).toEqual([
      { id: withRequests, special_requests: 'together,crib' },
      { id: without, special_requests: null },
    ]);
  });

  it('shows them on the reservation page, in English and in Spanish', async () => {
    const { agent, csrf } = await login(t, STAFF);
    const page = (await agent.get(`/staff/reservations/${withRequests}`).expect(200)).text;
    expect(page).toMatch(/<dt>Asked for \(to confirm\)<\/dt><dd id="special-requests">rooms next to each other, crib<\/dd>/);
    expect((await agent.get(`/staff/reservations/${without}`).expect(200)).text).not.toContain('special-requests');
    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff' }).expect(303);
    const es = (await agent.get(`/staff/reservations/${withRequests}`).expect(200)).text;
    expect(es).toMatch(/<dt>Pidió \(por confirmar\)<\/dt><dd id="special-requests">habitaciones juntas, cuna<\/dd>/);
  });

  it('gives them in the API', async () => {
    const token = await bearer(t, STAFF.username);
    const r = (await request(t.baseUrl).get(`/api/reservations/${withRequests}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(r).toMatchObject({ guestName: 'Bob Lee', specialRequests: ['together', 'crib'] });
  });

  it('refuses a stored value that is not a list of codes', async () => {
    await expect(t.db.run("UPDATE reservations SET special_requests = 'crib; DROP' WHERE id = ?", [without])).rejects.toThrow(/CHECK/);
  });
});
