// When texting stops answering, the desk is told on the overview: a property that started its
// SMS_CONVERSATIONS_PER_HOUR conversations in the past hour leaves new texters unanswered
// (src/sms/text-flood.ts), and so do keywords past the deployment's answers an hour
// (src/http/keyword-replies.ts). Read from what those limits count: the overview says it exactly
// while the webhook leaves a new texter unanswered, with the time the next one is answered again.
// (test/postgres/staff-texting-paused.test.ts: the same on PostgreSQL.)

import { afterEach, describe, expect, it } from 'vitest';
import { KEYWORD_REPLIES_OVERALL_PER_HOUR } from '../../src/http/keyword-replies.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { login, startStaffApp } from './staff-helpers.ts';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const MINUTE = 60_000;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const paused = (html: string) => {
  const at = html.indexOf('id="texting-paused"');
  return at < 0 ? null : text(html.slice(at, html.indexOf('</div>', at))).replace(/^[^>]*> /, '').trim();
};

describe('texting paused by its limits, on the overview', () => {
  it('says new texters get no reply, and until when, exactly while the webhook leaves them unanswered', async () => {
    t = await startStaffApp({ env: { SMS_CONVERSATIONS_PER_HOUR: '3' } });
    // 16:00 at the hotel (America/New_York), then a new texter every 10 minutes.
    t.clock.set('2026-11-28T21:00:00Z');
    let { agent } = await login(t);
    for (const n of [1, 2, 3]) {
      expect((await textingGuest(t.baseUrl, `+1212555014${n}`).send('Hi, do you have a room for Friday?')).text).not.toBe('');
      expect(paused((await agent.get('/staff').expect(200)).text), `after ${n}`).toEqual(n < 3 ? null : expect.any(String));
      t.clock.advance(10 * MINUTE);
    }
    // 16:30: the fourth is not answered, and the overview says so: answered again at 17:00 and a moment.
    expect((await textingGuest(t.baseUrl, '+12125550144').send('Hola, quiero una habitación')).text).toBe('');
    const said = paused((await agent.get('/staff').expect(200)).text);
    expect(said).toContain('Texts paused: 3 new conversations this hour — the next ones get no reply until today 17:00.');
    expect(said).toContain('Guests already texting are still answered.');
    // Those already texting are answered meanwhile.
    expect((await textingGuest(t.baseUrl, '+12125550141').send('2 nights please')).text).not.toBe('');
    // 17:00:01: the first has aged out of the hour; the panel is gone and a new texter is answered.
    t.clock.set('2026-11-28T22:00:01Z');
    ({ agent } = await login(t));
    expect(paused((await agent.get('/staff').expect(200)).text)).toBeNull();
    expect((await textingGuest(t.baseUrl, '+12125550145').send('Do you have parking?')).text).not.toBe('');
    expect(paused((await agent.get('/staff').expect(200)).text)).not.toBeNull();
  });

  it('says so in Spanish on a Spanish page', async () => {
    t = await startStaffApp({ env: { SMS_CONVERSATIONS_PER_HOUR: '1' } });
    t.clock.set('2026-11-28T21:00:00Z');
    const { agent, csrf } = await login(t);
    await textingGuest(t.baseUrl, '+12125550141').send('Hola');
    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff' }).expect(303);
    expect(paused((await agent.get('/staff').expect(200)).text)).toContain(
      'Mensajes en pausa: 1 conversación nueva en esta hora; quien escriba por primera vez no recibe respuesta hasta hoy 17:00.',
    );
  });

  it('says keyword answers are paused when the deployment has sent its hour’s', async () => {
    t = await startStaffApp();
    t.clock.set('2026-11-28T21:00:00Z');
    const { agent } = await login(t);
    // The counting table as keyword-replies.ts fills it: an answer every 30 s from 15:00:30 (many senders, 6 each at most).
    const start = Date.parse('2026-11-28T20:00:00Z');
    for (let i = 0; i < KEYWORD_REPLIES_OVERALL_PER_HOUR; i++) {
      await t.db.run('INSERT INTO keyword_replies (sender, sent_at, message_sid) VALUES (?, ?, ?)', [
        `+1212555${String(1000 + Math.floor(i / 6)).padStart(4, '0')}`,
        new Date(start + (i + 1) * 30_000).toISOString(),
        `SM${String(i).padStart(32, '0')}`,
      ]);
    }
    // The next STATUS is not answered (the limit counts those rows)…
    expect((await textingGuest(t.baseUrl, '+12125559999').send('STATUS')).text).toBe('');
    // …and the overview says until when: the oldest of the hour's answers, 15:00:30, an hour on.
    expect(paused((await agent.get('/staff').expect(200)).text)).toContain(
      `Answers to texted keywords such as STATUS paused: ${KEYWORD_REPLIES_OVERALL_PER_HOUR} sent this hour across all properties — the next ones get no answer until today 16:00.`,
    );
    // 16:00:31: the oldest has aged out; the panel is gone and STATUS is answered again.
    t.clock.set('2026-11-28T21:00:31Z');
    expect(paused((await agent.get('/staff').expect(200)).text)).toBeNull();
    expect((await textingGuest(t.baseUrl, '+12125559998').send('STATUS')).text).not.toBe('');
  });
});
