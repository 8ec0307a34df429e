// A confirmation number, with the last name on it from a phone not on the reservation, opens a
// reservation by call or by text, and lets it be cancelled (SPEC §5: digits only, so it can be keyed
// in later; guessing is limited elsewhere: reservation-guessing.test.ts). Cancelled by call, the guest is texted at the reservation's number.
// Cancelled by text, nothing was sent: the conversation's reply was taken for the written notice,
// but it goes to whoever is texting. Someone who had seen a guest's confirmation number (a
// forwarded email, a photo of a printout) could cancel the stay from their own phone, and the
// guest learned of it at the front desk on arrival. Now the guest's number is texted unless it is
// the guest's own conversation that cancels (its reply is the notice, sent once).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

const GUEST = '+12125550111';
const STRANGER = '+13105550166';
const CONFIRMATION = '73310042';

interface OutboxRow {
  to_number: string;
  kind: string;
  body: string;
}

describe.each<HttpPath>(['lean', 'express'])('a reservation cancelled by text (%s path)', (http) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ http, newConfirmation: () => CONFIRMATION });
    // Ana Torres's reservation, booked by phone; the confirmation text goes to her number.
    await bookByKeys(t.call({ from: GUEST }), { date: '0310', roomType: '2', name: 'Ana Torres' });
  });
  afterEach(() => t.close());

  const cancelTexts = () => t.db.all<OutboxRow>("SELECT to_number, kind, body FROM outbox WHERE kind = 'booking_cancelled' ORDER BY id");
  const status = async () => (await t.db.get<{ status: string }>('SELECT status FROM reservations WHERE confirmation = ?', [CONFIRMATION]))?.status;

  /** From `from`: ask about a reservation, send the confirmation number, ask to cancel, confirm. What the last reply said. */
  async function cancelByText(from: string): Promise<string> {
    const texter = textingGuest(t.baseUrl, from);
    await texter.send('my reservation');
    let found = await texter.send(CONFIRMATION);
    // From a number not on the reservation, the last name on it is asked first (flows/reservation-proof.ts).
    if (from !== GUEST) {
      expect(found.text).not.toContain(CONFIRMATION);
      found = await texter.send('Torres');
    }
    expect(found.text).toContain(CONFIRMATION);
    await texter.send('1');
    const done = await texter.send('YES');
    expect(parseTwiml(done.body).map((verb) => verb.verb)).toEqual(['message']);
    return done.text;
  }

  it("texts the guest's number when the reservation is cancelled from another one", async () => {
    const reply = await cancelByText(STRANGER);
    expect(reply).toMatch(/cancel/i);
    expect(await status()).toBe('cancelled');
    const sent = await cancelTexts();
    expect(sent.map((row) => row.to_number)).toEqual([GUEST]);
    expect(sent[0]!.body).toContain(CONFIRMATION);
  });

  it('sends nothing more when the guest cancels from their own number: the reply is the notice', async () => {
    await cancelByText(GUEST);
    expect(await status()).toBe('cancelled');
    expect(await cancelTexts()).toEqual([]);
  });
});
