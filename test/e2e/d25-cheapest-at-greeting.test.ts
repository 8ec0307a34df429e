// "What's the cheapest room for next Friday?", "¿cuál es la más barata para el 12?" at the greeting,
// with the stay: the cheapest FREE for those dates, as at the list of rooms (d24-cheapest-free): free,
// its rate and "Would you like it?"; sold out, named, and the cheapest free offered with its rate.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** Every Standard room (8) taken on December 4. */
async function standardsSoldOut(): Promise<void> {
  await bookByKeys(t.call({ from: '+13135551000' }), { date: '1204', roomType: '4', rooms: '5', nights: '1#' });
  await bookByKeys(t.call({ from: '+13135551001' }), { date: '1204', roomType: '4', rooms: '3', nights: '1#' });
}

describe('the cheapest asked with the stay at the greeting', () => {
  it('free: its rate and whether they want it, as before', async () => {
    const call = t.call({ from: '+13135550501' });
    await call.start();
    expect(heard(await call.say("what's the cheapest room for next Friday?", 0.95))).toMatch(/^The Standard is 130 dollars a night\. 1 room, arriving Friday, December 4\. Would you like it\?/);
    const es = t.call({ from: '+13135550504' });
    await es.start();
    await es.press('9');
    expect(heard(await es.say('¿cuál es la más barata para el 4 de diciembre?', 0.95))).toMatch(/^Estándar: 130 dólares por noche\. Llegada el viernes 4 de diciembre\. ¿Le gustaría esa\?/);
  });

  it('sold out for those dates: named, and the cheapest free offered; yes takes it', async () => {
    await standardsSoldOut();
    const call = t.call({ from: '+13135550502' });
    await call.start();
    const offer = heard(await call.say("what's the cheapest room for next Friday?", 0.95));
    expect(offer).toMatch(/The Standard is sold out\. Our Double Queen is 180 dollars a night\. Shall I book it\?/);
    expect(offer).not.toMatch(/Standard is 130/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/^How many nights\?/);
    const es = t.call({ from: '+13135550503' });
    await es.start();
    await es.press('9');
    const oferta = heard(await es.say('¿cuál es la habitación más barata para el 4 de diciembre?', 0.95));
    expect(oferta).toMatch(/Ya no tengo disponible la habitación estándar\. La más económica que tengo es la habitación con dos camas Queen, a 180 dólares la noche\./);
  });
});
