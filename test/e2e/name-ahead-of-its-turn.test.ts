// A name said or texted alone ahead of its turn ("Dana Whitfield" at the rooms question) is kept, the
// question asked again, and the name question skipped; the read-back says it. What is no name — the
// hotel's words ("King Bed"), a lower-case transcript, one word — is not taken.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('a name ahead of its turn', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ newConfirmation: () => '48151699' });
  });
  afterEach(async () => t.close());

  it('by voice at the room type: kept, "Which room?" again, no name question, booked under it', async () => {
    const call = t.call({ from: '+12125550161' });
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.say('Dana Whitfield', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.roomType']);
    await call.press('4');
    await call.press('1');
    await call.press('2#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.payment']);
    await call.press('2');
    const readBack = await call.press('1');
    expect(readBack.said.map((s) => s.text).join(' ')).toContain('Dana Whitfield');
    await call.press('1');
    expect((await reservations(t.db)).map((r) => r.guest_name)).toEqual(['Dana Whitfield']);
  });

  it('by text at the rooms question: kept, the rooms asked again, the read-back for her', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550162');
    await guest.send('do u have anything dec 11-13? cheapest is fine');
    let reply = await guest.send('Dana Whitfield');
    expect(reply.text).toContain('How many rooms?');
    expect(reply.text).not.toContain("didn't understand");
    reply = await guest.send('1');
    expect(reply.text).not.toContain('full name');
    await guest.send('cash');
    reply = await guest.send('yes');
    expect(reply.text).toContain('For Dana Whitfield:');
  });

  it('the hotel\'s words, a lower-case transcript or one word alone are no name', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550163');
    await guest.send('do u have anything dec 11-13? cheapest is fine');
    await guest.send('King Bed');
    await guest.send('dana whitfield');
    await guest.send('Dana');
    await guest.send('1');
    const reply = await guest.send('cash');
    expect(reply.text).not.toContain('Dana');
    const call = t.call({ from: '+12125550164' });
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.say('dana whitfield', 0.9);
    await call.press('4');
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.nights']);
    await call.press('2#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);
  });
});
