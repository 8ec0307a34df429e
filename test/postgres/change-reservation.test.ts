// The front desk changes reservations on PostgreSQL, from two instances (two apps, two connection
// pools) over one database: two changes racing onto the last room, and a change racing the phone
// line's booking (Inventory.book, as a call books) for it — never more rooms than the type has,
// and a change that loses changes nothing. A query only SQLite understands fails here.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { Db } from '../../src/storage/sql.ts';
import { testClock } from '../helpers/app.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

const CLERK = { username: 'dana', password: 'dana-password-12' };

describe('the front desk changes reservations on PostgreSQL, from two instances', () => {
  const clock = testClock();
  let two: TwoInstances;
  let dbs: Db[] = [];
  let baseUrls: string[] = [];
  let token = '';
  let today = '';
  const day = (n: number) => addDaysIso(today, n);

  beforeAll(async () => {
    two = await twoInstances(clock, CLERK);
    ({ dbs, baseUrls, token } = two);
    today = new HotelClock('America/New_York').today(clock.now());
  }, 120_000);
  afterAll(() => two?.close());

  let phone = 100;
  const book = async (i: number, over: Record<string, string | number>) => {
    const made = await request(baseUrls[i]!)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ nights: 1, roomType: 'OCEAN', rooms: 1, guestName: 'Marta Gil', payment: 'credit_card', phone: `+1 212 555 0${++phone}`, ...over });
    expect(made.status).toBe(201);
    return made.body as { id: number; confirmation: string };
  };
  const change = (i: number, id: number, body: object) => request(baseUrls[i]!).post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send(body);
  const oceanSold = async (night: string) =>
    Number(
      (await dbs[0]!.get<{ n: number | string | null }>(
        "SELECT sum(n.rooms) AS n FROM reservation_nights n JOIN room_types t ON t.id = n.room_type_id JOIN reservations r ON r.id = n.reservation_id WHERE t.code = 'OCEAN' AND n.night = ? AND r.status = 'booked'",
        [night],
      ))?.n ?? 0,
    );

  it('moves a stay one night later in a hotel full but for it, in one transaction: same number, new nights, new hold, one text', async () => {
    const ours = await book(0, { arrival: day(5), nights: 3 });
    await book(1, { arrival: day(5), nights: 4 });
    const moved = await change(1, ours.id, { arrival: day(6) });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ confirmation: ours.confirmation, arrival: day(6), departure: day(9), status: 'booked' });
    expect(moved.body.holdUntil).toBe(holdDeadline(day(6), '18:00', 'America/New_York'));
    const nights = await dbs[0]!.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ? ORDER BY night', [ours.id]);
    expect(nights.map((n) => n.night)).toEqual([day(6), day(7), day(8)]);
    const texts = await dbs[0]!.all<{ kind: string }>('SELECT kind FROM outbox WHERE reservation_id = ? ORDER BY id', [ours.id]);
    expect(texts.map((x) => x.kind)).toEqual(['booking_confirmed', 'booking_changed']);
    // Night 5 has the other guest's suite only now; nights 6–8 both.
    expect(await Promise.all([5, 6, 7, 8].map((n) => oceanSold(day(n))))).toEqual([1, 2, 2, 2]);
  });

  it('never overbooks: two changes onto the last suite, and a change against the phone line booking it, on two instances', async () => {
    const [hotel] = await dbs[0]!.all<{ id: number }>('SELECT id FROM hotels');
    const ocean = (await dbs[0]!.get<{ id: number }>("SELECT id FROM room_types WHERE code = 'OCEAN' AND hotel_id = ?", [hotel!.id]))!;
    let seq = 0;
    for (let round = 0; round < 4; round++) {
      const night = day(20 + round * 3);
      // One of the two suites is taken on `night`; two reservations of the nights around it race onto it.
      await book(0, { arrival: night });
      const a = await book(0, { arrival: addDaysIso(night, -1) });
      const b = await book(1, { arrival: addDaysIso(night, 1) });
      const raced = await Promise.all([change(0, a.id, { arrival: night }), change(1, b.id, { arrival: night })]);
      expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await oceanSold(night)).toBe(2);
      const loser = raced[0]!.status === 409 ? a : b;
      // The change that lost changed nothing: its night is the one it had.
      const kept = await dbs[0]!.all<{ night: string }>('SELECT night FROM reservation_nights WHERE reservation_id = ?', [loser.id]);
      expect(kept.map((k) => k.night)).toEqual([loser === a ? addDaysIso(night, -1) : addDaysIso(night, 1)]);

      // The winner moves back off; the last suite of `night` is raced by a change and by a phone booking.
      const winner = loser === a ? b : a;
      expect((await change(0, winner.id, { arrival: addDaysIso(night, 2) })).status).toBe(200);
      const now = clock.now();
      const [changed, booked] = await Promise.all([
        change(round % 2, loser.id, { arrival: night }),
        dbs[(round + 1) % 2]!.transaction((tx) =>
          new Inventory(tx).book({
            callSid: `CA${'0'.repeat(31)}${round}`,
            hotelId: hotel!.id,
            roomTypeId: ocean.id,
            arrival: night,
            nights: 1,
            rooms: 1,
            rate: 420,
            currency: 'USD',
            guestName: 'Caller',
            nameRecordingUrl: null,
            paymentMethod: 'cash',
            callbackNumber: '+13055550123',
            locale: 'en-US',
            holdUntil: holdDeadline(night, '18:00', 'America/New_York'),
            now,
            newConfirmation: () => String(60_000_000 + round * 10 + ++seq),
          }),
        ),
      ]);
      expect([changed.status === 200, booked.ok].filter(Boolean)).toHaveLength(1);
      expect(await oceanSold(night)).toBe(2);
    }
  });
});
