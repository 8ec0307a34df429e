// After STOP or PARAR, nothing more is texted to the number until it texts START (INICIAR, ALTA):
// not an answer to a later text (Twilio blocks those itself after its English keywords, not after
// the Spanish ones, which reach only us), not STATUS, not a booking's confirmation. The opt-out's
// own confirmation and HELP's answer are the only texts. Signed texts, real SQLite.

import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

const GUEST = '+12125550160';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const count = async (app: TestApp, sql: string) => Number((await app.db.get<{ n: number }>(sql))!.n);

describe('a guest who texted PARAR', () => {
  it('gets no answer to later texts, nor a new conversation, until ALTA; then is answered again', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, GUEST);
    expect((await guest.send('quiero reservar un cuarto')).text).not.toBe('');
    expect((await guest.send('PARAR')).text).toContain('ya no le enviaremos mensajes');
    const conversations = await count(t, "SELECT count(*) AS n FROM calls WHERE channel = 'sms'");
    for (const body of ['el 4 de diciembre', 'hola?', 'ESTADO', 'STATUS', 'CANCELAR', '1']) {
      expect((await guest.send(body)).text, body).toBe('');
    }
    expect(await count(t, "SELECT count(*) AS n FROM calls WHERE channel = 'sms'")).toBe(conversations);
    expect(await count(t, "SELECT count(*) AS n FROM calls WHERE channel = 'sms' AND ended_at IS NULL")).toBe(0);
    // AYUDA is still answered; ALTA (as INICIAR) opts back in, and the guest is answered again.
    expect((await guest.send('AYUDA')).text).toContain('para reservar');
    expect((await guest.send('ALTA')).text).toContain('volverá a recibir');
    expect((await guest.send('quiero reservar un cuarto')).text).not.toBe('');
  });

  it('after STOP (answered by Twilio), a later text is not answered either', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, GUEST);
    expect((await guest.send('STOP')).text).toBe('');
    expect((await guest.send('book a room for friday')).text).toBe('');
    expect((await guest.send('START')).text).toBe('');
    expect((await guest.send('book a room for friday')).text).not.toBe('');
  });

  it('a booking by phone to be called back on that number writes its confirmation text suppressed, never sent', async () => {
    t = await startTestApp();
    expect((await textingGuest(t.baseUrl, GUEST).send('BAJA')).text).toContain('ya no le enviaremos');
    await bookByKeys(t.call({ from: GUEST }));
    expect(await t.db.all('SELECT to_number, status FROM outbox')).toEqual([{ to_number: GUEST, status: 'suppressed' }]);
  });
});
