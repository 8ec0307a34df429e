// A change said right after "You're booked" (the lead's probe, 2026-12-07): "oh wait actually can we
// make it the 21st instead", "ay no, siempre no, mejor llegamos el 26" changed nothing and started a
// SECOND booking. Now such words change the booking just made, through the change-by-phone flow
// (read back, changed only on a yes, the same confirmation number, one reservation); words of
// another stay still start another booking; a bare detail is asked about (1 change it, 2 another).
// By text the same after "You're booked. Confirmation number: 32628270": the conversation that booked
// is closed, and a texting number proves nothing (docs/security.md), so the new one looks the
// reservation up (the last name on it, from its own number), then reads the change back.
// Whole signed calls and texts through the real app, real SQLite; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';
import { textingGuest } from '../helpers/texting.ts';

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
    expect(heard(readBack)).toContain('It would be 1 Deluxe King room, 2 nights, arriving Monday, December 21, 480 dollars in all, held until 6 PM that day. To make this change, press 1.');
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
    expect(heard(readBack)).toContain('Quedaría así: una habitación Deluxe King, del sábado 26 al lunes 28 de diciembre, 2 noches, 480 dólares en total');
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

async function bookByText(from: string, spanish = false) {
  const guest = textingGuest(t.baseUrl, from);
  if (spanish) {
    await guest.send('hola, quiero 1 cuarto estándar el 4 de diciembre, 2 noches, a nombre de Ana López, pago en efectivo');
    await guest.send('sí');
    expect((await guest.send('sí')).text).toMatch(/Número de confirmación: \d{8}/);
  } else {
    await guest.send('book 1 standard room dec 4 for 2 nights, name Ana Torres, paying cash');
    await guest.send('yes');
    expect((await guest.send('yes')).text).toMatch(/^You're booked\. Confirmation number: \d{8}/);
  }
  return guest;
}

const MINUTE = 60_000;

describe('a change texted right after a text booking', () => {
  it('"actually can we make it the 21st instead": the last name asked (nothing said of it but its arrival), the change read back, made on YES', async () => {
    const guest = await bookByText('+12125550171');
    const asked = await guest.send('actually can we make it the 21st instead');
    expect(asked.text).toContain('arriving Friday, December 4, reply with the last name on it');
    expect(asked.text).not.toContain('32628270');
    const readBack = await guest.send('Torres');
    expect(readBack.text).toContain('It would be 1 Standard room, 2 nights, arriving Monday, December 21, 260 dollars in all, held until 6 PM that day. To make this change, reply 1.');
    expect(await stays()).toEqual([AS_BOOKED]);
    // The reply is the change's own text (one text for a change by text: d32-change-by-text).
    expect((await guest.send('yes')).text).toMatch(/^Hotel Miramar: reservation 32628270 is changed\. 1 Standard room, 2 nights, Mon, Dec 21 to Wed, Dec 23/);
    expect(await stays()).toEqual([['32628270', '2026-12-21', 2, 1, 'booked']]);
  });

  it('"oye siempre no, mejor llegamos el 26": buscada, leída y cambiada con un sí', async () => {
    const guest = await bookByText('+525512340171', true);
    expect((await guest.send('oye siempre no, mejor llegamos el 26')).text).toContain('viernes 4 de diciembre');
    expect((await guest.send('López')).text).toContain('Quedaría así: una habitación estándar, 26 al 28 de dic.; 260 dólares. Apartada hasta las 6 p.m. del 26.');
    expect((await guest.send('sí')).text).toMatch(/^Hotel Miramar: reservación 32628270 modificada\. Una habitación estándar, 2 noches, del sáb 26 al lun 28 de dic/);
    expect(await stays()).toEqual([['32628270', '2026-12-26', 2, 1, 'booked']]);
  });

  it('a wrong last name opens nothing and changes nothing', async () => {
    const guest = await bookByText('+12125550173');
    await guest.send('actually can we make it the 21st instead');
    expect((await guest.send('Smith')).text).not.toContain('It would be');
    expect(await stays()).toEqual([AS_BOOKED]);
  });

  it('"the 21st": asked which it is; 1 looks the reservation up for that change, 2 books another', async () => {
    const guest = await bookByText('+12125550172');
    expect((await guest.send('the 21st')).text).toBe('Do you mean a change to your reservation arriving Friday, December 4? Reply 1. A new booking? Reply 2.');
    await guest.send('1');
    expect((await guest.send('Torres')).text).toContain('arriving Monday, December 21, 260 dollars in all, held until 6 PM that day');
    await guest.send('no');
    expect(await stays()).toEqual([AS_BOOKED]);

    const other = await bookByText('+12125550174');
    await other.send('the 21st');
    expect((await other.send('2')).text).toMatch(/^Arriving Monday, December 21\./);
  });

  it('"el 21" en español: se pregunta, nombrada por su llegada', async () => {
    const guest = await bookByText('+525512340172', true);
    expect((await guest.send('el 21')).text).toBe('¿Desea cambiar su reservación con llegada el viernes 4 de diciembre? Responda 1. ¿Es otra reservación? Responda 2.');
  });

  it('another stay texted: booked as before; a change texted an hour later, or from another number: as before', async () => {
    const guest = await bookByText('+12125550175');
    expect((await guest.send('also another room for my sister on December 20')).text).toMatch(/December 20/);
    const later = await bookByText('+12125550176');
    t.clock.advance(60 * MINUTE);
    expect((await later.send('actually can we make it the 21st instead')).text).not.toContain('last name');
    const stranger = textingGuest(t.baseUrl, '+12125550177');
    expect((await stranger.send('actually can we make it the 21st instead')).text).not.toContain('last name');
  });
});
