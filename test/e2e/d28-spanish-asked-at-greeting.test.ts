// Round 28: "Hola, ¿habla español?" at the English greeting turns the call to Spanish and asks the
// Spanish menu — not a name "Español" taken and the date asked, nor "me puede hablar" (Mexican
// "call me") taken for a callback. A request with the language ("habla Juan Pérez, quiero
// reservar") still goes on with the booking.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('the language asked for at the greeting', () => {
  for (const [n, asked] of [['1', 'Hola, ¿habla español?'], ['2', 'Oiga, ¿me puede hablar en español?'], ['3', 'Buenas tardes, ¿hablan español?']] as const) {
    it(`"${asked}" at the Miramar: the Spanish menu, and 1 books in Spanish`, async () => {
      const call = t.call({ from: `+1212555080${n}`, to: MIRAMAR });
      await call.start();
      expect(heard(await call.say(asked, 0.95))).toBe('Para reservar, oprima 1. Si ya tiene una reservación, 2. Para hablar con recepción, 0.');
      expect(heard(await call.press('1'))).toMatch(/^¿Para qué fecha sería su llegada\?/);
    });
  }

  it('"Do you speak English?" at Sierra Alta: the English menu', async () => {
    const call = t.call({ from: '+12125550804', to: SIERRA });
    await call.start();
    expect(heard(await call.say('Hello, do you speak English?', 0.95))).toBe('To book a room, press 1. For an existing reservation, 2. For the front desk, 0.');
  });

  it('a booking said with the language goes on with it', async () => {
    const call = t.call({ from: '+12125550805', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say('habla Juan Pérez, quiero reservar', 0.95))).toMatch(/^¿Para qué fecha sería su llegada\?/);
  });
});
