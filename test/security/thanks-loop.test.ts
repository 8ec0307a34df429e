// Round 30: the "You're welcome!" answered to a thank-you after a closed text conversation
// (src/http/routes/sms.ts). An auto-responder ("Thank you for your message!") or another company's
// bot answers every text, thanks included: each "You're welcome!" got a "Thanks!" back, and the hotel
// answered again, six times an hour (the keyword allowance) for the whole day the thank-you is
// taken as said to the conversation: some 140 texts paid for by the hotel, from one booking. A
// person says "you're welcome" once: now one thank-you is answered per conversation that ended,
// Twilio's retry of that one message again; the next thanks, that hour or the next, gets nothing.
// Signed texts over real HTTP, real SQLite, the suite's fixed clock.

import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const HOUR = 3_600_000;
const WELCOME = "You're welcome!";

let t: TestApp | undefined;
afterEach(async () => t?.close());

async function bookByText(app: TestApp, from: string) {
  const guest = textingGuest(app.baseUrl, from);
  await guest.send('book 1 standard room dec 4 for 2 nights, name Ana Torres, paying cash');
  await guest.send('yes');
  expect((await guest.send('yes')).text).toMatch(/^You're booked\./);
  return guest;
}

describe("a bot that thanks every text is answered \"You're welcome!\" once", () => {
  it('over the whole day after the conversation ended, whatever the hour', async () => {
    t = await startTestApp();
    const bot = await bookByText(t, '+12125550301');
    const welcomes: string[] = [];
    // The bot thanks for each answer at once; the hotel's allowance is per hour, so try every hour.
    for (let hour = 0; hour < 20; hour++) {
      for (let i = 0; i < 3; i++) {
        const answer = (await bot.send(i % 2 ? 'Thank you!' : '👍')).text;
        if (answer !== '') welcomes.push(answer);
      }
      t.clock.advance(HOUR);
    }
    expect(welcomes).toEqual([WELCOME]);
    // Nothing was started meanwhile: the booking's conversation is the only one.
    expect(Number((await t.db.get<{ n: number }>("SELECT count(*) AS n FROM calls WHERE channel = 'sms'"))!.n)).toBe(1);
  });

  it("Twilio's retry of the thank-you answered is answered the same; a later conversation's thanks is answered once again", async () => {
    t = await startTestApp();
    const guest = await bookByText(t, '+12125550302');
    expect((await guest.send('thanks!', 'SM7a4e0000000000000000000000000001')).text).toBe(WELCOME);
    expect((await guest.send('thanks!', 'SM7a4e0000000000000000000000000001')).text).toBe(WELCOME);
    expect((await guest.send('thanks')).text).toBe('');
    // The guest books again the next day: that conversation's thanks is answered, once.
    t.clock.advance(2 * HOUR);
    const again = await bookByText(t, '+12125550302');
    expect((await again.send('thank you so much')).text).toBe(WELCOME);
    expect((await again.send('thanks')).text).toBe('');
  });
});
