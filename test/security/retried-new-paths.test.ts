// Twilio delivers a webhook again when it did not get the first answer in time, though the first
// attempt may have committed. On the newer paths — a confirmation number said at the greeting, a
// question about rates, going back a step — the retry is answered as the first was and acts once:
// one miss counted against a guessed confirmation number, not one per delivery.
//
// Found on the way: a confirmation number that does not exist, said with a last name in one
// answer ("…1000 0001, under Smith", the greeting's path), was never counted at all (the count was
// left to the step that asks for the number alone), so a guesser could try numbers that way
// without end. It is counted now, once (migration 20), whichever way the number came.

import { afterEach, describe, expect, it } from 'vitest';
import { MISSES_PER_NUMBER } from '../../src/calls/lookup-guesses.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const misses = async (app: TestApp) => Number((await app.db.get<{ n: number }>('SELECT count(*) AS n FROM reservation_lookup_misses'))!.n);
const sid = (n: number) => `SM${String(n).padStart(32, 'a')}`;

describe('confirmation numbers guessed with a name in one answer', () => {
  it('count as misses, so a guesser is stopped as one keying them in is; given apart then with a name, once', async () => {
    t = await startTestApp();
    const guesser = '+13125550147';
    for (let i = 0; i < MISSES_PER_NUMBER; i++) {
      const call = t.call({ from: guesser });
      await call.start();
      await call.say(`my confirmation number is ${20_000_000 + i}, under Smith`, 0.9);
      await call.hangup();
    }
    expect(await misses(t)).toBe(MISSES_PER_NUMBER);
    // Another number, the number alone, then the name asked: one miss, not two.
    const other = t.call({ from: '+13125550148' });
    await other.start();
    await other.press('2');
    await other.press('30000001#');
    await other.say('Smith', 0.9);
    expect(await misses(t)).toBe(MISSES_PER_NUMBER + 1);
  });
});

describe('a webhook delivered again on the newer paths', () => {
  it('a confirmation number and name said at the greeting, delivered three times: one answer, one miss', async () => {
    t = await startTestApp();
    const call = t.call({ from: '+13125550144' });
    await call.start();
    const first = await call.say('my confirmation number is 1000 0001, under Smith', 0.9);
    const again = await call.retryLast();
    const third = await call.retryLast();
    expect(again.said.map((s) => s.text)).toEqual(first.said.map((s) => s.text));
    expect(third.said.map((s) => s.text)).toEqual(first.said.map((s) => s.text));
    expect(await misses(t)).toBe(1);
  });

  it('by text: the same message delivered again gets the same reply, and counts one miss', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, '+13125550145');
    const first = await guest.send('my confirmation number is 10000002 under Smith', sid(1));
    expect(first.text).not.toBe('');
    for (let i = 0; i < 2; i++) expect((await guest.send('my confirmation number is 10000002 under Smith', sid(1))).text).toBe(first.text);
    expect(await misses(t)).toBe(1);
    // The next message is a new step, as before.
    expect((await guest.send('my confirmation number is 10000003 under Smith', sid(2))).text).not.toBe('');
    expect(await misses(t)).toBe(2);
  });

  it('a question about rates, and a step back, delivered again: the same answer, the call where it was', async () => {
    t = await startTestApp();
    const call = t.call({ from: '+13125550146' });
    await call.start();
    await call.press('1');
    const rates = await call.say('how much are your rooms?', 0.9);
    const ratesAgain = await call.retryLast();
    expect(ratesAgain.said.map((s) => s.text)).toEqual(rates.said.map((s) => s.text));
    await call.press('1204');
    const back = await call.say('go back', 0.9);
    const backAgain = await call.retryLast();
    expect(backAgain.said.map((s) => s.text)).toEqual(back.said.map((s) => s.text));
    const row = await t.db.get<{ step: number; state: string }>('SELECT step, state FROM calls WHERE call_sid = ?', [call.callSid]);
    // Four caller steps after the greeting: not five.
    expect(row!.step).toBe(5);
  });
});
