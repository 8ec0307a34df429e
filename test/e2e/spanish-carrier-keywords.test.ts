// Twilio's own opt-out handling answers STOP, START and HELP (its words are English). PARAR, BAJA
// (the word Mexican senders ask for), INICIAR and AYUDA reach the app alone: they used to get no
// answer at all, and BAJA started a conversation. Each is acted on and answered, in Spanish.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const optedOut = async () => (await t.db.all<{ number: string }>('SELECT number FROM sms_opt_outs')).map((r) => r.number);

describe('the carrier keywords in Spanish', () => {
  it('AYUDA is answered with what to text and the front desk number', async () => {
    const reply = await textingGuest(t.baseUrl, '+525511116666').send('AYUDA');
    expect(reply.text).toMatch(/^Hotel Miramar: para reservar, responda RESERVAR; sobre su reservación, MI RESERVACIÓN\. Recepción: \+1\d{10}\. Para no recibir mensajes, PARAR\.$/);
  });

  it.each(['PARAR', 'Baja', 'ALTO', 'Detener'])('%s records the opt-out and says how to undo it; INICIAR undoes it', async (word) => {
    const guest = textingGuest(t.baseUrl, '+525511116666');
    expect((await guest.send(word)).text).toBe('Hotel Miramar: ya no le enviaremos mensajes. Para volver a recibirlos, responda INICIAR.');
    expect(await optedOut()).toEqual(['+525511116666']);
    expect(await t.db.all("SELECT call_sid FROM calls WHERE channel = 'sms'")).toEqual([]);
    expect((await guest.send('INICIAR')).text).toBe('Hotel Miramar: volverá a recibir nuestros mensajes. Para dejar de recibirlos, responda PARAR.');
    expect(await optedOut()).toEqual([]);
  });

  it('ALTO in the middle of a text booking stops it and the texts (was "Disculpe, no le entendí")', async () => {
    const guest = textingGuest(t.baseUrl, '+525511116667');
    expect((await guest.send('quiero reservar una habitación')).text).not.toBe('');
    expect((await guest.send('ALTO')).text).toBe('Hotel Miramar: ya no le enviaremos mensajes. Para volver a recibirlos, responda INICIAR.');
    expect(await optedOut()).toEqual(['+525511116667']);
    expect((await guest.send('el 12 de diciembre')).text).toBe('');
  });

  it('the English words still get no second answer from us (Twilio answers them)', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550148');
    for (const word of ['HELP', 'INFO', 'STOP', 'START']) expect((await guest.send(word)).text, word).toBe('');
  });
});
