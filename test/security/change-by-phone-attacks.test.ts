// Round 31: the change by phone (flows/stay-change.ts, src/calls/stay-change.ts) as an attacker,
// or a busy desk, would meet it: the desk changing or cancelling the reservation while the guest
// is on the phone changing it, a stay past the hotel's limits, and calls pumping the
// `booking_changed` text. Whole signed calls through the real app on a fresh SQLite file, the
// console's API with a staff token; the clock is Saturday, November 28, 2026.

import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECIPIENT_TEXT_LIMIT } from '../../src/messaging/outbox.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { activeHolds, lastPrompts, reservations } from '../helpers/timeline.ts';

const GUEST = '+12125550111';
let t: TestApp;
let token: string;

beforeEach(async () => {
  const numbers = ['73310042', '73310043', '73310044'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999', env: { STAFF_COOKIE_SECURE: 'false' } });
  const accounts = new Accounts(t.db);
  await accounts.add('desk', 'desk-password-1234', 'staff', t.clock.now());
  token = (await accounts.createToken('desk', 'test', t.clock.now())).token;
  // Both Ocean Suites (all the hotel has), Friday December 4, 2 nights, from GUEST.
  await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '2' });
});
afterEach(async () => t.close());

const reservationId = async () => (await t.db.get<{ id: number }>("SELECT id FROM reservations WHERE confirmation = '73310042'"))!.id;
const deskChange = async (body: object) =>
  request(t.baseUrl).post(`/api/reservations/${await reservationId()}/change`).set('Authorization', `Bearer ${token}`).send(body);
const deskPost = async (action: string) =>
  request(t.baseUrl).post(`/api/reservations/${await reservationId()}/${action}`).set('Authorization', `Bearer ${token}`).send({});
const changeTexts = async () => Number((await t.db.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE kind = 'booking_changed'"))!.n);

/** A call from the reservation's own phone, the reservation opened by its confirmation number. */
async function opened() {
  const call = t.call({ from: GUEST });
  await call.start();
  await call.press('2');
  await call.press('73310042#');
  return call;
}

/** Opened, 3 (change), 2 (the nights), `nights` keyed: the new stay read back. */
async function nightsReadBack(nights: string) {
  const call = await opened();
  await call.press('3');
  await call.press('2');
  await call.press(`${nights}#`);
  return call;
}

describe('the change by phone while the desk changes the same reservation', () => {
  it('a desk change made while the caller hears the new stay read back is not undone by the caller’s yes', async () => {
    const call = await nightsReadBack('3');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.stayChangeConfirm']);
    // Meanwhile the desk gives one of the two suites back (the guest asked by email).
    expect((await deskChange({ rooms: 1 })).status).toBe(200);
    const turn = await call.press('1');
    // The yes was to "2 Ocean Suites, 3 nights": the desk's 1 room is not silently made 2 again.
    const [r] = await reservations(t.db);
    expect(r).toMatchObject({ rooms: 1, nights: 2 });
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('reservationChanged');
    expect(turn.hungUp && (await lastPrompts(t.db, call.callSid)).includes('reservationChanged')).toBe(false);
  });

  it('a desk change made after the caller opened the reservation is not overwritten by the stay the caller was read', async () => {
    const call = await opened();
    // The desk makes it 4 nights; the caller, who heard 2, moves the arrival.
    expect((await deskChange({ nights: 4 })).status).toBe(200);
    await call.press('3');
    await call.press('1');
    await call.press('1210');
    const prompts = await lastPrompts(t.db, call.callSid);
    if (prompts.includes('ask.stayChangeConfirm')) await call.press('1');
    const [r] = await reservations(t.db);
    expect(r).toMatchObject({ arrival: '2026-12-04', nights: 4, rooms: 2 });
  });

  it('a reservation the desk cancelled, or marked arrived, while it was read back is not changed, and nobody is texted', async () => {
    for (const action of ['cancel', 'arrived'] as const) {
      const call = await nightsReadBack('3');
      const textsBefore = await changeTexts();
      expect((await deskPost(action)).status).toBe(200);
      await call.press('1');
      const [r] = await reservations(t.db);
      expect(r).toMatchObject({ nights: 2, status: action === 'cancel' ? 'cancelled' : 'arrived' });
      expect(await changeTexts()).toBe(textsBefore);
      expect(await lastPrompts(t.db, call.callSid)).not.toContain('reservationChanged');
      if (action === 'cancel') break; // a cancelled reservation cannot be marked arrived next
    }
  });
});

describe('the change by phone and rooms another caller is holding', () => {
  it('a move onto nights where another caller holds a suite is not read back: the hold stays theirs', async () => {
    // Another caller holds one of the two Ocean Suites for Thursday December 10, 1 night.
    const other = t.call({ from: '+12125550122' });
    await askForStay(other, { date: '1210', roomType: '1', rooms: '1', nights: '1#' });
    expect(await activeHolds(t.db)).toHaveLength(1);
    // The guest moves their 2 suites to December 10: only one is free for them.
    const call = await opened();
    await call.press('3');
    await call.press('1');
    await call.press('1210');
    // Said so ("not free then"), and which part to change asked again.
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'notice.stayChangeFull', 'ask.stayChange']);
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-04', nights: 2, rooms: 2 });
    expect(await activeHolds(t.db)).toHaveLength(1);
  });
});

describe('the change by phone past the hotel’s limits', () => {
  it('nights over maxNights, rooms over maxRoomsPerBooking or none are asked again, never read back or made', async () => {
    for (const [part, value] of [['2', '31'], ['2', '99'], ['2', '0'], ['3', '6'], ['3', '0']] as const) {
      const call = await opened();
      await call.press('3');
      await call.press(part);
      await call.press(`${value}#`);
      expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.stayChangeConfirm');
      await call.hangup();
    }
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-04', nights: 2, rooms: 2, status: 'booked' });
  });

  it('an arrival past the booking horizon, or in the past, said by voice is never read back as the new stay', async () => {
    for (const said of ['move it to December 4th 2028', 'move it to March 3rd 2031', 'move it to November 20th 2026', 'move it to December 4th 2025']) {
      const call = await opened();
      await call.say(said, 0.95);
      const prompts = await lastPrompts(t.db, call.callSid);
      if (prompts.includes('ask.stayChangeConfirm')) await call.press('1');
      await call.hangup();
    }
    expect((await reservations(t.db))[0]).toMatchObject({ arrival: '2026-12-04', nights: 2, rooms: 2, status: 'booked' });
  });
});

describe('calls pumping the change’s text', () => {
  it('changes back and forth, call after call, text the guest’s number at most its daily limit', async () => {
    for (let i = 0; i < RECIPIENT_TEXT_LIMIT + 3; i++) {
      const call = await nightsReadBack(i % 2 === 0 ? '3' : '2');
      await call.press('1');
      await t.db.run("UPDATE outbox SET status = 'sent' WHERE status = 'unsent'");
    }
    const sent = Number(
      (await t.db.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE to_number = ? AND status NOT IN ('failed', 'suppressed')", [GUEST]))!.n,
    );
    expect(sent).toBeLessThanOrEqual(RECIPIENT_TEXT_LIMIT);
    // Every call did change the stay (each its one text written): the limit, not the flow, held them.
    expect(await changeTexts()).toBe(RECIPIENT_TEXT_LIMIT + 3);
  });
});
