// Found walking calls: a change asked for at the read-back, heard with low confidence, was
// confirmed with the detail's code ("I have arrivalDate", "Anoté arrivalDate"); and a Spanish
// caller whose rooms are not kept after a callback request heard "ya no queda apartada después
// de esta llamada", a translation, where an agent says "al colgar, se libera".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a detail to change, confirmed', () => {
  it.each([
    [false, 'change the date', 'I have a change to the arrival date. If that\'s right, press 1. If not, press 2.', /^When do you arrive\?/],
    [false, 'change the phone number', 'I have a change to the phone number. If that\'s right, press 1. If not, press 2.', /^Can we call you/],
    [true, 'cambiar la fecha', 'Anoté un cambio en la fecha de llegada. Si es correcto, oprima 1. Si no, oprima 2.', /^¿Para qué fecha sería su llegada\?/],
    [true, 'cambiar la forma de pago', 'Anoté un cambio en la forma de pago. Si es correcto, oprima 1. Si no, oprima 2.', /^¿Cómo va a pagar/],
  ])('spanish=%s "%s" is said back in words', async (spanish, said, confirm, next) => {
    const call = t.call({ from: '+12125550111' });
    await keypadToReadBack(call, { spanish });
    const turn = await call.say(said, 0.3);
    expect(heard(turn)).toBe(confirm);
    expect(heard(turn)).not.toMatch(/[a-z][A-Z]/);
    expect(countWords(confirm)).toBeLessThanOrEqual(17);
    expect(heard(await call.press('1'))).toMatch(next);
  });
});

describe('rooms not kept after a callback request', () => {
  it('are said to be released on hanging up, as an agent says it', async () => {
    const call = t.call({ from: '+12125550111' });
    await askForStay(call, { spanish: true });
    await call.press('0');
    await call.dialResult('busy');
    const promised = heard(await call.press('2'));
    expect(promised).toMatch(/Al colgar, se libera la habitación que eligió\. Hasta luego\.$/);
    expect(promised).not.toMatch(/después de esta llamada/);
    expect(countWords(promised)).toBeLessThanOrEqual(28);
  });
});
