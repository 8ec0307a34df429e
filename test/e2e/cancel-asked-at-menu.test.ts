// "Quiero cancelar una reservación" at the main menu started a new booking ("reservación" is a
// word of booking); "no tengo el número" at the confirmation number was looked up as a last name.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('an existing reservation asked for in words', () => {
  it('"quiero cancelar una reservación" finds the reservation; "no tengo el número" asks again for it or the last name', async () => {
    await bookByKeys(t.call(), { date: '1210', roomType: '2', nights: '3#', name: 'Rosa Díaz' });
    const call = t.call();
    await call.start();
    await call.press('9');
    const asked = heard(await call.say('quiero cancelar una reservación', 0.95));
    expect(asked).toMatch(/^Tenemos una reservación de este teléfono: llegada el jueves 10 de diciembre\. Marque el número de confirmación y gato, o diga su apellido\.$/);
    expect(heard(await call.say('no tengo el número', 0.95))).toBe(asked);
    expect(heard(await call.say('Díaz', 0.95))).toMatch(/^Reservación \d( \d){3}, \d( \d){3}: una habitación Deluxe King/);
  });

  it('"I need to cancel a booking" likewise, in English', async () => {
    await bookByKeys(t.call(), { date: '1210', roomType: '2', nights: '3#', name: 'Pat Lee' });
    const call = t.call();
    await call.start();
    expect(heard(await call.say('I need to cancel a booking', 0.95))).toMatch(/^We have a reservation from this phone/);
    expect(heard(await call.say("I don't have it", 0.95))).toMatch(/^We have a reservation from this phone/);
  });
});
