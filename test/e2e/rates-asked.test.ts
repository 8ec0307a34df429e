// "What are your rates?" before any room is chosen: every type's rate from the hotel file, then the
// question again. It was "Sorry, I didn't understand" at the date question, and at the greeting a
// booking started with no answer. Real calls through the app, TwiML as Twilio gets it.

import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { lastPrompts } from '../helpers/timeline.ts';

const EN_RATES = 'The Ocean Suite is 420 dollars a night; the Deluxe King, 240; the Double Queen, 180; the Standard, 130.';
const ES_RATES = 'Suite con vista al mar: 420 dólares por noche; Deluxe King, 240; Dos camas Queen, 180; Estándar, 130.';

let t: TestApp;
afterEach(async () => t.close());

describe('the rates asked of no room in particular', () => {
  it('at the greeting, in English: every rate, highest first, then the date asked', async () => {
    t = await startTestApp();
    const call = t.call();
    await call.start();
    const said = heard(await call.say('hi, how much are your rooms?', 0.9));
    expect(said.startsWith(EN_RATES), said).toBe(true);
    expect(said).toMatch(/When do you arrive\?/);
    expect(said.split(/\s+/).length).toBeLessThanOrEqual(40);
  });

  it('at the date question, in Spanish: the rates, the date asked again, and no miss counted', async () => {
    t = await startTestApp();
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    const said = heard(await call.say('¿qué precios manejan?', 0.9));
    expect(said.startsWith(ES_RATES), said).toBe(true);
    expect(said).toContain('¿Para qué fecha sería su llegada?');
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('notice.notUnderstood');
  });

  it('leaves a price the hotel file answers, and a type named, to their own answers', async () => {
    t = await startTestApp();
    const call = t.call();
    await call.start();
    const parking = heard(await call.say('how much is parking?', 0.9));
    expect(parking).toContain('parking');
    expect(parking).not.toContain('Ocean Suite is 420');
    await call.press('1');
    const suite = heard(await call.say('how much is the suite?', 0.9));
    expect(suite).toContain('The Ocean Suite is 420 dollars a night');
    expect(suite).not.toContain('the Standard, 130');
  });
});
