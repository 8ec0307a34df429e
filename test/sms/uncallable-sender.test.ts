// A text from a number no one can call back — withheld ("anonymous"), a WhatsApp address, a short
// code — that asked for the front desk read "The front desk will call you within the hour": a
// promise the desk could not keep. Such a sender is told the desk cannot call this number back,
// and given the hotel's number to call instead (SPEC §6, §7). The request still reaches the desk's
// list, with the sender as Twilio gave it.

import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
afterEach(async () => t.close());

describe('a text from a number the desk cannot call', () => {
  it.each(['whatsapp:+12125550100', 'anonymous', '12345'])('%s asking for the desk is given the hotel\'s number, not a promise', async (from) => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, from);
    await guest.send('hi');
    const reply = (await guest.send('agent')).text;
    expect(reply).toBe("The front desk can't call this number back. Please call us at +1 555 123 0000.");
    expect(reply).not.toMatch(/will call/);
    const request = await t.db.get<{ caller_number: string }>('SELECT caller_number FROM callback_requests');
    expect(request?.caller_number).toBe(from);
  });

  it('in Spanish, with the number of the property texted (a hotel group)', async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP });
    const guest = textingGuest(t.baseUrl, 'whatsapp:+525512340000', SIERRA);
    await guest.send('hola');
    expect((await guest.send('agente')).text).toBe('Recepción no puede devolverle la llamada a este número. Por favor, llámenos al +52 55 5555 0200.');
  });

  it('that gave a number to call during the booking is promised the call, to that number', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, 'whatsapp:+12125550100');
    for (const m of ['a room dec 15 for 2 nights', 'deluxe king', 'Ana Torres', 'cash']) await guest.send(m);
    await guest.send('212 555 0100');
    expect((await guest.send('agent')).text).toMatch(/^Thank you\. The front desk will call you within the hour\./);
  });

  it('a number that can be called is still promised the call', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, '+12125550100');
    await guest.send('hi');
    expect((await guest.send('agent')).text).toBe('Thank you. The front desk will call you within the hour.');
  });
});

describe('a text from a premium-rate number', () => {
  it.each(['+19005550123', '+448712345678'])('%s is not answered, and nothing is started (each answer would be paid to the sender)', async (from) => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, from);
    expect((await guest.send('hi, a room for dec 15')).text).toBe('');
    expect((await guest.send('agent')).text).toBe('');
    expect(await t.db.get("SELECT count(*) AS n FROM calls WHERE channel = 'sms'")).toEqual({ n: 0 });
    expect(await t.db.get('SELECT count(*) AS n FROM callback_requests')).toEqual({ n: 0 });
  });
});
