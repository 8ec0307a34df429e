// "I don't have it", asked for the confirmation number by a caller with no reservation from this
// phone: two "Sorry, I didn't understand that" and then the desk as a failure. The desk finds a
// reservation by name and dates, which this line does not take as proof, so it goes there at once.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts } from '../helpers/timeline.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '73310042' });
});
afterEach(async () => t.close());

const said = (turn: { said: { text: string }[] }) => turn.said.map((s) => s.text).join(' ');

describe('no confirmation number at hand', () => {
  it.each([
    ['en', "I don't have it"],
    ['en', 'I lost it'],
    ['es', 'no lo tengo a la mano'],
    ['es', 'se me olvidó'],
  ] as const)('%s "%s": the front desk at once, without a miss', async (locale, words) => {
    const call = t.call({ from: '+13125550177' });
    await call.start();
    if (locale === 'es') await call.press('9');
    await call.press('2');
    const turn = await call.say(words, 0.95);
    expect(turn.waitingFor).toBe('dial');
    expect(said(turn)).toMatch(locale === 'en' ? /front desk will help you/ : /En recepción le ayudan/);
    expect(said(turn)).not.toMatch(/didn't understand|no le entendí/);
    expect((await callRow(t.db, call.callSid))?.state).toBe('transferring');
  });

  it('with a reservation from this phone, the last name on it is asked for again instead', async () => {
    await bookByKeys(t.call({ from: '+13125550178' }), { roomType: '1', rooms: '1' });
    const call = t.call({ from: '+13125550178' });
    await call.start();
    await call.press('2');
    const turn = await call.say("I don't have it", 0.95);
    expect(turn.waitingFor).toBe('input');
    expect(said(turn)).toContain('say the last name on it');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
  });

  it('by text: a callback from the front desk', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550179');
    await guest.send('my reservation');
    const reply = await guest.send('i dont have the number, i lost it');
    expect(reply.text).toContain('The front desk will call you');
  });
});
