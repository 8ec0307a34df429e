// A key said instead of pressed ("one", "press zero", "opción dos"): callers on a speakerphone, a
// car's hands-free or a keypad that sends no tones answer "press 1" by saying it. Each was "Sorry,
// I didn't understand that" at the greeting. Now a menu's key said is the key, "zero" and "star"
// are the desk and the question again anywhere, and a number said where it answers the question
// (two rooms) is still that.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: { said: { text: string }[] }) => turn.said.map((s) => s.text).join(' ');

describe('a key said', () => {
  it('at the greeting: "one" books, "option two" is a reservation, "nueve" is Spanish', async () => {
    const one = t.call();
    await one.start();
    expect(words(await one.say('one', 0.9))).toBe('When do you arrive?');
    const two = t.call();
    await two.start();
    expect(words(await two.say('option two please', 0.9))).toMatch(/confirmation number/);
    const nine = t.call();
    await nine.start();
    expect(words(await nine.say('nueve', 0.9))).toMatch(/^Para reservar/);
  });

  it('"zero" reaches the desk and "star" repeats, at a question where a number is the answer', async () => {
    const call = t.call();
    await call.start();
    await call.say('I want to book a room', 0.95);
    // The test clock's today is November 28.
    await call.press('1218');
    await call.say('the standard', 0.95);
    const rooms = await call.say('star', 0.95);
    expect(words(rooms)).toMatch(/How many rooms\?/);
    // "Two" here is two rooms, not the key 2.
    expect(words(await call.say('two', 0.95))).toMatch(/How many nights\?/);
    const desk = await call.say('press zero', 0.95);
    expect(desk.dial).toBeDefined();
  });

  it('"one" after the booking is another booking, as pressing 1 is', async () => {
    const call = t.call();
    await call.start();
    await call.say('a standard room on December 18th for 2 nights', 0.95);
    await call.say('Ana Ruiz', 0.95);
    await call.say('cash', 0.95);
    await call.say('yes', 0.95);
    expect(words(await call.say('yes', 0.95))).toMatch(/Another booking\? Press 1\.$/);
    expect(words(await call.say('one', 0.95))).toMatch(/When do you arrive\?$/);
  });

  it('a key heard unclearly is not taken for one', async () => {
    const call = t.call();
    await call.start();
    expect(words(await call.say('one', 0.2))).not.toBe('When do you arrive?');
  });
});
