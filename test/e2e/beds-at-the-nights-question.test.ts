// Asked how many nights, a guest points at a room type by its beds ("la de dos camas"): that is the
// room type, and the nights are still asked, not taken as two.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('a room type named by its beds at the nights question', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('by text in Spanish: takes the type, asks the nights', async () => {
    const guest = textingGuest(t.baseUrl, '+5213312340001');
    let reply = await guest.send('quiero reservar un cuarto de dos camas para el 20 de diciembre');
    expect(reply.text).toContain('¿Cuántas noches?');
    reply = await guest.send('la de dos camas');
    expect(reply.text).not.toMatch(/2 noches/);
    expect(reply.text).toContain('¿Cuántas noches?');
  });

  it('by voice in English: "the one with two beds" is no number of nights', async () => {
    const call = t.call({ from: '+13125550100' });
    await call.start();
    await call.say('book a double queen for december 20th');
    const heard = (await call.say('the one with two beds')).said.map((s) => s.text).join(' ');
    expect(heard).not.toMatch(/2 nights/);
    expect(heard).toMatch(/How many nights\?/);
  });
});
