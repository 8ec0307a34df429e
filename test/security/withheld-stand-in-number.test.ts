// Round 29: Twilio may report a withheld caller ID as a stand-in number (+266696687, "ANONYMOUS" on
// a keypad) rather than "anonymous". It passed for one caller's number: the desk was whispered "a
// returning guest" for any withheld caller after another had called, and the history of that
// "number" (other withheld callers' calls and the reservations found by it) was theirs. A caller
// ID that is no valid phone number has no history now.
// Signed calls through the real app.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '73519024' });
});
afterEach(async () => t.close());

describe('a withheld caller ID given as a stand-in number', () => {
  it.each(['+266696687', 'anonymous'])('is whispered no other withheld caller\'s reservation (%s)', async (from) => {
    await bookByKeys(t.call({ from }), { roomType: '1', name: 'Margaret Thornbury' });
    const stranger = t.call({ from });
    await stranger.start();
    expect((await stranger.press('0')).waitingFor).toBe('dial');
    const whisper = (await deskScreens(t.baseUrl, stranger, '1')).whisperText;
    expect(whisper).toMatch(/^Call from a caller, /);
    expect(whisper).not.toMatch(/returning|Thornbury|7 3 5|73519024|Last reservation|last call/i);
  });

  it('still whispers a real number\'s own last reservation', async () => {
    await bookByKeys(t.call({ from: '+12125550611' }), { roomType: '1', name: 'Margaret Thornbury' });
    const again = t.call({ from: '+12125550611' });
    await again.start();
    await again.press('0');
    expect((await deskScreens(t.baseUrl, again, '1')).whisperText).toMatch(/Last reservation/);
  });
});
