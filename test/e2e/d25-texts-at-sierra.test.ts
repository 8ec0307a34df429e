// Texts at the Mexican property (the demo group's Sierra Alta): a price asked with a day is its rate,
// not "Ese dato no lo tengo" first; "sí, para 2 noches" to "¿Le gustaría esa?" keeps the yes with the
// nights.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('texting the Sierra', () => {
  it('the price with a day: the rate first, and "sí, para 2 noches" takes the room with the nights', async () => {
    const guest = textingGuest(t.baseUrl, '+525512340001', SIERRA);
    const rate = (await guest.send('cuánto cuesta la doble el 20 de dic?')).text;
    expect(rate).toMatch(/^Habitación Doble: 1,850 pesos por noche\. Una habitación, llegada el dom\. 20 de dic\. ¿Le gustaría esa\?/);
    expect(rate).not.toMatch(/no lo tengo/);
    expect((await guest.send('sí, para 2 noches')).text).toMatch(/^La habitación doble, por 2 noches\. Sí hay; se la apartamos mientras terminamos\. ¿A nombre de quién\?/);
  });
});
