// Round 33: a callback number said with another answer ("cash, and my number is 646 555 0199") was
// dropped; the callback question then offered the number calling, and a guest who said yes was
// booked with a number they had not meant. Now that number is read back to confirm when its turn
// comes, and the reservation keeps it; the caller's own number said so needs no confirming. Signed
// calls through the real app, Miramar (en) and Sierra Alta (es).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const callbacks = async () => (await t.db.all<{ callback_number: string }>('SELECT callback_number FROM reservations')).map((r) => r.callback_number);

/** A booking by voice up to the payment question. */
async function upToPayment(from: string, to: string) {
  const call = t.call({ from, to });
  await call.start();
  const es = to === SIERRA;
  await call.say(es ? 'quiero una habitación doble el 18 de diciembre por dos noches' : 'I want one deluxe king on December 18 for two nights', 0.95);
  await call.say(es ? 'Luis Ortega' : 'John Smith', 0.95);
  return call;
}

describe('a callback number said with the payment', () => {
  it('en: another number is read back, confirmed, and booked as the callback number', async () => {
    const call = await upToPayment('+12125553311', MIRAMAR);
    const confirm = heard(await call.say('cash, and my number is 646 555 0199', 0.95));
    expect(confirm).toMatch(/I have 6 4 6, 5 5 5, 0 1 9 9\. If that's right, press 1/);
    expect(confirm).not.toMatch(/ending in 3 3 1 1/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/^For John Smith: .*paid in cash/);
    await call.say('yes', 0.95);
    expect(await callbacks()).toEqual(['+16465550199']);
  });

  it('es: "efectivo, y mi cel es 33 1820 4590" is read back and kept', async () => {
    const call = await upToPayment('+525511113311', SIERRA);
    const confirm = heard(await call.say('en efectivo, y mi cel es 33 1820 4590', 0.95));
    expect(confirm).toMatch(/3 3, 1 8 2 0, 4 5 9 0/);
    expect(confirm).not.toMatch(/termina en 3 3 1 1/);
    expect(heard(await call.say('sí', 0.95))).toMatch(/Luis Ortega/);
    await call.say('sí', 0.95);
    expect(await callbacks()).toEqual(['+523318204590']);
  });

  it('"no" to the number read back asks the callback question; the number calling can still be chosen', async () => {
    const call = await upToPayment('+12125553312', MIRAMAR);
    await call.say('credit card, my cell is 646 555 0199', 0.95);
    expect(heard(await call.say('no', 0.95))).toMatch(/Can we call you at the number ending in 3 3 1 2\?/);
    await call.say('yes', 0.95);
    await call.say('yes', 0.95);
    expect(await callbacks()).toEqual(['+12125553312']);
  });

  it('the caller’s own number said with the payment is taken without a question', async () => {
    const call = await upToPayment('+12125553313', MIRAMAR);
    expect(heard(await call.say('cash, my number is 212 555 3313', 0.95))).toMatch(/^For John Smith: .*paid in cash/);
    await call.say('yes', 0.95);
    expect(await callbacks()).toEqual(['+12125553313']);
  });
});
