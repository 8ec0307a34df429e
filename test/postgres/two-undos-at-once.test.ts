// Round 31 on PostgreSQL: two clerks press Undo on the same reservation at once, on two instances
// (a cancel, a change, an arrival, each undone twice). The first takes the action back; the second
// must get a 4xx that says why (nothing left to undo), never a 5xx, and must not take back an
// earlier action the clerk never saw. The order is made, not timed: a third connection holds the
// reservation's row until both undos wait for it.

import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { Db } from '../../src/storage/sql.ts';
import { testClock } from '../helpers/app.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

describe('two undos of one reservation at once, two instances on PostgreSQL', () => {
  const clock = testClock();
  let two: TwoInstances;
  let db: Db;
  let url: URL;
  beforeAll(async () => {
    two = await twoInstances(clock, { username: 'nora', password: 'nora-password-12' });
    db = two.dbs[0]!;
    url = new URL(inject('postgresUrl'));
    url.pathname = `/${(await db.get<{ d: string }>('SELECT current_database() AS d'))!.d}`;
  }, 120_000);
  afterAll(() => two?.close());

  const api = (i: number, path: string, body?: object) => request(two.baseUrls[i]!).post(path).set('Authorization', `Bearer ${two.token}`).send(body ?? {});
  const today = () => new HotelClock('America/New_York').today(clock.now());

  /** Both undos sent while a third connection holds the row, released once both wait for it. */
  async function undoTwiceAtOnce(id: number) {
    const holder = new pg.Client({ connectionString: url.toString() });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM reservations WHERE id = $1 FOR UPDATE', [id]);
    const first = api(0, `/api/reservations/${id}/undo`).then((r) => r);
    const second = api(1, `/api/reservations/${id}/undo`).then((r) => r);
    for (;;) {
      const { rows } = await holder.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      if (Number(rows[0].n) >= 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await holder.query('COMMIT');
    await holder.end();
    return (await Promise.all([first, second])).sort((a, b) => a.status - b.status);
  }

  const book = async (arrival: string) => {
    const made = await api(0, '/api/reservations', { arrival, nights: 2, roomType: 'STD', rooms: 1, guestName: 'Rosa Vidal', payment: 'cash', phone: '+1 212 555 0191' });
    expect(made.status).toBe(201);
    return made.body.id as number;
  };

  it('a cancel undone twice: one 200, the other a 409 naming nothing to undo; booked once', async () => {
    const id = await book(addDaysIso(today(), 21));
    expect((await api(0, `/api/reservations/${id}/cancel`)).status).toBe(200);
    const [ok, refused] = await undoTwiceAtOnce(id);
    expect(ok.status).toBe(200);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'not_undoable' });
    expect(String(refused.body.message)).toMatch(/undo|no longer/);
    expect((await db.get<{ status: string }>('SELECT status FROM reservations WHERE id = ?', [id]))!.status).toBe('booked');
  });

  it('the second of two changes undone twice at once: only the last change is taken back', async () => {
    const id = await book(addDaysIso(today(), 22));
    expect((await api(0, `/api/reservations/${id}/change`, { nights: 3 })).status).toBe(200);
    expect((await api(0, `/api/reservations/${id}/change`, { nights: 4 })).status).toBe(200);
    const [ok, second] = await undoTwiceAtOnce(id);
    expect(ok.status).toBe(200);
    // The second clerk saw the change to 4 nights: the change before it (2 → 3) is not theirs to take back.
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: 'not_undoable' });
    expect(Number((await db.get<{ nights: number }>('SELECT nights FROM reservations WHERE id = ?', [id]))!.nights)).toBe(3);
  });

  it('an arrival undone twice at once: one 200, the other a 4xx with a reason', async () => {
    const id = await book(today());
    expect((await api(0, `/api/reservations/${id}/arrived`)).status).toBe(200);
    const [ok, refused] = await undoTwiceAtOnce(id);
    expect(ok.status).toBe(200);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'not_undoable' });
  });
});
