// "Move it to Friday" for a reservation already arriving on a later Friday was read as the coming
// Friday, a week before the booking, and only its read-back said so. A weekday said alone for a
// change now offers the two days it can be (the coming one, or the one nearest the stay: 1 or 2),
// as the booking's date question offers an ambiguous day; "this Friday" or a date with its number
// is the one day it names. Whole signed calls through the real app; the clock is Saturday,
// November 28, 2026 (flows/stay-change.ts).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard, openReservationByKeys } from '../helpers/scripted-calls.ts';
import { activeHolds, lastPrompts, reservations } from '../helpers/timeline.ts';

const GUEST = '+12125550111';
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '73310042', env: { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}` } });
  // One Ocean Suite, Friday December 11, 2 nights, from GUEST.
  await bookByKeys(t.call({ from: GUEST }), { date: '1211', roomType: '1', rooms: '1' });
});
afterEach(async () => t.close());

/** The reservation opened from its own phone (its confirmation number keyed), ready for what is said. */
async function open(spanish = false) {
  const call = t.call({ from: GUEST });
  const turn = await openReservationByKeys(call, '73310042', spanish);
  expect(heard(turn)).toContain(spanish ? 'del viernes 11 al domingo 13 de diciembre' : 'Friday, December 11');
  return call;
}

describe('a weekday said to move a reservation already on a later one', () => {
  it('en "can I move it to Friday?": December 4 or December 18 offered; 2 reads back the 18th, changed on 1', async () => {
    const call = await open();
    let turn = await call.say('can I move it to Friday?', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.dateChoice']);
    expect(heard(turn)).toBe('Friday, December 4: press 1. Friday, December 18: press 2.');
    // Nothing taken yet: the reservation as booked.
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-11', nights: 2 });
    turn = await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain('1 Ocean Suite, 2 nights, arriving Friday, December 18');
    turn = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['reservationChanged']);
    expect((await reservations(t.db))[0]).toMatchObject({ confirmation: '73310042', status: 'booked', arrival: '2026-12-18', nights: 2 });
  });

  it('es "¿la puedo mover al viernes?": the 4th or the 18th; "el primero" reads back the 4th, and "déjela así" changes nothing', async () => {
    const call = await open(true);
    let turn = await call.say('¿la puedo mover al viernes?', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.dateChoice']);
    expect(heard(turn)).toBe('El viernes 4 de diciembre: oprima 1. El viernes 18 de diciembre: oprima 2.');
    turn = await call.say('el primero', 0.95);
    expect(heard(turn)).toContain('del viernes 4 al domingo 6 de diciembre, 2 noches');
    turn = await call.say('no, déjela así', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-11', nights: 2 });
  });

  it('said at the greeting ("I need to move my reservation to Friday"): found, then the two days offered', async () => {
    const call = t.call({ from: GUEST });
    await call.start();
    await call.say('I need to move my reservation to Friday', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
    const turn = await call.say('Torres', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.dateChoice']);
    expect(heard(turn)).toContain('Friday, December 4: press 1. Friday, December 18: press 2.');
  });

  it.each([
    ['en', 'can I move it to this Friday?', 'arriving Friday, December 4'],
    ['en', 'move it to December 18 please', 'arriving Friday, December 18'],
    ['es', '¿la puedo mover a este viernes?', 'del viernes 4 al domingo 6 de diciembre'],
    ['es', 'cámbiela al viernes 18', 'del viernes 18 al domingo 20 de diciembre'],
  ] as const)('%s "%s": the one day the words name, read back at once', async (locale, words, said) => {
    const call = await open(locale === 'es');
    const turn = await call.say(words, 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.dateChoice');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain(said);
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-11' });
  });
});

// Round 32: the arrival question asked inside a change ("What day would you like to arrive
// instead?") took "Friday" as the coming Friday, silently. The change marks the call as inside it
// (`inStayChange`: set where it starts, cleared where it ends), and a weekday said there follows
// the rule above; an answer heard unsure there is confirmed and goes back to the change, never on
// to a new booking.

/** The reservation opened, then "change", then "the arrival date": the arrival question of the change. */
async function arrivalAsked(spanish = false) {
  const call = await open(spanish);
  await call.press('3');
  await call.press('1');
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
  return call;
}

describe('a weekday said at the arrival question of a change', () => {
  it('en "Friday": December 4 or December 18 offered, nothing taken; 2 reads back the 18th', async () => {
    const call = await arrivalAsked();
    let turn = await call.say('Friday', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.dateChoice']);
    expect(heard(turn)).toBe('Friday, December 4: press 1. Friday, December 18: press 2.');
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-11', nights: 2 });
    turn = await call.press('2');
    expect(heard(turn)).toContain('1 Ocean Suite, 2 nights, arriving Friday, December 18');
  });

  it('es "el viernes": el 4 o el 18; "el segundo" reads back the 18th', async () => {
    const call = await arrivalAsked(true);
    let turn = await call.say('el viernes', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.dateChoice']);
    expect(heard(turn)).toBe('El viernes 4 de diciembre: oprima 1. El viernes 18 de diciembre: oprima 2.');
    turn = await call.say('el segundo', 0.95);
    expect(heard(turn)).toContain('del viernes 18 al domingo 20 de diciembre, 2 noches');
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-11' });
  });

  it.each([
    ['en', 'this Friday', 'arriving Friday, December 4'],
    ['en', 'Friday the 18th', 'arriving Friday, December 18'],
    ['es', 'este viernes', 'del viernes 4 al domingo 6 de diciembre'],
    ['es', 'el viernes 18', 'del viernes 18 al domingo 20 de diciembre'],
  ] as const)('%s "%s": the one day the words name, read back at once', async (locale, words, said) => {
    const call = await arrivalAsked(locale === 'es');
    const turn = await call.say(words, 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.dateChoice');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain(said);
  });

  it('"Friday" at the arrival question of a new booking is still the coming Friday (only a change reads against a reservation)', async () => {
    const call = t.call({ from: '+12125550177' });
    await call.start();
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    await call.say('Friday', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.dateChoice');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.roomType');
  });

  it('changed, then a new booking in the same call: the change is over, its "Friday" the coming one', async () => {
    const call = await arrivalAsked();
    await call.say('December 18', 0.95);
    await call.say('no, keep it as it was', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    await call.say('I would also like to book another room', 0.95);
    await call.say('Friday', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.dateChoice');
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-11' });
  });
});

describe('an unsure hearing at a change\'s question', () => {
  it('"December 18" heard with low confidence: confirmed, then back to the change read-back — no new booking, no hold', async () => {
    const call = await arrivalAsked();
    await call.say('December 18', 0.3);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    const turn = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain('1 Ocean Suite, 2 nights, arriving Friday, December 18');
    expect(await activeHolds(t.db)).toHaveLength(0);
    expect(await reservations(t.db)).toHaveLength(1);
  });

  it('"no" to what was heard: the change\'s arrival asked again', async () => {
    const call = await arrivalAsked();
    await call.say('December 18', 0.3);
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    const turn = await call.say('December 16', 0.95);
    expect(heard(turn)).toContain('arriving Wednesday, December 16');
  });
});
