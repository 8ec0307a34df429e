// "How much is the deluxe king?", "¿cuánto cuesta la noche en la doble?" before the stay is known:
// the type's nightly rate is said, then the question again. The price went unanswered (the rates
// are said only in the list of types, which naming a type skips).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a room rate asked', () => {
  it('by voice, in English and in Spanish, then the question it interrupted', async () => {
    let call = t.call();
    await call.start();
    await call.press('1');
    const en = heard(await call.say('how much is the deluxe king?', 0.95));
    expect(en).toMatch(/^The Deluxe King is 240 dollars a night\. When do you arrive\?/);
    expect(countWords('The Deluxe King is 240 dollars a night.')).toBeLessThanOrEqual(10);

    call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    expect(heard(await call.say('¿cuánto cuesta la suite?', 0.95))).toMatch(/^Suite con vista al mar: 420 dólares por noche\. ¿Para qué fecha sería su llegada\?/);
  });

  it('"how much is it?" with the type chosen says that type\'s rate', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('december 10th', 0.95);
    await call.press('2');
    expect(heard(await call.say('how much is it?', 0.95))).toBe('The Deluxe King is 240 dollars a night. How many rooms?');
  });

  it('by text', async () => {
    const guest = textingGuest(t.baseUrl, '+525511117777');
    expect((await guest.send('Buenas, una pregunta, cuanto cuesta la noche en la doble?')).text).toMatch(/^Dos camas Queen: 180 dólares por noche\. ¿Qué día llega\?/);
  });
});
