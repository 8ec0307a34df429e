// A confirmation number opens a reservation from its own phone, and from any other with the last
// name on it (flows/reservation-proof.ts); the last name alone opens one made from the number
// calling; a call has a few tries before the desk. Nothing stopped the next call, or
// the next text conversation, from trying three more, and caller ID is trivial to fake: an
// automated caller could key confirmation numbers, or last names for a number it knows, until one
// opened a reservation it could then hear and cancel. Lookups that found nothing are now counted
// per number and per property (src/calls/lookup-guesses.ts): past the limits, nothing is looked up.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSES_PER_NUMBER, MISSES_PER_PROPERTY } from '../../src/calls/lookup-guesses.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';

const GUEST = '+12125550111';
const CONFIRMATION = '73310042';
const FOUND = ['ask.existingReservation'];
/** What a guess past the limits hears from another phone: the same as a wrong number and name. */
const NOT_FOUND = ['notice.reservationNotMatched', 'help.confirmationNumber'];

describe('guessing a reservation open, call after call', () => {
  let t: TestApp;
  let wrong = 10_000_000;
  beforeEach(async () => {
    const numbers = [CONFIRMATION, '73310043'];
    t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    // Ana Torres's reservation, booked from her phone.
    await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '1', name: 'Ana Torres' });
  });
  afterEach(async () => t.close());

  /**
   * One call from another phone that keys wrong confirmation numbers, each with a last name, until
   * the desk takes it; then hangs up. How many guesses it made (each is a miss).
   */
  async function guessingCall(from: string): Promise<number> {
    const call = t.call({ from });
    await call.start();
    await call.press('2');
    let guesses = 0;
    for (;;) {
      await call.press(`${wrong++}#`);
      guesses++;
      const turn = await call.say('Smith', 0.9);
      if (turn.dial || turn.hungUp) break;
    }
    await call.hangup();
    return guesses;
  }

  /** The right confirmation number, with the right last name from a phone that is not the guest's. */
  async function tryConfirmation(from: string): Promise<{ call: CallSession; prompts: string[] }> {
    const call = t.call({ from });
    await call.start();
    await call.press('2');
    await call.press(`${CONFIRMATION}#`);
    if (from !== GUEST) await call.say('Torres', 0.9);
    return { call, prompts: await lastPrompts(t.db, call.callSid) };
  }

  it('looks up nothing more for a number that missed too often today, even the right number; other callers are served', async () => {
    const guesser = '+13125550188';
    for (let missed = 0; missed < MISSES_PER_NUMBER; ) missed += await guessingCall(guesser);
    const refused = await tryConfirmation(guesser);
    expect(refused.prompts).toEqual(NOT_FOUND);
    // Its guesses do not lock the guest out from her own phone.
    expect((await tryConfirmation(GUEST)).prompts).toEqual(FOUND);
    // A day later the number is heard again.
    t.clock.advance(24 * 3_600_000 + 60_000);
    expect((await tryConfirmation(guesser)).prompts).toEqual(FOUND);
  });

  it('stops a guesser who fakes the guest\'s own caller ID and tries last names', async () => {
    const names = ['Smith', 'Garcia', 'Johnson', 'Lopez', 'Brown', 'Martinez', 'Davis', 'Rodriguez', 'Miller', 'Wilson', 'Moore', 'Taylor'];
    let said = 0;
    while (said < MISSES_PER_NUMBER) {
      const call = t.call({ from: GUEST });
      await call.start();
      await call.press('2');
      for (let i = 0; i < 3 && said < MISSES_PER_NUMBER; i++) await call.say(`it is under ${names[said++]}`, 0.9);
      await call.hangup();
    }
    const call = t.call({ from: GUEST });
    await call.start();
    await call.press('2');
    await call.say('it is under Ana Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNameNotFound', 'help.confirmationNumber']);
    // Nothing heard, so nothing cancelled.
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });

  it('pauses lookups at the property when guesses come from ever-changing caller IDs, for an hour', async () => {
    let n = 0;
    for (let missed = 0; missed < MISSES_PER_PROPERTY; ) missed += await guessingCall(`+1646555${String(1000 + n++)}`);
    expect((await tryConfirmation('+14155550177')).prompts).toEqual(NOT_FOUND);
    t.clock.advance(61 * 60_000);
    expect((await tryConfirmation('+14155550177')).prompts).toEqual(FOUND);
  });

  it('counts the misses of text conversations too', async () => {
    const guesser = textingGuest(t.baseUrl, '+13125550199');
    let missed = 0;
    while (missed < MISSES_PER_NUMBER) {
      // Each conversation: a wrong number and a last name until the desk is asked to call back.
      expect((await guesser.send('my reservation')).text).toContain('confirmation number');
      for (let more = true; more; missed++) {
        expect((await guesser.send(String(wrong++))).text).toContain('last name');
        more = /please send it/.test((await guesser.send('Smith')).text);
      }
      // A pace a number may keep: more than CONVERSATIONS_PER_HOUR an hour go unanswered (text-loops.test.ts).
      t.clock.advance(20 * 60_000);
    }
    await guesser.send('my reservation');
    await guesser.send(CONFIRMATION);
    const reply = await guesser.send('Torres');
    expect(reply.text).toContain("That confirmation number and last name don't match a reservation.");
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });
});
