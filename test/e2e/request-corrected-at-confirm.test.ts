// A whole request heard unsure is read back to be confirmed ("I have 1 room, arriving Monday,
// December 21, for 3 nights. If that's right, press 1."). What the caller says with the yes or the
// no is a correction of it: "yes but two rooms" had been a plain yes (one room booked, silently
// wrong), "no, four nights" a plain no (everything asked again from the arrival), "four nights
// actually" not understood. Now the details said are laid over the request and read back again.
// Signed calls through the real app; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '55502469' });
});
afterEach(async () => t.close());

async function readBackUnsure(from: string, words: string, spanish = false) {
  const call = t.call({ from });
  await call.start();
  if (spanish) await call.press('9');
  const turn = await call.say(words, 0.4);
  return { call, first: heard(turn) };
}

describe('a whole request read back, corrected with the yes or the no', () => {
  it('"yes but two rooms": read back with 2 rooms, and 2 rooms go on once confirmed', async () => {
    const { call, first } = await readBackUnsure('+12125550311', 'a room on december 21 for 3 nights');
    expect(first).toContain('I have 1 room, arriving Monday, December 21, for 3 nights.');
    const again = heard(await call.say('yes but two rooms', 0.9));
    expect(again).toContain('I have 2 rooms, arriving Monday, December 21, for 3 nights.');
    const on = heard(await call.press('1'));
    expect(on).toContain('2 rooms');
    expect(on).not.toContain('How many rooms');
  });

  it('"no, four nights" and "four nights actually": the nights replaced, the rest kept', async () => {
    for (const [from, said] of [['+12125550312', 'no four nights'], ['+12125550313', 'four nights actually']] as const) {
      const { call } = await readBackUnsure(from, 'a room on december 21 for 3 nights');
      const again = heard(await call.say(said, 0.9));
      expect(again, said).toContain('I have 1 room, arriving Monday, December 21, for 4 nights.');
    }
  });

  it('"no, it\'s the 22nd": the arrival replaced; "yes, the deluxe king": the type added; then confirmed', async () => {
    const moved = await readBackUnsure('+12125550314', 'a room on december 21 for 3 nights');
    expect(heard(await moved.call.say("no it's the 22nd", 0.9))).toContain('arriving Tuesday, December 22, for 3 nights.');
    const typed = await readBackUnsure('+12125550315', 'a room on december 21 for 3 nights');
    expect(heard(await typed.call.say('yes the deluxe king', 0.9))).toContain('Deluxe King');
    const on = heard(await typed.call.press('1'));
    expect(on).not.toMatch(/Which would you like|Our rooms/);
  });

  it('en español: "sí, pero que sean dos habitaciones", "no, cuatro noches"', async () => {
    const two = await readBackUnsure('+5215512340311', 'un cuarto para el 21 de diciembre por 3 noches', true);
    expect(two.first).toContain('21 de diciembre');
    const twoAgain = heard(await two.call.say('sí pero que sean dos habitaciones', 0.9));
    expect(twoAgain).toMatch(/2 habitaciones|dos habitaciones/);
    const four = await readBackUnsure('+5215512340312', 'un cuarto para el 21 de diciembre por 3 noches', true);
    expect(heard(await four.call.say('no, cuatro noches', 0.9))).toMatch(/4 noches|cuatro noches/);
  });

  it('a plain yes or no stands: "yes, three nights" is the yes; 2 pressed is the no', async () => {
    const same = await readBackUnsure('+12125550316', 'a room on december 21 for 3 nights');
    const yes = heard(await same.call.say('yes three nights', 0.9));
    expect(yes).not.toMatch(/(^|\. )I have /);
    expect(yes).toContain('Our rooms');
    const no = await readBackUnsure('+12125550317', 'a room on december 21 for 3 nights');
    expect(heard(await no.call.press('2'))).not.toMatch(/(^|\. )I have /);
  });
});

describe('one detail read back, another value said with the yes', () => {
  it('"yes but make it four" to 3 nights heard unsure: 4 nights read back; "yes, three" stays the yes', async () => {
    for (const [from, said, want] of [['+12125550318', 'yes but make it four', 'I have 4 nights.'], ['+12125550319', 'yes three', null]] as const) {
      const call = t.call({ from });
      await call.start();
      await call.press('1');
      await call.press('1221');
      await call.press('4');
      await call.press('1');
      const asked = heard(await call.say('three', 0.3));
      expect(asked, said).toContain('I have 3 nights.');
      const again = heard(await call.say(said, 0.9));
      if (want) expect(again, said).toContain(want);
      else expect(again, said).not.toMatch(/(^|\. )I have /);
    }
  });
});
