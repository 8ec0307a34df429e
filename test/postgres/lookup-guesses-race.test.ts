// Round 33: after WRONG_NAMES_PER_RESERVATION wrong last names for one reservation in a day, from
// any numbers, no name opens it (src/calls/lookup-guesses.ts) — also when the guesses arrive at the
// same moment on two instances. Counted, then written: two calls at once both read the count
// before either wrote its miss, so a guesser with many calls placed at once had as many guesses
// past the limit as calls in flight. Signed calls through two instances on one PostgreSQL database;
// the order is made, not timed: a trigger on this test's own database makes a miss's INSERT wait on
// an advisory lock a third connection holds.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WRONG_NAMES_PER_RESERVATION } from '../../src/calls/lookup-guesses.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { lastPrompts } from '../helpers/timeline.ts';
import { insertGate } from './insert-gate.ts';
import type { InsertGate } from './insert-gate.ts';
import { twoInstances } from './two-instances.ts';
import type { TwoInstances } from './two-instances.ts';

const GUEST = '+12125550111';

describe('wrong last names for one reservation, guessed at the same moment on two instances (PostgreSQL)', () => {
  const clock = testClock();
  let two: TwoInstances;
  let gate: InsertGate;

  beforeAll(async () => {
    two = await twoInstances(clock, { username: 'nadia', password: 'nadia-password-12' });
    gate = await insertGate(two.dbs[0]!, inject('postgresUrl'), 'reservation_lookup_misses', 330034);
  }, 120_000);
  afterAll(async () => {
    await gate?.end();
    await two?.close();
  });

  const call = (i: number, from: string) => new CallSession({ baseUrl: two.baseUrls[i]!, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER });

  it('the right name sent while the last allowed wrong one is being counted does not open the reservation', async () => {
    await bookByKeys(call(0, GUEST), { roomType: '1', rooms: '1', name: 'Ana Torres' });
    const booked = (await two.dbs[0]!.get<{ id: number; confirmation: string; hotel_id: number }>('SELECT id, confirmation, hotel_id FROM reservations'))!;
    // Earlier calls from other phones spent all but one of the day's wrong names.
    for (let i = 0; i < WRONG_NAMES_PER_RESERVATION - 1; i++) {
      await two.dbs[0]!.run('INSERT INTO reservation_lookup_misses (hotel_id, number, at, reservation_id) VALUES (?, ?, ?, ?)', [booked.hotel_id, `+1312555010${i}`, clock.now().toISOString(), booked.id]);
    }
    // Two guessers from two more phones, each at the last-name question of that confirmation number.
    const [wrong, right] = [call(0, '+13125550188'), call(1, '+13125550199')];
    for (const guesser of [wrong, right]) {
      await guesser.start();
      await guesser.press('2');
      await guesser.press(`${booked.confirmation}#`);
    }

    await gate.close();
    const wrongTurn = wrong.say('Smith', 0.9);
    await gate.waitingOnLocks(1); // the fifth wrong name compared, its miss waiting to be written
    const rightTurn = right.say('Torres', 0.9);
    // Before the mend the right name was compared at once (the count read 4) and opened it.
    await Promise.race([rightTurn, gate.waitingOnLocks(2)]);
    await gate.open();
    await Promise.all([wrongTurn, rightTurn]);

    expect(await lastPrompts(two.dbs[0]!, right.callSid)).not.toContain('ask.existingReservation');
    const counted = Number((await two.dbs[0]!.get<{ n: number }>('SELECT count(*) AS n FROM reservation_lookup_misses WHERE reservation_id = ?', [booked.id]))!.n);
    expect(counted).toBeGreaterThanOrEqual(WRONG_NAMES_PER_RESERVATION);
  });
});
