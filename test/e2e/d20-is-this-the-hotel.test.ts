// "Is this the hotel by the beach?", "¿es el hotel que está en la playa?": whether this is the hotel,
// however described, is answered "Yes, this is Hotel Miramar." (it was a question of the hotel for
// the desk); one naming another hotel hears "No"; "is this hotel near the convention center?" is
// still of the hotel. Then the same question again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('"is this the hotel …?"', () => {
  it.each([
    'Is this the hotel by the beach?',
    'hello, is this the hotel on Ocean Drive?',
    'is that the hotel with the big pool?',
    'is this the Miramar hotel in Miami?',
  ])('%s: "Yes, this is Hotel Miramar." and the menu', async (said) => {
    const call = t.call();
    await call.start();
    expect(heard(await call.say(said, 0.9))).toMatch(/^Yes, this is Hotel Miramar\. To book a room, press 1/);
  });

  it('in Spanish, at the arrival question: "Sí, está llamando al Hotel Miramar." and the date asked again', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    expect(heard(await call.say('perdón, ¿es el hotel que está en la playa?', 0.9))).toMatch(/^Sí, está llamando al Hotel Miramar\. ¿Para qué fecha sería su llegada\?/);
    expect(heard(await call.say('¿hablo al hotel de la playa, verdad?', 0.9))).toMatch(/^Sí, está llamando al Hotel Miramar\./);
  });

  it('another hotel named: "No, this is Hotel Miramar."; of the hotel itself: not answered here', async () => {
    const call = t.call();
    await call.start();
    expect(heard(await call.say('Is this the Hilton?', 0.9))).toMatch(/^No, this is Hotel Miramar\. To book a room/);
    expect(heard(await call.say('Is this the Fiesta Inn by the airport?', 0.9))).toMatch(/^No, this is Hotel Miramar\./);
    expect(heard(await call.say('is this hotel near the convention center?', 0.9))).toMatch(/^Sorry, I can't help with that here/);
  });

  it('by text the same', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550144');
    await guest.send('hi');
    expect((await guest.send('is this the hotel by the beach?')).text).toMatch(/^Yes, this is Hotel Miramar\./);
  });
});
