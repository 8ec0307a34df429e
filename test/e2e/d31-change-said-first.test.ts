// A change said at the start ("I need to move my reservation to Friday", "quiero agregar una noche
// a mi reservación") goes, once the reservation is found, to that change's read-back — not the
// reservation and its menu first — and a change by so much ("one more night", "push it back a
// day", "quítele una noche") is worked out from the reservation's own stay (flows/stay-shift.ts).
// Whole signed calls through the real app; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';
import { textingGuest } from '../helpers/texting.ts';

const GUEST = '+12125550111';
let t: TestApp;

beforeEach(async () => {
  const numbers = ['73310042', '73310043'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999', env: { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}` } });
  // One Ocean Suite, Friday December 4, 2 nights, under Ana Torres, from GUEST.
  await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '1' });
});
afterEach(async () => t.close());

/** The words said at the greeting, then the last name that opens the reservation from its own phone. */
async function askFirst(words: string, spanish = false, lastName = 'Torres') {
  const call = t.call({ from: GUEST });
  await call.start();
  if (spanish) await call.press('9');
  await call.say(words, 0.95);
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
  const turn = await call.say(lastName, 0.95);
  return { call, turn };
}

describe('a change said at the start', () => {
  it.each([
    ['I need to add one more night to my reservation', false, '1 Ocean Suite, 3 nights, arriving Friday, December 4'],
    ["I'd like to push my reservation back a day", false, '1 Ocean Suite, 2 nights, arriving Saturday, December 5'],
    ['I need to leave a day early from my reservation', false, '1 Ocean Suite, 1 night, arriving Friday, December 4'],
    ['I need to move my reservation to December 10', false, '1 Ocean Suite, 2 nights, arriving Thursday, December 10'],
    ['quiero agregar una noche a mi reservación', true, 'una suite con vista al mar, del viernes 4 al lunes 7 de diciembre, 3 noches'],
    ['necesito recorrer mi reservación un día después', true, 'del sábado 5 al lunes 7 de diciembre, 2 noches'],
  ] as const)('"%s": found, then that stay read back at once (nothing changed before the yes)', async (words, spanish, said) => {
    const { call, turn } = await askFirst(words, spanish);
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.existingReservation');
    expect(heard(turn)).toContain(said);
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-04', nights: 2, rooms: 1 });
  });

  it('read back and confirmed with a yes: changed, the same confirmation number', async () => {
    const { call } = await askFirst('can I add a night to my reservation?');
    const turn = await call.say('yes please', 0.95);
    expect(turn.hungUp).toBe(true);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['reservationChanged']);
    expect((await reservations(t.db))[0]).toMatchObject({ confirmation: '73310042', nights: 3, arrival: '2026-12-04' });
  });

  it('the part named without its value: only that asked ("change the dates" asks the arrival)', async () => {
    const { call } = await askFirst('I need to change the dates on my reservation');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    const turn = await call.say('December 11', 0.95);
    expect(heard(turn)).toContain('1 Ocean Suite, 2 nights, arriving Friday, December 11');
  });

  it('with the confirmation number said with it, from the same phone: no other number of the words read into it', async () => {
    const call = t.call({ from: GUEST });
    await call.start();
    const turn = await call.say('I need one more night, my confirmation number is 7331 0042', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain('1 Ocean Suite, 3 nights');
  });

  it('a night less than one, or more than the hotel takes: the nights asked, never a stay guessed', async () => {
    await t.db.run("UPDATE reservations SET nights = 1, departure = '2026-12-05' WHERE confirmation = '73310042'");
    await t.db.run("DELETE FROM reservation_nights WHERE night = '2026-12-05'");
    const { call } = await askFirst('please take one night off my reservation');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.nights']);
  });

  it('no change asked ("I have a reservation for 2 nights"): the reservation and its menu, as before', async () => {
    const { call } = await askFirst('I have a reservation for 2 nights from December 4');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
  });

  it('a wrong last name first, then the right one: the change said at the start is still the one read back', async () => {
    const call = t.call({ from: GUEST });
    await call.start();
    await call.say('I need to add a night to my reservation', 0.95);
    await call.say('Smith', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.stayChangeConfirm');
    const turn = await call.say('Torres', 0.95);
    expect(heard(turn)).toContain('1 Ocean Suite, 3 nights');
  });
});

describe('a change by so much at the reservation read back', () => {
  it.each([
    ['one more night', '3 nights, arriving Friday, December 4'],
    ['push it back a day', '2 nights, arriving Saturday, December 5'],
    ['make it 2 rooms instead', '2 Ocean Suites, 2 nights'],
  ] as const)('"%s": worked out from its stay and read back', async (words, said) => {
    const call = t.call({ from: GUEST });
    await call.start();
    await call.press('2');
    await call.press('73310042#');
    const turn = await call.say(words, 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain(said);
  });
});

describe("the change's text: in the reservation's texts language, unless the caller chose another in this call", () => {
  const changeText = () => t.db.get<{ locale: string; body: string }>("SELECT locale, body FROM outbox WHERE kind = 'booking_changed'");

  it('the desk set Spanish, the guest calls and changes it in English (the greeting\'s own): the text in Spanish', async () => {
    await t.db.run("UPDATE reservations SET locale = 'es-MX' WHERE confirmation = '73310042'");
    const { call } = await askFirst('I need to add one more night to my reservation');
    await call.press('1');
    expect(await changeText()).toMatchObject({ locale: 'es-MX' });
    expect((await changeText())?.body).toMatch(/noches/);
    expect((await t.db.get<{ locale: string }>("SELECT locale FROM reservations WHERE confirmation = '73310042'"))?.locale).toBe('es-MX');
  });

  it('booked in English, the guest chooses Spanish (9) in this call and changes it: the text in Spanish, and its texts from now on', async () => {
    const { call } = await askFirst('quiero agregar una noche a mi reservación', true);
    await call.press('1');
    expect(await changeText()).toMatchObject({ locale: 'es-MX' });
    expect((await t.db.get<{ locale: string }>("SELECT locale FROM reservations WHERE confirmation = '73310042'"))?.locale).toBe('es-MX');
  });

  it('booked in English and changed in English: the text in English', async () => {
    const { call } = await askFirst('I need to add one more night to my reservation');
    await call.press('1');
    expect(await changeText()).toMatchObject({ locale: 'en-US' });
    expect((await changeText())?.body).toMatch(/nights/);
  });
});

describe('by text, the same change', () => {
  it('"add one more night to reservation 73310042" texted: read back, changed on 1, the number kept', async () => {
    const guest = textingGuest(t.baseUrl, GUEST);
    const readBack = (await guest.send('add one more night to reservation 73310042')).text;
    expect(readBack).toContain('3 nights');
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
    await guest.send('1');
    expect((await reservations(t.db))[0]).toMatchObject({ confirmation: '73310042', nights: 3 });
  });
});
