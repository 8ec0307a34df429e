// Round 32's console mends on PostgreSQL (a query only SQLite understands fails here): a walk-in
// posted twice is one booking (src/staff/repeated-walk-in.ts), and the console's texts have at most
// half of SMS_DAILY_LIMIT (src/sms/text-destinations.ts), read from the audit log's outboxId.
// Real HTTP through the app over the suite's own server; the suite's fixed clock.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { textRefusal } from '../../src/sms/text-destinations.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';

describe('round 32 on PostgreSQL: repeated walk-ins, the console’s share of the texts', () => {
  const clock = testClock();
  let app: PostgresApp;
  let token = '';
  let today = '';

  beforeAll(async () => {
    app = await startAppOnPostgres(clock);
    token = await deskToken(app.db, clock);
    today = new HotelClock('America/New_York').today(clock.now());
  }, 120_000);
  afterAll(async () => app?.close());

  const api = (path: string, body: object) => request(app.baseUrl).post(path).set('Authorization', `Bearer ${token}`).send(body);

  it('a walk-in posted twice, one after the other or at once, is one booking', async () => {
    const body = { nights: 1, roomType: 'STD', rooms: 1, guestName: 'Pia Twice', payment: 'cash', phone: '(212) 555-0171', walkIn: 'yes' };
    const first = await api('/api/reservations', body);
    expect(first.status).toBe(201);
    const again = await api('/api/reservations', body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const both = await Promise.all([0, 1].map(() => api('/api/reservations', { ...body, guestName: 'Quin Twice' })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    const made = await app.db.get<{ n: number }>("SELECT count(*) AS n FROM reservations WHERE guest_name IN ('Pia Twice', 'Quin Twice')");
    expect(Number(made!.n)).toBe(2);
  });

  it('refuses a console text past half the day’s texts, and not a text of the phone line', async () => {
    for (let i = 0; i < 2; i++) {
      const made = await api('/api/reservations', { arrival: addDaysIso(today, 20 + i), nights: 1, roomType: 'STD', rooms: 1, guestName: 'Ray Share', payment: 'cash', phone: `+1212555${String(310 + i).padStart(4, '0')}` });
      expect(made.status).toBe(201);
    }
    const texts = await app.db.all<{ id: number; to_number: string }>("SELECT o.id, o.to_number FROM outbox o JOIN reservations r ON r.id = o.reservation_id WHERE r.guest_name = 'Ray Share' ORDER BY o.id");
    expect(texts).toHaveLength(2);
    // The first went out; with SMS_DAILY_LIMIT 3, the console's share is 1 (half, rounded down).
    await app.db.run("UPDATE outbox SET status = 'sent' WHERE id = ?", [texts[0]!.id]);
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, SMS_DAILY_LIMIT: '3', SMS_COUNTRIES: '*' });
    const second = { id: Number(texts[1]!.id), to: texts[1]!.to_number, from: null, kind: 'booking_confirmed' };
    expect(await textRefusal(app.db, config, second, clock.now())).toMatch(/^not sent: 1 texts from the console/);
    // A text no console action wrote (the phone line's) is not counted against the console.
    expect(await textRefusal(app.db, config, { ...second, id: Number(texts[1]!.id) + 1_000 }, clock.now())).toBeNull();
  });
});
