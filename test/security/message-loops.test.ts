// Two properties of a group texting each other without end: a guest (or anyone faking caller ID)
// gives one property's number as the callback number at another, the written confirmation goes
// from the first property's number to the second's, and the second answered it as a guest's text
// — whose answer the first answered in turn, every message paid for. A text from one of the
// deployment's own numbers is never answered.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/softphone/twilio-params.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

/** A text as Twilio delivers it: signed form POST to /sms. */
async function deliverText(t: TestApp, from: string, to: string, body: string): Promise<string> {
  const params = { MessageSid: 'SM' + '7'.repeat(32), AccountSid: 'AC' + '0'.repeat(32), From: from, To: to, Body: body, NumMedia: '0' };
  const res = await fetch(`${t.baseUrl}/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, params) },
    body: new URLSearchParams(params).toString(),
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe("texts between a group's own numbers", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP });
  });
  afterAll(() => t.close());

  it("leaves unanswered the confirmation one property texts to another's number", async () => {
    // A call to Miramar from Sierra Alta's number (caller ID is easy to fake), called back "on this number".
    const booked = await bookByKeys(t.call({ to: MIRAMAR, from: SIERRA }), { roomType: '1' });
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
    expect(booked.said.at(-1)?.text).toBe('Another booking? Press 1.');
    const text = (await t.db.get<{ to_number: string; body: string }>('SELECT to_number, body FROM outbox'))!;
    expect(text.to_number).toBe(SIERRA);

    // Twilio delivers it to Sierra Alta, from Miramar's number: no answer, no conversation.
    const answer = await deliverText(t, MIRAMAR, SIERRA, text.body);
    expect(answer).not.toContain('<Message');
    expect(await t.db.all("SELECT call_sid FROM calls WHERE channel = 'sms'")).toEqual([]);
    // Whatever it says, and the other way round.
    expect(await deliverText(t, SIERRA, MIRAMAR, 'book a room')).not.toContain('<Message');
  });

  it('still answers a guest', async () => {
    const reply = await textingGuest(t.baseUrl, '+12125550142', MIRAMAR).send('Hi');
    expect(reply.text).toContain('Hotel Miramar');
  });
});
