// An arrival today or tomorrow is said back as a person says it: "Arriving today, Saturday,
// November 28", "Llegada mañana, domingo 29 de noviembre". It was the date alone, which a caller
// who said "today" has to work out is today. (The test clock's today is Saturday, November 28.)

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

async function atArrival(spanish: boolean) {
  const call = t.call();
  await call.start();
  if (spanish) await call.press('9');
  await call.press('1');
  return call;
}

describe('today and tomorrow, said back', () => {
  it.each([
    [false, 'today', 'Arriving today, Saturday, November 28.'],
    [false, 'tomorrow for two nights', 'Arriving tomorrow, Sunday, November 29, for 2 nights.'],
    [false, 'december 10th', 'Arriving Thursday, December 10.'],
    [true, 'hoy', 'Llegada hoy, sábado 28 de noviembre.'],
    [true, 'mañana por dos noches', 'Llegada mañana, domingo 29 de noviembre, por 2 noches.'],
    [true, 'el 10 de diciembre', 'Llegada el jueves 10 de diciembre.'],
  ])('spanish=%s "%s"', async (spanish, said, back) => {
    const call = await atArrival(spanish);
    const turn = await call.say(said, 0.95);
    expect(turn.said[0]!.text).toBe(back);
    expect(countWords(back)).toBeLessThanOrEqual(9);
    expect(heard(turn)).toMatch(spanish ? /Nuestras habitaciones:/ : /Our rooms:/);
  });

  it('by keys too', async () => {
    const call = await atArrival(false);
    expect((await call.press('1128')).said[0]!.text).toBe('Arriving today, Saturday, November 28.');
  });
});
