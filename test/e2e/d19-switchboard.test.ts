// A number with many upcoming reservations (a company's switchboard, an agency) must give the
// confirmation number: its last names open nothing (src/calls/reservation-lookup.ts), so the
// question says only what works there; a number with one or two still hears "or say the last name".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

const SWITCHBOARD = '+12125550100';
let t: TestApp;
beforeEach(async () => {
  let n = 43961045;
  t = await startTestApp({ newConfirmation: () => String(n++) });
});
afterEach(async () => t.close());

async function bookFrom(from: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await bookByKeys(t.call({ from }), { roomType: '4', date: `12${String(4 + i).padStart(2, '0')}` });
}

describe("a switchboard's number: the confirmation number only", () => {
  it('by phone, in English and Spanish, the question and its re-prompt name no last name', async () => {
    await bookFrom(SWITCHBOARD, 4);
    const call = t.call({ from: SWITCHBOARD });
    await call.start();
    const ask = heard(await call.press('2'));
    expect(ask).toBe('We have several reservations from this phone. Key in the confirmation number, then pound.');
    expect(heard(await call.silence())).toBe("Sorry, I didn't hear anything. Your confirmation number has 8 digits: key them in, then pound.");

    const es = t.call({ from: SWITCHBOARD });
    await es.start();
    await es.press('9');
    expect(heard(await es.press('2'))).toBe('Tenemos varias reservaciones de este teléfono. Marque el número de confirmación y la tecla de gato.');
    expect(heard(await es.press('43961046#'))).toMatch(/^Reservación 4 3 9 6, 1 0 4 6/);
  });

  it('by text the same: no "reply with the last name"', async () => {
    await bookFrom(SWITCHBOARD, 4);
    const guest = textingGuest(t.baseUrl, SWITCHBOARD);
    const reply = await guest.send('I have a reservation');
    expect(reply.text).not.toMatch(/last name/);
  });

  it('a number with two reservations still hears that the last name works, and it does', async () => {
    await bookFrom('+12125550123', 2);
    const call = t.call();
    await call.start();
    expect(heard(await call.press('2'))).toBe(
      'We have 2 reservations from this phone, arriving Friday, December 4 and Saturday, December 5. Key in the confirmation number, then pound, or say the last name on it.',
    );
    expect(heard(await call.say('Torres', 0.9))).toMatch(/^Reservation 4 3 9 6, 1 0 4 5/);
  });
});
