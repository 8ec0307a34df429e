// Who may hear or cancel a reservation. Its confirmation number opened it from any phone; now,
// from a phone that is not the reservation's (or a withheld one), the last name on it is asked
// first, by voice or text, and compared kindly. Keys pressed instead, or two last names that do
// not match, go to the front desk, whose whisper says why; nothing of the reservation is said,
// and a number that does not exist is treated in the very same words. From the reservation's own
// phone nothing changes.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { callRow, lastPrompts, reservations, timeline } from '../helpers/timeline.ts';
import { countWords } from '../../src/voice/word-budget.ts';

const GUEST_PHONE = '+12125550111';
const OTHER_PHONE = '+13125550188';
const CONFIRMATION = '73310042';
/** A number no reservation has. */
const NO_SUCH = '11112222';

let t: TestApp;
let log: ReturnType<typeof captureLog>;
beforeEach(async () => {
  log = captureLog('info');
  t = await startTestApp({ newConfirmation: () => CONFIRMATION, logger: log.logger });
  // 1 Ocean Suite for December 4, 2 nights, for María de la Cruz García, booked from the guest's phone.
  await bookByKeys(t.call({ from: GUEST_PHONE }), { roomType: '1', rooms: '1', name: 'María de la Cruz García' });
});
afterEach(async () => t.close());

/** A call from `from` that keys in `confirmation` at "an existing reservation"; what it heard then. */
async function keysIn(confirmation: string, from = OTHER_PHONE, spanish = false) {
  const call = t.call({ from });
  await call.start();
  if (spanish) await call.press('9');
  await call.press('2');
  const turn = await call.press(`${confirmation}#`);
  return { call, turn };
}

