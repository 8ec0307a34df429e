// Rooms taken by another caller while this one talked: "Sorry, while we were talking those rooms
// were taken." was followed at once by "Sorry, we don't have 2 Ocean Suites free for those
// dates." — two apologies in a row, the second telling what the first just said. Now the choices
// follow the first.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const MINUTE = 60_000;

describe('rooms gone while talking', () => {
  it.each([
    [false, "Sorry, while we were talking those rooms were taken. Just 1 left: press 1. Deluxe King, 240 dollars a night: press 2. Double Queen, 180: press 3. Other dates: press 9.", /Sorry/g],
    [true, 'Lo siento, mientras hablábamos se ocuparon esas habitaciones. Solo queda una: oprima 1. Deluxe King, 240 dólares por noche: oprima 2. Dos camas Queen, 180: oprima 3. Otras fechas: oprima 9.', /Lo siento/g],
  ])('spanish=%s: one apology, then the choices', async (spanish, offer, apology) => {
    const call = t.call({ from: '+12125550111' });
    await keypadToReadBack(call, { spanish, roomType: '1', rooms: '2' }); // both Ocean Suites, December 4
    // The provisional hold runs out, and another caller takes one of the two.
    t.clock.advance(11 * MINUTE);
    await bookByKeys(t.call({ from: '+12125550141' }), { roomType: '1', rooms: '1' });
    const said = heard(await call.press('1'));
    expect(said).toBe(offer);
    expect(said.match(apology)).toHaveLength(1);
    expect(countWords(said)).toBeLessThanOrEqual(40);
    expect(heard(await call.press('1'))).toMatch(spanish ? /^Sí hay disponibilidad/ : /^Good news/);
  });
});
