// A card number a guest sends over two or more texts of one conversation ("4111 1111", then
// "1111 1111"): each text alone holds no card, together they do. Nothing stored of the
// conversation (its timeline, its snapshot, its last reply) keeps any part of it; the guest is
// told no card is needed. Confirmation numbers, phone numbers and dates sent over two texts stay.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const sid = (n: number) => `SM${String(n).padStart(32, '0')}`;

describe.each<HttpPath>(['lean', 'express'])('a card number split across texts (%s path)', (http) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ http });
  });
  afterEach(() => t.close());

  /** Everything stored of the conversations and their timelines, as one text. */
  async function stored(): Promise<string> {
    const calls = await t.db.all<Record<string, unknown>>("SELECT * FROM calls WHERE channel = 'sms'");
    const events = await t.db.all<Record<string, unknown>>('SELECT * FROM call_events');
    // A conversation's id is random hex ("TXd5c54111e6…"), which may hold a card's group by chance.
    return JSON.stringify([calls, events]).replace(/"TX[0-9a-f]{32}"/g, '"TX…"');
  }

  async function send(from: string, bodies: string[]): Promise<string[]> {
    const guest = textingGuest(t.baseUrl, from);
    const replies: string[] = [];
    for (const [i, body] of bodies.entries()) replies.push((await guest.send(body, sid(Number(from.slice(-4)) * 100 + i))).text);
    return replies;
  }

  it.each([
    ['two texts of two groups', ['I want to book a room', '4111 1111', '1111 1111'], ['4111 1111', '1111 1111', '41111111', '11111111']],
    ['a card started after words', ['book a room for december 4', 'my card is 5555 5555 5555', '4444'], ['5555 5555 5555', '555555555555']],
    ['four texts of one group each', ['book a room', '4111', '1111', '1111', '1111'], ['4111']],
    ['in words, in Spanish', ['quiero reservar', 'cuatro mil ciento once, mil ciento once', 'mil ciento once, mil ciento once'], ['cuatro mil', 'ciento once', '4111']],
  ])('hides %s everywhere it was stored', async (_what, bodies, parts) => {
    const replies = await send('+12125550142', bodies);
    const all = await stored();
    for (const part of parts) expect(all, part).not.toContain(part);
    expect(all).toContain('[card number hidden, ending');
    // The guest hears that no card number is needed, as for a card in one text.
    expect(replies.at(-1)).toMatch(/card|tarjeta/i);
  });

  it('keeps confirmation numbers, phone numbers and dates sent in separate texts', async () => {
    await send('+12125550143', ['Hi', '12345678', '87654321']);
    // Two confirmation numbers and a menu key: run together, a stretch of their digits passes Luhn.
    await send('+12125550145', ['my reservation', '55550001', '73310042', '1']);
    await send('+12125550144', ['book a room', 'call me at 555 123 4567', '12/20 for 2 nights']);
    const all = await stored();
    for (const kept of ['12345678', '87654321', '55550001', '73310042', '555 123 4567', '12/20 for 2 nights']) expect(all, kept).toContain(kept);
    expect(all).not.toContain('card number hidden');
  });
});
