// "From the 9th to the 5th", "del 9 al 5": the day of leaving said before the day of arriving. Asked
// which, short: the days the other way round, or to that day of the next month (the month not said);
// with months said, the one reading said back to confirm. Never a generic "When do you arrive?" as if
// nothing was said, and never swapped silently.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('a stay said back to front', () => {
  it('no month said: which of the two stays, and the one picked is the stay', async () => {
    const call = t.call({ from: '+13135550401' });
    await call.start();
    const asked = heard(await call.say('I want to book from the 9th to the 5th', 0.95));
    expect(asked).toBe('Saturday, December 5 to Wednesday, December 9: press 1. Wednesday, December 9 to Tuesday, January 5, 2027: press 2.');
    expect(words(asked)).toBeLessThanOrEqual(25);
    expect(heard(await call.press('1'))).toMatch(/^Arriving Saturday, December 5, for 4 nights\./);
    const later = t.call({ from: '+13135550402' });
    await later.start();
    await later.say('I want to book a room', 0.95);
    expect(heard(await later.say('the 9th to the 5th', 0.95))).toMatch(/press 2\.$/);
    expect(heard(await later.press('2'))).toMatch(/^Arriving Wednesday, December 9, for 27 nights\./);
  });

  it('in Spanish, picked by voice', async () => {
    const call = t.call({ from: '+13135550403' });
    await call.start();
    await call.press('9');
    expect(heard(await call.say('quiero reservar del 9 al 5', 0.95))).toBe(
      'El sábado 5 de diciembre al miércoles 9 de diciembre: oprima 1. El miércoles 9 de diciembre al martes 5 de enero de 2027: oprima 2.',
    );
    expect(heard(await call.say('la primera', 0.95))).toMatch(/^Llegada el sábado 5 de diciembre, por 4 noches\./);
  });

  it('both months said: the one reading said back to confirm; no, and the arrival is asked', async () => {
    const call = t.call({ from: '+13135550404' });
    await call.start();
    expect(heard(await call.say('a double queen from december 9 to december 5', 0.95))).toBe(
      "I have the Double Queen, arriving Saturday, December 5, leaving Wednesday, December 9. If that's right, press 1. If not, press 2.",
    );
    expect(heard(await call.say('yes', 0.95))).toMatch(/December 5, for 4 nights/);
    const no = t.call({ from: '+13135550405' });
    await no.start();
    await no.say('december 9 to december 5', 0.95);
    expect(heard(await no.press('2'))).toMatch(/^When do you arrive\?/);
  });
});
