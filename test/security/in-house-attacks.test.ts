// Round 33: the in-house change (POST /api/reservations/:id/change with `nights` on an arrived stay,
// and the page's POST /staff/reservations/:id/stay) as a clerk of one property, a script with a
// token, or two clerks at once would try it: another property's guest, odd and oversized nights, a
// stay already over, two changes at the same moment. Real HTTP through the express app on a fresh
// SQLite file, the demo group (Miramar MIR in New York, Sierra Alta SIE in Mexico City, 14 nights at most).

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { groupTokens, postWalkIn } from './group-tokens.ts';

/** Hotel time in New York (UTC-5 in November). */
const ny = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`).toISOString();
/** Hotel time in Mexico City (UTC-6). */
const mx = (day: string, time: string) => new Date(`${day}T${time}:00-06:00`).toISOString();

describe('a guest in house’s nights, attacked', () => {
  let t: TestApp;
  let group: string;
  let mirOnly: string;

  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { STAFF_COOKIE_SECURE: 'false' } });
    ({ group, mirOnly } = await groupTokens(t));
  });
  afterAll(() => t.close());

  const api = () => request(t.baseUrl);
  const change = (id: number, body: unknown, token = group) => api().post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send(body as object);
  const undo = (id: number, token = group) => api().post(`/api/reservations/${id}/undo`).set('Authorization', `Bearer ${token}`);
  /** The stay as stored: the row and its nights, and how many changes the audit log holds for it. */
  const stored = async (id: number) => {
    const row = (await t.db.get<{ nights: number; departure: string; total: number; status: string }>('SELECT nights, departure, total, status FROM reservations WHERE id = ?', [id]))!;
    const nights = (await t.db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [id])).map((n) => n.night);
    const changes = Number((await t.db.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE target = ? AND action LIKE 'reservation.%change'", [`reservation:${id}`]))!.n);
    const texts = Number((await t.db.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE reservation_id = ? AND kind = 'booking_changed' AND status NOT IN ('failed', 'suppressed')", [id]))!.n);
    return { nights: Number(row.nights), departure: row.departure, total: Number(row.total), status: row.status, stayNights: nights, changes, texts };
  };

  it('a clerk of Miramar cannot lengthen, shorten or undo a Sierra Alta guest’s stay: 404, as if it did not exist', async () => {
    t.clock.set(mx('2026-11-28', '11:00'));
    const made = await postWalkIn(t, group, { hotel: 'SIE', roomType: 'DBL', nights: 3, phone: '+52 55 5555 0123', guestName: 'Rosa Ibarra' });
    expect(made.status).toBe(201);
    const id = made.body.id as number;
    const was = await stored(id);
    for (const nights of [4, 1, 14]) {
      const refused = await change(id, { nights }, mirOnly);
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain('Rosa');
    }
    expect((await undo(id, mirOnly)).status).toBe(404);
    expect(await stored(id)).toEqual(was);
  });

  it('nights that are not a plain whole number up to the property’s most, or come with anything else, change nothing', async () => {
    t.clock.set(mx('2026-11-28', '11:00'));
    const made = await postWalkIn(t, group, { hotel: 'SIE', roomType: 'SGL', nights: 2, phone: '+52 55 5555 0124', guestName: 'Tomás Ruiz' });
    const id = made.body.id as number;
    const was = await stored(id);
    // Sierra Alta takes 14 nights at most, counted from the arrival (the nights already slept included).
    for (const nights of [15, 1e300, '1e1', '0x5', '5.0', '-1', '５', '5\u0000', '', true, null, [5], { nights: 5 }, '9999']) {
      const refused = await change(id, { nights });
      expect(refused.status, JSON.stringify(nights)).toBe(400);
      expect(refused.body).toMatchObject({ error: 'bad_parameter', parameter: 'nights' });
    }
    for (const body of [{ nights: 3, hotel: 'MIR' }, { nights: 3, status: 'booked' }, { nights: 3, rate: 1 }, { nights: 3, total: 0 }, [{ nights: 3 }]]) {
      const refused = await change(id, body);
      expect(refused.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(refused.status, JSON.stringify(body)).toBeLessThan(500);
    }
    expect(await stored(id)).toEqual(was);
  });

  it('a stay already over is not in house: no night is added to it, and its arrival is not taken back', async () => {
    t.clock.set(ny('2026-11-25', '11:00'));
    const made = await postWalkIn(t, group, { roomType: 'DQ', nights: 2, phone: '(212) 555-0171', guestName: 'Gone Yesterday' }); // left Fri Nov 27
    const id = made.body.id as number;
    t.clock.set(ny('2026-11-28', '10:00'));
    const was = await stored(id);
    const refused = await change(id, { nights: 4 });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('not in house');
    // The undo window (10 minutes) is long gone: the walk-in's arrival is not taken back either.
    expect((await undo(id)).status).toBe(409);
    expect(await stored(id)).toEqual(was);
  });

  it('two clerks at once: one more night asked twice is one night more and one text; 5 and 6 at once leave a stay that matches its last audit entry', async () => {
    t.clock.set(ny('2026-11-28', '10:00'));
    const made = await postWalkIn(t, group, { roomType: 'STD', nights: 3, phone: '(212) 555-0172', guestName: 'Twice Asked' });
    const id = made.body.id as number;
    const both = await Promise.all([change(id, { nights: 4 }), change(id, { nights: 4 }, mirOnly)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(both.find((r) => r.status === 400)!.body).toMatchObject({ error: 'nothing_to_change' });
    expect(await stored(id)).toMatchObject({ nights: 4, departure: '2026-12-02', stayNights: ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'], changes: 1, texts: 1 });

    const raced = await Promise.all([change(id, { nights: 5 }), change(id, { nights: 6 }, mirOnly)]);
    expect(raced.map((r) => r.status)).toEqual([200, 200]);
    const now = await stored(id);
    const last = (await t.db.get<{ detail_json: string }>("SELECT detail_json FROM audit_log WHERE target = ? AND action = 'reservation.change' ORDER BY id DESC LIMIT 1", [`reservation:${id}`]))!;
    const after = JSON.parse(last.detail_json).after as { nights: number; total: number };
    expect(now.nights).toBe(after.nights);
    expect(now.total).toBe(after.total);
    expect(now.stayNights).toHaveLength(now.nights);
    // The guest is texted the stay as it is, once: the earlier change's text, not yet sent, is withdrawn.
    expect(now.texts).toBe(1);
  });
});
