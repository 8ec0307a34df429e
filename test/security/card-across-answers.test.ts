// A card number a caller says or keys over two or more answers of one call ("4111 1111", then,
// asked again, "1111 1111"): each answer alone holds no card, together they do. Nothing stored of
// the call keeps any part of it, and the caller is told no card number is needed (keys at one
// question are 4 or fewer, or end with #: a card is not keyed over answers the same way). Numbers that
// are not a card, given over two answers (a confirmation number, a phone number), stay.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';

describe.each<HttpPath>(['lean', 'express'])('a card number over two answers of a call (%s path)', (http) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ http });
  });
  afterEach(() => t.close());

  async function stored(callSid: string): Promise<string> {
    return JSON.stringify([await t.db.all('SELECT * FROM calls WHERE call_sid = ?', [callSid]), await t.db.all('SELECT * FROM call_events WHERE call_sid = ?', [callSid])]);
  }

  it('hides a card said in two answers everywhere the call was stored', async () => {
    const call = t.call({ from: '+12125550150' });
    await call.start();
    await call.press('1');
    await call.say('4111 1111', 0.9);
    const last = await call.say('1111 1111', 0.9);
    const all = await stored(call.callSid);
    for (const part of ['4111 1111', '41111111']) expect(all, part).not.toContain(part);
    expect(all).toContain('[card number hidden, ending 1111]');
    expect(last.said.map((s) => s.text).join(' ')).toMatch(/card/);
  });

  it('hides a card said over three answers, in words and digits', async () => {
    const call = t.call({ from: '+12125550153' });
    await call.start();
    await call.press('1');
    await call.say("it's five five five five", 0.9);
    await call.say('5555 5555', 0.9);
    // The third answer missed in a row: the caller goes to the desk (the flow's rule), the card hidden.
    await call.say('4444', 0.9);
    const all = await stored(call.callSid);
    expect(all).not.toMatch(/5555|five five/);
    expect(all).toContain('[card number hidden, ending 4444]');
  });

  it('keeps a phone number and a date said in two answers', async () => {
    const call = t.call({ from: '+12125550152' });
    await call.start();
    await call.press('1');
    await call.say('call me at 555 123 4567', 0.9);
    await call.say('12/20 for 2 nights', 0.9);
    const all = await stored(call.callSid);
    expect(all).toContain('555 123 4567');
    expect(all).not.toContain('card number hidden');
  });
});
