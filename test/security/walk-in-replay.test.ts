// Round 32 (round 31's leftover): a walk-in posted twice — a double click on Book, a retry after a
// timeout, a captured request replayed — booked the guest twice. The same account's same walk-in
// within two minutes is now that booking again (src/staff/repeated-walk-in.ts): the API answers
// 200 with it, the page goes to it, nothing more is booked or texted. Real HTTP through the express
// app on a fresh SQLite file, the demo group, an API token and a session logged in through the form.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { REPEATED_WALK_IN_MS } from '../../src/staff/repeated-walk-in.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { login } from '../staff/staff-helpers.ts';
import { groupTokens, postWalkIn } from './group-tokens.ts';

const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;

describe('a walk-in posted twice', () => {
  let t: TestApp;
  let group: string;
  let mirOnly: string;

  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { STAFF_COOKIE_SECURE: 'false' } });
    ({ group, mirOnly } = await groupTokens(t));
  });
  afterAll(() => t.close());

  const walkIn = (over: Record<string, unknown>, token = group) => postWalkIn(t, token, { guestName: 'Walter Twice', ...over });
  const bookingsOf = async (name: string) => {
    const rows = await t.db.all<{ id: number }>('SELECT id FROM reservations WHERE guest_name = ?', [name]);
    const texts = await t.db.get<{ n: number }>("SELECT count(*) AS n FROM outbox o JOIN reservations r ON r.id = o.reservation_id WHERE r.guest_name = ? AND o.kind = 'booking_confirmed'", [name]);
    return { reservations: rows.length, texts: Number(texts!.n) };
  };

  it('the same body twice, one after the other or both at once, is one booking: the second answer is the first booking', async () => {
    const first = await walkIn({ guestName: 'Ada Again' });
    expect(first.status).toBe(201);
    const again = await walkIn({ guestName: 'Ada Again' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, confirmation: first.body.confirmation, status: 'arrived' });
    expect(await bookingsOf('Ada Again')).toEqual({ reservations: 1, texts: 1 });

    const both = await Promise.all([walkIn({ guestName: 'Bo Clicks' }), walkIn({ guestName: 'Bo Clicks' })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(new Set(both.map((r) => r.body.id as number)).size).toBe(1);
    expect(await bookingsOf('Bo Clicks')).toEqual({ reservations: 1, texts: 1 });
  });

  it('a double click on the page’s Book is one booking, and both land on it', async () => {
    await new Accounts(t.db).add('walker', 'walker-password-1', 'staff', t.clock.now());
    const clerk = await login(t, { username: 'walker', password: 'walker-password-1' });
    const form = await clerk.agent.get('/staff/reservations/new').expect(200);
    const fields = { _csrf: csrfOf(form.text), hotel: 'MIR', nights: '1', roomType: 'STD', rooms: '1', guestName: 'Cy Double', payment: 'cash', phone: '(212) 555-0164', language: 'en-US', walkIn: 'yes' };
    const [one, two] = await Promise.all([0, 1].map(() => clerk.agent.post('/staff/reservations/new').type('form').send(fields)));
    expect([one!.status, two!.status]).toEqual([303, 303]);
    expect(one!.headers.location).toBe(two!.headers.location);
    expect(await bookingsOf('Cy Double')).toEqual({ reservations: 1, texts: 1 });
  });

  it('another guest, another number, another account or two minutes later is another booking', async () => {
    expect((await walkIn({ guestName: 'Di Other' })).status).toBe(201);
    expect((await walkIn({ guestName: 'Di Other', phone: '(212) 555-0165' })).status).toBe(201);
    expect((await walkIn({ guestName: 'Di Other', nights: 2 })).status).toBe(201);
    expect((await walkIn({ guestName: 'Di Other' }, mirOnly)).status).toBe(201);
    const at = t.clock.now();
    t.clock.set(new Date(at.getTime() + REPEATED_WALK_IN_MS + 1_000).toISOString());
    try {
      expect((await walkIn({ guestName: 'Di Other' })).status).toBe(201);
    } finally {
      t.clock.set(at.toISOString());
    }
    expect((await bookingsOf('Di Other')).reservations).toBe(5);
  });

  it('a booking for another day posted twice is two bookings, as before (only a walk-in is the same guest at the desk)', async () => {
    const ahead = { walkIn: undefined, arrival: addDaysIso(new HotelClock('America/New_York').today(t.clock.now()), 3), guestName: 'Ed Later' };
    expect((await walkIn(ahead)).status).toBe(201);
    expect((await walkIn(ahead)).status).toBe(201);
    expect((await bookingsOf('Ed Later')).reservations).toBe(2);
  });
});
