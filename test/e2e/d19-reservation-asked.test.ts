// At a reservation already made: a last name heard with low confidence at the proof is said back
// to confirm first (as any answer is), never looked up unchecked; "how much is it?" is answered with
// what the stay comes to, and the nightly rate, not the rate alone.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '43961045' });
});
afterEach(async () => t.close());

async function atProof(from: string, spanish = false) {
  const call = t.call({ from });
  await call.start();
  if (spanish) await call.press('9');
  await call.press('2');
  await call.say('4396 1045', 0.9);
  return call;
}

describe('a reservation asked about', () => {
  it('a last name heard at confidence 0.3: "I have the last name Torres", 2 asks it again, 1 opens the reservation', async () => {
    await bookByKeys(t.call());
    const call = await atProof('+13055550199');
    const check = heard(await call.say('Torres', 0.3));
    expect(check).toBe("I have the last name Torres. If that's right, press 1. If not, press 2.");
    expect(countWords(check)).toBeLessThanOrEqual(15);
    expect(heard(await call.press('2'))).toBe('For your security, please say the last name on the reservation.');
    await call.say('Torres', 0.3);
    expect(heard(await call.press('1'))).toMatch(/^Reservation 4 3 9 6, 1 0 4 5: 1 Deluxe King room, 2 nights/);
  });

  it('in Spanish: "Anoté el apellido Torres", "sí" opens it; a confident last name is not asked back', async () => {
    await bookByKeys(t.call());
    const call = await atProof('+13055550198', true);
    expect(heard(await call.say('Torres', 0.3))).toBe('Anoté el apellido Torres. Si es correcto, oprima 1. Si no, oprima 2.');
    expect(heard(await call.say('sí', 0.9))).toMatch(/^Reservación 4 3 9 6, 1 0 4 5/);

    const sure = await atProof('+13055550197');
    expect(heard(await sure.say('Torres', 0.92))).toMatch(/^Reservation 4 3 9 6/);
  });

  it('"how much is it?", "¿cuánto es en total?": the stay\'s total, then the nightly rate', async () => {
    await bookByKeys(t.call());
    const call = await atProof('+13055550196');
    await call.say('Torres', 0.9);
    expect(heard(await call.say('how much is it?', 0.9))).toMatch(/^Your stay comes to 480 dollars: 240 dollars a night\. Reservation 4 3 9 6/);

    const es = await atProof('+13055550195', true);
    await es.say('Torres', 0.9);
    expect(heard(await es.say('¿cuánto es en total?', 0.9))).toMatch(/^El total de su estancia es de 480 dólares: 240 dólares por noche\. Reservación/);
  });
});
