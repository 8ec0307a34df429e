// Round 28: a caller who meant the group's other hotel ("I want to book at Sierra Alta" at the
// Miramar, "¿es el de la Ciudad de México?") hears which hotel they reached and the sister hotel's
// number (the one in their country), or the desk; nothing of the words is booked here.

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

describe('the sister hotel meant', () => {
  it('"I want to book at Sierra Alta" at the Miramar: this hotel named, the sister\'s US number said, the menu again', async () => {
    const call = t.call({ from: '+12125550601', to: MIRAMAR });
    await call.start();
    const turn = await call.say('I want to book at Sierra Alta for December 18', 0.95);
    const said = heard(turn);
    expect(said).toMatch(/^This is Hotel Miramar\. Hotel Sierra Alta is our sister hotel; I can't book it from here\. Its number is 5 5 5, 7 6 5, 0 2 0 0\./);
    expect(said).toMatch(/To book a room, press 1/);
    // Nothing of the stay kept for this hotel: booking here asks the date again.
    expect(heard(await call.press('1'))).toMatch(/^When do you arrive\?/);
  });

  it('"¿es el de la Ciudad de México?" at the English greeting: answered in Spanish, with the Mexican number for a Mexican caller', async () => {
    const call = t.call({ from: '+525512340602', to: MIRAMAR });
    await call.start();
    const said = heard(await call.say('Quiero reservar, ¿es el de la Ciudad de México?', 0.95));
    expect(said).toMatch(/^Está llamando al Hotel Miramar\. El Hotel Sierra Alta es nuestro hotel hermano; desde aquí no puedo reservar ahí\. Su número es 5 5, 5 5 5 5, 0 2 0 0, en México\./);
    expect(said).toMatch(/Para reservar, oprima 1/);
  });

  it('mid-booking at Sierra Alta, "quiero reservar en el Miramar": its US number, and the same question again', async () => {
    const call = t.call({ from: '+525512340603', to: SIERRA });
    await call.start();
    await call.press('1');
    const said = heard(await call.say('¿este es el hotel Miramar?', 0.95));
    expect(said).toMatch(/El Hotel Miramar es nuestro hotel hermano.*Su número es 5 5 5, 7 6 5, 0 1 0 0, en Estados Unidos\./);
    expect(said).toMatch(/¿Para qué fecha sería su llegada\?/);
  });

  it('"I\'m from Mexico" with a booking, or a guest named Sierra: no sister hotel, the booking goes on', async () => {
    const call = t.call({ from: '+525512340604', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say('Hola, soy de México, quiero reservar el 20 de diciembre', 0.95))).toMatch(/^Llegada el domingo 20 de diciembre\./);

    const named = t.call({ from: '+12125550605', to: MIRAMAR });
    await named.start();
    await named.say('one standard room December 12 for 3 nights', 0.95);
    expect(heard(await named.say('Sierra Alta Johnson', 0.95))).toMatch(/How will you pay/);
  });

  it('the sisters are not written into a call\'s saved state, and a call read back from its row still knows them', async () => {
    const call = t.call({ from: '+12125550606', to: MIRAMAR });
    await call.start();
    await call.press('1');
    const saved = async () => (await t.db.get<{ snapshot_json: string }>('SELECT snapshot_json FROM calls WHERE call_sid = ?', [call.callSid]))!.snapshot_json;
    expect(await saved()).not.toContain('Sierra');
    // Another writer's version of the row: the next turn reads the call back from it, not from the cache.
    await t.db.run('UPDATE calls SET version = version + 1 WHERE call_sid = ?', [call.callSid]);
    expect(heard(await call.say('is this Sierra Alta?', 0.95))).toMatch(/Hotel Sierra Alta is our sister hotel.*Its number is 5 5 5, 7 6 5, 0 2 0 0\./);
    expect(await saved()).not.toContain('Sierra');
  });
});
