// Asked for a name, a guest gives the first name only ("Ana"), then the whole name at the next
// question ("Ana Sofía Márquez"): it was not understood there, and the booking was "Ana".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { fullerName } from '../../flows/understanding/names.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('the whole name said again', () => {
  it('by text, at the payment question', async () => {
    const guest = textingGuest(t.baseUrl, '+525511115555');
    for (const m of ['reservar', '15 dic', 'suite', '1', '4', 'Ana']) await guest.send(m);
    expect((await guest.send('Ana Sofía Márquez')).text).toMatch(/^¿Cómo va a pagar/);
    await guest.send('credito');
    expect((await guest.send('si')).text).toMatch(/^Ana Sofía Márquez: una suite con vista al mar, 15 al 19 de dic\./);
  });

  it('by voice, at the read-back', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('december 10th', 0.95);
    for (const key of ['2', '1', '3#']) await call.press(key);
    await call.say('John', 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    const readBack = (await call.say('John Patrick Smith', 0.95)).said.map((s) => s.text).join(' ');
    expect(readBack).toMatch(/^For John Patrick Smith: 1 Deluxe King room/);
  });

  it('only a longer name that keeps the one taken', () => {
    expect(fullerName('Ana', 'Ana Sofía Márquez')).toBe('Ana Sofía Márquez');
    expect(fullerName('Ana Márquez', 'Ana Sofía Márquez')).toBe('Ana Sofía Márquez');
    expect(fullerName('Ana', 'Ana')).toBeNull();
    expect(fullerName('Ana', 'Luis Márquez')).toBeNull();
    expect(fullerName('Ana Márquez', 'Ana López Ruiz')).toBeNull();
    expect(fullerName('Ana', 'Ana somos dos personas')).toBeNull();
    // One word taken may have been the surname.
    expect(fullerName('Lee', 'Jo Lee')).toBe('Jo Lee');
    expect(fullerName('Lee', 'Jo Park')).toBeNull();
  });

  it('by text, the surname given first and the whole name next', async () => {
    const guest = textingGuest(t.baseUrl, '+12125554444');
    for (const m of ['reserve', 'dec 15', 'suite', '1', '3', 'Lee']) await guest.send(m);
    expect((await guest.send('Jo Lee')).text).toMatch(/^How will you pay/);
    await guest.send('credit');
    expect((await guest.send('yes')).text).toMatch(/^For Jo Lee: 1 Ocean Suite, 3 nights/);
  });
});
