// At a reservation heard, "another room" asked for in Spanish: with words that ask to book
// ("quiero reservar otra habitación doble", "quisiera apartar otro cuarto para mi hermana") it is a
// new booking, as "I want to reserve another deluxe king" is in English; without them ("necesito
// otro cuarto") it is a change to this one, the desk's; a room or a night added to it ("agregar otra
// habitación a mi reservación", "reservar otra noche") is the guest's own change of its stay.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

const GUEST = '+12125554821';
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '43961045' });
});
afterEach(async () => t.close());

/** The guest's own reservation, heard in Spanish from the guest's phone. */
async function atReservationInSpanish() {
  await bookByKeys(t.call({ from: GUEST }), { spanish: true });
  const call = t.call({ from: GUEST });
  await call.start();
  await call.press('9');
  await call.press('2');
  expect(heard(await call.say('4396 1045', 0.9))).toMatch(/^Reservación 4 3 9 6, 1 0 4 5/);
  return call;
}

describe('another room asked for at a reservation heard, in Spanish', () => {
  for (const words of ['quiero reservar otra habitación doble', 'quisiera apartar otro cuarto para mi hermana']) {
    it(`"${words}": a new booking, its arrival asked`, async () => {
      const call = await atReservationInSpanish();
      const next = await call.say(words, 0.9);
      expect(next.waitingFor).toBe('input');
      expect(heard(next)).toMatch(/llegada/);
    });
  }

  it('"necesito otro cuarto": a change to this reservation, put through to the desk', async () => {
    const call = await atReservationInSpanish();
    const next = await call.say('necesito otro cuarto', 0.9);
    expect(next.waitingFor).toBe('dial');
    expect(heard(next)).toBe('En recepción le ayudan con su reservación. Le comunico.');
  });

  // A room or a night added to this one is the guest's own change now (flows/stay-change.ts): which part is asked, no new booking begun.
  for (const words of ['quiero agregar otra habitación a mi reservación', 'quiero reservar otra noche']) {
    it(`"${words}": a change to this reservation, which part asked`, async () => {
      const call = await atReservationInSpanish();
      const next = await call.say(words, 0.9);
      expect(next.waitingFor).toBe('input');
      expect(heard(next)).toMatch(/^¿Qué le gustaría cambiar\?/);
    });
  }
});
