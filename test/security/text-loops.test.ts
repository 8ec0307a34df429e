// Texting without end: every text to the hotel is answered, and an auto-responder ("this mailbox
// is not monitored", "I'm driving") or a script answers every answer. The hotel and it texted
// each other for ever, each message paid for, and each time a conversation ran out of tries the
// front desk got one more callback request. Now a conversation gets at most
// REPLIES_PER_CONVERSATION answers and a number starts at most CONVERSATIONS_PER_HOUR
// conversations an hour at a property; past either its texts go unanswered and change nothing.
// Signed texts through the app.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATIONS_PER_HOUR, REPLIES_PER_CONVERSATION } from '../../src/sms/text-flood.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const HOUR = 3_600_000;

describe('a sender that answers every text', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (sql: string, ...params: string[]) => Number((await t.db.get<{ n: number }>(sql, params))!.n);

  /** Texts `body` from `from` `times` times, a few seconds apart, as an auto-responder would; the number of answers. */
  async function autoRespond(from: string, body: string, times: number): Promise<number> {
    const sender = textingGuest(t.baseUrl, from);
    let answered = 0;
    for (let i = 0; i < times; i++) {
      const reply = await sender.send(body);
      expect(reply.status).toBe(200);
      if (reply.text !== '') answered++;
      t.clock.advance(3000);
    }
    return answered;
  }

  it('is answered for a few conversations, not for ever, and the front desk is not flooded with callbacks', async () => {
    const from = '+12125550166';
    // Not understood: greeting, two misses, a callback request, and a new conversation each time round.
    const answered = await autoRespond(from, 'Thank you for your message. This is an automated reply, this mailbox is not monitored.', 60);
    expect(answered).toBeLessThanOrEqual(4 * CONVERSATIONS_PER_HOUR);
    expect(await count('SELECT count(*) AS n FROM callback_requests')).toBeLessThanOrEqual(CONVERSATIONS_PER_HOUR);
    const conversations = await count("SELECT count(*) AS n FROM calls WHERE channel = 'sms' AND from_number = ?", from);
    expect(conversations).toBe(CONVERSATIONS_PER_HOUR);
    // Unanswered texts store nothing; an hour on, the number is answered again.
    t.clock.advance(HOUR);
    expect((await textingGuest(t.baseUrl, from).send('Hi')).text).toContain('Hotel Miramar');
  });

  it('stops answering one conversation that never ends, and answers a retry of what it did answer', async () => {
    const from = '+12125550167';
    // Read as a stay asked for again and again ("tomorrow"): never a miss, so the conversation never
    // ends. ("I'm driving right now" was, until "right now" stopped being read as arriving today.)
    const answered = await autoRespond(from, "Out of the office until tomorrow. I'll get back to you when I can.", REPLIES_PER_CONVERSATION + 20);
    expect(answered).toBeLessThanOrEqual(REPLIES_PER_CONVERSATION);
    const row = await t.db.get<{ step: number; last_inbound_sid: string }>("SELECT step, last_inbound_sid FROM calls WHERE channel = 'sms' AND from_number = ?", [from]);
    expect(row!.step).toBe(REPLIES_PER_CONVERSATION);
    // Twilio retrying the last message answered gets the same answer.
    expect((await textingGuest(t.baseUrl, from).send('whatever', row!.last_inbound_sid)).text).not.toBe('');
    // Another guest is answered as ever.
    expect((await textingGuest(t.baseUrl, '+12125550168').send('Hi')).text).toContain('Hotel Miramar');
  });
});
