import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

describe('a speech booking in Spanish', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ newConfirmation: () => '27182818' });
  });
  afterEach(async () => t.close());

  it('switches the whole call to Spanish on 9 and books by voice alone', async () => {
    const call = t.call({ from: '+13055550147' });
    await call.start();
    let turn = await call.press('9');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.mainMenu']);
    // Spanish words, Spanish voice, Spanish recogniser from here on.
    expect(turn.said[0]).toMatchObject({ language: 'es-MX', voice: 'Polly.Mia-Neural' });
    expect(turn.gather?.language).toBe('es-MX');

    await call.say('quiero reservar una habitación', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);

    turn = await call.say('el cuatro de diciembre', 0.88);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'ask.roomType']);
    expect(turn.said[0]?.text).toContain('viernes 4 de diciembre');
    expect(turn.said[1]?.text).toContain('Suite con vista al mar');

    // Picked by a synonym, not its name: said back before the next question.
    turn = await call.say('la de lujo', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.heardRequest', 'ask.rooms']);
    expect(turn.said[0]?.text).toBe('La habitación Deluxe King.');
    await call.say('dos habitaciones', 0.9);
    await call.say('tres noches', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);

    // A name heard with low confidence is read back first.
    turn = await call.say('María López', 0.4);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(turn.said[0]?.text).toContain('María López');
    await call.say('sí', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.payment']);

    await call.say('en efectivo', 0.9);
    turn = await call.say('este número', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    expect(turn.said[0]?.text).toContain('María López');
    turn = await call.say('sí, confirmo', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['confirmed', 'ask.anythingElse']);
    expect((await call.say('no, gracias', 0.9)).hungUp).toBe(true);
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-04', rooms: 2, nights: 3, payment_method: 'cash' });
  });

  it('confirms by voice and speaks the confirmation in Spanish', async () => {
    const call = t.call({ from: '+13055550147' });
    await call.start();
    await call.press('9');
    await call.say('reservar', 0.9);
    await call.say('pasado mañana', 0.9);
    await call.say('estándar', 0.9);
    await call.say('una', 0.9);
    await call.say('una semana', 0.9);
    await call.say('me llamo Lucía Fernández', 0.9);
    await call.say('tarjeta de débito', 0.9);
    let turn = await call.say('el mismo', 0.9);
    // One room, named by its type (no "1 habitación estándar"), and the words agree with it.
    const readBack = turn.said.map((s) => s.text).join(' ');
    expect(readBack).toContain('una habitación estándar');
    expect(readBack).toContain('Se la guardamos hasta las');
    expect(readBack).toContain('podría liberarse');
    turn = await call.say('sí', 0.9);
    expect(turn.said.at(-1)?.text).toBe('¿Otra reservación? Oprima 1.');
    expect((await call.silence()).hungUp).toBe(true);
    expect(turn.said[0]?.text).toContain('2 7 1 8, 2 8 1 8');
    expect((await reservations(t.db))[0]).toMatchObject({
      arrival: '2026-11-30',
      nights: 7,
      rooms: 1,
      guest_name: 'Lucía Fernández',
      payment_method: 'debit_card',
      callback_number: '+13055550147',
      locale: 'es-MX',
    });
    expect(await callRow(t.db, call.callSid)).toMatchObject({ locale: 'es-MX', outcome: 'booked' });
  });
});
