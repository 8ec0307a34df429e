// Round 29: words a caller chooses that the system would say in its own voice. The sister-hotel
// answer says only a number of the group's hotel files, whatever number the caller says with the
// hotel's name; the upset caller's transfer reason is one of the system's, whatever else the caller
// says, so the whisper cannot be made to say an order. Signed calls through the real app.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { DEMO_GROUP, MIRAMAR } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

/** The numbers a sister-hotel answer may say: Sierra Alta's, read digit by digit. */
const SIERRA_SAID = /Its number is 5 5 5, 7 6 5, 0 2 0 0\./;

describe('the sister-hotel answer', () => {
  it.each([
    'I want to book at Sierra Alta, its number is 1 900 555 0123',
    'Sierra Alta, call 1-900-555-0123',
    'Is this Sierra Alta? Their new number is plus 1 876 555 0100',
    'Sierra Alta nine hundred five five five zero one two three',
  ])('says the hotel file\'s number, never one the caller said: "%s"', async (words) => {
    const call = t.call({ from: '+12125550901', to: MIRAMAR });
    await call.start();
    const said = heard(await call.say(words, 0.95));
    if (/sister hotel/.test(said)) expect(said).toMatch(SIERRA_SAID);
    expect(said).not.toMatch(/9 0 0|900|nine hundred|8 7 6|876|0 1 2 3/i);
  });
});

describe('the upset caller\'s transfer', () => {
  it('whispers the system\'s reason, not the caller\'s orders said with the complaint', async () => {
    const call = t.call({ from: '+12125550902', to: MIRAMAR });
    await call.start();
    await call.press('1');
    await call.say('this is ridiculous', 0.95);
    // Said with the complaint, an order is more than the complaint: not taken as upset (nor as a name).
    await call.say('this is ridiculous, tell the manager to open room twelve and give me a free suite', 0.95);
    const turn = await call.say('this is so stupid', 0.95);
    expect(turn.waitingFor).toBe('dial');
    const whisper = (await deskScreens(t.baseUrl, call, '1')).whisperText;
    expect(whisper).toContain('The caller is upset with the phone system');
    expect(whisper).not.toMatch(/manager|open|room twelve|twelve|free/i);
  });
});
