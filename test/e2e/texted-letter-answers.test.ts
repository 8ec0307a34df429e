// Texts as guests write them: "y" and "siii" are yes, "Name: …" and "Nombre: …" name the guest, a
// couple's names are kept whole. Each used to get "Sorry, I didn't understand that", or a booking
// under the first name only.

import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

it('a booking by text confirmed with "y"', async () => {
  const guest = textingGuest(t.baseUrl, '+12125551111');
  await guest.send('hey do u have rooms dec 12-14');
  await guest.send('king');
  await guest.send('1');
  await guest.send('Sam Wu');
  await guest.send('cc');
  expect((await guest.send('y')).text).toMatch(/^For Sam Wu: 1 Deluxe King room, 2 nights/);
  expect((await guest.send('y')).text).toMatch(/^You're booked\. Confirmation number: \d{8}\./);
  expect(await reservations(t.db)).toHaveLength(1);
});

it('a whole booking in one Spanish text, with labels, confirmed with "siii"', async () => {
  const guest = textingGuest(t.baseUrl, '+525511115555');
  const first = await guest.send('Hola! Reservación para el 20 de dic, 2 noches, 1 suite. Nombre: Ana y Luis Ruiz. Pago: efectivo');
  expect(first.text).toMatch(/^Una suite con vista al mar, llegada el dom\. 20 de dic\., por 2 noches\./);
  expect((await guest.send('siii')).text).toMatch(/^Ana y Luis Ruiz: una suite con vista al mar, 20 al 22 de dic\./);
  expect((await guest.send('siii')).text).toMatch(/^¡Listo, quedó reservado!/);
  expect(await reservations(t.db)).toHaveLength(1);
});
