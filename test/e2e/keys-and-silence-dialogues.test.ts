// Whole calls with silence, "*" and wrong keys at each question, a question asked twice, and a
// price asked before a room is chosen: each question asked again (explained when missed), nothing
// taken that was not meant, and the booking still made.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { callRow } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** Each answer of a keypad booking, and what a silence at its question is answered with. */
const BOOKING: [answer: [kind: 'press' | 'say', value: string], onSilence: RegExp][] = [
  [['press', '1'], /^Sorry, I didn't hear anything\. To book a room, press 1 or say "book a room"\./],
  [['press', '1204'], /^Sorry, I didn't hear anything\. Please say your arrival date, like "next Friday"/],
  [['press', '2'], /^Sorry, I didn't hear anything\. Press the key for the room you want, or say its name: Ocean Suite, 1\./],
  [['press', '1'], /^Sorry, I didn't hear anything\. Please press one key, 1 to 5, for the number of rooms/],
  [['press', '2#'], /^Sorry, I didn't hear anything\. Key in the number of nights, up to 30, then pound/],
  [['say', 'Ana Torres'], /^Sorry, I didn't hear anything\. Please say your first and last name\.$/],
  [['press', '1'], /^Sorry, I didn't hear anything\. Press 1 for credit card, 2 for cash, or 3 for debit card\./],
  [['press', '1'], /^Sorry, I didn't hear anything\. Press 1 for the number ending in/],
];

describe('silence, star and wrong keys at every question', () => {
  it('a silence at each question: each re-asked with more help, and the booking made', async () => {
    const call = t.call();
    await call.start();
    for (const [[kind, value], onSilence] of BOOKING) {
      expect(heard(await call.silence())).toMatch(onSilence);
      await (kind === 'press' ? call.press(value) : call.say(value, 0.95));
    }
    expect(heard(await call.silence())).toBe("Sorry, I didn't hear anything. To confirm this reservation, press 1. To change something, press 2. To hear it again, press 3.");
    expect(heard(await call.press('1'))).toMatch(/^You're booked\./);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('booked');
  });

  it('star at each question: the question again, word for word, never a miss', async () => {
    const call = t.call();
    let asked = heard(await call.start());
    for (const [[kind, value]] of BOOKING) {
      const again = heard(await call.press('*'));
      // The greeting's star repeats the menu; the room list after "Arriving …" is said without the date.
      expect(asked.endsWith(again) || asked.includes(again)).toBe(true);
      asked = heard(await (kind === 'press' ? call.press(value) : call.say(value, 0.95)));
    }
    expect(heard(await call.press('1'))).toMatch(/^You're booked\./);
  });

  it('wrong keys (and a month 13) at the date, room type, nights, payment, callback and read-back: explained, then taken', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    expect(heard(await call.press('7'))).toMatch(/^Sorry, I didn't understand that\. Please say your arrival date/);
    expect(heard(await call.press('1332'))).toMatch(/^13 is not a month\./);
    await call.press('1204');
    expect(heard(await call.press('7'))).toMatch(/^Sorry, I didn't understand that\. Press the key for the room you want/);
    await call.press('2');
    await call.press('1');
    expect(heard(await call.press('99#'))).toMatch(/^We can book up to 30 nights at a time\./);
    expect(heard(await call.press('#'))).toMatch(/^Sorry, I didn't hear anything\. Key in the number of nights/);
    await call.press('2#');
    await call.say('Ana Torres', 0.95);
    expect(heard(await call.press('5'))).toMatch(/^Sorry, I didn't understand that\. Press 1 for credit card/);
    await call.press('1');
    expect(heard(await call.press('555#'))).toMatch(/^That phone number doesn't seem right\./);
    await call.press('1');
    expect(heard(await call.press('5'))).toMatch(/^Sorry, I didn't understand that\. To confirm this reservation, press 1/);
    expect(heard(await call.press('1'))).toMatch(/^You're booked\./);
  });

  it('three wrong keys in a row: the front desk, with the apology said once', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('7');
    await call.press('8');
    const third = await call.press('9');
    expect(third.waitingFor).toBe('dial');
    expect(heard(third).match(/sorry/gi)).toHaveLength(1);
  });

  it('keys where the name is asked: asked to say it, and the booking goes on', async () => {
    const call = t.call();
    await call.start();
    for (const k of ['1', '1204', '2', '1', '2#']) await call.press(k);
    expect(heard(await call.press('1'))).toBe("Sorry, I didn't understand that. Please say your first and last name now.");
    expect(heard(await call.say('Ana Torres', 0.95))).toMatch(/^How will you pay at the hotel\?/);
  });

  it('"change something", a wrong key, then star: the details listed again, not the read-back', async () => {
    const call = t.call();
    await call.start();
    for (const k of ['1', '1204', '2', '1', '2#']) await call.press(k);
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    await call.press('1');
    expect(heard(await call.press('3'))).toMatch(/^For Ana Torres: 1 Deluxe King room/);
    await call.press('2');
    expect(heard(await call.press('9'))).toMatch(/^Sorry, I didn't understand that\. Press the key of the detail to change/);
    expect(heard(await call.press('*'))).toMatch(/^Press the key of the detail to change: arrival date, 1\./);
  });
});

describe('asked twice, and asked too soon', () => {
  it('the same question twice at the room list: answered both times, the list kept, nothing taken', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    const first = heard(await call.say('is breakfast included?', 0.95));
    // The list just heard is said short after the answer (names and keys), both times.
    expect(first).toBe('Breakfast is included, from 7 to 10 AM. Which room? Ocean Suite, 1. Deluxe King, 2. Double Queen, 3. Standard, 4.');
    expect(heard(await call.say('is breakfast included?', 0.95))).toBe(first);
    expect(heard(await call.press('2'))).toBe('How many rooms?');
  });

  it('"how much would it be in total?" before a room is chosen: the list with its rates, no apology', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    const turn = await call.say('how much would it be in total?', 0.95);
    expect(heard(turn)).toBe('Our rooms: Ocean Suite, 420 dollars a night, press 1. Deluxe King, 240, press 2. Double Queen, 180, press 3. Standard, 130, press 4.');
  });

  it('the same in Spanish', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.press('1204');
    const turn = await call.say('¿cuánto sería en total?', 0.95);
    expect(heard(turn)).toMatch(/^Nuestras habitaciones: Suite con vista al mar, 420 dólares por noche: oprima 1\./);
  });
});
