// A guest in house asks for one more night while a phone booking takes the last Ocean Suite for
// that night, on PostgreSQL, the clerk on one instance and the booking on another connection pool.
// The order is made, not timed: a third connection holds the room type's row until both wait for it.
// Whichever goes first gets the suite; the other is refused; the hotel is never overbooked.

import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Inventory } from '../../src/inventory/inventory.ts';
import type { Db } from '../../src/storage/sql.ts';
import { testClock } from '../helpers/app.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

describe('one more night against a phone booking of the last room, on PostgreSQL', () => {
  // Saturday Nov 28 2026, 10:00 in New York.
  const clock = testClock();
  let two: TwoInstances;
  let db: Db;
  let ocean = 0;
  let hotelId = 0;
  let n = 0;
  beforeAll(async () => {
    two = await twoInstances(clock, { username: 'nadia', password: 'nadia-password-12' });
    db = two.dbs[0]!;
    const type = (await db.get<{ id: number; hotel_id: number }>("SELECT id, hotel_id FROM room_types WHERE code = 'OCEAN'"))!;
    ocean = Number(type.id);
    hotelId = Number(type.hotel_id);
  }, 120_000);
  afterAll(() => two?.close());

  const api = (i: number, path: string, body: object) => request(two.baseUrls[i]!).post(path).set('Authorization', `Bearer ${two.token}`).send(body);
  /** The phone line's own booking (Inventory.book, as a call's confirmation makes it), on instance 0's pool. */
  const phoneBooking = (arrival: string) =>
    new Inventory(db).book({
      callSid: `CA${String(++n).padStart(32, 'f')}`,
      hotelId,
      roomTypeId: ocean,
      arrival,
      nights: 1,
      rooms: 1,
      rate: 420,
      currency: 'USD',
      guestName: 'Phone Guest',
      nameRecordingUrl: null,
      paymentMethod: 'cash',
      callbackNumber: '+12125550177',
      locale: 'en-US',
      holdUntil: '2026-12-31T23:00:00.000Z',
      now: clock.now(),
      newConfirmation: () => String(70_000_000 + n),
    });
  const oceanOn = async (night: string) => Number((await db.get<{ n: number }>('SELECT coalesce(sum(rooms), 0) AS n FROM reservation_nights WHERE room_type_id = ? AND night = ?', [ocean, night]))!.n);

  /** Runs `first` then `second`, each made to wait on the Ocean Suites' row, in that order. */
  const inOrder = async <A, B>(first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${(await db.get<{ d: string }>('SELECT current_database() AS d'))!.d}`;
    const holder = new pg.Client({ connectionString: url.toString() });
    await holder.connect();
    const waiting = async (k: number) => {
      for (;;) {
        const { rows } = await holder.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        if (Number(rows[0].n) >= k) return;
        await new Promise((done) => setTimeout(done, 20));
      }
    };
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM room_types WHERE id = $1 FOR UPDATE', [ocean]);
    const a = first();
    await waiting(1);
    const b = second();
    await waiting(2);
    await holder.query('COMMIT');
    await holder.end();
    return [await a, await b];
  };

  it('the clerk first: the guest stays the night, the phone booking finds no suite', async () => {
    const guest = await api(0, '/api/reservations', { nights: 2, roomType: 'OCEAN', rooms: 1, guestName: 'Ana Díaz', payment: 'cash', phone: '+1 212 555 0101', walkIn: true });
    expect(guest.body).toMatchObject({ status: 'arrived', departure: '2026-11-30' });
    // The other suite is taken on Nov 30: one left that night.
    expect((await api(0, '/api/reservations', { arrival: '2026-11-30', nights: 1, roomType: 'OCEAN', rooms: 1, guestName: 'Ben Ruiz', payment: 'cash', phone: '+1 212 555 0102' })).status).toBe(201);

    const [extended, booked] = await inOrder(
      () => api(1, `/api/reservations/${guest.body.id}/change`, { nights: 3 }).then((r) => r),
      () => phoneBooking('2026-11-30'),
    );
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ nights: 3, departure: '2026-12-01', status: 'arrived' });
    expect(booked.ok).toBe(false);
    expect(await oceanOn('2026-11-30')).toBe(2);
  });

  it('the phone booking first: the suite is the caller’s, and one more night is refused with what is free', async () => {
    const guest = await api(0, '/api/reservations', { nights: 1, roomType: 'OCEAN', rooms: 1, guestName: 'Carla Vega', payment: 'cash', phone: '+1 212 555 0103', walkIn: true });
    // Nov 28 is now full (Ana and Carla); Nov 29: Ana alone, one suite left.
    expect(guest.body).toMatchObject({ status: 'arrived', departure: '2026-11-29' });
    const [booked, extended] = await inOrder(
      () => phoneBooking('2026-11-29'),
      () => api(1, `/api/reservations/${guest.body.id}/change`, { nights: 2 }).then((r) => r),
    );
    expect(booked.ok).toBe(true);
    expect(extended.status).toBe(409);
    expect(extended.body).toMatchObject({ error: 'no_rooms' });
    expect(extended.body.free).toContainEqual(expect.objectContaining({ roomType: 'OCEAN', free: 0 }));
    expect(await oceanOn('2026-11-29')).toBe(2);
    const row = (await db.get<{ nights: number }>('SELECT nights FROM reservations WHERE id = ?', [guest.body.id]))!;
    expect(Number(row.nights)).toBe(1);
  });
});
