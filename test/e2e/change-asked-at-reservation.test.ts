// A caller who said the change at an existing reservation ("I want to add a night", "¿la puedo
// mover al viernes?") heard "Sorry, I didn't understand that", and after three tries was sent to
// the desk as a failure. The words now do what the key does: key 3, which part of the stay to
// change (flows/stay-change.ts; before that existed, the front desk).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '73310042' });
  await bookByKeys(t.call({ from: '+12125550111' }), { roomType: '1', rooms: '1' });
});
afterEach(async () => t.close());

async function openReservation(locale: 'en' | 'es') {
  const call = t.call({ from: '+13125550188' });
  await call.start();
  if (locale === 'es') await call.press('9');
  await call.press('2');
  await call.press('73310042#');
  // Another phone than the reservation's: the last name on it (Ana Torres) first.
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
  await call.say('Torres', 0.95);
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
  return call;
}

describe('a change asked for at an existing reservation', () => {
  it.each([
    ['en', 'I want to add a night'],
    ['en', 'can I move it to Friday?'],
    ['en', 'I need to change the dates'],
    ['es', '¿la puedo mover al viernes?'],
    ['es', 'quiero agregar otra noche'],
  ] as const)('%s "%s": which part to change is asked (flows/stay-change.ts), the reservation untouched', async (locale, words) => {
    const call = await openReservation(locale);
    const turn = await call.say(words, 0.95);
    expect(turn.waitingFor).toBe('input');
    // The part named is asked ("add a night": the nights; a day said: which, or the stay read back).
    const changing = ['choosingStayChange', 'changingNights', 'changingDateChoice', 'changingArrival', 'confirmingStayChange'];
    expect(changing).toContain((await callRow(t.db, call.callSid))?.state);
    expect((await reservations(t.db))[0]).toMatchObject({ status: 'booked', nights: 2 });
  });

  it('a yes alone, with cancel (1) and change (3) both offered, names neither: asked again with the keys, nothing cancelled', async () => {
    // ("Quiero agregar una noche" at the menu, the reservation read back, then "sí": it went to the cancel's confirmation.)
    const call = await openReservation('es');
    await call.say('sí, por favor', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.notUnderstood', 'help.existingReservation']);
    await call.press('3');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.stayChange']);
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });

  it('still cancels on "cancel it", and still repeats on "say that again"', async () => {
    const call = await openReservation('en');
    await call.say('say that again', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    await call.say('cancel it', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.cancelConfirm']);
  });
});
