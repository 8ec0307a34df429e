// A date heard with low confidence is read back to be confirmed ("I have Thursday, December 10.
// If that's right, press 1."); once confirmed it was said again at once ("Arriving Thursday,
// December 10."). Now the next question follows.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a date confirmed', () => {
  it.each([
    [false, 'december 10th', 'I have Thursday, December 10. If that\'s right, press 1. If not, press 2.', /^Our rooms:/],
    [true, 'el 10 de diciembre', 'Anoté el jueves 10 de diciembre. Si es correcto, oprima 1. Si no, oprima 2.', /^Nuestras habitaciones:/],
  ])('spanish=%s is not said back again', async (spanish, said, confirm, next) => {
    const call = t.call();
    await call.start();
    if (spanish) await call.press('9');
    await call.press('1');
    expect(heard(await call.say(said, 0.3))).toBe(confirm);
    const after = heard(await call.press('1'));
    expect(after).toMatch(next);
    expect(after).not.toMatch(/December 10|10 de diciembre/);
  });

  it('said again, by keys, it is said back as before', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('december 10th', 0.3);
    expect(heard(await call.press('2'))).toMatch(/^When do you arrive\?/);
    expect(heard(await call.press('1211'))).toMatch(/^Arriving Friday, December 11\. Our rooms:/);
  });
});
