// Whole calls and texts where the guest changes language part-way through the booking. Asking for
// the other language ("¿hablan español?", "do you speak English?") turns the call at once; only
// speaking it turns the call at the second answer in a row in it (one may be a bilingual guest's);
// room names and a Spanish name ("Ana de la Torre") turn nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const languageOf = (turn: Turn) => turn.gather?.language;

describe('a caller who changes language mid-call', () => {
  it('asks for Spanish at the room list: the list again in Spanish, and the call books in Spanish', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('December 4th', 0.95);
    const list = await call.say('¿hablan español?', 0.95);
    expect(heard(list)).toMatch(/^Nuestras habitaciones: Suite con vista al mar/);
    expect(heard(list)).not.toMatch(/no le entendí|didn't understand/);
    expect(languageOf(list)).toBe('es-MX');
    expect(heard(await call.press('2'))).toBe('¿Cuántas habitaciones?');
    await call.say('dos habitaciones', 0.95);
    await call.say('tres noches', 0.95);
    await call.say('Ana Torres', 0.95);
    await call.say('efectivo', 0.95);
    const readBack = await call.press('1');
    expect(heard(readBack)).toMatch(/^A nombre de Ana Torres: 2 habitaciones Deluxe King, 3 noches desde el viernes 4 de diciembre/);
    expect(heard(await call.press('1'))).toMatch(/^Listo, quedó confirmada/);
  });

  it('asks for English in a Spanish call: the same question again in English', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.say('el 4 de diciembre', 0.95);
    const list = await call.say('do you speak English?', 0.95);
    expect(heard(list)).toMatch(/^Our rooms: Ocean Suite, 420 dollars a night, press 1/);
    expect(languageOf(list)).toBe('en-US');
    await call.press('2');
    await call.say('two rooms', 0.95);
    await call.say('three nights', 0.95);
    await call.say('Ana Torres', 0.95);
    await call.say('cash', 0.95);
    expect(heard(await call.press('1'))).toMatch(/^For Ana Torres: 2 Deluxe King rooms, 3 nights from Friday, December 4: 1,440 dollars, paid in cash/);
  });

  it('answers twice in Spanish after an English start: the call turns at the second answer', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('2');
    const first = await call.say('dos habitaciones', 0.95);
    expect(heard(first)).toBe('How many nights? Key in the number, then pound.');
    const second = await call.say('tres noches', 0.95);
    expect(heard(second)).toMatch(/^Sí hay disponibilidad; se las apartamos mientras terminamos\. ¿Me da su nombre completo, por favor\?$/);
    expect(languageOf(second)).toBe('es-MX');
  });

  it('stays in Spanish for room names, a count and a payment said in English, and a Spanish-looking name', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.say('el 4 de diciembre', 0.95);
    expect(heard(await call.say('Double Queen', 0.95))).toBe('¿Cuántas habitaciones?');
    expect(heard(await call.say('two', 0.95))).toMatch(/^¿Cuántas noches\?/);
    await call.say('dos noches', 0.95);
    expect(heard(await call.say('Ana de la Torre', 0.95))).toMatch(/^¿Cómo va a pagar en el hotel\?/);
    const callback = await call.say('cash', 0.95);
    expect(heard(callback)).toMatch(/^¿Le llamamos al número que termina en/);
    expect(languageOf(callback)).toBe('es-MX');
  });

  it('an English caller with a Spanish name and one Spanish word stays in English', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('2');
    await call.press('1');
    await call.press('2#');
    expect(heard(await call.say('Ana de la Torre', 0.95))).toMatch(/^How will you pay at the hotel\?/);
    expect(heard(await call.say('efectivo', 0.95))).toMatch(/^Can we call you at the number ending in/);
  });
});

describe('a guest who changes language by text', () => {
  it('asks for Spanish after an English first text: the room list again in Spanish', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550171');
    expect((await guest.send('Hi, I need a room for December 4')).text).toMatch(/Which room would you like\?/);
    const list = await guest.send('¿se puede en español?');
    expect(list.text).toMatch(/^Suite con vista al mar, 420 dólares la noche.*¿Cuál\?/);
    await guest.send('la deluxe king');
    await guest.send('dos noches, una habitación');
    await guest.send('Ana Torres');
    await guest.send('efectivo');
    expect((await guest.send('1')).text).toMatch(/^Ana Torres: una habitación Deluxe King, 4 al 6 de dic\./);
  });

  it('texts twice in English in a Spanish conversation: answered in English from the second', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550172');
    expect((await guest.send('Hola, quiero una habitación para el 4 de diciembre')).text).toMatch(/¿Cuál\?/);
    expect((await guest.send('the deluxe king please')).text).toMatch(/¿Cuántas noches\?/);
    expect((await guest.send('for two nights please')).text).toMatch(/What is your full name\?$/);
  });
});
