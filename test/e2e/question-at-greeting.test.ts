// A common question answered at the greeting ("what time is check-out?", "¿tienen
// estacionamiento?") was followed by the whole greeting again: "Hello, this is Hotel Miramar.
// Para español, oprima nueve." before the menu, on every question, by phone and by text. The
// guest has been greeted once; after an answer, the menu alone. A text conversation's first
// reply still names the hotel.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

describe('a question answered at the greeting', () => {
  it('by phone: the answer, then the menu, not the greeting again', async () => {
    const call = t.call();
    expect(words(await call.start())).toMatch(/^Hello, this is Hotel Miramar\./);
    for (const question of ['what time is check out?', 'do you have parking?']) {
      const turn = words(await call.say(question, 0.95));
      expect(turn).not.toMatch(/Hello, this is|Para español/);
      expect(turn).toMatch(/\. To book a room, press 1\. For an existing reservation, 2\. For the front desk, 0\.$/);
      expect(countWords(turn)).toBeLessThanOrEqual(30);
    }
    expect(words(await call.press('1'))).toMatch(/^When do you arrive\?/);
  });

  it('by phone in Spanish: the answer and the Spanish menu', async () => {
    const call = t.call();
    await call.start();
    const turn = words(await call.say('¿tienen estacionamiento?', 0.95));
    expect(turn).toMatch(/^Sí, hay estacionamiento/);
    expect(turn).toMatch(/Para reservar, oprima 1\. Si ya tiene una reservación, 2\. Para hablar con recepción, 0\.$/);
    expect(turn).not.toMatch(/Hotel Miramar|For English/);
  });

  it('by text: the first reply names the hotel, the next ones do not', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550188');
    const first = (await guest.send('what time is checkout?')).text;
    expect(first).toMatch(/^Check-out is at 11 AM\. Hello, this is Hotel Miramar\./);
    const next = (await guest.send('do you have parking?')).text;
    expect(next).toMatch(/^Yes, there is parking/);
    expect(next).not.toMatch(/Hello, this is|Para español/);
    expect(next).toMatch(/Reply BOOK to book a room/);

    const hola = textingGuest(t.baseUrl, '+525512340077');
    expect((await hola.send('hola')).text).toMatch(/Hotel Miramar/);
    const answer = (await hola.send('¿tienen estacionamiento?')).text;
    expect(answer).toMatch(/^Sí, hay estacionamiento/);
    expect(answer).not.toMatch(/Hotel Miramar/);
  });
});
