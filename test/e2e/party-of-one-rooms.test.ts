// "How many rooms?" — "just me", "solo yo", "una persona": one guest needs one room. They were not
// understood ("Please press one key, 1 to 5"). Two people are not read as a number of rooms.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { saysPartyOfOne } from '../../flows/understanding/party-of-one.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const said = (r: { said: { text: string }[] }) => r.said.map((s) => s.text).join(' ');

describe('a party of one at the rooms question', () => {
  it('by voice, in English and Spanish, is one room, and the nights are asked next', async () => {
    for (const [lang, answer, next] of [
      ['en', "it's just me", /How many nights\?/],
      ['en', 'only one person', /How many nights\?/],
      ['es', 'nada más yo', /¿Cuántas noches\?/],
      ['es', 'pues solo para mí', /¿Cuántas noches\?/],
    ] as const) {
      const call = t.call();
      await call.start();
      if (lang === 'es') await call.press('9');
      await call.press('1');
      await call.press('1210');
      await call.press('2');
      expect(said(await call.say(answer, 0.95)), answer).toMatch(next);
    }
  });

  it('by text, "solo yo" is one room in the read-back', async () => {
    const guest = textingGuest(t.baseUrl, '+525512340001');
    await guest.send('reservar para el 10 de diciembre');
    await guest.send('deluxe');
    await guest.send('solo yo');
    await guest.send('2');
    for (const m of ['Ana Ruiz', 'efectivo']) await guest.send(m);
    expect((await guest.send('si')).text).toMatch(/una habitación Deluxe King, \d+ al \d+ de dic\./);
  });

  it('is never two people, nor a party named with anyone else', () => {
    for (const words of ['me and my wife', 'just me and the kids', 'somos dos', 'yo y mi esposa', 'two people', 'me too', 'Mia']) {
      expect(saysPartyOfOne(words), words).toBe(false);
    }
  });
});
