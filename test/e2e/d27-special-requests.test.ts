// Round 27's callers with special requests ("a crib", "an accessible room", "cuartos juntos", "a
// high floor"), said at any question: noted for the front desk and said so, never taken for a name
// or a missed answer, read back, whispered to the desk and kept on the call's timeline.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { timeline } from '../helpers/timeline.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('special requests along a booking', () => {
  it('in English: each noted for the desk at the question it came, the question goes on, the read-back says them, the timeline keeps them', async () => {
    const call = t.call({ from: '+12125550309', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12 for 2 nights', 0.95);
    await call.say('standard', 0.95);
    const rooms = await call.say('two rooms, next to each other please', 0.95);
    expect(heard(rooms)).toMatch(/^I've noted rooms next to each other for the front desk; they'll confirm it\. Good news: they're available/);
    // At the name question: no name "We Need A Crib" to confirm; the name asked again.
    const crib = await call.say('and we need a crib', 0.95);
    expect(heard(crib)).toBe("I've noted a crib for the front desk; they'll confirm it. May I have your full name?");
    expect(heard(await call.say('Bob Lee, and a high floor if possible', 0.95))).toBe(
      "I've noted a high floor for the front desk; they'll confirm it. How will you pay at the hotel: credit card, cash or debit card?",
    );
    expect(heard(await call.say('cash', 0.95))).toMatch(/^Can we call you/);
    const readBack = await call.press('1');
    expect(heard(readBack)).toMatch(/^For Bob Lee: 2 Standard rooms, 2 nights from Saturday, December 12: 520 dollars, paid in cash\./);
    expect(heard(readBack)).toContain('The front desk will confirm rooms next to each other, a crib and a high floor.');
    expect(heard(await call.say('yes', 0.95))).toMatch(/^You're booked\./);
    const understood = (await timeline(t.db, call.callSid)).map((r) => r.understood ?? '').join(' | ');
    expect(understood).toContain('asks for rooms next to each other');
    expect(understood).toContain('asks for a crib');
  });

  it('in Spanish: "necesitamos una cuna" at the payment question is noted, not a miss', async () => {
    const call = t.call({ from: '+525512340309', to: SIERRA });
    await call.start();
    await call.say('reservar', 0.95);
    await call.say('el 12 de diciembre, 2 noches', 0.95);
    await call.say('la doble', 0.95);
    expect(heard(await call.say('dos, cuartos juntos por favor', 0.95))).toMatch(/^Le anoto habitaciones juntas para recepción; ahí se lo confirman\. Sí hay disponibilidad/);
    await call.say('Ana Torres', 0.95);
    const cuna = await call.say('necesitamos una cuna', 0.95);
    expect(heard(cuna)).toBe('Le anoto una cuna para recepción; ahí se lo confirman. ¿Cómo va a pagar en el hotel: con tarjeta de crédito, en efectivo o con débito?');
    await call.say('efectivo', 0.95);
    const readBack = await call.press('1');
    expect(heard(readBack)).toContain('Recepción le confirma habitaciones juntas y una cuna.');
    expect(heard(await call.say('sí', 0.95))).toMatch(/^Listo, quedó confirmada/);
  });

  it('handed to the desk: the whisper says what was asked for', async () => {
    const call = t.call({ from: '+12125550319', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12, we need an accessible room', 0.95);
    const desk = await call.say('front desk', 0.95);
    expect(desk.waitingFor).toBe('dial');
    const { whisperText } = await deskScreens(t.baseUrl, call, '1');
    expect(whisperText).toContain('Asks for an accessible room.');
  });
});
