// "Any room", "whatever you have", "me da igual", "lo que tenga" at the room-type question: the
// cheapest type free for the caller's dates and rooms is offered in one short sentence with its
// rate ("Our Standard is 130 dollars a night. Shall I book it?"); yes takes it, no hears the types
// (short), a type named instead is taken. Availability questions, a feature asked for and another
// detail left open ("cualquier día") are not read as such.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { countWords } from '../../src/voice/word-budget.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

const OFFER_EN = 'Our Standard is 130 dollars a night. Shall I book it?';
const OFFER_ES = 'La más económica que tengo es la habitación estándar, a 130 dólares la noche. ¿Se la reservo?';

let t: TestApp;
afterEach(async () => t.close());

/** Greeting to the room-type question by speech, December 12. */
async function atTheList(call: CallSession, spanish = false): Promise<void> {
  await call.start();
  await call.say(spanish ? 'quiero reservar una habitación' : 'I want to book a room', 0.95);
  await call.say(spanish ? 'el 12 de diciembre' : 'december 12', 0.95);
}

describe('the choice of room left to the hotel', () => {
  beforeEach(async () => {
    t = await startTestApp();
  });

  it('in English: the cheapest free offered in one short sentence, and yes books it on', async () => {
    for (const said of ['any room is fine', 'whatever you have', "doesn't matter", "I don't care which one", 'surprise me']) {
      const call = t.call();
      await atTheList(call);
      const offer = await call.say(said, 0.95);
      expect(heard(offer), said).toBe(OFFER_EN);
      expect(countWords(heard(offer))).toBeLessThanOrEqual(11);
    }
    const call = t.call();
    await atTheList(call);
    await call.say('any room', 0.95);
    expect(heard(await call.say('yes please', 0.95))).toBe('How many rooms?');
    await call.say('just one', 0.95);
    await call.say('two nights', 0.95);
    await call.say('Ana Torres', 0.95);
    await call.say('cash', 0.95);
    const readBack = heard(await call.say('yes', 0.95));
    expect(readBack).toContain('1 Standard room, 2 nights');
    expect(heard(await call.say('yes', 0.95))).toMatch(/confirmation number/i);
  });

  it('in Spanish: la más económica libre, con su precio; "sí" sigue', async () => {
    for (const said of ['lo que tenga', 'la que sea', 'me da igual', 'cualquiera está bien', 'la que usted me recomiende']) {
      const call = t.call();
      await atTheList(call, true);
      const offer = await call.say(said, 0.95);
      expect(heard(offer), said).toBe(OFFER_ES);
      expect(countWords(heard(offer))).toBeLessThanOrEqual(17);
    }
    const call = t.call();
    await atTheList(call, true);
    await call.say('me da igual', 0.95);
    expect(heard(await call.say('sí, por favor', 0.95))).toBe('¿Cuántas habitaciones?');
  });

  it('the cheapest free for the rooms asked: the Standard sold out, or fewer left than asked, the next one up', async () => {
    await bookByKeys(t.call({ from: '+13135551000' }), { date: '1212', roomType: '4', rooms: '5', nights: '1#' });
    await bookByKeys(t.call({ from: '+13135551001' }), { date: '1212', roomType: '4', rooms: '1', nights: '1#' });
    // Two Standard rooms left: one is free for one room, not for three.
    const one = t.call();
    await atTheList(one);
    expect(heard(await one.say('any room', 0.95))).toBe(OFFER_EN);
    const three = t.call();
    await three.start();
    await three.say('I need three rooms for december 12', 0.95);
    expect(heard(await three.say("whatever you've got", 0.95))).toBe('Our Double Queen is 180 dollars a night. Shall I book it?');
    expect(heard(await three.say('sure', 0.95))).toBe('How many nights?');
  });

  it('no hears the types short; a type named instead is taken; "repeat that" hears the offer again', async () => {
    const no = t.call();
    await atTheList(no);
    await no.say('any room', 0.95);
    expect(heard(await no.say('no', 0.95))).toBe('Which room: Ocean Suite, Deluxe King, Double Queen or Standard?');
    expect(heard(await no.say('the deluxe king', 0.95))).toBe('How many rooms?');

    const named = t.call();
    await atTheList(named);
    await named.say("doesn't matter", 0.95);
    expect(heard(await named.say('no, the double queen', 0.95))).toBe('How many rooms?');

    const again = t.call();
    await atTheList(again, true);
    await again.say('lo que tenga', 0.95);
    expect(heard(await again.say('¿me lo repite?', 0.95))).toBe(OFFER_ES);
    expect(heard(await again.say('no, gracias', 0.95))).toBe('¿Cuál prefiere: Suite con vista al mar, Deluxe King, Dos camas Queen o Estándar?');
  });

  it('a caller on the keypad keeps the keys: the offer names its key, star hears every room', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1212');
    const offer = await call.say('whatever you have', 0.95);
    expect(heard(offer)).toBe('Our Standard is 130 dollars a night. Shall I book it? Press 4 or say yes. For all the rooms, press star.');
    expect(heard(await call.press('*'))).toMatch(/^Our rooms: Ocean Suite, 420 dollars a night, press 1\./);
    await call.say('any room', 0.95);
    expect(heard(await call.press('4'))).toBe('How many rooms?');
  });

  it('said with other details, at the greeting or the list: those taken, and the cheapest free offered for them', async () => {
    const call = t.call();
    await call.start();
    expect(heard(await call.say('I need a room for december 12, any room is fine', 0.95))).toBe(`1 room, arriving Saturday, December 12. ${OFFER_EN}`);
    expect(heard(await call.say('yes', 0.95))).toBe('How many nights?');

    const es = t.call();
    await es.start();
    await es.press('9');
    expect(heard(await es.say('quiero dos habitaciones, la que sea', 0.95))).toMatch(/^¿Para qué fecha sería su llegada\?/);
    // The two rooms kept: "¿Se las reservo?".
    expect(heard(await es.say('el 12 de diciembre', 0.95))).toBe(
      'Llegada el sábado 12 de diciembre. La más económica que tengo es la habitación estándar, a 130 dólares la noche. ¿Se las reservo? Oprima 4 o diga que sí. Para oír todas las habitaciones, oprima asterisco.',
    );

    const atList = t.call();
    await atTheList(atList);
    expect(heard(await atList.say('two rooms, any type is fine', 0.95))).toBe(`2 rooms. ${OFFER_EN}`);
    expect(heard(await atList.say('yes', 0.95))).toBe('How many nights?');
    // Another detail left open is not the room: "whatever day" at the date.
    const day = t.call();
    await day.start();
    expect(heard(await day.say("I'd like to book a room, whatever day you have free next week", 0.95))).not.toContain('Shall I book it');
  });

  it('not the choice left open: an availability question, a feature asked for, another detail', async () => {
    const call = t.call();
    await atTheList(call);
    expect(heard(await call.say('do you have any rooms for the 5th?', 0.95))).toBe(
      'Arriving Saturday, December 5. Which room: Ocean Suite, Deluxe King, Double Queen or Standard?',
    );
    expect(heard(await call.say('any room with two beds?', 0.95))).toMatch(/^The Double Queen is 180 dollars a night\. Would you like it\?/);
    const es = t.call();
    await atTheList(es, true);
    expect(heard(await es.say('cualquier día', 0.95))).not.toContain('más económica');
  });

  it('by text: the offer written, YES takes it', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550191');
    await guest.send('I want to book a room for december 12');
    const offer = await guest.send('whatever you have is fine');
    expect(offer.text).toContain('Our Standard is 130 dollars a night.');
    expect(offer.text).not.toMatch(/press/i);
    expect((await guest.send('yes')).text).toContain('How many nights?');
  });

  it('by text, the whole stay with the choice left open: the offer for those dates', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550192');
    const offer = await guest.send('Hi, I would like to book a room for Dec 26, 2 nights, any room is fine');
    expect(offer.text).toContain('Our Standard is 130 dollars a night.');
    expect((await guest.send('yes')).text).toMatch(/full name/);
  });

  it('nothing free that night: the hotel is full, and the caller hears what they can still do', async () => {
    for (const [type, rooms] of [['1', '2'], ['2', '3'], ['3', '5'], ['3', '1'], ['4', '5'], ['4', '3']] as const) {
      await bookByKeys(t.call({ from: `+1313555${rooms}${type}00` }), { date: '1212', roomType: type, rooms, nights: '1#' });
    }
    const call = t.call();
    await atTheList(call);
    expect(heard(await call.say('any room', 0.95))).toBe(
      "Sorry, we're fully booked on those dates. For other dates, press 9 or say them. For the front desk, press 0.",
    );
    expect(heard(await call.say('december 14', 0.95))).toMatch(/Which room|Our rooms/);
  });
});

describe('the choice left to a hotel of the group in pesos', () => {
  beforeEach(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP });
  });

  it('Sierra: the cheapest free in pesos, by text in Spanish too', async () => {
    const call = t.call({ to: SIERRA, from: '+525512345678' });
    await call.start();
    await call.say('quiero reservar para el 12 de diciembre', 0.95);
    const offer = heard(await call.say('la que sea, me da igual', 0.95));
    expect(offer).toMatch(/^La más económica que tengo es la habitación sencilla, a 1,200 pesos la noche\. ¿Se la reservo\?/);
    const guest = textingGuest(t.baseUrl, '+525512340009', SIERRA);
    await guest.send('Hola, quiero una habitación para el 12 de diciembre');
    const texted = await guest.send('lo que tenga');
    expect(texted.text).toContain('1,200 pesos');
    expect((await guest.send('sí')).text).toContain('¿Cuántas');
  });
});
