// Misses count at one question: a key that leads on to another question is an answer, so that
// question starts afresh. A miss at the read-back followed by "2" (change something) had the
// change question start as a re-prompt, and two misses there sent the caller to the front desk;
// a wrong key on a found reservation, then "1" (cancel), had the cancel question asked in its
// long re-prompt form.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys, keypadToReadBack } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '48151623' });
});
afterEach(async () => t.close());

const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

describe('misses, counted per question', () => {
  it('a miss at the read-back, then 2: the change question is asked plainly and allows its own misses', async () => {
    const call = t.call({ from: '+12125550111' });
    await keypadToReadBack(call);
    expect(words(await call.press('7'))).toMatch(/^Sorry/);
    const change = await call.press('2');
    expect(words(change)).toMatch(/^What would you like to change\?/);
    expect(words(await call.press('9'))).toMatch(/^Sorry/);
    const second = await call.press('9');
    expect(second.dial).toBeUndefined();
    expect(words(second)).toMatch(/^Sorry/);
  });

  it('a wrong key on a found reservation, then 1: the cancel question is asked plainly (Spanish)', async () => {
    const booking = t.call({ from: '+5215512345678' });
    await bookByKeys(booking, { spanish: true });
    const call = t.call({ from: '+5215512345678' });
    await call.start();
    await call.press('9');
    await call.press('2');
    await call.press('48151623#');
    // (4: 3 changes the stay now, flows/stay-change.ts.)
    expect(words(await call.press('4'))).toMatch(/^Disculpe/);
    expect(words(await call.press('1'))).toMatch(/^Para cancelar la reservación 4 8 1 5, 1 6 2 3, con llegada el viernes 4 de diciembre, oprima 1\. Para conservarla, oprima 2\.$/);
  });

  // (Words that are no name: "um" alone is thinking aloud now, kindly re-asked without a miss, test/e2e/d33-thinking-aloud.test.ts.)
  it('silence at the name question is told as silence, words not understood as such', async () => {
    for (const [spanish, silent, notUnderstood] of [
      [false, "Sorry, I didn't hear anything.", "Sorry, I didn't get your name."],
      [true, 'Disculpe, no escuché nada.', 'Disculpe, no entendí su nombre.'],
    ] as const) {
      const call = t.call({ from: '+12125550111' });
      await askForStay(call, { spanish });
      expect((await call.silence()).said[0]!.text).toBe(silent);
      expect((await call.say('that is fine', 0.9)).said[0]!.text).toBe(notUnderstood);
    }
  });
});
