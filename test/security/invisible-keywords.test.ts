// A text that is STOP with a character nobody sees in it (a zero-width space, a soft hyphen, a
// word joiner: pasted text and some keyboards put them there) started a conversation, and the
// guest kept getting texts; STATUS and CANCEL with the same characters were understood. Through
// both HTTP paths: such a STOP is recorded and answered by us (Twilio's plain match may not see
// it), in the keyword's language; the plain keywords are still left to Twilio to answer.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const INVISIBLE = ['\u200b', '\u00ad', '\u2060', '\u200d'];

describe.each<HttpPath>(['lean', 'express'])('carrier keywords with invisible characters (%s path)', (http) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ http });
  });
  afterAll(() => t.close());

  let next = 0;
  const newNumber = () => `+1212555${String(1000 + next++)}`;
  const optedOut = async (number: string) => (await t.db.get('SELECT 1 AS out FROM sms_opt_outs WHERE number = ?', [number])) !== undefined;
  const conversations = async (number: string) => (await t.db.all("SELECT call_sid FROM calls WHERE channel = 'sms' AND from_number = ?", [number])).length;

  it.each(INVISIBLE.map((c) => [JSON.stringify(c), c]))('STOP with %s in it opts out, answered in English; START opts back in', async (_name, c) => {
    const number = newNumber();
    const guest = textingGuest(t.baseUrl, number);
    const stop = await guest.send(`ST${c}OP${c}`);
    expect(stop.status).toBe(200);
    expect(parseTwiml(stop.body)).toEqual([{ verb: 'message', text: 'Hotel Miramar: you will get no more texts from us. To get them again, reply START.' }]);
    expect(await optedOut(number)).toBe(true);
    expect(await conversations(number)).toBe(0);
    const start = await guest.send(`${c}Start`);
    expect(start.text).toBe('Hotel Miramar: you will get our texts again. To stop them, reply STOP.');
    expect(await optedOut(number)).toBe(false);
  });

  it('PARAR and AYUDA with a zero-width space are answered in Spanish', async () => {
    const number = newNumber();
    const guest = textingGuest(t.baseUrl, number);
    expect((await guest.send('\u200bAYUDA')).text).toMatch(/^Hotel Miramar: para reservar, responda RESERVAR/);
    expect((await guest.send('PA\u200bRAR')).text).toBe('Hotel Miramar: ya no le enviaremos mensajes. Para volver a recibirlos, responda INICIAR.');
    expect(await optedOut(number)).toBe(true);
  });

  it('the plain English keywords are still left to Twilio to answer; HELP with a soft hyphen is answered by us', async () => {
    const number = newNumber();
    const guest = textingGuest(t.baseUrl, number);
    expect((await guest.send('Stop.')).text).toBe('');
    expect(await optedOut(number)).toBe(true);
    expect((await guest.send('START')).text).toBe('');
    const help = await guest.send('HEL\u00adP');
    expect(help.text).toMatch(/^Hotel Miramar: to book, reply BOOK; about your reservation, MY RESERVATION\. Front desk: \+1\d{10}\. To stop texts, reply STOP\.$/);
    // Short, as a text a guest reads on a lock screen.
    expect(help.text.split(/\s+/).length).toBeLessThanOrEqual(22);
    expect(await conversations(number)).toBe(0);
  });
});
