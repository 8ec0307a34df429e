// Whole calls and texts where the guest asks something at every question (parking, a price, breakfast,
// check-in, the total, pets, the address): each is answered, the same question asked again, and
// nothing collected is lost; the booking is read back whole.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

type Step = [kind: 'press' | 'say', value: string, expected: RegExp | string];

async function play(steps: Step[], spanish = false): Promise<void> {
  const call = t.call();
  await call.start();
  if (spanish) await call.press('9');
  for (const [kind, value, expected] of steps) {
    const turn = heard(await (kind === 'press' ? call.press(value) : call.say(value, 0.95)));
    if (typeof expected === 'string') expect(turn, value).toBe(expected);
    else expect(turn, value).toMatch(expected);
  }
}

describe('questions asked at every question of a call', () => {
  it('in English: answered, then the same question again, and the booking read back whole', async () => {
    await play([
      ['press', '1', /^When do you arrive\?/],
      ['say', 'do you have parking?', /^Yes, there is parking at the hotel for \$25 a night\. When do you arrive\?/],
      ['press', '1204', /^Arriving Friday, December 4\. Our rooms:/],
      ['say', 'how much is the double queen?', 'The Double Queen is 180 dollars a night. Would you like it? Press 3 or say yes. For all the rooms, say no or press star.'],
      ['press', '2', 'How many rooms?'],
      ['say', 'is breakfast included?', 'Breakfast is included, from 7 to 10 AM. How many rooms?'],
      ['press', '1', /^How many nights\?/],
      ['say', 'what time is check in?', /^Check-in is from 3 PM\. How many nights\?/],
      ['press', '2#', /May I have your full name\?$/],
      ['say', 'how much in total?', 'The total is 480 dollars. May I have your full name?'],
      ['say', 'Ana Torres', /^How will you pay at the hotel\?/],
      ['say', 'do you take pets?', /^Dogs and cats up to 25 pounds are welcome, for \$40 a stay\. How will you pay at the hotel\?/],
      ['press', '1', /^Can we call you at the number ending in/],
      ['say', 'where are you located?', /^We are at 1200 Ocean Drive, Miami Beach\. Can we call you/],
      ['press', '1', /^For Ana Torres: 1 Deluxe King room, 2 nights from Friday, December 4: 480 dollars, paid by credit card\./],
      ['say', 'how much in total?', /^The total is 480 dollars\. To confirm this reservation, press 1\./],
      ['press', '1', /^You're booked\./],
    ]);
  });

  it('in Spanish: the same, in Spanish throughout', async () => {
    await play(
      [
        ['press', '1', /^¿Para qué fecha sería su llegada\?/],
        ['say', '¿tienen estacionamiento?', /^Sí, hay estacionamiento en el hotel por 25 dólares la noche\. ¿Para qué fecha/],
        ['press', '1204', /^Llegada el viernes 4 de diciembre\./],
        ['say', '¿cuánto cuesta la suite?', /^Suite con vista al mar: 420 dólares por noche\. ¿Le gustaría esa\?/],
        ['press', '2', '¿Cuántas habitaciones?'],
        ['say', '¿incluye desayuno?', 'El desayuno está incluido, de 7 a 10 de la mañana. ¿Cuántas habitaciones?'],
        ['press', '1', /^¿Cuántas noches\?/],
        ['say', '¿a qué hora es la entrada?', /^La entrada es a partir de las 3 de la tarde\. ¿Cuántas noches\?/],
        ['press', '2#', /¿Me da su nombre completo, por favor\?$/],
        ['say', '¿cuánto sería en total?', 'El total es de 480 dólares. ¿Me da su nombre completo, por favor?'],
        ['say', 'Ana Torres', /^¿Cómo va a pagar en el hotel\?/],
        ['say', '¿y cuánto cuesta la suite?', /^Suite con vista al mar: 420 dólares por noche\. ¿Cómo va a pagar en el hotel\?/],
        ['press', '2', /^¿Le llamamos al número que termina en/],
        ['say', '¿a qué hora es la salida?', /^La salida es a las 11 de la mañana\. ¿Le llamamos/],
        ['press', '1', /^A nombre de Ana Torres: una habitación Deluxe King, 2 noches desde el viernes 4 de diciembre: 480 dólares, pago en efectivo\./],
        ['say', '¿incluye desayuno?', /^El desayuno está incluido, de 7 a 10 de la mañana\. Para confirmar la reservación, oprima 1\./],
        ['say', 'sí', /^Listo, quedó confirmada\./],
      ],
      true,
    );
  });
});

describe('questions asked along a text conversation', () => {
  it('a question in the first text, another mid-booking, the total before the name', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550191');
    expect((await guest.send('hi, do you have parking?')).text).toMatch(/Yes, there is parking at the hotel for \$25 a night\./);
    expect((await guest.send('ok, a double queen for dec 4')).text).toBe('1 Double Queen room, arriving Friday, December 4. How many nights?');
    expect((await guest.send('is breakfast included?')).text).toBe('Breakfast is included, from 7 to 10 AM. How many nights?');
    await guest.send('2 nights');
    expect((await guest.send('how much in total?')).text).toBe('The total is 360 dollars. What is your full name?');
    await guest.send('Ana Torres');
    await guest.send('credit');
    expect((await guest.send('1')).text).toMatch(/^For Ana Torres: 1 Double Queen room, 2 nights from Friday, December 4: 360 dollars, paid by credit card\./);
  });
});
