// Offered "Just 2 left: press 1", a guest says "ok, just the 2 then": that was read as a day, and
// the arrival moved to the 2nd without a word. A number said alone at the offer is the rooms left
// when it is their number, never a day when it could be a number of rooms; "mejor el 20" is a day.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard, moreSuitesThanLeft } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** Four Ocean Suites (the demo hotel has two) from December 10, 3 nights: the offer. */
async function atTheOffer(spanish = false) {
  const call = t.call();
  expect(heard(await moreSuitesThanLeft(call, { rooms: 4, nights: 3, spanish }))).toMatch(spanish ? /Solo quedan 2: oprima 1\./ : /Just 2 left: press 1\./);
  return call;
}

const held = async () => t.db.all<{ rooms: number; arrival: string }>("SELECT rooms, arrival FROM holds WHERE released_at IS NULL");

describe('a number said at the offer', () => {
  it.each([
    [false, 'ok just the 2 then'],
    [false, "I'll take the two"],
    [true, 'pues nada más las dos'],
  ])('spanish=%s "%s" takes the 2 rooms left, from the same day', async (spanish, said) => {
    const call = await atTheOffer(spanish);
    expect(heard(await call.say(said, 0.95))).toMatch(spanish ? /^Sí hay disponibilidad/ : /^Good news: they're available/);
    expect(await held()).toEqual([{ rooms: 2, arrival: '2026-12-10' }]);
  });

  it('another number that could be rooms is asked again, the arrival unchanged', async () => {
    const call = await atTheOffer();
    expect(heard(await call.say('ok just the 3 then', 0.95))).toMatch(/^Sorry, I didn't understand that\./);
    expect(await held()).toEqual([]);
    expect(heard(await call.press('1'))).toMatch(/^Good news/);
    expect(await held()).toEqual([{ rooms: 2, arrival: '2026-12-10' }]);
  });

  it('a day said with more than a number, or one no count of rooms could be, changes the dates', async () => {
    let call = await atTheOffer(true);
    expect(heard(await call.say('mejor el 20', 0.95))).toMatch(/^Llegada el domingo 20 de diciembre\./);
    call = await atTheOffer();
    expect(heard(await call.say('the 20th then', 0.95))).toMatch(/^Arriving Sunday, December 20\./);
    call = await atTheOffer();
    expect(heard(await call.say('how about the 20th?', 0.95))).toMatch(/^Arriving Sunday, December 20\./);
  });
});
