// A guest changes their own reservation's stay by phone (flows/stay-change.ts): the arrival, the
// nights or the rooms, asked with the booking's own questions, checked free with the reservation's
// own rooms counted as free, read back with the new hold, changed on a yes in one transaction, the
// confirmation number kept and one `booking_changed` text written. Whole signed calls through the
// real app; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard, openReservationByKeys } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';
import { ReservationStoryQueries } from '../../src/staff/queries/reservation-story.ts';

const GUEST = '+12125550111';
let t: TestApp;

beforeEach(async () => {
  const numbers = ['73310042', '73310043', '73310044'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999', env: { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}` } });
  // Both Ocean Suites (all the hotel has), Friday December 4, 2 nights, from GUEST.
  await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '2' });
});
afterEach(async () => t.close());

/** From the reservation's own phone, its confirmation number opens it at once. */
async function open(spanish = false) {
  const call = t.call({ from: GUEST });
  await openReservationByKeys(call, '73310042', spanish);
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
  return call;
}

const changeTexts = () => t.db.all<{ kind: string; body: string }>("SELECT kind, body FROM outbox WHERE kind = 'booking_changed'");
/** Rooms of a type booked on a night, by every booked reservation. */
const bookedOn = async (night: string) =>
  (await t.db.get<{ n: number | null }>(
    "SELECT SUM(n.rooms) AS n FROM reservation_nights n JOIN reservations r ON r.id = n.reservation_id WHERE r.status = 'booked' AND n.night = ? AND n.room_type_id = (SELECT room_type_id FROM reservations WHERE confirmation = '73310042')",
    [night],
  ))?.n ?? 0;

