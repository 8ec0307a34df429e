// A stranger with a phone against the last-name proof (flows/reservation-proof.ts): what opens a
// reservation from a phone that is not its own, and whether anything tells a real confirmation
// number from a made-up one. Signed calls and texts through the app, TwiML as Twilio gets it.
//
// What gave:
// - One answer could name six surnames ("Hernández López Martínez González Pérez García"), and any
//   of them that was on the reservation opened it: the proof was a guess of six at a time. Fixed in
//   src/calls/reservation-lookup.ts (lastNameMatches: the words said must be the name's own, but
//   for one word among three or more that could be a name: "for the reservation Hernández García" is
//   two); the tests below guard it.
// - "¿Hablan español?" said at the last-name question was taken for a wrong last name: a miss
//   counted against the caller. Fixed in flows/reservation-proof.ts: the call turns to Spanish and
//   the last name is asked again, no miss counted.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';

const GUEST_PHONE = '+12125550111';
const STRANGER = '+13125550188';
const CONFIRMATION = '73310042';
/** The attacker's own reservation, made from the stranger's phone. */
const OWN_CONFIRMATION = '55550001';
/** A number no reservation has. */
const NO_SUCH = '11112222';
const SPOKEN = '7 3 3 1, 0 0 4 2';
/** The six commonest surnames in Mexico, said as one answer. */
const SURNAME_LIST = 'Hernández López Martínez González Pérez García';

let t: TestApp;
beforeEach(async () => {
  const numbers = [CONFIRMATION, OWN_CONFIRMATION];
  let next = 90_000_000;
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? String(next++) });
  // 1 Ocean Suite, December 4 for 2 nights, for Lucía Méndez García, booked from her phone.
  await bookByKeys(t.call({ from: GUEST_PHONE }), { roomType: '1', rooms: '1', name: 'Lucía Méndez García' });
});
afterEach(async () => t.close());

/** A call from `from` at "an existing reservation" that keys `confirmation`; what it heard then. */
async function keysIn(confirmation: string, from = STRANGER) {
  const call = t.call({ from });
  await call.start();
  await call.press('2');
  return { call, asked: await call.press(`${confirmation}#`) };
}

/** Every TwiML document of a turn, with the call's own SID taken out (it is in the whisper's URL). */
const documents = (turn: Turn, callSid: string) => turn.responses.map((r) => r.body.replaceAll(callSid, 'CA…'));

/** Whether a reply says anything of the guest's reservation (her number, or her Ocean Suite). */
const opened = (text: string) => text.includes(SPOKEN) || text.includes(CONFIRMATION) || /Ocean|vista al mar/.test(text);

