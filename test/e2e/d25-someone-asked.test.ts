// A person asked for by name, title or department ("can I talk to Maria in sales?", "¿me comunica
// con el licenciado Ramírez?"): the call goes to the front desk, whose whisper says whom they asked
// for; not "the front desk can help: press 0". The caller's own people are no such request.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('someone at the hotel asked for', () => {
  it('at the greeting and mid-booking, in English and Spanish: put through to the desk, which hears whom', async () => {
    const cases: { before: string[]; said: string; tells: RegExp; whisper: RegExp }[] = [
      { before: [], said: 'can I talk to Maria in sales?', tells: /^The front desk will put you through\. Please hold\.$/, whisper: /They asked for maria in sales\./ },
      { before: [], said: 'hi, could I speak with Mr. Lee please', tells: /put you through/, whisper: /They asked for mr lee\./ },
      { before: ['I want to book a room for December 12'], said: 'actually, can you connect me with the events coordinator', tells: /put you through/, whisper: /They asked for the events coordinator\. Wants 1 room, arriving Saturday, December 12/ },
      { before: ['9'], said: '¿me comunica con el licenciado Ramírez?', tells: /^En recepción le comunican\. Un momento, por favor\.$/, whisper: /They asked for el licenciado ramirez\./ },
      { before: ['9', 'quiero reservar'], said: 'oiga, quisiera hablar con la gerente de ventas', tells: /le comunican/, whisper: /They asked for la gerente de ventas\./ },
    ];
    for (const c of cases) {
      const call = t.call({ from: '+13135550201' });
      await call.start();
      for (const b of c.before) await (b === '9' ? call.press('9') : call.say(b, 0.95));
      const turn = await call.say(c.said, 0.95);
      expect(heard(turn), c.said).toMatch(c.tells);
      expect(turn.waitingFor, c.said).toBe('dial');
      const desk = await deskScreens(t.baseUrl, call, '1');
      expect(desk.whisperText, c.said).toMatch(c.whisper);
    }
  });

  it('the front desk asked for as before; the caller\'s own people are no request to be put through', async () => {
    const desk = t.call({ from: '+13135550202' });
    await desk.start();
    expect(heard(await desk.say('put me through to the front desk', 0.95))).toMatch(/^Connecting you to the front desk/);
    const own = t.call({ from: '+13135550203' });
    await own.start();
    await own.say('I want to book a room for December 12', 0.95);
    const turn = await own.say('let me talk to my wife first', 0.95);
    expect(turn.waitingFor).toBe('input');
  });
});
