// A price asked by text as guests write it: the rate first, then "Would you like it?".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('a price asked by text', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('"me pueden informar precios de habitación doble…" is told the rate, and a yes takes it', async () => {
    const guest = textingGuest(t.baseUrl, '+5213312340002');
    let reply = await guest.send('Buenas noches, me pueden informar precios de habitación doble para el 24 de diciembre');
    expect(reply.text).toContain('180 dólares por noche');
    expect(reply.text).not.toContain('Ese dato no lo tengo');
    expect(reply.text).toContain('¿Le gustaría esa?');
    reply = await guest.send('sí');
    expect(reply.text).toContain('¿Cuántas noches?');
  });

  it('"…on Christmas weekend?" is no detail the hotel lacks', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550190');
    const reply = await guest.send('what are your prices for a double queen on christmas weekend?');
    expect(reply.text).toContain('180 dollars a night');
    expect(reply.text).not.toContain("don't have that detail");
  });
});
