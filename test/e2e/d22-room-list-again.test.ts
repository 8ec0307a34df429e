// The room list asked again just after it was said (another detail given instead, a question
// answered) is said short: the names (with their keys for a caller on the keypad), not every rate
// again. "Say that again" or star hears it whole.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const last = (turn: { said: readonly { text: string }[] }) => turn.said.at(-1)!.text;

describe('the room list asked again', () => {
  it('by a caller who speaks: the names only, in English', async () => {
    const call = t.call();
    await call.start();
    await call.say('I want to book a room', 0.95);
    const list = last(await call.say('december 12', 0.95));
    expect(list).toMatch(/420 dollars a night/);
    const again = await call.say('2 nights', 0.95);
    expect(heard(again)).toBe('For 2 nights. Which room: Ocean Suite, Deluxe King, Double Queen or Standard?');
    expect(countWords(last(again))).toBeLessThanOrEqual(10);
    expect(countWords(last(again))).toBeLessThan(countWords(list));
    // A question answered: the answer, then the short list again.
    expect(last(await call.say('do you have parking?', 0.95))).toBe('Which room: Ocean Suite, Deluxe King, Double Queen or Standard?');
    // Asked to hear it again: the whole list, rates and all.
    expect(last(await call.say('can you repeat that?', 0.95))).toBe(list.replace(/^Arriving Saturday, December 12\. /, ''));
    expect(heard(await call.say('the deluxe king', 0.95))).toBe('How many rooms?');
  });

  it('by a caller on the keypad, in Spanish: the names with their keys', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    const list = last(await call.press('1212'));
    const again = await call.say('2 noches', 0.95);
    expect(heard(again)).toBe('Por 2 noches. ¿Cuál prefiere? Suite con vista al mar, 1. Deluxe King, 2. Dos camas Queen, 3. Estándar, 4.');
    expect(countWords(last(again))).toBeLessThanOrEqual(17);
    expect(countWords(last(again))).toBeLessThan(countWords(list));
    expect(last(again)).not.toMatch(/420|240|180|130/);
    // Star: the whole list again.
    expect(last(await call.press('*'))).toBe(list.replace(/^Llegada el sábado 12 de diciembre\. /, ''));
    expect(heard(await call.press('4'))).toBe('¿Cuántas habitaciones?');
  });

  it('by a caller who speaks Spanish: the names only', async () => {
    const call = t.call();
    await call.start();
    await call.say('quiero reservar una habitación', 0.95);
    await call.say('el 12 de diciembre', 0.95);
    expect(heard(await call.say('son dos noches', 0.95))).toBe('Por 2 noches. ¿Cuál prefiere: Suite con vista al mar, Deluxe King, Dos camas Queen o Estándar?');
  });
});
