// "El más barato", "the most expensive room": a hotel whose file lists no such synonyms (the demo
// group's Sierra Alta) answered "Disculpe, no le entendí". The rates say which type that is.

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

describe('a room type asked for by its price', () => {
  it('by text, "el mas barato" at the list of types is the Habitación Sencilla', async () => {
    const guest = textingGuest(t.baseUrl, '+525512349999', SIERRA);
    expect((await guest.send('hola, tienen un cuarto para el 12 de dic?')).text).toMatch(/¿Cuál\?/);
    // Not its name: the type taken is said back, so a wrong pick is caught at once.
    expect((await guest.send('el mas barato')).text).toBe('La habitación sencilla. ¿Cuántas noches?');
    await guest.send('2');
    for (const m of ['Memo Ochoa', 'efectivo']) await guest.send(m);
    expect((await guest.send('si')).text).toMatch(/^Memo Ochoa: una habitación sencilla, 12 al 14 de dic\./);
  });

  it('by voice, "your most expensive room" said with the date is the Junior Suite', async () => {
    const call = t.call({ from: '+12125550142', to: SIERRA });
    await call.start();
    await call.press('9'); // Sierra Alta greets in Spanish: this caller goes on in English
    await call.press('1');
    const said = (await call.say('your most expensive room for december 12th', 0.95)).said.map((s) => s.text).join(' ');
    expect(said).toMatch(/^1 Junior Suite, arriving Saturday, December 12\./);
  });
});
