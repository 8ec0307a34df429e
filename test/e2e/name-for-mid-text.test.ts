// A texted request whose name comes in its middle after "for"/"para" ("1 standard room for Jan 8-10
// for Mark Chen, paying cash, …"): the name is taken with the rest (confirmed with it, as any name
// in a list is), not asked for again; the Spanish confirmation says the payment as the read-back does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('a name after "for" in the middle of a texted request', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('"… for Jan 8-10 for Mark Chen, paying cash, …" keeps Mark Chen and never asks the name', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550151');
    let reply = await guest.send('Hi! Looking to book 1 standard room for Jan 8-10 for Mark Chen, paying cash, you can reach me at this number. Thx');
    expect(reply.text).toContain('for Mark Chen, paying in cash');
    reply = await guest.send('yes');
    expect(reply.text).toContain('For Mark Chen:');
    expect(reply.text).not.toContain('full name');
  });

  it('"… para Marco Chávez, pago en efectivo, …" in Spanish, with no "pagando pago"', async () => {
    const guest = textingGuest(t.baseUrl, '+5213312340051');
    let reply = await guest.send('Hola! quiero reservar una estándar del 8 al 10 de enero para Marco Chávez, pago en efectivo, me pueden marcar a este número');
    expect(reply.text).toContain('a nombre de Marco Chávez, pago en efectivo?');
    expect(reply.text).not.toContain('pagando pago');
    reply = await guest.send('sí');
    expect(reply.text).toContain('Marco Chávez');
    expect(reply.text).not.toContain('¿A nombre de quién?');
  });

  it('an occasion or a date after "for" is no name: "a room for Christmas Eve, 2 nights" takes no name', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550152');
    const reply = await guest.send('Need a room for Christmas Eve, 2 nights, Standard');
    expect(reply.text).not.toMatch(/for Christmas Eve,|For Christmas Eve/);
  });
});
