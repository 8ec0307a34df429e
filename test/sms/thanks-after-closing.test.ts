// "Thanks!" texted after the conversation closed (the booking confirmed, the request cancelled): it
// got the greeting and the menu again, as if the guest were a stranger, and opened a conversation.
// Now it is answered "You're welcome!" in the conversation's language and nothing is started; a
// thank-you with nothing before it, or a day later, or with a question in it, is a new conversation
// as before. Signed texts, real SQLite, the suite's fixed clock.

import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const HOUR = 3_600_000;

let t: TestApp | undefined;
afterEach(async () => t?.close());

const conversations = async (app: TestApp) => (await app.db.get<{ n: number }>("SELECT count(*) AS n FROM calls WHERE channel = 'sms'"))!.n;

async function bookByText(app: TestApp, from: string, spanish = false) {
  const guest = textingGuest(app.baseUrl, from);
  if (spanish) {
    await guest.send('hola, quiero 1 cuarto estándar el 4 de diciembre, 2 noches, a nombre de Ana López, pago en efectivo');
    await guest.send('sí');
    expect((await guest.send('sí')).text).toMatch(/Número de confirmación/);
  } else {
    await guest.send('book 1 standard room dec 4 for 2 nights, name Ana Torres, paying cash');
    await guest.send('yes');
    expect((await guest.send('yes')).text).toMatch(/^You're booked\./);
  }
  return guest;
}

describe('a thank-you after a text conversation closed', () => {
  it("is answered \"You're welcome!\" and starts nothing, in English and in Spanish, with emoji alone too", async () => {
    t = await startTestApp();
    expect((await (await bookByText(t, '+12125550160')).send('👍')).text).toBe("You're welcome!");
    const guest = await bookByText(t, '+12125550161');
    expect(await conversations(t)).toBe(2);
    expect((await guest.send('ok thanks!')).text).toBe("You're welcome!");
    // Once per conversation (round 30: test/security/thanks-loop.test.ts): a second thanks gets nothing.
    expect((await guest.send('👍')).text).toBe('');
    expect(await conversations(t)).toBe(2);

    const huesped = await bookByText(t, '+525512340162', true);
    expect((await huesped.send('muchas gracias 🙏')).text).toBe('¡Con mucho gusto!');
    expect(await conversations(t)).toBe(3);
  });

  it('is a new conversation with nothing closed before it, a day after, or with something asked', async () => {
    t = await startTestApp();
    const stranger = textingGuest(t.baseUrl, '+12125550163');
    expect((await stranger.send('thanks')).text).toContain('Hotel Miramar');
    expect(await conversations(t)).toBe(1);

    const guest = await bookByText(t, '+12125550164');
    expect((await guest.send('thanks, is there parking?')).text).not.toBe("You're welcome!");
    expect(await conversations(t)).toBe(3);

    const later = await bookByText(t, '+12125550165');
    t.clock.advance(25 * HOUR);
    expect((await later.send('thank you')).text).toContain('Hotel Miramar');
  });

  it('is answered a few times an hour at most, as keywords are', async () => {
    t = await startTestApp();
    const guest = await bookByText(t, '+12125550166');
    const replies: string[] = [];
    for (let i = 0; i < 12; i++) replies.push((await guest.send('thanks')).text);
    expect(replies[0]).toBe("You're welcome!");
    expect(replies.filter((r) => r === "You're welcome!").length).toBeLessThan(12);
    expect(replies.every((r) => r === "You're welcome!" || r === '')).toBe(true);
    expect(await conversations(t)).toBe(1);
  });
});
