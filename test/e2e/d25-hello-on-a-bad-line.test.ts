// "Hello? Hello?", "¿bueno? ¿bueno?", "¿aló?" on a bad line: the question again, briefly, and no miss
// towards the desk (three of them sent the caller there). A plain "bueno" is Mexico's "okay", left
// to the question's reader.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a caller checking the line', () => {
  it('the question again, short, however often: no apology, never the desk', async () => {
    const call = t.call({ from: '+13135550301' });
    await call.start();
    await call.say('I want to book a room', 0.95);
    for (const said of ['hello? hello?', 'hello?', 'Hello', 'hi? hello?', 'hello hello hello']) {
      const turn = await call.say(said, 0.95);
      expect(heard(turn), said).toBe('When do you arrive?');
      expect(turn.waitingFor, said).toBe('input');
    }
    expect(heard(await call.say('december 12', 0.95))).toMatch(/^Arriving Saturday, December 12/);
  });

  it('in Spanish, at the name and the read-back (a plain "bueno" is left to the question\'s reader)', async () => {
    const call = t.call({ from: '+13135550302' });
    await call.start();
    await call.say('una estándar para el 12 de diciembre, 2 noches', 0.95);
    for (const said of ['¿bueno? ¿bueno?', '¿aló?', 'oiga, ¿bueno?']) {
      const turn = await call.say(said, 0.95);
      expect(heard(turn), said).toBe('¿Me da su nombre completo, por favor?');
    }
    await call.say('Ana Torres', 0.95);
    await call.say('en efectivo', 0.95);
    const readBack = heard(await call.say('sí', 0.95));
    expect(readBack).toMatch(/¿Se la confirmo\?$/);
    for (const said of ['¿bueno? ¿bueno?', 'bueno, bueno']) expect(heard(await call.say(said, 0.95)), said).toBe(readBack);
    // (A plain "bueno" is an answer, the read-back's reader's to read: not the line checked.)
    expect(heard(await call.say('bueno', 0.95))).not.toBe(readBack);
  });
});
