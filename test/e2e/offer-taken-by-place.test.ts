// Offered "Just 2 left: press 1. Deluxe King…: press 2. Double Queen…: press 3", a guest answers
// by the place in the list: "the second one", "la tercera". That was not understood, and texted
// "the 2nd one" moved the arrival to the 2nd without a word. A place said is the option at that
// place; a bare number there is still the rooms left when it is their number.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard, moreSuitesThanLeft } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** Three Ocean Suites (the demo hotel has two) from December 10, 2 nights: the offer. */
async function atTheOffer(spanish = false) {
  const call = t.call();
  expect(heard(await moreSuitesThanLeft(call, { rooms: 3, nights: 2, spanish }))).toMatch(spanish ? /Solo quedan 2: oprima 1\. Deluxe King/ : /Just 2 left: press 1\. Deluxe King/);
  return call;
}

const held = async () =>
  t.db.all<{ code: string; rooms: number; arrival: string }>(
    'SELECT t.code, h.rooms, h.arrival FROM holds h JOIN room_types t ON t.id = h.room_type_id WHERE h.released_at IS NULL',
  );

describe('an option taken by its place at the offer', () => {
  it.each([
    [false, 'The second one.', 'DLX'],
    [false, 'the 2nd one', 'DLX'],
    [false, 'Option three, please.', 'DQ'],
    [true, 'La segunda.', 'DLX'],
    [true, 'Mejor la tercera.', 'DQ'],
  ])('spanish=%s "%s" holds that option, from the same day', async (spanish, said, code) => {
    const call = await atTheOffer(spanish);
    expect(heard(await call.say(said, 0.95))).toMatch(spanish ? /^Sí hay disponibilidad/ : /^Good news: they're available/);
    expect(await held()).toEqual([{ code, rooms: 3, arrival: '2026-12-10' }]);
  });

  it('"two" alone is still the 2 rooms left, not the second option', async () => {
    const call = await atTheOffer();
    expect(heard(await call.say('two', 0.95))).toMatch(/^Good news/);
    expect(await held()).toEqual([{ code: 'OCEAN', rooms: 2, arrival: '2026-12-10' }]);
  });

  it('a place with other words beside it ("the second night") is asked again, nothing held', async () => {
    const call = await atTheOffer();
    expect(heard(await call.say('what about the second night', 0.95))).not.toMatch(/^Good news/);
    expect(await held()).toEqual([]);
  });
});
