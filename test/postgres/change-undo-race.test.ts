// Round 30 on PostgreSQL: a clerk's Change and another's Undo of the same reservation at once, on
// two instances. Undo read the change to take back (its audit entry) before it locked the
// reservation, so a change committed meanwhile was taken back with the earlier one, on the earlier
// one's figures: the reservation went back two changes while the second change's text, telling the
// guest the figures just undone, stayed to be sent. Undo now locks the reservation first. The order
// is made, not timed: a third connection holds the reservation's row until both wait for it.

import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { Db } from '../../src/storage/sql.ts';
import { testClock } from '../helpers/app.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

const CLERK = { username: 'erin', password: 'erin-password-12' };

describe('a change and an undo of one reservation at once, two instances on PostgreSQL', () => {
  const clock = testClock();
  let two: TwoInstances;
  let db: Db;
  beforeAll(async () => {
    two = await twoInstances(clock, CLERK);
    db = two.dbs[0]!;
  }, 120_000);
  afterAll(() => two?.close());

  const api = (i: number, path: string, body?: object) => request(two.baseUrls[i]!).post(path).set('Authorization', `Bearer ${two.token}`).send(body ?? {});
  /** Until `n` sessions of the database wait for a lock (polled on `client`; nothing is timed). */
  const waiting = async (client: pg.Client, n: number) => {
    for (;;) {
      const { rows } = await client.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      if (Number(rows[0].n) >= n) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('the undo takes back the change that came first, on its own figures, and leaves no text of figures undone', async () => {
    const today = new HotelClock('America/New_York').today(clock.now());
    const made = await api(0, '/api/reservations', { arrival: addDaysIso(today, 20), nights: 2, roomType: 'STD', rooms: 1, guestName: 'Marta Gil', payment: 'cash', phone: '+1 212 555 0190' });
    expect(made.status).toBe(201);
    const id = made.body.id as number;
    expect((await api(0, `/api/reservations/${id}/change`, { nights: 3 })).status).toBe(200);

    // Outside both instances (an instance runs its own transactions one at a time).
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${(await db.get<{ d: string }>('SELECT current_database() AS d'))!.d}`;
    const holder = new pg.Client({ connectionString: url.toString() });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM reservations WHERE id = $1 FOR UPDATE', [id]);
    const watcher = new pg.Client({ connectionString: url.toString() });
    await watcher.connect();
    // supertest sends on then(): sent now.
    const changed = api(0, `/api/reservations/${id}/change`, { nights: 4 }).then((r) => r);
    await waiting(watcher, 1);
    const undone = api(1, `/api/reservations/${id}/undo`).then((r) => r);
    await waiting(watcher, 2);
    await holder.query('COMMIT');
    await holder.end();
    await watcher.end();
    const [c, u] = await Promise.all([changed, undone]);
    expect(c.status).toBe(200);
    expect(u.status).toBe(200);

    // The later change (3 → 4 nights) is the one taken back: 3 nights, and its text withdrawn.
    const r = (await db.get<{ nights: number }>('SELECT nights FROM reservations WHERE id = ?', [id]))!;
    expect(Number(r.nights)).toBe(3);
    expect(u.body.nights).toBe(3);
    const pending = await db.all<{ body: string }>("SELECT body FROM outbox WHERE reservation_id = ? AND kind = 'booking_changed' AND status IN ('unsent', 'queued')", [id]);
    for (const text of pending) expect(text.body).toContain('3 nights');
  });
});
