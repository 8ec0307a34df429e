// "The cheapest", "la más barata", "la más económica" at the room-type question (or with the whole
// request): the cheapest type FREE for the caller's dates and rooms, as "any room" offers it. The
// cheapest on paper free: taken as before ("The Standard. How many rooms?"). Sold out: named, and
// the cheapest free offered with its rate ("The Standard is sold out. Our Double Queen is 180
// dollars a night. Shall I book it?"). Nothing free: the caller hears what they can still do.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { countWords } from '../../src/voice/word-budget.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';

const SOLD_OUT_EN = 'The Standard is sold out. Our Double Queen is 180 dollars a night. Shall I book it?';
const SOLD_OUT_ES =
  'Ya no tengo disponible la habitación estándar. La más económica que tengo es la habitación con dos camas Queen, a 180 dólares la noche. ¿Se la reservo?';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** Greeting to the room-type question by speech, December 12. */
async function atTheList(call: CallSession, spanish = false): Promise<void> {
  await call.start();
  await call.say(spanish ? 'quiero reservar una habitación' : 'I want to book a room', 0.95);
  await call.say(spanish ? 'el 12 de diciembre' : 'december 12', 0.95);
}

/** `left` Standard rooms free on December 12 (of 8). */
async function standardsLeft(left: number): Promise<void> {
  const taken = 8 - left;
  await bookByKeys(t.call({ from: '+13135551000' }), { date: '1212', roomType: '4', rooms: String(Math.min(5, taken)), nights: '1#' });
  if (taken > 5) await bookByKeys(t.call({ from: '+13135551001' }), { date: '1212', roomType: '4', rooms: String(taken - 5), nights: '1#' });
}

describe('the cheapest asked for at the list of rooms', () => {
  it('free on those dates: taken as before, said back', async () => {
    const call = t.call();
    await atTheList(call);
    expect(heard(await call.say('the cheapest one', 0.95))).toBe('The Standard. How many rooms?');
    const es = t.call();
    await atTheList(es, true);
    expect(heard(await es.say('la más barata', 0.95))).toBe('La habitación estándar. ¿Cuántas habitaciones?');
    // Asked as a question: its rate, and whether to book it.
    const asked = t.call();
    await atTheList(asked);
    expect(heard(await asked.say("what's your cheapest room?", 0.95))).toMatch(/^The Standard is 130 dollars a night\. Would you like it\?/);
    expect(heard(await asked.say('yes', 0.95))).toBe('How many rooms?');
  });

  it('sold out: named, and the cheapest free offered with its rate; yes books it', async () => {
    await standardsLeft(0);
    for (const said of ['the cheapest', "what's your cheapest room", 'whichever costs the least', 'the least expensive one please']) {
      const call = t.call();
      await atTheList(call);
      const offer = heard(await call.say(said, 0.95));
      expect(offer, said).toBe(SOLD_OUT_EN);
      expect(countWords(offer)).toBeLessThanOrEqual(17);
    }
    for (const said of ['la más barata', 'la más económica', 'el más barato que tenga', 'la que cueste menos']) {
      const call = t.call();
      await atTheList(call, true);
      expect(heard(await call.say(said, 0.95)), said).toBe(SOLD_OUT_ES);
    }
    const call = t.call();
    await atTheList(call);
    await call.say('the cheapest', 0.95);
    expect(heard(await call.say('yes please', 0.95))).toBe('How many rooms?');
    await call.say('one', 0.95);
    await call.say('two nights', 0.95);
    await call.say('Ana Torres', 0.95);
    await call.say('cash', 0.95);
    const readBack = heard(await call.say('yes', 0.95));
    expect(readBack).toContain('1 Double Queen room, 2 nights');
    expect(heard(await call.say('yes', 0.95))).toMatch(/confirmation number/i);
  });

  it('free for one room but not for the rooms asked: the cheapest free for all of them', async () => {
    await standardsLeft(2);
    const call = t.call();
    await call.start();
    await call.say('I need three rooms for december 12', 0.95);
    expect(heard(await call.say('the cheapest you have', 0.95))).toBe(SOLD_OUT_EN);
    const two = t.call();
    await two.start();
    await two.say('I need two rooms for december 12', 0.95);
    expect(heard(await two.say('the cheapest you have', 0.95))).toBe('The Standard. How many nights?');
  });

  it('with the whole request, by voice and by text: the dates said back, then the offer', async () => {
    await standardsLeft(0);
    const call = t.call();
    await call.start();
    expect(heard(await call.say('the cheapest room for december 12', 0.95))).toBe(`1 room, arriving Saturday, December 12. ${SOLD_OUT_EN}`);
    expect(heard(await call.say('yes', 0.95))).toBe('How many nights?');
    const guest = textingGuest(t.baseUrl, '+13125550111');
    const offer = (await guest.send('Your cheapest room for Dec 12, 2 nights please')).text;
    expect(offer).toContain('The Standard is sold out. Our Double Queen is 180 dollars a night.');
    expect((await guest.send('yes')).text).toMatch(/full name/);
  });

  it('nothing free that night: the hotel is full, and the caller hears what they can still do', async () => {
    for (const [type, rooms] of [['1', '2'], ['2', '3'], ['3', '5'], ['3', '1'], ['4', '5'], ['4', '3']] as const) {
      await bookByKeys(t.call({ from: `+1313555${rooms}${type}00` }), { date: '1212', roomType: type, rooms, nights: '1#' });
    }
    const call = t.call();
    await atTheList(call);
    expect(heard(await call.say('the cheapest', 0.95))).toBe(
      "Sorry, we're fully booked on those dates. For other dates, press 9 or say them. For the front desk, press 0.",
    );
    expect(heard(await call.say('december 14', 0.95))).toBe('Arriving Monday, December 14. How many rooms?');
  });
});
