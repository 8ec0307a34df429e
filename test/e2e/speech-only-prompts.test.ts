// A caller who only speaks hears, after the first spoken answer, short questions that invite speech,
// not ~25 words of keypad instructions at each; the keys still work, and a caller who has pressed a
// key hears the keys from then on. Counted in words (at ~150 a minute, 10 words take 4 seconds).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('a caller who only speaks', () => {
  it('in English: each question short, no keypad words, and the whole booking by voice', async () => {
    const call = t.call();
    await call.start();
    const asked = [
      heard(await call.say('I want to book a room', 0.95)),
      heard(await call.say('december 10', 0.95)),
      heard(await call.say('the deluxe king', 0.95)),
      heard(await call.say('one room', 0.95)),
      heard(await call.say('two nights', 0.95)),
      heard(await call.say('Ana Torres', 0.95)),
      heard(await call.say('by card', 0.95)),
      heard(await call.say('credit', 0.95)),
    ];
    expect(asked).toEqual([
      'When do you arrive?',
      'Arriving Thursday, December 10. Our rooms: Ocean Suite, 420 dollars a night; Deluxe King, 240; Double Queen, 180; Standard, 130. Which would you like?',
      'How many rooms?',
      'How many nights?',
      "Good news: it's available and on hold for you. May I have your full name?",
      'How will you pay at the hotel: credit card, cash or debit card?',
      'Credit or debit card?',
      'Can we call you at the number ending in 0 1 2 3?',
    ]);
    for (const a of asked) expect(a).not.toMatch(/press|key in|pound/i);
    // With the keypad named at each: 16 + 28 + 3 + 9 + 15 + 16 + 12 + 21 = 120 words (48 s); now 79 (32 s).
    expect(asked.reduce((n, a) => n + words(a), 0)).toBeLessThanOrEqual(80);
    const readBack = heard(await call.say('this number', 0.95));
    expect(readBack).toMatch(/^For Ana Torres: 1 Deluxe King room, 2 nights from Thursday, December 10: 480 dollars, paid by credit card\. .* Shall I confirm it\?$/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/^You're booked\./);
  });

  it('in Spanish: the same short questions', async () => {
    const call = t.call();
    await call.start();
    await call.say('quiero reservar una habitación', 0.95);
    expect(heard(await call.say('el 10 de diciembre', 0.95))).toMatch(/Estándar, 130\. ¿Cuál le gustaría\?$/);
    await call.say('la deluxe king', 0.95);
    expect(heard(await call.say('una habitación', 0.95))).toBe('¿Cuántas noches?');
    await call.say('dos noches', 0.95);
    expect(heard(await call.say('Ana Torres', 0.95))).toBe('¿Cómo va a pagar en el hotel: con tarjeta de crédito, en efectivo o con débito?');
    expect(heard(await call.say('en efectivo', 0.95))).toBe('¿Le llamamos al número que termina en 0 1 2 3?');
    expect(heard(await call.say('sí, a este número', 0.95))).toMatch(/pago en efectivo\. .* ¿Se la confirmo\?$/);
  });

  it('keys still work at a short question; from the first key on, the keypad is named again', async () => {
    const call = t.call();
    await call.start();
    await call.say('I want to book a room', 0.95);
    await call.say('december 10', 0.95);
    expect(heard(await call.press('2'))).toBe('How many rooms?');
    expect(heard(await call.say('one room', 0.95))).toBe('How many nights? Key in the number, then pound.');
  });

  it('a re-prompt after a miss still explains the keys', async () => {
    const call = t.call();
    await call.start();
    await call.say('I want to book a room', 0.95);
    expect(heard(await call.say('purple', 0.95))).toMatch(/key in the month and day/);
  });
});
