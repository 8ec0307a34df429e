// Parameters no Twilio would send, in a correctly signed webhook (anyone with a leaked token, or a
// caller ID spoofed upstream): NUL, ANSI escapes, bidi overrides and very long values in From,
// SpeechResult and Body. Through both HTTP paths: answered with TwiML (never a 5xx), nothing of
// them reaches a stored caller number, and the log (pino JSON) holds none of them raw.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOTEL_NUMBER, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';
import { textingGuest } from '../helpers/texting.ts';

const NASTY = '\u202e\u0000\x1b[31m\x1b]0;pwned\x07\r\n\u200b';
// Control (Cc) and format (Cf) characters: NUL, escapes, line breaks, bidi overrides, zero-width.
const RAW = /[\p{Cc}\p{Cf}]/u;

describe.each<HttpPath>(['lean', 'express'])('odd parameters in signed webhooks (%s path)', (http) => {
  let t: TestApp;
  const log = captureLog('debug');
  beforeAll(async () => {
    t = await startTestApp({ http, logger: log.logger });
  });
  afterAll(() => t.close());

  it('keeps control, escape and bidi characters out of a stored caller number and the log', async () => {
    const from = '+1212' + NASTY + '5550101' + 'x'.repeat(5_000);
    const params = baseCallParams('CA' + '1'.repeat(32), from);
    const greeting = await signedPost(t.baseUrl, '/voice', params);
    expect(greeting.status).toBe(200);
    expect(greeting.body).toContain('<Gather');
    const heard = await signedPost(t.baseUrl, '/voice/gather?step=1', { ...params, SpeechResult: 'book' + NASTY + ' a room' + 'y'.repeat(50_000), Confidence: '0.9' });
    expect(heard.status).toBe(200);
    expect(heard.body).toContain('<Response>');

    const text = await textingGuest(t.baseUrl, '+1646' + NASTY + '5550102', HOTEL_NUMBER).send('Hi' + NASTY + 'z'.repeat(1_500));
    expect(text.text).toBeTruthy();

    const numbers = await t.db.all<{ from_number: string }>('SELECT from_number FROM calls');
    // What is left is plain text ("[31m" without its ESC prints as itself), cut at 40 characters.
    expect(numbers.map((r) => r.from_number).sort()).toEqual(['+1212[31m]0;pwned5550101xxxxxxxxxxxxxxxx', '+1646[31m]0;pwned5550102']);
    for (const line of log.lines) expect(line).not.toMatch(RAW);
  });
});
