// A re-prompt after a miss explains how to answer; it does not recite the question again word for
// word. Found walking calls: the room list after a miss said every rate again plus a line (31
// words), the callback question was said whole again before its example (35), and the name
// question after silence was the very same words.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** The question's words after the miss's notice (the turn's last line). */
const question = (turn: { said: readonly { text: string }[] }) => turn.said.at(-1)!.text;

describe('re-prompts', () => {
  it.each([
    [false, "Sorry, I didn't understand that.", 'Press the key for the room you want, or say its name: Ocean Suite, 1. Deluxe King, 2. Double Queen, 3. Standard, 4.'],
    [true, 'Disculpe, no le entendí.', 'Oprima la tecla de la habitación que desea, o dígame cuál: Suite con vista al mar, 1. Deluxe King, 2. Dos camas Queen, 3. Estándar, 4.'],
  ])('spanish=%s: the room list after a miss gives the keys and how to answer, not the rates again', async (spanish, notice, help) => {
    const call = t.call();
    await call.start();
    if (spanish) await call.press('9');
    await call.press('1');
    const list = question(await call.press('1210'));
    const again = await call.say('purple', 0.95);
    expect(heard(again)).toBe(`${notice} ${help}`);
    expect(countWords(help)).toBeLessThan(countWords(list));
    expect(help).not.toMatch(/420|240|180|130/);
    // The keys still work, and the name (a synonym: the type is said back, 3 or 4 words more).
    expect(heard(await call.say(spanish ? 'la doble' : 'the double', 0.95))).toBe(
      spanish ? 'La habitación con dos camas Queen. ¿Cuántas habitaciones?' : 'The Double Queen. How many rooms?',
    );
  });

  it.each([
    [false, 'May I have your full name?', 'Please say your first and last name.'],
    [true, '¿Me da su nombre completo, por favor?', 'Por favor, dígame su nombre y apellido.'],
  ])('spanish=%s: the name asked again after silence says how, in other words', async (spanish, ask, again) => {
    const call = t.call({ from: '+12125550111' });
    expect(question(await askForStay(call, { spanish }))).toBe(ask);
    const retry = await call.silence();
    expect(question(retry)).toBe(again);
    expect(countWords(again)).toBeLessThanOrEqual(8);
    expect(heard(await call.say('Ana Torres', 0.95))).toMatch(spanish ? /^¿Cómo va a pagar/ : /^How will you pay/);
  });

  it.each([
    [false, 'Press 1 for the number ending in 0 1 1 1, or key in another, like 2 0 1, 5 5 5, 0 1 2 3, then pound.'],
    [true, 'Oprima 1 para el número que termina en 0 1 1 1, o marque otro, como 2 0 1, 5 5 5, 0 1 2 3, y gato.'],
  ])('spanish=%s: the callback question after a miss says what each answer does, with an example', async (spanish, help) => {
    const call = t.call({ from: '+12125550111' });
    await askForStay(call, { spanish });
    await call.say('Ana Torres', 0.95);
    const ask = question(await call.press('1'));
    const again = await call.silence();
    expect(question(again)).toBe(help);
    expect(question(again)).not.toContain(ask);
    // (It was the question again, then the example: 35 words.)
    expect(countWords(help)).toBeLessThanOrEqual(29);
    expect(heard(await call.press('1'))).toMatch(spanish ? /^A nombre de Ana Torres/ : /^For Ana Torres/);
  });

  it('without a number to call back, the re-prompt asks for the whole number', async () => {
    const call = t.call({ from: 'anonymous' });
    await askForStay(call);
    await call.say('Ana Torres', 0.95);
    expect(question(await call.press('1'))).toBe('What number can we call you at? Key it in, then the pound key.');
    expect(question(await call.silence())).toMatch(/^Key in the number with its area code, like [\d ,]+, then pound\.$/);
  });
});
