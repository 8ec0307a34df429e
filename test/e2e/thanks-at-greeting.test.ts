// "Thanks, that's all", "gracias, es todo" after a question answered at the greeting: "Sorry, I
// didn't understand that" (and a miss counted towards the front desk) became "You're welcome".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('thanks said at the greeting', () => {
  it('by text, a short welcome and nothing asked again', async () => {
    const guest = textingGuest(t.baseUrl, '+12125557777');
    expect((await guest.send("What's your address?")).text).toMatch(/^We are at /);
    expect((await guest.send('ok thanks, bye')).text).toBe("You're welcome! Text us any time.");
    const es = textingGuest(t.baseUrl, '+525512340000');
    await es.send('hola');
    expect((await es.send('gracias, es todo')).text).toBe('¡Con mucho gusto! Escríbanos cuando guste.');
    // The conversation goes on if the guest wants.
    expect((await guest.send('book')).text).toMatch(/^What date will you arrive\?/);
  });

  it('by voice, the menu after it, and no miss counted', async () => {
    const call = t.call();
    await call.start();
    for (let i = 0; i < 3; i++) {
      const turn = await call.say('thank you, that is all', 0.95);
      expect(turn.said.map((s) => s.text).join(' ')).toMatch(/^You're welcome\. .*To book a room, press 1\./);
      expect(turn.dial).toBeUndefined();
    }
  });
});
