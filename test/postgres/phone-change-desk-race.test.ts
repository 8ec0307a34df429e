// Round 31 on PostgreSQL: a guest's yes to a change by phone on one instance, and a clerk's Change
// of the same reservation on another, at once. The desk's goes first; the guest's yes was to the
// stay as it was before, so it must not be made on top of the desk's (which it would undo): the
// caller reaches the desk instead. The order is made, not timed: a third connection holds the
// reservation's row while the desk's change, then the guest's yes, wait for it.

import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { lastPrompts } from '../helpers/timeline.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

const GUEST = '+12125550144';

describe('a change by phone and a desk change of one reservation at once, two instances on PostgreSQL', () => {
  const clock = testClock();
  let two: TwoInstances;
  let db: Db;
  beforeAll(async () => {
    two = await twoInstances(clock, { username: 'omar', password: 'omar-password-12' });
    db = two.dbs[0]!;
  }, 120_000);
  afterAll(() => two?.close());

  const call = () => new CallSession({ baseUrl: two.baseUrls[0]!, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: GUEST, to: HOTEL_NUMBER });

  it('the desk’s change first: the guest’s yes to the stay before is not made on top of it', async () => {
    // Both Ocean Suites, Friday December 4, 2 nights, booked by phone.
    await bookByKeys(call(), { roomType: '1', rooms: '2' });
    const r = (await db.get<{ id: number; confirmation: string }>('SELECT id, confirmation FROM reservations'))!;
    const guest = call();
    await guest.start();
    await guest.press('2');
    await guest.press(`${r.confirmation}#`);
    await guest.press('3');
    await guest.press('2');
    await guest.press('3#');
    expect(await lastPrompts(db, guest.callSid)).toEqual(['ask.stayChangeConfirm']);

    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${(await db.get<{ d: string }>('SELECT current_database() AS d'))!.d}`;
    const holder = new pg.Client({ connectionString: url.toString() });
    await holder.connect();
    const waiting = async (n: number) => {
      for (;;) {
        const { rows } = await holder.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        if (Number(rows[0].n) >= n) return;
        await new Promise((done) => setTimeout(done, 20));
      }
    };
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM reservations WHERE id = $1 FOR UPDATE', [r.id]);
    // The desk gives one suite back (instance 1), then the guest says yes (instance 0).
    const desk = request(two.baseUrls[1]!).post(`/api/reservations/${r.id}/change`).set('Authorization', `Bearer ${two.token}`).send({ rooms: 1 }).then((x) => x);
    await waiting(1);
    const yes = guest.press('1');
    await waiting(2);
    await holder.query('COMMIT');
    await holder.end();
    expect((await desk).status).toBe(200);
    await yes;

    const row = (await db.get<{ rooms: number; nights: number }>('SELECT rooms, nights FROM reservations WHERE id = ?', [r.id]))!;
    expect({ rooms: Number(row.rooms), nights: Number(row.nights) }).toEqual({ rooms: 1, nights: 2 });
    expect(await lastPrompts(db, guest.callSid)).not.toContain('reservationChanged');
  });
});
