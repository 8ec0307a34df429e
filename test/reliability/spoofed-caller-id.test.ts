// A reservation is opened by what only the guest has: caller ID is trivial to fake, so a call or
// a text with a guest's number as From learns that a reservation exists and when it arrives, and
// nothing else — no confirmation number, no details, no cancellation. Its confirmation number or
// the last name on it opens it; caller ID alone does only where the hotel allows it and Twilio
// reports full STIR/SHAKEN attestation (StirVerstat TN-Validation-Passed-A).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';

const GUEST = '+12125550111';
const CONFIRMATION = '73310042';
const SPOKEN = '7 3 3 1, 0 0 4 2';

/** Anything a spoofer must not learn: the confirmation number (any way written) and the booking's details. */
function expectNothingDisclosed(text: string): void {
  for (const secret of [CONFIRMATION, SPOKEN, 'Ocean Suite', '2 rooms', '2 nights', 'Sunday, December 6', 'Ana', 'Torres', '$']) {
    expect(text, `disclosed "${secret}"`).not.toContain(secret);
  }
}

const heard = (turns: Turn[]) => turns.flatMap((t) => t.said.map((s) => s.text)).join(' ');

/** The demo hotel with some settings changed, as a hotel file. */
function hotelWith(settings: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'conserje-hotel-')), 'hotel.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')), ...settings }));
  return file;
}

async function appWithBooking(options: { hotelSettings?: Record<string, unknown> } = {}): Promise<TestApp> {
  const hotelFile = options.hotelSettings ? hotelWith(options.hotelSettings) : undefined;
  const numbers = [CONFIRMATION, '73310043'];
  const t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999', ...(hotelFile ? { hotelFile } : {}) });
  // 2 Ocean Suites for 2 nights from Friday, December 4, booked by Ana Torres from her phone.
  // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
  expect((await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '2', name: 'Ana Torres' })).said.at(-1)?.text).toBe('Another booking? Press 1.');
  return t;
}

describe("a spoofed guest's number", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('on a call, hears that a reservation exists and when, and can neither hear it nor cancel it', async () => {
    t = await appWithBooking();
    const call = t.call({ from: GUEST });
    const turns: Turn[] = [await call.start(), await call.press('2')];
    expect(turns[1]!.said[0]!.text).toContain('arriving Friday, December 4');
    // About 15 seconds on the phone (150 words a minute).
    expect(turns[1]!.said[0]!.text.split(/\s+/).length).toBeLessThanOrEqual(40);
    // What worked before issue 11: 2, 1, 1, 1 heard the booking and cancelled it.
    turns.push(await call.press('1'), await call.press('1'));
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.notUnderstood', 'help.confirmationNumber']);
    // A guessed last name, then a wrong confirmation number: the third miss goes to the front desk.
    turns.push(await call.say('Smith', 0.9));
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.existing_reservation']);
    expectNothingDisclosed(heard(turns));
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });

  it('by text, STATUS says when it arrives but not its number, and CANCEL cancels nothing', async () => {
    t = await appWithBooking();
    const guest = textingGuest(t.baseUrl, GUEST);
    const replies = [await guest.send('STATUS')];
    expect(replies[0]!.text).toContain('arriving Friday, December 4');
    replies.push(await guest.send('CANCEL'), await guest.send('1'), await guest.send('1'), await guest.send('yes'));
    for (const reply of replies) expectNothingDisclosed(reply.text);
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });

  it('full attestation does not open it unless the hotel allows caller ID alone', async () => {
    t = await appWithBooking();
    const call = t.call({ from: GUEST, stirVerstat: 'TN-Validation-Passed-A' });
    const turns = [await call.start(), await call.press('2'), await call.press('1')];
    expectNothingDisclosed(heard(turns));
  });
});

describe('what opens a reservation', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('its confirmation number and the last name on it, from any phone', async () => {
    t = await appWithBooking();
    const call = t.call({ from: '+13125550188' });
    await call.start();
    await call.press('2');
    // From a phone not on the reservation, the number alone says nothing of it.
    const asked = await call.press(`${CONFIRMATION}#`);
    expect(asked.said.map((s) => s.text).join(' ')).not.toContain(SPOKEN);
    const turn = await call.say('Torres', 0.9);
    expect(turn.said[0]!.text).toContain(SPOKEN);
    await call.press('1');
    await call.press('1');
    expect((await reservations(t.db))[0]?.status).toBe('cancelled');
  });

  it('the last name on it, from the phone it was made from, in English or Spanish', async () => {
    t = await appWithBooking();
    const call = t.call({ from: GUEST });
    await call.start();
    await call.press('9');
    const asked = await call.say('mi reservación', 0.9);
    expect(asked.said[0]!.text).toBe(
      'Tenemos una reservación de este teléfono: llegada el viernes 4 de diciembre. Marque el número de confirmación y gato, o diga su apellido.',
    );
    expect(asked.said[0]!.text.split(/\s+/).length).toBeLessThanOrEqual(40);
    const turn = await call.say('el apellido es Torres', 0.9);
    expect(turn.said[0]!.text).toContain('Reservación 7 3 3 1, 0 0 4 2');
    // The first name alone is not the last name.
    const other = t.call({ from: GUEST });
    await other.start();
    await other.press('2');
    await other.say('Ana', 0.9);
    expect(await lastPrompts(t.db, other.callSid)).toEqual(['notice.reservationNameNotFound', 'help.confirmationNumber']);
  });

  it('the last name is no use from another phone', async () => {
    t = await appWithBooking();
    const call = t.call({ from: '+13125550188' });
    await call.start();
    await call.press('2');
    await call.say('Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.notUnderstood', 'help.confirmationNumber']);
  });

  it('caller ID alone, where the hotel allows it and Twilio reports full attestation', async () => {
    t = await appWithBooking({ hotelSettings: { verifiedCallerIdOpensReservations: true } });
    // Partial attestation (B) is not enough.
    const partial = t.call({ from: GUEST, stirVerstat: 'TN-Validation-Passed-B' });
    expectNothingDisclosed(heard([await partial.start(), await partial.press('2'), await partial.press('1')]));
    const call = t.call({ from: GUEST, stirVerstat: 'TN-Validation-Passed-A' });
    await call.start();
    const list = await call.press('2');
    expect(list.said[0]!.text).toContain('arriving Friday, December 4, 2 nights, press 1');
    const turn = await call.press('1');
    expect(turn.said[0]!.text).toContain(SPOKEN);
    await call.press('1');
    await call.press('1');
    expect((await reservations(t.db))[0]?.status).toBe('cancelled');
  });
});
