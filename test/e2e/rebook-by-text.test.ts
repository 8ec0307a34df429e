// A change texted right after a text booking (the lead's probe, 2026-12-07): "actually can we make
// it the 21st instead", "oye siempre no, mejor llegamos el 26" after "You're booked. Confirmation
// number: 32628270" opened a new conversation that started a SECOND booking. The conversation that
// booked is closed, and a texting number proves nothing (docs/security.md), so the new one looks the
// reservation up: the last name on it (from its own number), then the change read back, changed on
// a yes. Words of another stay still book; a bare detail is asked about. Signed texts through the
// real app, real SQLite; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  const numbers = ['32628270', '32628271'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
});
afterEach(async () => t.close());

const stays = async () => (await reservations(t.db)).map((r) => [r.confirmation, r.arrival, r.nights, r.rooms, r.status]);

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
const AS_BOOKED = ['32628270', '2026-12-04', 2, 1, 'booked'];

describe('a change texted right after a text booking', () => {
  it('"actually can we make it the 21st instead": the last name asked (nothing said of it but its arrival), the change read back, made on YES', async () => {
    const guest = await bookByText('+12125550171');
    const asked = await guest.send('actually can we make it the 21st instead');
    expect(asked.text).toContain('arriving Friday, December 4, reply with the last name on it');
    expect(asked.text).not.toContain('32628270');
    const readBack = await guest.send('Torres');
    expect(readBack.text).toContain('It would be 1 Standard room, 2 nights, arriving Monday, December 21, held until 6 PM that day. To make this change, reply 1.');
    expect(await stays()).toEqual([AS_BOOKED]);
    expect((await guest.send('yes')).text).toBe('Done: reservation 32628270 is changed, and keeps its number.');
    expect(await stays()).toEqual([['32628270', '2026-12-21', 2, 1, 'booked']]);
  });

  it('"oye siempre no, mejor llegamos el 26": buscada, leída y cambiada con un sí', async () => {
    const guest = await bookByText('+525512340171', true);
    expect((await guest.send('oye siempre no, mejor llegamos el 26')).text).toContain('viernes 4 de diciembre');
    expect((await guest.send('López')).text).toContain('Quedaría así: una habitación estándar, del sábado 26 al lunes 28 de diciembre, 2 noches');
    expect((await guest.send('sí')).text).toBe('Listo: la reservación 32628270 quedó cambiada y conserva su número.');
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
    expect((await guest.send('Torres')).text).toContain('arriving Monday, December 21, held until 6 PM that day');
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
