// A question about a room type, at the list of types or at an offer, was taken as choosing it:
// "which one has an ocean view?" booked the Ocean Suite, "how much is the double?" at an offer
// took the double. A question is answered from the hotel file (name, nightly rate, the words the
// file gives the type) and the caller asked whether they want it; what the file does not say is
// said to be unknown, with the front desk offered. Choices put as questions are still choices.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { textingGuest } from '../helpers/texting.ts';
import { WORD_BUDGETS, countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** At the list of room types, December 10 (the test clock's today is November 28). */
async function atTheList(spanish = false) {
  const call = t.call();
  await call.start();
  if (spanish) await call.press('9');
  await call.press('1');
  expect(heard(await call.say(spanish ? 'el 10 de diciembre' : 'december 10th', 0.95))).toMatch(spanish ? /Nuestras habitaciones/ : /Our rooms:/);
  return call;
}

/** Four Ocean Suites (the demo hotel has two) for 3 nights: the offer of the 2 left, the Double Queen and the Standard. */
async function atTheOffer(spanish = false) {
  const call = await atTheList(spanish);
  await call.press('1');
  await call.press('4');
  expect(heard(await call.press('3#'))).toMatch(spanish ? /Solo quedan 2: oprima 1\./ : /Just 2 left: press 1\./);
  return call;
}

/** Every line said in the turn within the prompt budget (40 words in either language), and the answer with the question after it within 45; returns what was heard. */
function withinBudget(turn: Turn): string {
  for (const s of turn.said) expect(countWords(s.text), s.text).toBeLessThanOrEqual(WORD_BUDGETS['en-US'].prompt);
  expect(countWords(heard(turn))).toBeLessThanOrEqual(45);
  return heard(turn);
}

const chosen = async () =>
  t.db.all<{ room_type: string; rooms: number }>('SELECT r.code AS room_type, h.rooms FROM holds h JOIN room_types r ON r.id = h.room_type_id WHERE h.released_at IS NULL');

describe('a question about a room type at the list of types', () => {
  it.each([
    [false, 'which one has an ocean view?', /^The Ocean Suite is 420 dollars a night\. Would you like it\? Press 1 or say yes\./],
    [false, 'how much is the double?', /^The Double Queen is 180 dollars a night\. Would you like it\? Press 3 or say yes\./],
    [false, 'does the suite have an ocean view?', /^Yes\. The Ocean Suite is 420 dollars a night\. Would you like it\?/],
    [false, 'which is the cheapest one', /^The Standard is 130 dollars a night\. Would you like it\? Press 4/],
    [true, '¿cuál tiene vista al mar?', /^Suite con vista al mar: 420 dólares por noche\. ¿Le gustaría esa\? Oprima 1 o diga que sí\./],
    [true, '¿y la doble cuánto?', /^Dos camas Queen: 180 dólares por noche\. ¿Le gustaría esa\? Oprima 3/],
  ])('spanish=%s "%s" is answered, then asked whether they want it; yes takes it', async (spanish, said, answer) => {
    const call = await atTheList(spanish);
    expect(withinBudget(await call.say(said, 0.95))).toMatch(answer);
    expect(heard(await call.say(spanish ? 'sí' : 'yes', 0.95))).toMatch(spanish ? /^¿Cuántas habitaciones\?/ : /^How many rooms\?/);
  });

  it('no, or star, hears every type again; a key still picks from the list', async () => {
    let call = await atTheList();
    await call.say('which one has an ocean view?', 0.95);
    expect(heard(await call.say('no', 0.95))).toMatch(/^Our rooms: Ocean Suite, 420 dollars a night, press 1\./);
    call = await atTheList(true);
    await call.say('¿la doble cuánto cuesta?', 0.95);
    expect(heard(await call.press('*'))).toMatch(/^Nuestras habitaciones: Suite con vista al mar/);
    expect(heard(await call.press('2'))).toMatch(/^¿Cuántas habitaciones\?/);
    await call.press('1');
    expect(heard(await call.press('2#'))).toMatch(/^Sí hay/);
    expect(await chosen()).toEqual([{ room_type: 'DLX', rooms: 1 }]);
  });

  it('two types compared: both rates, then which one', async () => {
    let call = await atTheList();
    expect(withinBudget(await call.say("what's the difference between the double and the king?", 0.95))).toBe(
      'The Double Queen is 180 dollars a night; the Deluxe King, 240. Which would you like? Double Queen, press 3. Deluxe King, press 2. For all the rooms, press star.',
    );
    call = await atTheList(true);
    expect(withinBudget(await call.say('¿qué diferencia hay entre la doble y la king?', 0.95))).toBe(
      'Dos camas Queen: 180 dólares por noche; Deluxe King, 240. ¿Cuál prefiere? Dos camas Queen: oprima 3. Deluxe King: oprima 2. Para oír todas las habitaciones, oprima asterisco.',
    );
  });

  it('what the hotel file does not say is not made up: said so, the desk offered, the type not taken', async () => {
    let call = await atTheList();
    const balcony = withinBudget(await call.say('does the suite have a balcony?', 0.95));
    expect(balcony).toMatch(/^Sorry, I don't have that detail; the front desk can tell you: press 0\. The Ocean Suite is 420 dollars a night\. Would you like it\?/);
    expect(balcony).not.toMatch(/balcon/i);
    call = await atTheList(true);
    expect(withinBudget(await call.say('¿la suite tiene jacuzzi?', 0.95))).toMatch(/^Ese dato no lo tengo; en recepción se lo pueden dar: oprima 0\. Suite con vista al mar: 420 dólares por noche\./);
    call = await atTheList();
    // (The list just heard, asked again: its names and keys, not every rate again.)
    expect(withinBudget(await call.say('which one is better?', 0.95))).toMatch(/^Sorry, I don't have that detail; the front desk can tell you: press 0\. Which room\? Ocean Suite, 1\./);
    // What the hotel's common answers say is said instead.
    call = await atTheList();
    expect(withinBudget(await call.say('is breakfast included with the suite?', 0.95))).toMatch(/^Breakfast is included, from 7 to 10 AM\. The Ocean Suite is 420 dollars a night\. Would you like it\?/);
    call = await atTheList();
    expect(withinBudget(await call.say('is the king bigger?', 0.95))).toMatch(/^Sorry, I don't have that detail.* The Deluxe King is 240 dollars a night\./);
    // Of no type in particular: said so, and the types again.
    call = await atTheList();
    expect(withinBudget(await call.say('which one has a balcony?', 0.95))).toMatch(/^Sorry, I don't have that detail; the front desk can tell you: press 0\. Which room\? Ocean Suite, 1\./);
    expect(heard(await call.press('0'))).toMatch(/front desk/);
  });

  // Not by its whole name: the type is said back first, so a wrong pick is caught at once.
  it.each([
    [false, 'can I get the suite?'],
    [false, "I'll take the one with the view"],
    [false, 'do you have an ocean view room?'],
    [true, '¿me da la suite?'],
    [true, 'quiero la que tiene vista al mar'],
  ])('spanish=%s "%s" is a choice', async (spanish, said) => {
    const call = await atTheList(spanish);
    expect(heard(await call.say(said, 0.95))).toBe(spanish ? 'La suite con vista al mar. ¿Cuántas habitaciones?' : 'The Ocean Suite. How many rooms?');
    await call.press('1');
    await call.press('2#');
    expect(await chosen()).toEqual([{ room_type: 'OCEAN', rooms: 1 }]);
  });

  it('at the greeting, a question about a type is answered and the booking begins', async () => {
    let call = t.call();
    await call.start();
    // Asked by voice: the arrival asked as one asks a speaker (test/e2e/speech-only-prompts.test.ts).
    expect(heard(await call.say('does the suite have a balcony?', 0.95))).toBe(
      "Sorry, I don't have that detail; the front desk can tell you: press 0. The Ocean Suite is 420 dollars a night. When do you arrive?",
    );
    expect(heard(await call.say('december 10th', 0.95))).toMatch(/Our rooms:/);
    call = t.call();
    await call.start();
    expect(heard(await call.say('¿cuánto cuesta la suite?', 0.95))).toMatch(/^Suite con vista al mar: 420 dólares por noche\. ¿Para qué fecha sería su llegada\?/);
  });

  it('"is the king available on the 10th?" asks for it', async () => {
    const call = t.call();
    await call.start();
    expect(heard(await call.say('is the king available on the 10th?', 0.95))).toMatch(/^1 Deluxe King room, arriving Thursday, December 10\. How many nights\?/);
  });

  it('asked after the rooms are held, another type is answered and the booking keeps its own', async () => {
    const call = t.call({ from: '+12125550111' });
    await askForStay(call); // 1 Deluxe King, December 4, 2 nights
    await call.say('Ana Torres', 0.95);
    expect(heard(await call.say('how much is the suite?', 0.95))).toBe(
      'The Ocean Suite is 420 dollars a night. How will you pay at the hotel? Credit card, press 1. Cash, 2. Debit card, 3.',
    );
    await call.press('2');
    expect(heard(await call.press('1'))).toMatch(/^For Ana Torres: 1 Deluxe King room, 2 nights/);
  });

  it('a name with a room word in it, at the name question, is no question about a room', async () => {
    const call = t.call({ from: '+12125550111' });
    await askForStay(call);
    expect(heard(await call.say('is it okay if I give you my name? it is Susan King', 0.95))).not.toMatch(/Deluxe King is|Would you like/);
  });

  it('a question at another question answers the rate and chooses nothing', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    expect(heard(await call.say('how much is the deluxe king?', 0.95))).toMatch(/^The Deluxe King is 240 dollars a night\. When do you arrive\?/);
    // The room type is still asked.
    expect(heard(await call.say('december 10th', 0.95))).toMatch(/Our rooms:/);
  });
});

describe('a question about a room type at an offer', () => {
  it.each([
    [false, 'how much is the double?', /^The Double Queen is 180 dollars a night\. Would you like it\? Press 2 or say yes\./],
    [true, '¿cuánto cuesta la doble?', /^Dos camas Queen: 180 dólares por noche\. ¿Le gustaría esa\? Oprima 2 o diga que sí\./],
  ])('spanish=%s "%s" is answered, not taken; yes then takes it', async (spanish, said, answer) => {
    const call = await atTheOffer(spanish);
    expect(withinBudget(await call.say(said, 0.95))).toMatch(answer);
    expect(await chosen()).toEqual([]);
    expect(heard(await call.say(spanish ? 'sí, esa' : 'yes please', 0.95))).toMatch(spanish ? /^Sí hay/ : /^Good news/);
    expect(await chosen()).toEqual([{ room_type: 'DQ', rooms: 4 }]);
  });

  it('a type that is not free: said so, and the choices without the apology again', async () => {
    const call = await atTheOffer();
    expect(withinBudget(await call.say('and how much is the king?', 0.95))).toBe(
      "The Deluxe King is 240 dollars a night. It isn't free for those dates. Just 2 left: press 1. Double Queen, 180 dollars a night: press 2. Standard, 130: press 3. Other dates: press 9.",
    );
    expect(heard(await call.say('no', 0.95))).not.toMatch(/^Good news/);
    expect(await chosen()).toEqual([]);
  });

  it('the type asked for, of which fewer are left: its rate, and the choices say how many', async () => {
    const call = await atTheOffer(true);
    expect(withinBudget(await call.say('¿y cuánto cuesta la suite?', 0.95))).toBe(
      'Suite con vista al mar: 420 dólares por noche. Solo quedan 2: oprima 1. Dos camas Queen, 180 dólares por noche: oprima 2. Estándar, 130: oprima 3. Otras fechas: oprima 9.',
    );
  });

  it('words that mean something else at the offer keep their meaning', async () => {
    const call = await atTheOffer();
    expect(heard(await call.say('I want other dates', 0.95))).toMatch(/^When do you arrive\?/);
  });

  it('a question the file cannot answer, of no type: said so, then the choices', async () => {
    const call = await atTheOffer(true);
    expect(withinBudget(await call.say('¿cuál me recomienda?', 0.95))).toMatch(/^Ese dato no lo tengo; en recepción se lo pueden dar: oprima 0\. Solo quedan 2: oprima 1\./);
  });

  it('no hears the choices again', async () => {
    const call = await atTheOffer(true);
    await call.say('¿y la estándar cuánto?', 0.95);
    expect(heard(await call.say('no', 0.95))).toMatch(/^Lo siento, no tenemos 4 suites con vista al mar disponibles/);
    expect(await chosen()).toEqual([]);
  });
});

describe('by text', () => {
  it('a question about a type is answered and YES takes it', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550142');
    await guest.send('book a room');
    expect((await guest.send('dec 10')).text).toMatch(/Which room would you like\?/);
    expect((await guest.send('which one has an ocean view?')).text).toBe('The Ocean Suite is 420 dollars a night. Would you like it? Reply YES, or NO to see all the rooms.');
    expect((await guest.send('yes')).text).toMatch(/How many rooms\?/);
  });
});

// Picked at the list by other words than its name: said back before the next question, so a wrong
// pick is caught at once; by its key or its whole name, not (no extra words).
describe('a room type picked by other words than its name', () => {
  it.each([
    [false, 'the cheapest one', 'The Standard. How many rooms?'],
    [false, 'the king', 'The Deluxe King. How many rooms?'],
    [false, 'the one with the view', 'The Ocean Suite. How many rooms?'],
    [true, 'la más barata', 'La habitación estándar. ¿Cuántas habitaciones?'],
    [true, 'la de lujo', 'La habitación Deluxe King. ¿Cuántas habitaciones?'],
    // A place in the list just read out, as its key would pick it.
    [false, 'option two', 'The Deluxe King. How many rooms?'],
    [false, 'the last one', 'The Standard. How many rooms?'],
    [true, 'la segunda', 'La habitación Deluxe King. ¿Cuántas habitaciones?'],
  ])('spanish=%s "%s" is said back before the next question', async (spanish, said, next) => {
    const call = await atTheList(spanish);
    const turn = await call.say(said, 0.95);
    expect(heard(turn)).toBe(next);
    // Two to four words more than the question alone: about a second and a half at 150 words a minute.
    expect(countWords(turn.said[0]!.text)).toBeLessThanOrEqual(4);
    expect(turn.said).toHaveLength(2);
  });

  it.each([
    [false, 'deluxe king', 'How many rooms?'],
    [false, "I'll take the deluxe kings please", 'How many rooms?'],
    [true, 'la suite con vista al mar', '¿Cuántas habitaciones?'],
    [true, 'estándar', '¿Cuántas habitaciones?'],
  ])('spanish=%s by its name ("%s"): not said back', async (spanish, said, next) => {
    const call = await atTheList(spanish);
    expect(heard(await call.say(said, 0.95))).toBe(next);
  });

  it.each([
    ['the first', 'OCEAN'],
    ['the 2nd', 'DLX'],
  ])('"%s" at the list is a room, not a date: the arrival stays December 10', async (said, code) => {
    const call = await atTheList();
    await call.say(said, 0.95);
    await call.press('1');
    await call.press('2#');
    const held = await t.db.get<{ code: string; arrival: string }>(
      'SELECT r.code, h.arrival FROM holds h JOIN room_types r ON r.id = h.room_type_id WHERE h.call_sid = ? AND h.released_at IS NULL',
      [call.callSid],
    );
    expect(held).toEqual({ code, arrival: '2026-12-10' });
  });

  it('"two" alone is not a place in the list (it may be the rooms)', async () => {
    const call = await atTheList();
    expect(heard(await call.say('two', 0.95))).toMatch(/^Sorry, I didn't understand that\./);
  });

  it('by its key: not said back', async () => {
    const call = await atTheList();
    expect(heard(await call.press('2'))).toBe('How many rooms?');
  });

  it('by text, "the cheapest" is said back; "Deluxe King" and "2" are not', async () => {
    const texts = ['the cheapest', 'Deluxe King', '2'];
    const replies: string[] = [];
    for (const [i, said] of texts.entries()) {
      const guest = textingGuest(t.baseUrl, `+1212555017${i}`);
      expect((await guest.send('a room for dec 15 please')).text).toMatch(/Which room/);
      replies.push((await guest.send(said)).text);
    }
    expect(replies[0]).toMatch(/^The Standard\. How many/);
    expect(replies[1]).toMatch(/^How many/);
    expect(replies[2]).toMatch(/^How many/);
  });
});
