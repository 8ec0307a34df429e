// Whole calls where the guest steers rather than answers: "go back" at any question (the one before
// asked again, the rest kept), a confirmation number given at the greeting or the menu (looked up,
// with the last name first from another phone), a person asked for in Spanish at the English
// greeting (answered, and whispered about, in Spanish), and the keys every question shares (*, 0,
// silence) at the questions added lately.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { askForStay, bookByKeys, heard, keypadToReadBack, moreSuitesThanLeft } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  const numbers = ['43961045', '43961046'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
});
afterEach(async () => t.close());

describe('"go back" at a question: the one before, the rest kept', () => {
  it('at the rooms question, "go back": the room list again; the date kept', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('december 10', 0.95);
    await call.press('2');
    expect(heard(await call.say('go back', 0.95))).toMatch(/^Our rooms: Ocean Suite, 420 dollars a night, press 1\./);
    expect(heard(await call.press('3'))).toBe('How many rooms?');
    await call.press('1');
    const held = await call.press('2#');
    expect(heard(held)).toMatch(/^Good news/);
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^For Ana Torres: 1 Double Queen room, 2 nights from Thursday, December 10/);
  });

  it('"regresa" in Spanish, twice: the room type, then the arrival', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.say('el 10 de diciembre', 0.95);
    await call.press('1');
    expect(heard(await call.say('regresa', 0.95))).toMatch(/^Nuestras habitaciones:/);
    expect(heard(await call.say('la pregunta anterior, por favor', 0.95))).toMatch(/^¿Para qué fecha sería su llegada\?/);
  });

  it('at the arrival question: back to the menu', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    expect(heard(await call.say('go back', 0.95))).toBe('To book a room, press 1. For an existing reservation, 2. For the front desk, 0.');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.mainMenu']);
  });

  it('at the name question "go back" is no name: the nights asked again, then the name', async () => {
    const call = t.call();
    await askForStay(call);
    expect(heard(await call.say('go back', 0.95))).toMatch(/^How many nights\?/);
    expect(heard(await call.say('three nights', 0.95))).toBe("Good news: it's available and on hold for you. May I have your full name?");
  });

  it('at the payment question the name; at the callback question the payment; at the read-back the callback', async () => {
    const call = t.call();
    await askForStay(call);
    await call.say('Ana Torres', 0.95);
    expect(heard(await call.say('regresa', 0.95))).toBe('May I have your full name?');
    await call.say('Ana Ruiz', 0.95);
    await call.press('1');
    expect(heard(await call.say('can we go back?', 0.95))).toMatch(/^How will you pay at the hotel\?/);
    await call.press('2');
    await call.press('1');
    expect(heard(await call.say('previous question', 0.95))).toMatch(/^Can we call you at the number ending in 0 1 2 3\?/);
    expect(heard(await call.press('1'))).toMatch(/^For Ana Ruiz: 1 Deluxe King room, 2 nights from Friday, December 4: 480 dollars, paid in cash\./);
  });

  it('at an offer: back to the nights; fewer nights may fit', async () => {
    const call = t.call();
    await moreSuitesThanLeft(call, { rooms: 3, nights: 2 });
    expect(heard(await call.say('go back', 0.95))).toMatch(/^How many nights\?/);
  });

  it('"I want to go back to the 12th" is still a date, not a step back', async () => {
    const call = t.call();
    await askForStay(call);
    expect(heard(await call.say('actually I want to go back to the 12th', 0.95))).toMatch(/^Arriving Saturday, December 12\./);
  });
});

