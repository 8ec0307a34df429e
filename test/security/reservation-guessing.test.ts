// A confirmation number opens a reservation from any phone, and the last name on it one made from
// the number calling; a call has three tries before the desk. Nothing stopped the next call, or
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

  /** One call that keys wrong confirmation numbers until the desk takes it (three), then hangs up. */
  async function guessingCall(from: string, misses = 3): Promise<void> {
    const call = t.call({ from });
    await call.start();
    await call.press('2');
    for (let i = 0; i < misses; i++) await call.press(`${wrong++}#`);
    await call.hangup();
  }

  async function tryConfirmation(from: string): Promise<{ call: CallSession; prompts: string[] }> {
    const call = t.call({ from });
    await call.start();
    await call.press('2');
    await call.press(`${CONFIRMATION}#`);
    return { call, prompts: await lastPrompts(t.db, call.callSid) };
  }

  it('looks up nothing more for a number that missed too often today, even the right number; other callers are served', async () => {
    const guesser = '+13125550188';
    const calls = Math.ceil(MISSES_PER_NUMBER / 3);
    for (let i = 0; i < calls; i++) await guessingCall(guesser);
    const refused = await tryConfirmation(guesser);
    expect(refused.prompts).toEqual(['notice.reservationNotFound', 'help.confirmationNumber']);
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
    for (let missed = 0; missed < MISSES_PER_PROPERTY; missed += 3) await guessingCall(`+1646555${String(1000 + n++)}`);
    expect((await tryConfirmation('+14155550177')).prompts).toEqual(['notice.reservationNotFound', 'help.confirmationNumber']);
    t.clock.advance(61 * 60_000);
    expect((await tryConfirmation('+14155550177')).prompts).toEqual(FOUND);
  });

  it('counts the misses of text conversations too', async () => {
    const guesser = textingGuest(t.baseUrl, '+13125550199');
    let missed = 0;
    while (missed < MISSES_PER_NUMBER) {
      // Each conversation: CANCEL asks for the confirmation number; the third miss ends it with a callback.
      expect((await guesser.send('cancel')).text).toContain('send your confirmation number');
      for (let i = 0; i < 3; i++, missed++) await guesser.send(String(wrong++));
      // A pace a number may keep: more than CONVERSATIONS_PER_HOUR an hour go unanswered (text-loops.test.ts).
      t.clock.advance(20 * 60_000);
    }
    expect((await guesser.send('cancel')).text).toContain('send your confirmation number');
    const reply = await guesser.send(CONFIRMATION);
    expect(reply.text).toContain("We couldn't find a reservation with that number.");
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });
});