describe('a reservation changed by phone', () => {
  it('adds a night by keys: read back with its hold, changed on 1, the same confirmation number, one text', async () => {
    const call = await open();
    await call.press('3');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.stayChange']);
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.nights']);
    let turn = await call.press('3#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.stayChangeConfirm']);
    expect(heard(turn)).toContain('2 Ocean Suites, 3 nights, arriving Friday, December 4, 2,520 dollars in all, held until 6 PM');
    // Nothing is changed before the yes.
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
    turn = await call.press('1');
    expect(turn.hungUp).toBe(true);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['reservationChanged']);
    expect(heard(turn)).toContain('Your confirmation number stays 7 3 3 1, 0 0 4 2.');
    expect(heard(turn)).toContain('A text with the new details is on its way.');
    const [r] = await reservations(t.db);
    expect(r).toMatchObject({ confirmation: '73310042', status: 'booked', arrival: '2026-12-04', nights: 3, rooms: 2 });
    expect(await changeTexts()).toHaveLength(1);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('changed');
    // The reservation's story says the guest changed it, by phone, in this call (as a cancel by phone is found).
    const row = (await t.db.get<{ id: number; hotel_id: number; updated_at: string }>('SELECT id, hotel_id, updated_at FROM reservations WHERE confirmation = ?', ['73310042']))!;
    const story = new ReservationStoryQueries(t.db);
    expect((await story.changedIn({ id: row.id, hotelId: row.hotel_id, updatedAt: row.updated_at })).map((c) => c.callSid)).toEqual([call.callSid]);
  });

  it('"3 nights" said at the reservation read back: that stay read back at once, the rest as booked', async () => {
    const call = await open();
    const turn = await call.say('3 nights please', 0.95);
    expect((await lastPrompts(t.db, call.callSid)).at(-1)).toBe('ask.stayChangeConfirm');
    expect(heard(turn)).toContain('2 Ocean Suites, 3 nights, arriving Friday, December 4');
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
  });

  it('which part, by voice: "the rooms" asks the rooms', async () => {
    const call = await open();
    await call.press('3');
    await call.say('the number of rooms', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.rooms']);
  });

  it('a guest who opted out of texts gets none, and is not told one is on its way', async () => {
    await t.db.run('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?)', [GUEST, '2026-11-28T15:00:00.000Z']);
    const call = await open();
    await call.press('3');
    await call.press('3');
    await call.press('1');
    const turn = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['reservationChanged']);
    expect(heard(turn)).not.toContain('text');
    expect((await reservations(t.db))[0]).toMatchObject({ rooms: 1, nights: 2 });
    const sent = await t.db.all<{ status: string }>("SELECT status FROM outbox WHERE kind = 'booking_changed'");
    expect(sent.map((m) => m.status)).toEqual(['suppressed']);
  });

  it('moves a full hotel\'s stay a night later: the night it frees is its own', async () => {
    const call = await open();
    await call.press('3');
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    const turn = await call.press('1205');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain('arriving Saturday, December 5');
    await call.press('1');
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-05', nights: 2, status: 'booked' });
    expect(await bookedOn('2026-12-04')).toBe(0);
    expect(await bookedOn('2026-12-06')).toBe(2);
  });

  it('no rooms for the new stay: says so and what is free then, changes nothing, and asks again (another date, or the desk)', async () => {
    await bookByKeys(t.call({ from: '+12125550122' }), { date: '1206', roomType: '1', rooms: '1', nights: '1#' });
    const call = await open();
    await call.press('3');
    await call.press('2');
    const turn = await call.press('3#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.stayChangeFull', 'ask.stayChange']);
    expect(heard(turn)).toContain("Sorry, we don't have 2 Ocean Suites free for those dates. Then we do have");
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
    // Another date: the arrival asked; 0: the desk.
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
  });

  it('a day already past is never taken: asked again', async () => {
    const call = await open();
    await call.press('3');
    await call.press('1');
    await call.say('yesterday', 0.95);
    const prompts = await lastPrompts(t.db, call.callSid);
    expect(prompts.some((p) => p.startsWith('notice.dateInPast') || p.endsWith('dateChoice'))).toBe(true);
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-04' });
  });

  it('more nights than the hotel takes: explained, asked again, nothing changed', async () => {
    const call = await open();
    await call.press('3');
    await call.press('2');
    await call.press('99#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.tooManyNights', 'help.nights']);
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
  });

  it('the same stay: said, and nothing written', async () => {
    const call = await open();
    await call.press('3');
    await call.press('3');
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.stayChangeSame', 'ask.stayChange']);
    expect(await changeTexts()).toHaveLength(0);
  });

  it('2 at the read-back keeps it as it was', async () => {
    const call = await open();
    await call.press('3');
    await call.press('2');
    await call.press('1#');
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
  });

  it('a cancelled reservation is not changed: 3 is not offered, and the words go to the desk', async () => {
    const first = await open();
    await first.press('1');
    await first.press('1');
    const call = await open();
    let turn = await call.press('3');
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.stayChange');
    turn = await call.say('I want to change the dates', 0.95);
    expect(turn.waitingFor).toBe('dial');
    expect((await reservations(t.db))[0]).toMatchObject({ status: 'cancelled', nights: 2 });
  });

  it('a change racing a booking of the last room: checked again as it is made, never overbooked', async () => {
    const call = await open();
    await call.press('3');
    await call.press('2');
    await call.press('3#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.stayChangeConfirm']);
    // Meanwhile another guest books both suites for the night the change would add.
    await bookByKeys(t.call({ from: '+12125550133' }), { date: '1206', roomType: '1', rooms: '2', nights: '1#' });
    expect(await bookedOn('2026-12-06')).toBe(2);
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.stayChangeFull', 'ask.stayChange']);
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 2 });
    expect(await bookedOn('2026-12-06')).toBe(2);
    expect(await changeTexts()).toHaveLength(0);
  });

  it('in Spanish, by voice: "quiero agregar una noche", the nights, read back and changed', async () => {
    const call = await open(true);
    // "Agregar una noche" is no stay of one night: one night more than its two (flows/stay-shift.ts).
    let turn = await call.say('quiero agregar una noche', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.stayChangeConfirm');
    expect(heard(turn)).toContain('Quedaría así: 2 suites con vista al mar, del viernes 4 al lunes 7 de diciembre, 3 noches, 2,520 dólares en total');
    turn = await call.say('sí, por favor', 0.95);
    expect(turn.hungUp).toBe(true);
    expect(heard(turn)).toContain('sigue siendo 7 3 3 1, 0 0 4 2');
    expect(heard(turn)).toContain('Le enviamos un mensaje de texto con los nuevos datos.');
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 3, confirmation: '73310042' });
  });
});

describe('a reservation made yesterday, called about today', () => {
  it.each([
    ['en', "hi, I'm calling to confirm the reservation I made yesterday"],
    ['es', 'hola, hice una reservación ayer y quiero confirmarla'],
  ] as const)('%s "%s": its day is not an arrival; the reservation is looked for', async (locale, words) => {
    const call = t.call({ from: GUEST });
    await call.start();
    if (locale === 'es') await call.press('9');
    await call.say(words, 0.95);
    const prompts = await lastPrompts(t.db, call.callSid);
    expect(prompts).toEqual(['ask.confirmationNumber']);
    await call.say('Torres', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
  });

  it('"I\'d like to make a reservation for tomorrow" is still a booking', async () => {
    const call = t.call({ from: '+12125550144' });
    await call.start();
    await call.say("I'd like to make a reservation for tomorrow", 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.confirmationNumber');
  });

  it('a reservation spoken of with a transfer or a question asked is still that: the desk, or the answer', async () => {
    const desk = t.call({ from: '+12125550145' });
    await desk.start();
    expect((await desk.say('I have a reservation, can I speak to the front desk please', 0.95)).waitingFor).toBe('dial');
    const asks = t.call({ from: '+12125550146' });
    await asks.start();
    await asks.say('I have a reservation, what time is check in?', 0.95);
    expect(await lastPrompts(t.db, asks.callSid)).toContain('notice.answer');
    expect(await lastPrompts(t.db, asks.callSid)).not.toContain('ask.confirmationNumber');
  });
});