describe('the last name asked from another phone', () => {
  // Fix (src/calls/reservation-lookup.ts, lastNameMatches; or flows/reservation-proof.ts before the
  // lookup): a last name is proven only when every word said, lead-ins of either language aside
  // ("el apellido es" is not stripped in an English call today), is a word of the name on the
  // reservation (or its parts run together): "Méndez García", "Lucía García", "García" open it; a
  // list with other surnames in it is a miss like a wrong name.
  it('is not opened by six surnames said in one answer, one of them right (voice)', async () => {
    const { call } = await keysIn(CONFIRMATION);
    const turn = await call.say(SURNAME_LIST, 0.9);
    expect(opened(heard(turn)), heard(turn)).toBe(false);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNotMatched', 'help.confirmationNumber']);
  });

  it("is not opened by six surnames said from the guest's own caller ID, which any caller can fake", async () => {
    const call = t.call({ from: GUEST_PHONE });
    await call.start();
    await call.press('2');
    const turn = await call.say(SURNAME_LIST, 0.9);
    expect(opened(heard(turn)), heard(turn)).toBe(false);
  });

  it('is not opened by six surnames texted in one message', async () => {
    const texter = textingGuest(t.baseUrl, '+13125550199');
    await texter.send('my reservation');
    await texter.send(CONFIRMATION);
    const reply = await texter.send(SURNAME_LIST);
    expect(opened(reply.text), reply.text).toBe(false);
  });

  // A letter alone (a spelling's, "Torres, con T") is no name word either: it does not make up the
  // three a word off the name needs (src/calls/reservation-lookup.ts, fewWordsOffTheName).
  it.each(['Hernández H García', 'Hernández, con H, García', 'H Hernández García'])(
    'is not opened by two surnames, one right, padded with a letter: "%s"',
    async (said) => {
      const { call } = await keysIn(CONFIRMATION);
      const turn = await call.say(said, 0.9);
      expect(opened(heard(turn)), heard(turn)).toBe(false);
    },
  );

  // Words around a name ("for the reservation", "mi apellido es") do not make up the three words
  // a word off the name needs (src/calls/reservation-lookup.ts, fewWordsOffTheName).
  it.each(['mi apellido es García Hernández', 'for the reservation Hernández García', 'García Hernández reservation'])(
    'is not opened by two surnames, one right, padded with words around a name: "%s"',
    async (said) => {
      const { call } = await keysIn(CONFIRMATION);
      const turn = await call.say(said, 0.9);
      expect(opened(heard(turn)), heard(turn)).toBe(false);
    },
  );

  // The wrong last names given for a reservation are counted from whatever numbers, and past five a
  // day no name opens it (src/calls/lookup-guesses.ts). Before, with the limits per number (10 a day,
  // and a faked caller ID is a new number at every call) and per property (50 an hour), a guesser
  // who had a confirmation number could try 1,200 surnames a day on it.
  it('is not opened by the right name after two dozen wrong ones for it from a dozen numbers', async () => {
    const wrongNames = ['Hernández', 'López', 'Martínez', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales'];
    for (const [i, name] of wrongNames.entries()) {
      const { call } = await keysIn(CONFIRMATION, `+1312555${String(1000 + i)}`);
      await call.say(name, 0.9);
      await call.press(`${CONFIRMATION}#`);
      expect((await call.say(`${name}a`, 0.9)).dial, 'two wrong names: the desk').toBeDefined();
      t.clock.advance(60_000);
    }
    const { call } = await keysIn(CONFIRMATION, '+13125559999');
    const turn = await call.say('García', 0.9);
    expect(opened(heard(turn)), heard(turn)).toBe(false);
  });

  it('still opens for the guest whose name was guessed wrong a few times today (under five)', async () => {
    for (const [i, name] of ['Hernández', 'López'].entries()) {
      const { call } = await keysIn(CONFIRMATION, `+1312555${String(2000 + i)}`);
      await call.say(name, 0.9);
      await call.press(`${CONFIRMATION}#`);
      await call.say(`${name}a`, 0.9);
    }
    const { call } = await keysIn(CONFIRMATION, '+13125559998');
    expect(heard(await call.say('García', 0.9))).toContain(SPOKEN);
  });

  it('opens for the guest saying her own name, either surname or both (what the fix must keep)', async () => {
    for (const said of ['García', 'Méndez García', 'a nombre de Lucía Méndez']) {
      const { call } = await keysIn(CONFIRMATION);
      expect(heard(await call.say(said, 0.9))).toContain(SPOKEN);
    }
  });

  // A request for the other language is no last name (flows/reservation-proof.ts, readLastNameProof).
  it('asked in Spanish ("¿hablan español?"), is asked again in Spanish, and no miss is counted', async () => {
    const { call } = await keysIn(CONFIRMATION);
    const turn = await call.say('¿hablan español?', 0.9);
    expect(turn.gather?.language).toBe('es-MX');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
    expect(await t.db.all('SELECT number FROM reservation_lookup_misses')).toEqual([]);
  });
});

describe('a real confirmation number and a made-up one, to a stranger', () => {
  it('get the very same TwiML at every turn: words, voices, hints, timeouts, actions, the transfer', async () => {
    const run = async (confirmation: string) => {
      const { call, asked } = await keysIn(confirmation);
      const turns = [asked, await call.press('*'), await call.say('Smith', 0.9), await call.press('*')];
      turns.push(await call.press(`${confirmation}#`), await call.say('Jones', 0.9));
      expect(turns.at(-1)!.dial, 'the second wrong name goes to the front desk').toBeDefined();
      return turns.flatMap((turn) => documents(turn, call.callSid));
    };
    const real = await run(CONFIRMATION);
    const fake = await run(NO_SUCH);
    expect(fake).toEqual(real);
    expect(real.some(opened)).toBe(false);
  });

  it('get the very same text replies', async () => {
    const run = async (confirmation: string, from: string) => {
      const texter = textingGuest(t.baseUrl, from);
      const replies: string[] = [];
      for (const body of ['my reservation', confirmation, 'Smith', confirmation, 'Jones', 'CANCEL', 'yes']) replies.push((await texter.send(body)).text);
      return replies;
    };
    const real = await run(CONFIRMATION, '+13125550101');
    expect(await run(NO_SUCH, '+13125550102')).toEqual(real);
    expect(real.some(opened)).toBe(false);
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });
});

describe('other ways around the proof', () => {
  it('Digits and SpeechResult in one request at the last-name question: the keys count, the desk, nothing said', async () => {
    const { call, asked } = await keysIn(CONFIRMATION);
    const action = new URL(asked.gather!.action!, 'https://x.invalid');
    const answer = await signedPost(t.baseUrl, action.pathname + action.search, {
      ...baseCallParams(call.callSid, STRANGER),
      Digits: '1',
      SpeechResult: 'García',
      Confidence: '0.95',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<Dial');
    expect(opened(answer.body)).toBe(false);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.reservation_not_proven']);
    expect((await reservations(t.db)).find((r) => r.confirmation === CONFIRMATION)?.status).toBe('booked');
  });

  it("opening one's own reservation opens no other: the guest's number keyed or texted next is not taken", async () => {
    await bookByKeys(t.call({ from: STRANGER }), { roomType: '2', rooms: '1', name: 'Eve Smith' });
    const { call, asked } = await keysIn(OWN_CONFIRMATION);
    expect(heard(asked)).toContain('5 5 5 5, 0 0 0 1');
    const turns = [await call.press('*'), await call.press('2'), await call.press(`${CONFIRMATION}#`)];
    expect(turns.map(heard).some(opened)).toBe(false);

    const texter = textingGuest(t.baseUrl, STRANGER);
    const replies = [];
    for (const body of ['my reservation', OWN_CONFIRMATION, CONFIRMATION, '1', 'yes']) replies.push((await texter.send(body)).text);
    expect(replies.slice(2).some(opened)).toBe(false);
    const status = Object.fromEntries((await reservations(t.db)).map((r) => [r.confirmation, r.status]));
    // The texter cancelled their own reservation, and only that one.
    expect(status).toEqual({ [CONFIRMATION]: 'booked', [OWN_CONFIRMATION]: 'cancelled' });
  });

  it.each(['sip:+12125550111@pbx.example', 'client:+12125550111', 'whatsapp:+12125550111', '12125550111', 'anonymous', ''])(
    'From %j with the guest\'s digits in it is not the guest\'s phone: the last name is asked',
    async (from) => {
      const call = t.call({ from });
      await call.start();
      const menu = await call.press('2');
      expect(opened(heard(menu))).toBe(false);
      expect(heard(menu)).not.toContain('December 4');
      await call.press(`${CONFIRMATION}#`);
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
      const texter = textingGuest(t.baseUrl, from === '' ? 'anonymous' : from);
      expect(opened((await texter.send('status')).text)).toBe(false);
    },
  );

  it.each(['+266696687', '+7378742833', 'anonymous'])(
    'a reservation booked with the caller ID withheld (%s) is no other withheld caller\'s own: both proofs are asked',
    async (withheld) => {
      // Booked with the caller ID withheld, to be called back on a number keyed in.
      const booking = t.call({ from: withheld });
      await askForStay(booking, { roomType: '2', rooms: '1' });
      await booking.say('Eve Smith', 0.95);
      await booking.press('1');
      await booking.press('2125550199#');
      await booking.press('1');
      expect(heard(await booking.press('1'))).toContain('5 5 5 5, 0 0 0 1');
      // Another call with the same marker: no reservation "from this phone", the number alone opens nothing.
      const call = t.call({ from: withheld });
      await call.start();
      expect(heard(await call.press('2'))).toBe('Key in your confirmation number, then pound.');
      await call.press(`${OWN_CONFIRMATION}#`);
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
    },
  );
});

describe("a number many reservations were made from (a company's switchboard, an agency)", () => {
  // The last name alone opens a reservation only for a number with at most three upcoming ones
  // (what the list names); from a number with more, the confirmation number (src/calls/
  // reservation-lookup.ts, byCallerAndLastName). Such a number is public, any caller can fake it,
  // and a common surname said once opened whichever of its guests had it.
  it('does not open one of them for a common surname alone', async () => {
    const switchboard = '+12125550100';
    for (const [i, name] of ['Ana García', 'Luis Pérez', 'Eva López', 'Juan Torres', 'Rosa Díaz'].entries()) {
      await bookByKeys(t.call({ from: switchboard }), { roomType: '4', rooms: '1', date: `12${10 + i}`, name });
    }
    const call = t.call({ from: switchboard });
    await call.start();
    // (How many it has is not known past the three listed: "several", and no last name offered.)
    expect(heard(await call.press('2'))).toBe('We have several reservations from this phone. Key in the confirmation number, then pound.');
    const turn = await call.say('García', 0.9);
    expect(heard(turn)).not.toMatch(/^Reservation \d/);
  });
});
