// What the caller came for, said at the greeting, and questions at an existing reservation, in
// whole calls and texts through the app. An existing reservation was taken for a new booking
// ("hi, I have a reservation under Park, can you tell me when it is?" → "When do you arrive?");
// questions about it ("what are my dates?", "¿para cuándo es?") were not understood.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

const OWN_PHONE = '+12125550111';
const OTHER_PHONE = '+13125550188';
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '73310042' });
  // Ana Torres, 2 Ocean Suites, Friday December 4 for 2 nights, booked from OWN_PHONE.
  await bookByKeys(t.call({ from: OWN_PHONE }), { roomType: '1', rooms: '2' });
});
afterEach(async () => t.close());

const said = (turn: { said: readonly { text: string }[] }) => turn.said.map((s) => s.text).join(' ');

describe('an existing reservation said at the greeting', () => {
  it('with the name it is under, from its own phone: read at once, no new booking begun', async () => {
    const call = t.call({ from: OWN_PHONE });
    await call.start();
    const turn = await call.say('hi I have a reservation under Torres, can you tell me when it is?', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(said(turn)).toContain('arriving Friday, December 4, leaving Sunday, December 6');
    expect(said(turn)).not.toMatch(/arrive\?/);
  });

  it('with a day, from another phone: its confirmation number is asked, not the arrival', async () => {
    const call = t.call({ from: OTHER_PHONE });
    await call.start();
    await call.say('we have a room booked for Friday', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
  });

  it('with its number, from another phone: looked up at once, only the last name asked', async () => {
    const call = t.call({ from: OTHER_PHONE });
    await call.start();
    await call.say('I booked online, my confirmation number is 7331 0042', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
    const turn = await call.say('Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(said(turn)).toContain('7 3 3 1, 0 0 4 2');
  });

  it('with its number and the name on it, from another phone: read at once, the name not asked again', async () => {
    const call = t.call({ from: OTHER_PHONE });
    await call.start();
    const turn = await call.say('I booked online, it is under Torres, confirmation number 7331 0042', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(said(turn)).toContain('7 3 3 1, 0 0 4 2');
  });

  it('in Spanish ("ya reservé, a nombre de Torres"): read in Spanish', async () => {
    const call = t.call({ from: OWN_PHONE });
    await call.start();
    await call.press('9');
    const turn = await call.say('ya reservé, está a nombre de Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(said(turn)).toContain('del viernes 4 al domingo 6 de diciembre');
  });

  it('texted ("tenemos un cuarto reservado a nombre de Torres"): the reservation comes back, no date asked', async () => {
    const guest = textingGuest(t.baseUrl, OWN_PHONE);
    const reply = await guest.send('hola, tenemos un cuarto reservado a nombre de Torres para el viernes');
    expect(reply.text).toContain('73310042');
    expect(reply.text).not.toMatch(/¿Qué día llega|¿Para qué fecha/);
  });
});

describe('neither a booking nor a reservation', () => {
  it('a guest calling about their room goes to the desk', async () => {
    const call = t.call({ from: OTHER_PHONE });
    await call.start();
    const turn = await call.say("I'm a guest in room 204 and the air conditioning is not working", 0.9);
    expect(turn.waitingFor).toBe('dial');
    expect((await callRow(t.db, call.callSid))?.state).toBe('transferring');
  });

  it('a guest texting about their room, as the first text, reaches the desk (it was answered with the greeting, the message lost)', async () => {
    const english = await textingGuest(t.baseUrl, '+13055550161').send("Hi, I'm a guest in room 204 and the AC is not working");
    expect(english.text).toBe('Thank you. The front desk will call you within the hour.');
    const spanish = await textingGuest(t.baseUrl, '+13055550162').send('hola, dejé mi cargador en el cuarto 310');
    expect(spanish.text).toBe('Gracias. Recepción le llamará en menos de una hora.');
  });
});

describe('a party of one inside a longer request', () => {
  it('is one room: "just me" with the type, the day and the nights asks the name next', async () => {
    const call = t.call({ from: OTHER_PHONE });
    await call.start();
    await call.say('deluxe king from December 10th for 2 nights, just me', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.name');
    // Without it, the rooms are asked.
    const other = t.call({ from: '+13125550199' });
    await other.start();
    await other.say('deluxe king from December 10th for 2 nights', 0.9);
    expect(await lastPrompts(t.db, other.callSid)).toContain('ask.rooms');
  });
});

describe('questions at an existing reservation', () => {
  async function opened(locale: 'en' | 'es') {
    const call = t.call({ from: OWN_PHONE });
    await call.start();
    if (locale === 'es') await call.press('9');
    await call.say(locale === 'en' ? 'I have a reservation under Torres' : 'tengo una reservación a nombre de Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    return call;
  }

  it('"what are my dates?" hears it again; "how much is it?" the total and the rate; "is breakfast included?" the hotel answer', async () => {
    const call = await opened('en');
    let turn = await call.say('what are my dates?', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(said(turn)).toContain('arriving Friday, December 4');
    turn = await call.say('how much is it?', 0.9);
    // What the stay comes to, and the nightly rate (test/e2e/d19-reservation-asked.test.ts).
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationTotal', 'ask.existingReservation']);
    expect(said(turn)).toMatch(/^Your stay comes to [\d,]+ dollars: [\d,]+ dollars a night/);
    turn = await call.say('is breakfast included?', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.answer', 'ask.existingReservation']);
    expect(said(turn)).toContain('Breakfast is included');
    expect((await callRow(t.db, call.callSid))?.state).toBe('readingReservation');
  });

  it('"¿para cuándo es?" hears it again; "cancélela" asks to confirm the cancelling', async () => {
    const call = await opened('es');
    const turn = await call.say('¿para cuándo es?', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(said(turn)).toContain('del viernes 4 al domingo 6 de diciembre');
    await call.say('cancélela', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.cancelConfirm']);
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });

  it('"change the dates" asks which part of the stay to change (flows/stay-change.ts; before that, the desk)', async () => {
    const call = await opened('en');
    const turn = await call.say('I need to change the dates', 0.9);
    expect(turn.waitingFor).toBe('input');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.stayChange']);
  });
});
