// Round 29: "Llegamos como a las 11 de la noche" in a text. The phone's read-back says the rooms are
// held only until the hotel's hour and what keeps them later; the text's said "Apartadas hasta las
// 3 p.m." and nothing more, to a guest arriving at 11 at night. Now the text says it as the phone does.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

async function readBack(from: string, to: string, messages: string[]): Promise<string> {
  const guest = textingGuest(t.baseUrl, from, to);
  let last = '';
  for (const m of messages) last = (await guest.send(m)).text;
  return last;
}

describe('a late arrival, by text', () => {
  it('in Spanish: until 3 in the afternoon, and to call the desk to keep them later', async () => {
    const text = await readBack('+525512342951', SIERRA, [
      'quisiera reservar 2 habitaciones dobles del 24 al 27 de diciembre. Llegamos como a las 11 de la noche', 'Patricia Ramírez', 'efectivo', 'sí',
    ]);
    expect(text).toBe(
      'Patricia Ramírez: 2 habitaciones dobles, 24 al 27 de dic.; 11,100 pesos en efectivo. Se las guardamos hasta las 3 de la tarde de ese día; como llega a las 11 de la noche, llame a recepción para que se las guarden más tarde. ¿Confirmo?',
    );
  });

  it('in English: "for your 11 PM arrival"; a guest who arrives in time reads the hold as before', async () => {
    const late = await readBack('+12125552952', MIRAMAR, ['a standard room dec 20 for 2 nights, we get in around 11 pm', 'Ann Lee', 'cash', 'yes']);
    expect(late).toMatch(/We hold it until 6 PM that day; for your 11 PM arrival, call the front desk to keep it later\. Reply YES to confirm/);
    const early = await readBack('+12125552953', MIRAMAR, ['a standard room dec 20 for 2 nights, we get in around 2 pm', 'Ann Lee', 'cash', 'yes']);
    expect(early).toMatch(/We hold it until 6 PM that day; after that, it may be released\. Reply YES to confirm/);
  });
});