describe('a confirmation number at the greeting or the menu', () => {
  beforeEach(async () => {
    await bookByKeys(t.call({ from: '+12125550111' })); // 43961045, Ana Torres
  });

  it('said at the greeting from another phone: the last name first, then the reservation', async () => {
    const call = t.call({ from: '+13055550199' });
    await call.start();
    expect(heard(await call.say('my confirmation number is 4396 1045', 0.95))).toBe('For your security, please say the last name on the reservation.');
    const found = await call.say('Torres', 0.95);
    expect(heard(found)).toMatch(/^Reservation 4 3 9 6, 1 0 4 5: 1 Deluxe King room, 2 nights/);
  });

  it('said in Spanish at the English greeting: the last name asked in Spanish', async () => {
    const call = t.call({ from: '+13055550199' });
    await call.start();
    expect(heard(await call.say('hola, mi número de confirmación es 43961045', 0.95))).toBe(
      'Por su seguridad, ¿me dice el apellido del titular de la reservación?',
    );
  });

  it('said at the Spanish menu, after 9: asked in Spanish', async () => {
    const call = t.call({ from: '+13055550199' });
    await call.start();
    await call.press('9');
    await call.say('tengo una reservación, es la 43961045', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
  });

  it('texted as the first message: the last name asked, not the number again', async () => {
    const guest = textingGuest(t.baseUrl, '+13055550199');
    const reply = await guest.send('43961045');
    expect(reply.text).not.toMatch(/confirmation number/i);
    expect((await guest.send('Torres')).text).toMatch(/43961045/);
  });

  it('*, silence and 0 at the last-name question: the question again, a re-prompt, the desk', async () => {
    const call = t.call({ from: '+13055550199' });
    await call.start();
    await call.say('43961045', 0.95);
    expect(heard(await call.press('*'))).toBe('For your security, please say the last name on the reservation.');
    expect(heard(await call.silence())).toMatch(/^Sorry, I didn't hear anything\. Please say the last name/);
    const desk = await call.press('0');
    expect(desk.waitingFor).toBe('dial');
  });
});

describe('a date said with its year at the greeting is a booking, not a confirmation number', () => {
  it('"december 20 2026" by voice, and texted as "dec 20 2026" or "12-20-2026": the stay read back', async () => {
    const call = t.call({ from: '+13055550199' });
    await call.start();
    expect(heard(await call.say("I'd like to book december 20 2026 for 2 nights", 0.95))).toMatch(/arriving Sunday, December 20, for 2 nights/i);
    expect((await textingGuest(t.baseUrl, '+13055550198').send('room dec 20 2026 2 nights')).text).toMatch(/arriving Sunday, December 20, for 2 nights/i);
    expect((await textingGuest(t.baseUrl, '+13055550197').send('quiero reservar el 20 12 2026, 2 noches')).text).toMatch(/llegada el dom\. 20 de dic\., por 2 noches/i);
    expect((await textingGuest(t.baseUrl, '+13055550196').send('12-20-2026 for 2 nights')).text).toMatch(/arriving Sunday, December 20, for 2 nights/i);
  });

  it('a confirmation number said with a date is still looked up', async () => {
    await bookByKeys(t.call({ from: '+12125550111' })); // 43961045
    const call = t.call({ from: '+13055550199' });
    await call.start();
    expect(heard(await call.say('my reservation for december 20 2026, confirmation 4396 1045', 0.95))).toBe('For your security, please say the last name on the reservation.');
    expect((await textingGuest(t.baseUrl, '+13055550198').send('reservation 43961045 on 12-20-2026')).text).toMatch(/last name/);
  });
});

describe('a person asked for in the other language', () => {
  it('"quiero hablar con el gerente" at the English greeting: answered in Spanish, the desk told they speak Spanish', async () => {
    const call = t.call();
    await call.start();
    const turn = await call.say('quiero hablar con el gerente', 0.95);
    // (Someone asked for by title: the desk puts them through, and hears whom: d25-someone-asked.)
    expect(heard(turn)).toBe('En recepción le comunican. Un momento, por favor.');
    expect(turn.waitingFor).toBe('dial');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('speaking Spanish');
    expect(desk.whisperText).toContain('They asked for el gerente.');
  });

  it('"front desk" alone in a Spanish call stays Spanish (two words say too little)', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    expect(heard(await call.say('front desk', 0.95))).toBe('Le comunico con recepción. Un momento, por favor.');
  });

  it('"can I talk to a person please" in a Spanish call: answered in English', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    expect(heard(await call.say('can I talk to a person please', 0.95))).toBe('Connecting you to the front desk. Please hold.');
  });
});

describe('the keys every question shares, at an offer', () => {
  it('* repeats the offer, silence re-asks with the desk, 0 is the desk', async () => {
    const call = t.call();
    const offer = heard(await moreSuitesThanLeft(call, { rooms: 3, nights: 2 }));
    expect(heard(await call.press('*'))).toBe(offer);
    expect(heard(await call.silence())).toMatch(/^Sorry, I didn't hear anything\. Just 2 left: press 1\. .* For the front desk, press 0\.$/);
    expect((await call.press('0')).waitingFor).toBe('dial');
  });
});

describe('the read-back of several rooms in Spanish', () => {
  it('"2 habitaciones con dos camas Queen", as an agent says it', async () => {
    const call = t.call();
    const readBack = await keypadToReadBack(call, { spanish: true, roomType: '3', rooms: '2' });
    expect(heard(readBack)).toMatch(/^A nombre de Ana Torres: 2 habitaciones con dos camas Queen, 2 noches desde el viernes 4 de diciembre/);
  });
});
