// Twilio's word that the network vouched for the caller's number (StirVerstat
// TN-Validation-Passed-A) opens a reservation by caller ID alone where the hotel allows it
// (test/reliability/spoofed-caller-id.test.ts). Sent by anyone else it must count for nothing: with
// TWILIO_AUTH_TOKEN set, a request not signed by Twilio is refused before it is read; without one
// (a server that warned at start that anyone can post to it), the claim is dropped.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';

const GUEST = '+12125550112';
const SPOKEN = '7 3 3 1, 0 0 4 5';
const FULL = 'TN-Validation-Passed-A';

function trustingHotel(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'conserje-hotel-')), 'hotel.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')), verifiedCallerIdOpensReservations: true }));
  return file;
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const callSid = (n: number) => `CA${String(n).padStart(32, 'f')}`;

describe('a forged claim of full attestation', () => {
  it('signed by no one, is refused where signatures are checked, and nothing is stored', async () => {
    t = await startTestApp({ hotelFile: trustingHotel(), newConfirmation: () => '73310045' });
    const params = { ...baseCallParams(callSid(1), GUEST), StirVerstat: FULL };
    expect((await signedPost(t.baseUrl, '/voice', params, { signature: null })).status).toBe(403);
    expect((await signedPost(t.baseUrl, '/voice', params, { token: 'not-the-auth-token-at-all' })).status).toBe(403);
    expect(await t.db.get('SELECT count(*) AS n FROM calls')).toEqual({ n: 0 });
  });

  it('to a server without TWILIO_AUTH_TOKEN, opens nothing: the reservation is still asked to be proved', async () => {
    t = await startTestApp({ hotelFile: trustingHotel(), newConfirmation: () => '73310045', env: { TWILIO_AUTH_TOKEN: '' } });
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
    expect((await bookByKeys(t.call({ from: GUEST, authToken: null }), { name: 'Ana Torres' })).said.at(-1)?.text).toBe('Another booking? Press 1.');
    const call = t.call({ from: GUEST, authToken: null, stirVerstat: FULL });
    await call.start();
    const heard = [await call.press('2'), await call.press('1')].flatMap((turn) => turn.said.map((s) => s.text)).join(' ');
    expect(heard).not.toContain(SPOKEN);
    expect(heard).not.toContain('73310045');
    expect(await t.db.get("SELECT status FROM reservations WHERE confirmation = '73310045'")).toEqual({ status: 'booked' });
  });
});
