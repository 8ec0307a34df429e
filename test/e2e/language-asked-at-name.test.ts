// "Do you speak Spanish?" at the name question was offered back as the name ("I have Do You Speak
// Spanish. Press 1…"): the name question's reader takes any words. Asking for the language is that,
// at the name too: the call goes on in it with the same question.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('the language asked for at the name question', () => {
  it('"do you speak spanish?" in an English call: the name asked in Spanish, then the booking goes on in it', async () => {
    const call = t.call({ from: '+12125550192', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12 for 2 nights', 0.95);
    await call.say('standard', 0.95);
    expect(heard(await call.say('one', 0.95))).toMatch(/name\?$/);
    const asked = heard(await call.say('do you speak spanish?', 0.95));
    expect(asked).not.toMatch(/Speak Spanish/i);
    expect(asked).toMatch(/nombre/);
    // The name taken, the booking goes on in Spanish.
    expect(heard(await call.say('Rosa Pérez', 0.95))).toMatch(/^¿.*pag/);
  });

  it('"¿habla inglés?" in a Spanish call: the name asked in English', async () => {
    const call = t.call({ from: '+525512345691', to: SIERRA });
    await call.start();
    await call.say('reservar', 0.95);
    await call.say('el 12 de diciembre, 2 noches', 0.95);
    await call.say('la doble', 0.95);
    expect(heard(await call.say('una', 0.95))).toMatch(/nombre/);
    const asked = heard(await call.say('¿habla inglés?', 0.95));
    expect(asked).not.toMatch(/Habla Ingl/i);
    expect(asked).toMatch(/name/);
  });
});
