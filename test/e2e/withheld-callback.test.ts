// A caller whose number is withheld cannot be called back on it. When the desk does not answer,
// the message they may leave asks for a number too, and the promise is to call that number; with
// no message (and so no number), no call back is promised: they are asked to call again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** A withheld caller who asked for the desk, which did not answer; in Spanish when asked. */
async function deskDidNotAnswer(spanish = false) {
  const call = t.call({ from: 'anonymous' });
  await call.start();
  if (spanish) await call.press('9');
  expect((await call.press('0')).waitingFor).toBe('dial');
  const offer = await call.dialResult('no-answer');
  expect(heard(offer)).toMatch(spanish ? /Para dejar un mensaje, oprima 1\.$/ : /To leave a message, press 1\.$/);
  return call;
}

const RECORDING = 'https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Recordings/RE33333333333333333333333333333333';

describe('a withheld number the desk could not answer', () => {
  it.each([
    [false, 'After the tone, leave your name, a number to call you back, and how we can help.', 'Thank you. The front desk will call you at the number in your message, within the hour. Goodbye.'],
    [
      true,
      'Después del tono, deje su nombre, un número para devolverle la llamada y en qué le podemos ayudar.',
      'Gracias. Recepción le llamará al número que nos dejó en su mensaje, en menos de una hora. Hasta luego.',
    ],
  ])('spanish=%s: the message asks for a number, and the call back is to that number', async (spanish, ask, promise) => {
    const call = await deskDidNotAnswer(spanish);
    expect(heard(await call.press('1'))).toMatch(new RegExp(`^${ask.replace(/[.?]/g, '\\$&')}`));
    const end = await call.record({ url: RECORDING, durationSeconds: 12 });
    expect(heard(end)).toBe(promise);
    expect(end.hungUp).toBe(true);
  });

  it('with no message, no call back is promised', async () => {
    const call = await deskDidNotAnswer();
    await call.silence();
    await call.silence();
    const end = await call.silence();
    expect(heard(end)).toMatch(/The front desk can't call this number back\. Please call us again in a few minutes\. Goodbye\.$/);
    expect(heard(end)).not.toMatch(/will call you/);
  });
});
