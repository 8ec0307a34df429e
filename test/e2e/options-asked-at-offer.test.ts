// Offered what is left when the rooms asked for are not free, a guest asks "what else do you
// have?" or "¿y qué otra tienen?": the choices are said again, not "Sorry, I didn't understand",
// nor the apology for the rooms asked for a second time.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('what else there is, asked at an offer', () => {
  it.each([
    [false, 'what else do you have', /^Sorry, we don't have 4 Ocean Suites free for those dates\. Just 2 left: press 1\./, "Here's what we have. Just 2 left: press 1."],
    [false, 'what are my options?', /^Sorry, we don't have 4 Ocean Suites/, "Here's what we have. Just 2 left: press 1."],
    [true, '¿y qué otra tienen?', /^Lo siento, no tenemos 4 suites con vista al mar disponibles para esas fechas\. Solo quedan 2: oprima 1\./, 'Esto es lo que tenemos. Solo quedan 2: oprima 1.'],
    [true, '¿qué otras opciones hay?', /^Lo siento, no tenemos 4 suites/, 'Esto es lo que tenemos. Solo quedan 2: oprima 1.'],
  ])('spanish=%s "%s" hears the choices again, without the apology', async (spanish, said, offer, choices) => {
    const call = t.call();
    await call.start();
    if (spanish) await call.press('9');
    await call.press('1');
    await call.say(spanish ? 'el 10 de diciembre' : 'december 10th', 0.95);
    await call.press('1'); // Ocean Suite: the demo hotel has 2
    await call.press('4');
    expect(heard(await call.press('3#'))).toMatch(offer);
    const again = heard(await call.say(said, 0.95));
    expect(again.startsWith(choices)).toBe(true);
    expect(again).not.toMatch(/understand|entendí|Sorry|Lo siento/);
  });
});
