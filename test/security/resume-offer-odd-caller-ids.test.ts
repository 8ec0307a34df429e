// Round 30: the call-back resume offer ("Welcome back. Shall we continue your booking…",
// src/calls/resumable-booking.ts) after round 29's fixes, tried with every caller ID that is many
// callers' or nobody's: Twilio's stand-ins for a withheld number (RESTRICTED, BLOCKED, UNKNOWN,
// ANONYMOUS, UNAVAILABLE as numbers), "anonymous", a Twilio Client identity, SIP From values, and
// numbers libphonenumber calls invalid. None is offered the stay another call left; a SIP caller
// naming a PSTN number in its From is not that number. Signed calls through the real app.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** A caller gives the stay and a name, then the line drops. */
async function cutOff(from: string): Promise<void> {
  const call = t.call({ from });
  await call.start();
  await call.say('I want one deluxe king on December 18 for two nights', 0.95);
  await call.say('Margaret Thornbury', 0.95);
  await call.hangup();
}

const ODD = [
  '+7378742833', // RESTRICTED
  '+2562533', // BLOCKED
  '+8656696', // UNKNOWN
  '+266696687', // ANONYMOUS
  '+86282452253', // UNAVAILABLE
  'anonymous',
  'Restricted',
  'client:frontdesk',
  'sip:guest@hotel.sip.twilio.com',
  'sip:+12125550701@hotel.sip.twilio.com',
  '+10000000000',
  '+15555555555',
  '+1212555070',
  '',
];

describe('the resume offer to a caller ID that is nobody’s', () => {
  it.each(ODD)('%j is offered no stay another call from it left', async (from) => {
    await cutOff(from);
    t.clock.advance(2 * 60_000);
    const next = heard(await t.call({ from }).start());
    expect(next).not.toMatch(/Welcome back|December 18|Thornbury/);
  });

  it('a SIP From naming a number is not that number; the number itself still is', async () => {
    await cutOff('+12125550702');
    t.clock.advance(2 * 60_000);
    expect(heard(await t.call({ from: 'sip:+12125550702@hotel.sip.twilio.com' }).start())).not.toMatch(/Welcome back|December 18/);
    // The SIP call is no call of the number's: the number's own call back is still offered its stay.
    expect(heard(await t.call({ from: '+12125550702' }).start())).toMatch(/Welcome back/);
  });
});
