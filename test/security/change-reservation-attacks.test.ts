// Round 30: the console's Change (POST /api/reservations/:id/change and its form) as an attacker
// with a staff account, a token of one property, or a captured request would use it. Real HTTP
// through the express app on a fresh SQLite file, the demo group (Miramar MIR, Sierra Alta SIE),
// the suite's fixed clock. Texts are marked sent by hand where the test needs them sent (no Twilio).

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { RECIPIENT_TEXT_LIMIT } from '../../src/messaging/outbox.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { groupTokens } from './group-tokens.ts';

const NEW_YORK = new HotelClock('America/New_York');
const VICTIM = '+12125550333';

describe('the console’s Change, attacked', () => {
  let t: TestApp;
  let group: string;
  let mirOnly: string;
  let today: string;
  const day = (n: number) => addDaysIso(today, n);

  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { STAFF_COOKIE_SECURE: 'false' } });
    today = NEW_YORK.today(t.clock.now());
    ({ group, mirOnly } = await groupTokens(t));
  });
  afterAll(() => t.close());

  const book = async (over: Record<string, unknown>, token = group) => {
    const made = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ hotel: 'MIR', arrival: day(5), nights: 2, roomType: 'STD', rooms: 1, guestName: 'Lucía Méndez', payment: 'cash', phone: '(212) 555-0147', ...over });
    expect(made.status).toBe(201);
    return made.body as { id: number; confirmation: string };
  };
  const change = (id: number, body: unknown, token = group) =>
    request(t.baseUrl).post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send(body as object);
  /** The texts the sender would have handed Twilio by now (the test has no Twilio: marked sent). */
  const sendAll = () => t.db.run("UPDATE outbox SET status = 'sent' WHERE status = 'unsent'");
  const textsTo = async (to: string) =>
    Number((await t.db.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE to_number = ? AND status NOT IN ('failed', 'suppressed')", [to]))!.n);

  it('a clerk cannot text one number more than the daily limit by moving reservations onto it and away', async () => {
    // Each reservation, once on the victim's number, is changed until its own texts reach the limit,
    // then moved away to another number: the limit counted the texts of reservations *now* at the
    // number, so the next reservation moved onto it started from nothing.
    for (let i = 0; i < 3; i++) {
      const r = await book({ arrival: day(10 + i * 5), phone: `(212) 555-04${10 + i}` });
      await sendAll();
      expect((await change(r.id, { phone: VICTIM })).status).toBe(200);
      await sendAll();
      for (let n = 3; n <= 4; n++) {
        expect((await change(r.id, { nights: n })).status).toBe(200);
        await sendAll();
      }
      expect((await change(r.id, { phone: `(212) 555-05${10 + i}` })).status).toBe(200);
      await sendAll();
    }
    expect(await textsTo(VICTIM)).toBeLessThanOrEqual(RECIPIENT_TEXT_LIMIT);
  });

  it('another property’s reservation is not found for a limited account, and another property’s room type is no type here', async () => {
    const atSierra = await book({ hotel: 'SIE', roomType: 'JR', arrival: day(40) });
    const before = await t.db.get('SELECT * FROM reservations WHERE id = ?', [atSierra.id]);
    for (const body of [{ nights: 3 }, { roomType: 'STD' }, {}]) {
      const refused = await change(atSierra.id, body, mirOnly);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual({ error: 'not_found', message: 'no such reservation' });
    }
    const mir = await book({ arrival: day(41) });
    expect((await change(mir.id, { roomType: 'JR' })).body).toMatchObject({ error: 'bad_parameter', parameter: 'roomType' });
    expect(await t.db.get('SELECT * FROM reservations WHERE id = ?', [atSierra.id])).toEqual(before);
  });

  it('fields of odd types and sizes are a 400 naming the field, never a 5xx, never a change', async () => {
    const r = await book({ arrival: day(60) });
    const row = () => t.db.get('SELECT * FROM reservations WHERE id = ?', [r.id]);
    const before = await row();
    const odd: Record<string, unknown>[] = [
      { nights: 1e9 },
      { nights: '1e1' },
      { nights: [3] },
      { nights: { $gt: 1 } },
      { nights: -1 },
      { nights: 2.5 },
      { rooms: 0 },
      { rooms: '0x2' },
      { arrival: addDaysIso(today, 5000) },
      { arrival: '12/25/2026' },
      { arrival: `${day(62)}T00:00:00Z` },
      { arrival: '+02026-12-25' },
      { arrival: [day(62)] },
      { guestName: 'A'.repeat(10_000) },
      { guestName: 'Ana\u0000Torres' },
      { guestName: ['Ana', 'Torres'] },
      { guestName: { first: 'Ana' } },
      { payment: ['cash', 'credit'] },
      { phone: ['+12125550101', '+12125550102'] },
      { phone: '+1 212 555 0101'.repeat(50) },
      { phone: '+19005550100' },
      { requests: { crib: true } },
      { roomType: ['STD', 'DQ'] },
      { roomType: 'std\u0000' },
      { ['__proto__']: { nights: 3 } },
      { constructor: 'x' },
    ];
    for (const body of odd) {
      const res = await request(t.baseUrl).post(`/api/reservations/${r.id}/change`).set('Authorization', `Bearer ${group}`).set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect(await row()).toEqual(before);
  });

  it('a captured change replayed, or a change and its undo raced, texts the guest nothing more and leaves one stay', async () => {
    const r = await book({ arrival: day(80), nights: 2, phone: '(212) 555-0177' });
    await sendAll();
    const first = await change(r.id, { nights: 3 });
    expect(first.status).toBe(200);
    await sendAll();
    for (let i = 0; i < 5; i++) expect((await change(r.id, { nights: 3 })).body).toMatchObject({ error: 'nothing_to_change' });
    expect(await textsTo('+12125550177')).toBe(2);

    const raced = await Promise.all([change(r.id, { nights: 4 }), request(t.baseUrl).post(`/api/reservations/${r.id}/undo`).set('Authorization', `Bearer ${group}`)]);
    expect(raced.every((x) => x.status < 500)).toBe(true);
    const now = (await t.db.get<{ nights: number }>('SELECT nights FROM reservations WHERE id = ?', [r.id]))!;
    const nights = await t.db.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ?', [r.id]);
    expect(nights).toHaveLength(Number(now.nights));
  });

  it('two changes in a row, the second undone: the guest is texted the details now back, never left with the first ones', async () => {
    const r = await book({ arrival: day(100), nights: 2, phone: '(212) 555-0166' });
    await sendAll();
    expect((await change(r.id, { nights: 3 })).status).toBe(200);
    expect((await change(r.id, { nights: 4 })).status).toBe(200);
    const undone = await request(t.baseUrl).post(`/api/reservations/${r.id}/undo`).set('Authorization', `Bearer ${group}`);
    expect(undone.body).toMatchObject({ undone: 'changed', nights: 3 });
    // The 3 nights' text was withdrawn for the 4 nights', which the undo withdrew: 2 nights was all the guest had.
    const pending = await t.db.all<{ body: string }>("SELECT body FROM outbox WHERE reservation_id = ? AND status = 'unsent'", [r.id]);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.body).toContain('3 nights');
  });

  it('every change is audited with who, how and what changed', async () => {
    const r = await book({ arrival: day(90) });
    expect((await change(r.id, { rooms: 2, phone: '(212) 555-0199' }, mirOnly)).status).toBe(200);
    const audit = (await t.db.get<{ detail_json: string; via: string; actor_id: number | null; actor: string | null }>(
      "SELECT * FROM audit_log WHERE action = 'reservation.change' AND target = ?",
      [`reservation:${r.id}`],
    ))!;
    expect(audit.via).toBe('api');
    expect(JSON.stringify(audit)).toContain('mirdesk');
    const detail = JSON.parse(audit.detail_json);
    expect(detail.changed).toEqual(expect.arrayContaining(['rooms', 'callbackNumber']));
    // The guest's number is not in the audit log (retention cannot erase it there).
    expect(audit.detail_json).not.toContain('555-0199');
    expect(audit.detail_json).not.toContain('5550199');
  });
});
