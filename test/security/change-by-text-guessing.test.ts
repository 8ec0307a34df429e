// Round 32: the change by text ("I need to add a night, my confirmation is 7331 0042") opens the
// reservation as the lookup of an existing reservation does, so a guesser texting confirmation
// numbers from many numbers, each conversation a change, is counted as every other guesser is
// (src/calls/lookup-guesses.ts): past the property's limit, even the right number and last name
// from another phone open nothing. Real HTTP through the express app, signed texts, a fixed clock.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSES_PER_PROPERTY } from '../../src/calls/lookup-guesses.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

const GUEST = '+12125550111';
const CONFIRMATION = '73310042';

describe('guessing a reservation open with the change by text', () => {
  let t: TestApp;
  beforeEach(async () => {
    const numbers = [CONFIRMATION];
    t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '1', name: 'Ana Torres' });
  });
  afterEach(async () => t.close());

  const misses = async () => Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservation_lookup_misses'))!.n);

  it('counts every wrong confirmation number texted with a change, from ever-changing numbers, and stops at the property’s limit', async () => {
    let wrong = 10_000_000;
    let n = 0;
    const replies: string[] = [];
    while ((await misses()) < MISSES_PER_PROPERTY && n < 3 * MISSES_PER_PROPERTY) {
      const guesser = textingGuest(t.baseUrl, `+1646555${String(1000 + n++)}`);
      const before = await misses();
      replies.push((await guesser.send(`I need to add a night, my confirmation is ${wrong++}`)).text);
      replies.push((await guesser.send('Smith')).text);
      // Each conversation's guess is a miss, counted.
      expect(await misses(), replies.slice(-2).join(' | ')).toBeGreaterThan(before);
    }
    expect(await misses()).toBeGreaterThanOrEqual(MISSES_PER_PROPERTY);
    // Past the limit, the right number and last name from another phone: the same answer as a wrong one.
    const right = textingGuest(t.baseUrl, '+14155550177');
    await right.send(`I need to add a night, my confirmation is ${CONFIRMATION}`);
    expect((await right.send('Torres')).text).toBe(replies[1]);
    // An hour later, the same texts open it and read the change back (the control: the limit, not the words, stopped it).
    t.clock.advance(61 * 60_000);
    const later = textingGuest(t.baseUrl, '+14155550178');
    await later.send(`I need to add a night, my confirmation is ${CONFIRMATION}`);
    expect((await later.send('Torres')).text).toMatch(/3 nights.*To make this change, reply 1/);
    expect((await reservations(t.db))[0]).toMatchObject({ status: 'booked' });
  });
});
