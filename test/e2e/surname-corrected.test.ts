// "Sorry, my last name is Johnson, not Jones": a surname said alone corrects the surname of the name
// given, and keeps the first name. It was taken for the whole name: the booking was "For Johnson".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { withSurname } from '../../flows/understanding/names.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** Books 1 Deluxe King from December 10 for 3 nights under `name`, paying cash, up to the callback question. */
async function upToCallback(name: string, spanish = false) {
  const call = t.call();
  await call.start();
  if (spanish) await call.press('9');
  await call.press('1');
  await call.say(spanish ? 'el 10 de diciembre' : 'december 10th', 0.95);
  await call.press('2');
  await call.press('1');
  await call.press('3#');
  await call.say(name, 0.95);
  await call.say(spanish ? 'efectivo' : 'cash', 0.95);
  return call;
}

describe('a surname said alone', () => {
  it('at the callback question, corrects the surname and keeps the first name', async () => {
    const call = await upToCallback('Mary Jones');
    await call.say('sorry my last name is Johnson not Jones', 0.95);
    expect(heard(await call.press('1'))).toMatch(/^For Mary Johnson: 1 Deluxe King room, 3 nights/);
  });

  it('at the read-back, likewise', async () => {
    const call = await upToCallback('Mary Jones');
    expect(heard(await call.press('1'))).toMatch(/^For Mary Jones:/);
    expect(heard(await call.say('the last name is Johnson', 0.95))).toMatch(/^For Mary Johnson:/);
  });

  it('in Spanish, a surname with particles is replaced whole', async () => {
    const call = await upToCallback('María de la Cruz', true);
    expect(heard(await call.press('1'))).toMatch(/^A nombre de María de la Cruz:/);
    expect(heard(await call.say('perdón, mi apellido es López, no de la Cruz', 0.95))).toMatch(/^A nombre de María López:/);
  });

  it('withSurname', () => {
    expect(withSurname('Mary Jones', 'Johnson')).toBe('Mary Johnson');
    expect(withSurname('Mary Ann Jones', 'Johnson')).toBe('Mary Ann Johnson');
    expect(withSurname('John', 'Smith')).toBe('John Smith');
    expect(withSurname('María de la Cruz', 'López')).toBe('María López');
    expect(withSurname('Pieter van der Berg', 'Smit')).toBe('Pieter Smit');
  });
});
