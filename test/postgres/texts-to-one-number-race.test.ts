// Round 33: at most RECIPIENT_TEXT_LIMIT reservation texts go to one number in a day
// (src/messaging/outbox.ts) — also when two bookings to that number are written at the same moment
// on two instances. Counted, then written: both read 4 and both wrote, 6 texts to a number that
// has had its 5 (whoever names a stranger's number, or a costly one, as the callback number of
// bookings placed at once). The console's API on two instances over one PostgreSQL database; the
// order is made, not timed: a trigger on this test's own database makes a text's INSERT wait on an
// advisory lock a third connection holds.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RECIPIENT_TEXT_LIMIT } from '../../src/messaging/outbox.ts';
import { testClock } from '../helpers/app.ts';
import { insertGate } from './insert-gate.ts';
import type { InsertGate } from './insert-gate.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

const NUMBER = '+12125550191';

describe('two bookings texting one number at the same moment, on two instances (PostgreSQL)', () => {
  const clock = testClock();
  let two: TwoInstances;
  let gate: InsertGate;

  beforeAll(async () => {
    two = await twoInstances(clock, { username: 'nadia', password: 'nadia-password-12' });
    gate = await insertGate(two.dbs[0]!, inject('postgresUrl'), 'outbox', 330035);
  }, 120_000);
  afterAll(async () => {
    await gate?.end();
    await two?.close();
  });

  const book = (i: number, roomType: string, guestName: string) =>
    request(two.baseUrls[i]!).post('/api/reservations').set('Authorization', `Bearer ${two.token}`).send({ arrival: '2026-12-04', nights: 1, roomType, rooms: 1, guestName, payment: 'cash', phone: NUMBER });
  const textsTo = async () => Number((await two.dbs[0]!.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE to_number = ? AND status NOT IN ('failed', 'suppressed')", [NUMBER]))!.n);

  it(`the number gets its ${RECIPIENT_TEXT_LIMIT} texts and no more; the other booking stands, its text refused with why`, async () => {
    for (let i = 1; i < RECIPIENT_TEXT_LIMIT; i++) expect((await book(0, 'STD', `Guest Number${i}`)).status).toBe(201);
    expect(await textsTo()).toBe(RECIPIENT_TEXT_LIMIT - 1);

    await gate.close();
    // Two room types: no room type's row for the second booking to wait on.
    // A supertest request is sent when it is awaited: then() sends it now.
    const first = book(0, 'DQ', 'Guest Five').then((r) => r);
    await gate.waitingOnLocks(1);
    const second = book(1, 'DLX', 'Guest Six').then((r) => r);
    await gate.waitingOnLocks(2);
    await gate.open();
    const made = await Promise.all([first, second]);
    expect(made.map((r) => r.status)).toEqual([201, 201]);

    expect(await textsTo()).toBe(RECIPIENT_TEXT_LIMIT);
    const refused = await two.dbs[0]!.all<{ last_error: string }>("SELECT last_error FROM outbox WHERE to_number = ? AND status = 'failed'", [NUMBER]);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.last_error).toContain(`${RECIPIENT_TEXT_LIMIT} texts about reservations already went to this number`);
  });
});
