// Control characters (NUL, ESC, BEL, DEL, C1) in what a caller says or texts, or in Twilio's
// transcript of a voicemail, are taken out as the webhook arrives (src/privacy/redact.ts), on both
// HTTP paths; tab and line breaks stay. Kept, a NUL lost the transcript on PostgreSQL (its text
// refuses one; test/postgres/control-characters-in-text.test.ts) while SQLite kept it, and an
// escape sequence reached the staff's pages and the terminal view as written.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../src/privacy/redact.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

/** NUL, BEL, backspace, vertical tab, form feed, ESC with an ANSI colour, DEL and a C1 control (CSI). */
const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B[31m', '\u007F', '\u009B'];
const RAW = /(?![\t\n\r])\p{Cc}/u;

describe('control characters in text', () => {
  it('are taken out of what a caller says; tab and line breaks stay', () => {
    for (const c of CONTROLS) expect(redact(`Ana${c} Torres`), JSON.stringify(c)).toBe(c === '\u001B[31m' ? 'Ana [31m Torres' : 'Ana Torres');
    expect(redact('line one\r\nline\ttwo\n')).toBe('line one\r\nline\ttwo\n');
    expect(redact('4111\u0000 1111 1111 1111')).toBe('[card number hidden, ending 1111]');
    // Round 32: one between two visible characters is a break, never a join (a name, keys).
    expect(redact('John\u0000Smith')).toBe('John Smith');
    expect(redact('1\u00002')).toBe('1 2');
    expect(redact('4111\u00001111\u00001111\u00001111')).toBe('[card number hidden, ending 1111]');
    // Bidi marks inside a word are invisible, not breaks: taken out.
    expect(redact('Ana\u200ETorres')).toBe('AnaTorres');
  });
});

describe.each<HttpPath>(['lean', 'express'])('control characters in webhooks (%s path)', (http) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ http });
  });
  afterAll(() => t.close());

  it("keeps a voicemail's transcript, without them", async () => {
    const call = t.call({ from: '+13055550160' });
    await call.start();
    await call.press('0');
    await call.dialResult('no-answer');
    await call.press('1');
    await call.record({ transcript: `Hi${CONTROLS.join('')}, please\u0000 call me back.\nThanks` });
    const row = await t.db.get<{ transcript: string | null; transcript_status: string | null }>('SELECT transcript, transcript_status FROM callback_requests WHERE call_sid = ?', [call.callSid]);
    expect(row).toEqual({ transcript: 'Hi [31m , please call me back.\nThanks', transcript_status: 'completed' });
  });

  it('stores none of them from a text or a spoken answer', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550161');
    const reply = await guest.send('book\u0000 a room\u001B[2J for tomorrow\u0007');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('arriving tomorrow');
    const call = t.call({ from: '+12125550162' });
    await call.start();
    await call.say('book\u0000 a room\u001B[2J');
    const events = await t.db.all<{ input_json: string | null; understood: string | null }>('SELECT input_json, understood FROM call_events');
    for (const e of events) {
      if (e.input_json) expect(JSON.stringify(JSON.parse(e.input_json)).match(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])/i), e.input_json).toBeNull();
      expect(e.understood ?? '').not.toMatch(RAW);
    }
  });
});
