// A change said right after "You're booked" (the lead's probe, 2026-12-07): "oh wait actually can we
// make it the 21st instead", "ay no, siempre no, mejor llegamos el 26" changed nothing and started a
// SECOND booking. Now such words change the booking just made, through the change-by-phone flow
// (read back, changed only on a yes, the same confirmation number, one reservation); words of
// another stay still start another booking; a bare detail is asked about (1 change it, 2 another).
// Whole signed calls through the real app, real SQLite; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  const numbers = ['32628270', '32628271'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
});
afterEach(async () => t.close());

/** Every reservation as [confirmation, arrival, nights, rooms, status]. */
const stays = async () => (await reservations(t.db)).map((r) => [r.confirmation, r.arrival, r.nights, r.rooms, r.status]);
const AS_BOOKED = ['32628270', '2026-12-04', 2, 1, 'booked'];

describe('a change said right after booking, by phone', () => {
  it('"oh wait actually can we make it the 21st instead": read back moved, nothing changed before the 1; then one reservation, moved', async () => {
    const call = t.call();
    await bookByKeys(call);
    const readBack = await call.say('oh wait actually can we make it the 21st instead', 0.9);
    expect(heard(readBack)).toContain('It would be 1 Deluxe King room, 2 nights, arriving Monday, December 21, held until 6 PM that day. To make this change, press 1.');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(await stays()).toEqual([AS_BOOKED]);
    const done = await call.press('1');
    expect(heard(done)).toMatch(/^Done\. Your confirmation number stays 3 2 6 2, 8 2 7 0\./);
    expect(done.hungUp).toBe(true);
    expect(await stays()).toEqual([['32628270', '2026-12-21', 2, 1, 'booked']]);
    // Still a call that booked (the change does not take its conversion away).
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('booked');
  });

  it('"ay no, siempre no, mejor llegamos el 26": la misma reservación, leída y cambiada con un sí', async () => {
    const call = t.call({ from: '+525512340001' });
    await bookByKeys(call, { spanish: true });
    const readBack = await call.say('ay no, siempre no, mejor llegamos el 26', 0.9);
    expect(heard(readBack)).toContain('Quedaría así: una habitación Deluxe King, del sábado 26 al lunes 28 de diciembre, 2 noches');
    expect(await stays()).toEqual([AS_BOOKED]);
    const done = await call.say('sí', 0.9);
    expect(heard(done)).toMatch(/^Listo, quedó cambiada\. Su número de confirmación sigue siendo 3 2 6 2, 8 2 7 0\./);
    expect(await stays()).toEqual([['32628270', '2026-12-26', 2, 1, 'booked']]);
  });

  it('"one more night" / "una noche más": that stay longer, not a new stay of one night', async () => {
    const call = t.call();
    await bookByKeys(call);
    expect(heard(await call.say('can we do one more night', 0.9))).toContain('It would be 1 Deluxe King room, 3 nights, arriving Friday, December 4');
    await call.press('1');
    const llamada = t.call({ from: '+525512340002' });
    await bookByKeys(llamada, { spanish: true });
    expect(heard(await llamada.say('ay, mejor agréguele una noche más', 0.9))).toContain('3 noches');
    await llamada.press('2');
    expect(await stays()).toEqual([
      ['32628270', '2026-12-04', 3, 1, 'booked'],
      ['32628271', '2026-12-04', 2, 1, 'booked'],
    ]);
  });

  it('"actually, keep it as it was" at the read-back: nothing changed, the reservation read', async () => {
    const call = t.call();
    await bookByKeys(call);
    await call.say('actually can we make it 3 nights instead', 0.9);
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.existingReservation');
    expect(await stays()).toEqual([AS_BOOKED]);
  });

  it('"also another room for my sister in March": another booking, as before; this one untouched', async () => {
    const call = t.call();
    await bookByKeys(call);
    const next = await call.say('also another room for my sister on March 3rd', 0.9);
    expect(heard(next)).toMatch(/^1 room, arriving Wednesday, March 3/);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.changeOrAnother');
    expect(await stays()).toEqual([AS_BOOKED]);
    const llamada = t.call({ from: '+525512340003' });
    await bookByKeys(llamada, { spanish: true });
    expect(heard(await llamada.say('y otra reservación para mi hermana, el 20 de diciembre', 0.9))).toMatch(/^Llegada el domingo 20 de diciembre\. Nuestras habitaciones:/);
  });

  it('"the 21st" alone: asked which it is; 2 another booking from the 21st, this one kept', async () => {
    const call = t.call();
    await bookByKeys(call);
    const asked = await call.say('the 21st', 0.9);
    expect(heard(asked)).toBe('Is that a change to your booking for Friday, December 4? Press 1. Another booking? Press 2.');
    expect(heard(await call.press('2'))).toMatch(/^Arriving Monday, December 21\. Our rooms:/);
    expect(await stays()).toEqual([AS_BOOKED]);
  });

  it('"el 21" solo: se pregunta; 1 (o "cambiarla") la cambia, leída antes', async () => {
    const call = t.call({ from: '+525512340004' });
    await bookByKeys(call, { spanish: true });
    expect(heard(await call.say('el 21', 0.9))).toBe('¿Es un cambio a su reservación del viernes 4 de diciembre? Oprima 1. ¿Es otra reservación? Oprima 2.');
    expect(heard(await call.say('cambiarla', 0.9))).toContain('del lunes 21 al miércoles 23 de diciembre, 2 noches');
    await call.press('1');
    expect(await stays()).toEqual([['32628270', '2026-12-21', 2, 1, 'booked']]);
  });

  it('words that fit neither at "change it or another?": asked again, never a booking made', async () => {
    const call = t.call();
    await bookByKeys(call);
    await call.say('two rooms', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.changeOrAnother']);
    await call.say('purple elephants', 0.9);
    expect((await lastPrompts(t.db, call.callSid)).at(-1)).toBe('help.changeOrAnother');
    expect(await stays()).toEqual([AS_BOOKED]);
  });
});
