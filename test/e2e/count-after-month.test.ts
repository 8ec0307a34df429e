// "A room in March, 2 nights": the transcript has no comma Twilio would keep, and "March 2" was
// booked as the arrival. On a call, the count is kept and the arrival day asked for.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a count said right after a month', () => {
  it('is not the arrival day: the day is asked, the nights kept', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    const reply = heard(await call.say("I'd like a room in march, 2 nights", 0.95));
    expect(reply).not.toMatch(/March 2\b/);
    expect(reply).toMatch(/^1 room, for 2 nights\. When do you arrive\?/);
    const next = heard(await call.say('march 10th', 0.95));
    expect(next).toMatch(/^Arriving Wednesday, March 10, 2027\. Our rooms:/);
  });

  it('likewise in Spanish', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    const reply = heard(await call.say('quiero una habitación para enero, 3 noches', 0.95));
    expect(reply).not.toMatch(/3 de enero/);
    expect(reply).toMatch(/por 3 noches\. ¿Para qué fecha sería su llegada\?/);
    const next = heard(await call.say('el 15 de enero', 0.95));
    expect(next).toMatch(/^Llegada el viernes 15 de enero de 2027\. Nuestras habitaciones:/);
  });
});
