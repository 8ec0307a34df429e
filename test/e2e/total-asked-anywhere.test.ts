// "How much is it going to be?" is what a guest asks as soon as the rooms are held, long before
// the read-back: answered with the stay's total while a name, a way to pay or a number is asked,
// and the question asked again — never taken as the name, never a miss that counts towards the desk.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

describe('the total, asked once the rooms are held', () => {
  it('is said at the name, payment and callback questions, each asked again after it', async () => {
    const call = t.call();
    // 1 Deluxe King (240 a night), 2 nights: 480 dollars.
    expect(words(await askForStay(call))).toMatch(/full name/);
    const atName = await call.say('how much is it going to be?', 0.95);
    expect(words(atName)).toMatch(/^The total is 480 dollars\. May I have your full name\?$/);
    // A surname that is a word for the price is a name.
    expect(words(await call.say('Vincent Price', 0.95))).toMatch(/How will you pay/);
    expect(words(await call.say('what will it cost me'))).toMatch(/^The total is 480 dollars\. How will you pay/);
    await call.press('2');
    expect(words(await call.say("what's the total?"))).toMatch(/^The total is 480 dollars\. Can we call you/);
    const readBack = await call.press('1');
    expect(words(readBack)).toMatch(/For Vincent Price: 1 Deluxe King room, 2 nights/);
  });

  it('is said in Spanish, and three questions about it are not three misses', async () => {
    const call = t.call();
    await askForStay(call, { spanish: true });
    for (const q of ['¿cuánto sale?', '¿y cuánto es en total?', '¿cuál es el precio?']) {
      const turn = await call.say(q);
      expect(words(turn)).toMatch(/^El total es de? 480 dólares\. ¿Me da su nombre completo/);
      expect(turn.dial).toBeUndefined();
    }
  });
});
