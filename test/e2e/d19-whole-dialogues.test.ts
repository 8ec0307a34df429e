// Whole dialogues of round 19 that earlier rounds did not cover: a room type changed at the
// read-back, every price asked then a room picked by price, two questions answered at once twice in
// a row, and a text conversation that pauses and resumes where it was.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '43961045' });
});
afterEach(async () => t.close());

describe('round 19 dialogues', () => {
  it('at the read-back, "actually, make it the ocean suite": re-checked, held, read back with the new total, and booked so', async () => {
    const call = t.call();
    await keypadToReadBack(call);
    expect(heard(await call.say('actually, make it the ocean suite', 0.9))).toBe(
      "Good news: it's available and on hold for you. For Ana Torres: 1 Ocean Suite, 2 nights from Friday, December 4: 840 dollars, paid by credit card. We hold it until 6 PM that day, then it may be released. To confirm, press 1; to change something, 2.",
    );
    await call.press('1');
    expect((await reservations(t.db)).map((r) => r.total)).toEqual([840]);
  });

  it('"how much is each room?" then "I\'ll take the cheapest one": the list with every rate, then the Standard', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('december 10', 0.9);
    expect(heard(await call.say('how much is each room?', 0.9))).toBe(
      'Our rooms: Ocean Suite, 420 dollars a night, press 1. Deluxe King, 240, press 2. Double Queen, 180, press 3. Standard, 130, press 4.',
    );
    expect(heard(await call.say("I'll take the cheapest one", 0.9))).toBe('The Standard. How many rooms?');
  });

  it('two answers at once, twice in a row: only what is missing is asked', async () => {
    const call = t.call();
    await call.start();
    expect(heard(await call.say('I need two rooms for three nights', 0.9))).toBe('2 rooms, for 3 nights. When do you arrive?');
    expect(heard(await call.say('december 12th, the double queen', 0.9))).toBe(
      "The Double Queen, arriving Saturday, December 12. Good news: they're available and on hold for you. May I have your full name?",
    );
    expect(heard(await call.say('Maria Lopez, paying cash', 0.9))).toBe('Can we call you at the number ending in 0 1 2 3?');
  });

  it('a text conversation paused for 25 minutes goes on where it was', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550444');
    expect((await guest.send('hi, do you have a room for dec 10?')).text).toMatch(/^1 room, arriving Thursday, December 10\. Which room would you like\?/);
    t.clock.advance(25 * 60_000);
    expect((await guest.send('sorry, got busy. the standard, 2 nights')).text).toMatch(/^The Standard, for 2 nights\. Good news/);
  });
});