describe('a confirmation number from another phone', () => {
  it('asks the last name on it, in a dozen words, before saying anything of it', async () => {
    for (const spanish of [false, true]) {
      const { call, turn } = await keysIn(CONFIRMATION, OTHER_PHONE, spanish);
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
      expect(heard(turn)).toBe(
        spanish ? 'Por su seguridad, ¿me dice el apellido del titular de la reservación?' : 'For your security, please say the last name on the reservation.',
      );
      expect(countWords(heard(turn))).toBeLessThanOrEqual(12);
    }
  });

  it.each([
    ['Cruz', false],
    ['de la Cruz', false],
    ['it is under García', false],
    ['CRUZ GARCIA', false],
    ['a nombre de María de la Cruz', true],
    ['Delacruz', true],
  ])('"%s" (spanish=%s) opens it: accents, case, "de la", either surname', async (said, spanish) => {
    const { call } = await keysIn(CONFIRMATION, OTHER_PHONE, spanish);
    const turn = await call.say(said, 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(heard(turn)).toContain(spanish ? '7 3 3 1, 0 0 4 2' : 'Reservation 7 3 3 1, 0 0 4 2');
    // And it can be cancelled from there, as from the guest's own phone.
    await call.press('1');
    await call.press('1');
    expect((await reservations(t.db))[0]?.status).toBe('cancelled');
  });

  it.each(['María', 'la', 'Smith'])('"%s" does not open it', async (said) => {
    const { call } = await keysIn(CONFIRMATION);
    const turn = await call.say(said, 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNotMatched', 'help.confirmationNumber']);
    expect(heard(turn)).not.toMatch(/Ocean|December|7 3 3 1/);
  });

  it('a stranger learns nothing: a number that does not exist hears the very same words', async () => {
    const said = async (confirmation: string) => {
      const { call, turn } = await keysIn(confirmation);
      const wrong = await call.say('Smith', 0.9);
      const again = await call.press(`${confirmation}#`);
      const last = await call.say('Jones', 0.9);
      return { call, words: [turn, wrong, again, last].map(heard) };
    };
    const real = await said(CONFIRMATION);
    const none = await said(NO_SUCH);
    expect(none.words).toEqual(real.words);
    expect(real.words.join(' ')).not.toMatch(/Ocean|December|7 3 3 1/);
    // The second wrong last name: the front desk, with nothing said.
    expect(real.words[3]).toBe("That confirmation number and last name don't match a reservation. The front desk will help you with your reservation. Connecting you now.");
    expect((await callRow(t.db, real.call.callSid))?.state).toBe('transferring');
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });

  it('keys pressed for the last name go to the front desk, whose whisper says why; nothing is said', async () => {
    const { call } = await keysIn(CONFIRMATION);
    const turn = await call.press('3');
    expect(turn.waitingFor).toBe('dial');
    expect(heard(turn)).toBe('The front desk will help you with your reservation. Connecting you now.');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain(
      'Reservation 7 3 3 1, 0 0 4 2 asked about from another phone; they pressed keys instead of saying the last name on it. Nothing was told: check who is calling.',
    );
  });

  it('two wrong last names: the whisper says so; the log and the timeline have the refusal', async () => {
    const { call } = await keysIn(CONFIRMATION);
    await call.say('Smith', 0.9);
    await call.press(`${CONFIRMATION}#`);
    await call.say('Jones', 0.9);
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('asked about from another phone; the last names they gave did not match. Nothing was told');
    const refusals = log.lines.map((l) => JSON.parse(l) as { msg: string; why?: string; fails?: number; toDesk?: boolean }).filter((l) => l.msg.startsWith('reservation not opened'));
    expect(refusals.map((r) => [r.why, r.fails, r.toDesk])).toEqual([
      ['last_name', 1, false],
      ['last_name', 2, true],
    ]);
    const events = await timeline(t.db, call.callSid);
    expect(events.find((e) => e.understood === `last name "Jones" for confirmation number ${CONFIRMATION}`)).toMatchObject({
      from_state: 'askingLastName',
      to_state: 'transferring',
    });
  });

  it('0 for the front desk there: the whisper says the last name was not given', async () => {
    const { call } = await keysIn(CONFIRMATION);
    expect((await call.press('0')).waitingFor).toBe('dial');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('Reservation 7 3 3 1, 0 0 4 2 asked about from another phone; they did not give the last name on it.');
  });

  it('a withheld number is asked too', async () => {
    const { call } = await keysIn(CONFIRMATION, 'anonymous');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
  });

  it("still counts guesses: a number that does not exist, and a last name that does not match, are misses", async () => {
    const { call } = await keysIn(NO_SUCH);
    await call.say('Cruz', 0.9);
    await call.press(`${CONFIRMATION}#`); // the real one: not a miss until its last name is wrong
    await call.say('Smith', 0.9);
    const misses = await t.db.all<{ number: string }>('SELECT number FROM reservation_lookup_misses');
    expect(misses.map((m) => m.number)).toEqual([OTHER_PHONE, OTHER_PHONE]);
  });
});

describe("from the reservation's own phone", () => {
  it('nothing changes: the confirmation number opens it at once', async () => {
    const { call, turn } = await keysIn(CONFIRMATION, GUEST_PHONE);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(heard(turn)).toContain('Reservation 7 3 3 1, 0 0 4 2: 1 Ocean Suite, 2 nights');
  });
});

describe('by text', () => {
  it('from another number: the last name first, then the reservation; digits there are not a name', async () => {
    const texter = textingGuest(t.baseUrl, '+13125550199');
    await texter.send('my reservation');
    expect((await texter.send(CONFIRMATION)).text).toBe('For your security, please send the last name on the reservation.');
    expect((await texter.send('12345')).text).toBe(
      "Sorry, I didn't understand that. Please send the last name the reservation was made under. For the front desk, reply AGENT.",
    );
    expect((await texter.send('garcia')).text).toMatch(/^Reservation 73310042: 1 Ocean Suite, 2 nights/);
  });

  it("from the reservation's own number: at once", async () => {
    const texter = textingGuest(t.baseUrl, GUEST_PHONE);
    await texter.send('my reservation');
    expect((await texter.send(CONFIRMATION)).text).toMatch(/^Reservation 73310042: 1 Ocean Suite/);
  });
});
