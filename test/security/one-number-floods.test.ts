// Round 33: one number using the lines as hard as it can — many signed calls at the same moment, and
// a text thread of 1,000 messages — gets a bounded cost and a clear answer: every webhook answered
// with TwiML (never a 5xx or an application error), rooms held for one of its calls only, a thread
// answered REPLIES_PER_CONVERSATION times and storing nothing more past that. Signed requests
// through the app on a fresh SQLite file. (Timings, measured apart: docs/security.md, Round 33.)

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATIONS_PER_HOUR, REPLIES_PER_CONVERSATION } from '../../src/sms/text-flood.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { activeHolds } from '../helpers/timeline.ts';

/** How many calls one number places at once. */
const CALLS = 60;
/** How long the text thread is. */
const TEXTS = 1000;

describe('one number, as hard as it can', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (sql: string, ...params: string[]) => Number((await t.db.get<{ n: number }>(sql, params))!.n);

  it(`${CALLS} calls at once from one number each reach the availability check answered, and rooms are held for one of them`, async () => {
    const from = '+12125550144';
    // Each asks for one of the four room types, so no two wait on the same type's row.
    const turns = await Promise.all(Array.from({ length: CALLS }, (_, i) => askForStay(t.call({ from }), { roomType: String((i % 4) + 1), nights: '2#' })));
    for (const turn of turns) {
      expect(turn.responses.every((r) => r.status === 200)).toBe(true);
      expect(turn.dial).toBeUndefined();
      expect(turn.waitingFor).toBe('input');
    }
    expect(await count("SELECT count(*) AS n FROM calls WHERE from_number = ? AND channel = 'voice'", from)).toBe(CALLS);
    expect(await activeHolds(t.db)).toHaveLength(1);
  });

  it(`a thread of ${TEXTS} texts is answered ${REPLIES_PER_CONVERSATION} times at most, and stores nothing past its answers but each text’s id`, async () => {
    const from = '+12125550145';
    const sender = textingGuest(t.baseUrl, from);
    const stored = async () => ({
      conversations: await count("SELECT count(*) AS n FROM calls WHERE from_number = ? AND channel = 'sms'", from),
      events: await count("SELECT count(*) AS n FROM call_events e JOIN calls c ON c.call_sid = e.call_sid WHERE c.from_number = ? AND c.channel = 'sms'", from),
      texts: await count('SELECT count(*) AS n FROM outbox WHERE to_number = ?', from),
    });
    let answered = 0;
    let afterAnswers: Awaited<ReturnType<typeof stored>> | null = null;
    for (let i = 0; i < TEXTS; i++) {
      // A stay asked again and again: never a miss, so the one conversation never ends by itself.
      const reply = await sender.send(`a room for tomorrow please, message ${i}`);
      expect(reply.status).toBe(200);
      if (reply.text !== '') answered++;
      if (i === 2 * REPLIES_PER_CONVERSATION) afterAnswers = await stored();
      t.clock.advance(1000);
    }
    expect(answered).toBeLessThanOrEqual(REPLIES_PER_CONVERSATION);
    const atEnd = await stored();
    expect(atEnd.conversations).toBeLessThanOrEqual(CONVERSATIONS_PER_HOUR);
    // The 920 texts after the first 80 stored nothing: no events, no texts, no conversation; only
    // each MessageSid, one short row a text (a replay of any changes nothing; kept 400 days, sweeps.ts).
    expect(atEnd).toEqual(afterAnswers);
    expect(await count('SELECT count(*) AS n FROM handled_texts')).toBe(TEXTS);
  }, 300_000);
});
