// A text delivered again after it was acted on — Twilio retrying late, or a signed request
// replayed by someone who captured it — changes nothing, through both HTTP paths: no new
// conversation once the one it belonged to has ended, no answer applied twice in one still open,
// no second CANCEL ending a later conversation. A retry of the message a conversation answered last
// is still answered the same (a lost reply reaches the guest).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallStore } from '../../src/calls/call-store.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

const sid = (n: number) => `SM${String(n).padStart(32, '0')}`;

interface Conversation {
  call_sid: string;
  state: string;
  step: number;
  ended_at: string | null;
}

describe.each<HttpPath>(['lean', 'express'])('texts delivered again (%s path)', (http) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ http, newConfirmation: () => '61803398' });
  });
  afterEach(() => t.close());

  const conversations = () => t.db.all<Conversation>("SELECT call_sid, state, step, ended_at FROM calls WHERE channel = 'sms' ORDER BY started_at");
  const count = async (table: string) => Number((await t.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n);

  it('replays of a finished booking conversation start nothing and book nothing', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550142');
    const said = ['Hi', 'book', 'december 4th', 'deluxe', '2', '3 nights', 'Grace Hopper', 'cash', 'yes', 'yes'];
    let last = '';
    for (const [i, body] of said.entries()) last = (await guest.send(body, sid(i))).text;
    expect(last).toContain('Confirmation number: 61803398.');
    expect(await conversations()).toMatchObject([{ state: 'ended' }]);
    const before = { calls: await count('calls'), events: await count('call_events'), outbox: await count('outbox'), holds: await count('holds') };

    for (const [i, body] of said.entries()) {
      const again = await guest.send(body, sid(i));
      expect(again.status).toBe(200);
      expect(again.text).toBe('');
    }
    expect(await conversations()).toHaveLength(1);
    expect(await reservations(t.db)).toHaveLength(1);
    expect({ calls: await count('calls'), events: await count('call_events'), outbox: await count('outbox'), holds: await count('holds') }).toEqual(before);

    // A new message from the same guest is a new conversation, as before.
    expect((await guest.send('Hi', sid(100))).text).toContain('Hello, this is Hotel Miramar.');
    expect(await conversations()).toHaveLength(2);
  });

  it('in an open conversation, an earlier message replayed is not applied again, and the last one is answered again', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550143');
    await guest.send('book', sid(1));
    await guest.send('december 4th', sid(2));
    await guest.send('deluxe', sid(3));
    await guest.send('1', sid(4));
    const lastReply = (await guest.send('2 nights', sid(5))).text;
    const [open] = await conversations();

    // "deluxe" again would have been an answer to the name question.
    expect((await guest.send('deluxe', sid(3))).text).toBe('');
    expect((await guest.send('1', sid(4))).text).toBe('');
    // Twilio's retry of the message answered last: the same reply, applied once.
    expect((await guest.send('2 nights', sid(5))).text).toBe(lastReply);
    expect(await conversations()).toEqual([open]);
  });

  it('a CANCEL replayed does not end the conversation the guest started after it', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550144');
    await guest.send('book', sid(1));
    expect((await guest.send('CANCEL', sid(2))).text).not.toBe('');
    await guest.send('book', sid(3));
    const [, second] = await conversations();
    expect(second?.ended_at).toBeNull();

    expect((await guest.send('CANCEL', sid(2))).text).toBe('');
    expect((await conversations())[1]).toEqual(second);
  });
});

describe('handled texts are remembered for a while, not for ever', () => {
  it('forgets the texts handled before the given instant, and only those', async () => {
    const t = await startTestApp();
    try {
      const store = new CallStore(t.db);
      await store.rememberText(sid(1), '2025-01-01T00:00:00.000Z');
      await store.rememberText(sid(2), '2026-11-01T00:00:00.000Z');
      // Remembered once, whatever the number of deliveries.
      await store.rememberText(sid(2), '2026-11-02T00:00:00.000Z');
      expect(await store.forgetTextsBefore('2026-01-01T00:00:00.000Z')).toBe(1);
      expect(await store.textHandled(sid(1))).toBe(false);
      expect(await store.textHandled(sid(2))).toBe(true);
    } finally {
      await t.close();
    }
  });
});
