// Another booking after "You're booked", asked for "on the same dates" ("can I also get one for my
// brother, same dates", "otra igual para mi hermano, las mismas fechas"): the dates were forgotten
// with the stay and asked again ("When do you arrive?"). Now the stay just booked gives them (and
// "one just like it" its room type); what the words say beside them wins.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('another booking on the same dates', () => {
  it('keeps the dates of the stay just booked and asks the room type', async () => {
    const call = t.call({ from: '+12125550931' });
    // Deluxe King (key 2), December 4, 2 nights.
    await bookByKeys(call);
    const next = heard(await call.say('actually yes, can I also get one for my brother, same dates', 0.95));
    expect(next).toMatch(/^Arriving Friday, December 4, for 2 nights\. Our rooms: /);
  });

  it('"otra igual, las mismas fechas" keeps the type too; "same dates but a suite" takes the suite', async () => {
    const es = t.call({ from: '+525512340931' });
    await bookByKeys(es, { spanish: true });
    expect(heard(await es.say('sí, otra igual para mi hermano, las mismas fechas', 0.95))).toMatch(/^La habitación Deluxe King, llegada el viernes 4 de diciembre, por 2 noches\. ¿Cuántas habitaciones\?/);
    const en = t.call({ from: '+12125550932' });
    await bookByKeys(en);
    expect(heard(await en.say('yes, same dates but the ocean suite', 0.95))).toMatch(/^The Ocean Suite, arriving Friday, December 4, for 2 nights\. How many rooms\?/);
  });
});
