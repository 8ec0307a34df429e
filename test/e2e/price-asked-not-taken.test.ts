// Asking a price is no answer. Found walking calls: "how much is it a night?" at the read-back
// made the stay one night ("a night" read as the nights), as did "how much is the double a
// night?" at the list of types; and "what is the total?" at the read-back was answered with the
// total and then the room's nightly rate as well.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard, keypadToReadBack } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const holds = async () => t.db.all<{ departure: string }>('SELECT departure FROM holds WHERE released_at IS NULL');

describe('a price asked', () => {
  it.each([
    [false, 'how much is it a night?', /^The total is 480 dollars\. The Deluxe King is 240 dollars a night\. To confirm/],
    [true, '¿cuánto cuesta por noche?', /^El total es de 480 dólares\. Deluxe King: 240 dólares por noche\. Para confirmar/],
  ])('spanish=%s "%s" at the read-back keeps the nights', async (spanish, said, answer) => {
    const call = t.call({ from: '+12125550111' });
    await keypadToReadBack(call, { spanish }); // Deluxe King, December 4, 2 nights
    const turn = heard(await call.say(said, 0.95));
    expect(turn).toMatch(answer);
    expect(turn).not.toMatch(/1 night|1 noche|una noche/);
    expect(await holds()).toEqual([{ departure: '2026-12-06' }]);
  });

  it.each([
    [false, 'what is the total?', 'The total is 480 dollars. To confirm this reservation, press 1. To change something, press 2. To hear it again, press 3.'],
    [true, '¿cuánto es en total?', 'El total es de 480 dólares. Para confirmar la reservación, oprima 1. Para cambiar algo, oprima 2. Para escucharla de nuevo, oprima 3.'],
  ])('spanish=%s "%s" at the read-back is the total, said once', async (spanish, said, answer) => {
    const call = t.call({ from: '+12125550111' });
    await keypadToReadBack(call, { spanish });
    expect(heard(await call.say(said, 0.95))).toBe(answer);
  });

  it('"how much is the double a night?" at the list of types is its rate; the nights are still asked', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1210');
    expect(heard(await call.say('how much is the double a night?', 0.95))).toMatch(/^The Double Queen is 180 dollars a night\. Would you like it\?/);
    await call.say('yes', 0.95);
    expect(heard(await call.press('1'))).toMatch(/^How many nights\?/);
  });
});
