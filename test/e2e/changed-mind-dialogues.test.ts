// Whole calls where the guest changes an earlier answer at a later question: the new detail is
// taken, the rooms checked again when the stay changed, and the question they were at asked again;
// the read-back has every change. A detail said again unchanged is not checked, nor said held, again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a guest who changes an earlier answer', () => {
  it('"wait, make that the 12th" at the payment question: arrival moved, checked, payment asked again', async () => {
    const call = t.call();
    await askForStay(call); // Deluxe King, 1 room, Dec 4, 2 nights
    await call.say('Ana Torres', 0.95);
    const atPayment = await call.say('wait, make that the 12th', 0.95);
    expect(heard(atPayment)).toBe(
      "Arriving Saturday, December 12. Good news: it's available and on hold for you. How will you pay at the hotel? Credit card, press 1. Cash, 2. Debit card, 3.",
    );
    await call.press('1');
    const readBack = await call.press('1');
    expect(heard(readBack)).toMatch(/^For Ana Torres: 1 Deluxe King room, 2 nights from Saturday, December 12: 480 dollars/);
  });

  it('"mejor dos habitaciones" at the name question: two rooms held, the name asked again', async () => {
    const call = t.call();
    await askForStay(call, { spanish: true });
    const atName = await call.say('mejor dos habitaciones', 0.95);
    expect(heard(atName)).toBe('2 habitaciones. Sí hay disponibilidad; se las apartamos mientras terminamos. ¿Me da su nombre completo, por favor?');
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^A nombre de Ana Torres: 2 habitaciones Deluxe King, 2 noches .*: 960 dólares/);
  });

  it('"actually the suite" at the callback question: the suite held, the callback asked again', async () => {
    const call = t.call();
    await askForStay(call);
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    const atCallback = await call.say('actually the suite', 0.95);
    expect(heard(atCallback)).toMatch(/^The Ocean Suite\. Good news: it's available and on hold for you\. Can we call you at the number ending in/);
    expect(heard(await call.press('1'))).toMatch(/^For Ana Torres: 1 Ocean Suite, 2 nights from Friday, December 4: 840 dollars, paid by credit card/);
  });

  it('several changes in one breath at the read-back: all taken, checked, read back again', async () => {
    const call = t.call();
    await keypadToReadBack(call);
    const again = await call.say('make it two rooms and three nights, and pay cash', 0.95);
    expect(heard(again)).toMatch(
      /^2 rooms, for 3 nights\. Good news: they're available and on hold for you\. For Ana Torres: 2 Deluxe King rooms, 3 nights from Friday, December 4: 1,440 dollars, paid in cash\./,
    );
  });

  it('"mejor que sean tres noches y en efectivo" at the read-back, in Spanish', async () => {
    const call = t.call();
    await keypadToReadBack(call, { spanish: true });
    const again = await call.say('mejor que sean tres noches y en efectivo', 0.95);
    expect(heard(again)).toMatch(/^Por 3 noches\. Sí hay disponibilidad; .* A nombre de Ana Torres: una habitación Deluxe King, 3 noches .*: 720 dólares, pago en efectivo\./);
  });

  it('the name corrected at the read-back, the rest kept', async () => {
    const call = t.call();
    await keypadToReadBack(call);
    const again = await call.say('no, the name is Ana Torres Luna', 0.95);
    expect(heard(again)).toMatch(/^For Ana Torres Luna: 1 Deluxe King room, 2 nights from Friday, December 4: 480 dollars, paid by credit card\./);
  });

  it('"change something", then the arrival by voice: only the date asked, the rest kept', async () => {
    const call = t.call();
    await keypadToReadBack(call);
    expect(heard(await call.press('2'))).toMatch(/^What would you like to change\? Arrival date, press 1/);
    expect(heard(await call.say('the arrival date', 0.95))).toMatch(/^When do you arrive\?/);
    const again = await call.say('december 12', 0.95);
    expect(heard(again)).toMatch(/^Arriving Saturday, December 12\. Good news: .* For Ana Torres: 1 Deluxe King room, 2 nights from Saturday, December 12/);
  });

  it('the arrival changed at the rooms question: the new date said back, the rooms asked again', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('2');
    expect(heard(await call.say('actually arriving the 5th', 0.95))).toBe('Arriving Saturday, December 5. How many rooms?');
  });
});

describe('a detail said again, unchanged', () => {
  it('"one room" at the name question, one room held: not said held again', async () => {
    const call = t.call();
    await askForStay(call);
    const atName = await call.say('just one room', 0.95);
    expect(heard(atName)).not.toMatch(/available|on hold/);
    expect(heard(atName)).toMatch(/May I have your full name\?$/);
  });

  it('by text, "1 room" after the rooms were held: the name asked, no second "available"', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550181');
    await guest.send('Hi');
    await guest.send('a double queen for dec 4');
    expect((await guest.send('2 nights')).text).toMatch(/available, and held for you while we finish\. What is your full name\?$/);
    expect((await guest.send('1 room')).text).toBe('1 room. What is your full name?');
  });
});

describe('other dates asked for after the date was given', () => {
  it('"quiero cambiar la fecha" at the rooms question: the date asked again, the room type kept', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.press('1204');
    await call.press('2');
    expect(heard(await call.say('quiero cambiar la fecha', 0.95))).toMatch(/^¿Para qué fecha sería su llegada\?/);
    expect(heard(await call.press('1210'))).toBe('Llegada el jueves 10 de diciembre. ¿Cuántas habitaciones?');
    await call.press('1');
    await call.press('2#');
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^A nombre de Ana Torres: una habitación Deluxe King, 2 noches desde el jueves 10 de diciembre/);
  });

  it('"can we do different dates?" at the name question is no name: the date asked, then the name', async () => {
    const call = t.call();
    await askForStay(call);
    const turn = await call.say('can we do different dates?', 0.95);
    expect(heard(turn)).toMatch(/^When do you arrive\?/);
    expect(heard(await call.say('december 12', 0.95))).toBe("Arriving Saturday, December 12. Good news: it's available and on hold for you. May I have your full name?");
  });

  it('by text, "can we change the dates?" at the payment question: the date asked, then payment again', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550182');
    await guest.send('hi a deluxe for dec 4, 2 nights');
    await guest.send('Ana Torres');
    expect((await guest.send('actually can we change the dates?')).text).toMatch(/^What date will you arrive\?/);
    expect((await guest.send('dec 12')).text).toBe(
      "Arriving Saturday, December 12. Good news: it's available, and held for you while we finish. How will you pay at the hotel: credit card, cash or debit card?",
    );
  });
});
