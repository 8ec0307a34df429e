// Twilio delivers a text again, with the same MessageSid, when our answer was slow or lost. A
// retried STATUS (or AYUDA, or a text to a number no property claims) was a second answer counted
// against the keyword limit (src/http/keyword-replies.ts): two retries of one message used three
// of the hour's answers, and a retried PARAR was answered with nothing. Now each message is counted
// once and its retries hear the same answer, a few times at most (a captured signed request
// replayed in a loop is no free channel). Signed texts through both HTTP paths.

import { afterEach, describe, expect, it } from 'vitest';
import { KEYWORD_REPLIES_PER_HOUR, REPEATS_PER_MESSAGE } from '../../src/http/keyword-replies.ts';
import { isOptedOut } from '../../src/messaging/opt-out.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

const GUEST = '+12125550190';
const sid = (n: number) => `SM${n.toString(16).padStart(32, '0')}`;

let t: TestApp | undefined;
afterEach(async () => t?.close());

describe.each<HttpPath>(['lean', 'express'])('a keyword text delivered again (%s path)', (http) => {
  it('is answered the same and counted once: the hour still has its other answers', async () => {
    t = await startTestApp({ http });
    const guest = textingGuest(t.baseUrl, GUEST);
    const first = await guest.send('STATUS', sid(1));
    expect(first.text).toBe('We have no request or reservation from this number. Reply BOOK to book a room.');
    for (let i = 0; i < 2; i++) expect((await guest.send('STATUS', sid(1))).text).toBe(first.text);
    // The other answers of the hour are all still there.
    const answers: string[] = [];
    for (let n = 2; n < 2 + KEYWORD_REPLIES_PER_HOUR; n++) answers.push((await guest.send('AYUDA', sid(n))).text);
    expect(answers.filter((a) => a !== '')).toHaveLength(KEYWORD_REPLIES_PER_HOUR - 1);
    expect(await t.db.get('SELECT count(*) AS n FROM keyword_replies')).toEqual({ n: KEYWORD_REPLIES_PER_HOUR });
  });

  it('a message refused for the limit is refused again; one message replayed over and over is answered a few times only', async () => {
    t = await startTestApp({ http });
    const guest = textingGuest(t.baseUrl, GUEST);
    for (let n = 0; n < KEYWORD_REPLIES_PER_HOUR; n++) expect((await guest.send('ESTADO', sid(n))).text).not.toBe('');
    expect((await guest.send('ESTADO', sid(99))).text).toBe('');
    expect((await guest.send('ESTADO', sid(99))).text).toBe('');
    const replayed: string[] = [];
    for (let i = 0; i < 10; i++) replayed.push((await guest.send('ESTADO', sid(0))).text);
    expect(replayed.filter((a) => a !== '')).toHaveLength(REPEATS_PER_MESSAGE);
  });

  it('PARAR delivered again hears its confirmation again, opts out once, and is not counted twice', async () => {
    t = await startTestApp({ http });
    const guest = textingGuest(t.baseUrl, GUEST);
    const stop = await guest.send('PARAR', sid(7));
    expect(stop.text).toBe('Hotel Miramar: ya no le enviaremos mensajes. Para volver a recibirlos, responda INICIAR.');
    expect((await guest.send('PARAR', sid(7))).text).toBe(stop.text);
    expect(await isOptedOut(t.db, GUEST)).toBe(true);
    expect(await t.db.get('SELECT count(*) AS n FROM keyword_replies')).toEqual({ n: 1 });
    // Opted back in, the old PARAR replayed changes nothing (it was acted on once).
    expect((await guest.send('INICIAR', sid(8))).text).toContain('volverá a recibir');
    await guest.send('PARAR', sid(7));
    expect(await isOptedOut(t.db, GUEST)).toBe(false);
  });

  it('a text to a number no property claims, delivered again, is counted once', async () => {
    t = await startTestApp({ http, hotelsDir: DEMO_GROUP });
    const guest = textingGuest(t.baseUrl, GUEST, '+15550009999');
    for (let i = 0; i < 3; i++) expect((await guest.send('hola', sid(1))).text).toContain("doesn't reach any of our hotels");
    expect(await t.db.get('SELECT count(*) AS n FROM keyword_replies')).toEqual({ n: 1 });
  });
});
