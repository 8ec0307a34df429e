// A guest with exactly three upcoming reservations on their number is a guest, as one or two are:
// they hear their arrivals and that the last name opens one. Only more than three listed (a
// switchboard's, an agency's number) asks for the confirmation number alone.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

const GUEST = '+12125550177';
let t: TestApp;
beforeEach(async () => {
  let n = 43961045;
  t = await startTestApp({ newConfirmation: () => String(n++) });
});
afterEach(async () => t.close());

async function bookFrom(from: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await bookByKeys(t.call({ from }), { roomType: '4', date: `12${String(4 + i).padStart(2, '0')}` });
}

describe('three reservations on the number calling', () => {
  it('are listed with their arrivals, and the last name opens one, in English and Spanish', async () => {
    await bookFrom(GUEST, 3);
    const call = t.call({ from: GUEST });
    await call.start();
    expect(heard(await call.press('2'))).toBe(
      'We have 3 reservations from this phone, arriving Friday, December 4, Saturday, December 5 and Sunday, December 6. Key in the confirmation number, then pound, or say the last name on it.',
    );
    expect(heard(await call.say('Torres', 0.9))).toMatch(/^Reservation 4 3 9 6, 1 0 4 5/);

    const es = t.call({ from: GUEST });
    await es.start();
    await es.press('9');
    expect(heard(await es.press('2'))).toMatch(/^Tenemos 3 reservaciones de este teléfono: .* o diga su apellido\.$/);
    expect(heard(await es.say('Torres', 0.9))).toMatch(/^Reservación 4 3 9 6, 1 0 4 5/);
  });

  it('a fourth makes it a switchboard: the confirmation number only', async () => {
    await bookFrom(GUEST, 4);
    const call = t.call({ from: GUEST });
    await call.start();
    expect(heard(await call.press('2'))).toBe('We have several reservations from this phone. Key in the confirmation number, then pound.');
  });
});
