// A value longer than Conserje keeps is cut, and never inside a character written as two UTF-16
// units (an emoji): half of one is a lone surrogate, which UTF-8 cannot carry, so the stored text
// ended in '�' (or a lone surrogate in a JSON column). Through both HTTP paths: a voicemail's
// transcript (every parameter is cut at 2,000 units) and a text (a text's words at 1,000).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutText } from '../../src/privacy/cut-text.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const LONE_OR_REPLACED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

describe('cutText', () => {
  it('cuts before a character written as two units rather than through it', () => {
    expect(cutText('ab😀c', 3)).toBe('ab');
    expect(cutText('ab😀c', 4)).toBe('ab😀');
    expect(cutText('abc', 5)).toBe('abc');
    expect(cutText('a'.repeat(10), 4)).toBe('aaaa');
    // A lone surrogate sent as such is not ours to mend: cut where asked.
    expect(cutText('ab\uD83D', 3)).toBe('ab\uD83D');
  });
});

describe.each<HttpPath>(['lean', 'express'])('long values cut on a character (%s path)', (http) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ http });
  });
  afterAll(() => t.close());

  async function voicemail(transcript: string): Promise<string | null> {
    const call = t.call({ from: '+12125550140' });
    await call.start();
    await call.press('0');
    await call.dialResult('busy');
    await call.press('1');
    await call.record({ transcript });
    const row = await t.db.get<{ transcript: string | null }>('SELECT transcript FROM callback_requests WHERE call_sid = ?', [call.callSid]);
    return row?.transcript ?? null;
  }

  it("keeps a long voicemail transcript's last emoji whole or leaves it out", async () => {
    const cutThrough = await voicemail('x'.repeat(1_999) + '😀 call me back');
    expect(cutThrough).toBe('x'.repeat(1_999));
    const fits = await voicemail('y'.repeat(1_998) + '😀 call me back');
    expect(fits).toBe('y'.repeat(1_998) + '😀');
  });

  it("keeps the last emoji of a long text or spoken answer on the call's timeline whole, or leaves it out", async () => {
    const guest = textingGuest(t.baseUrl, '+12125550141');
    await guest.send('BOOK');
    // A text's words are read up to 1,000 units and kept on the timeline up to 500.
    await guest.send('z'.repeat(499) + '😀 thanks');
    await guest.send('q'.repeat(498) + '😀 thanks');
    await guest.send('k'.repeat(999) + '😀 thanks');
    const call = t.call({ from: '+12125550142' });
    await call.start();
    await call.say('w'.repeat(1_999) + '😀 thanks');
    const heard = await t.db.all<{ input_json: string }>(`SELECT input_json FROM call_events WHERE kind = 'caller.speech' AND input_json LIKE '%{"speech":"%'`);
    const speech = heard.map((row) => (JSON.parse(row.input_json) as { speech: string }).speech);
    for (const text of speech) expect(text).not.toMatch(LONE_OR_REPLACED);
    expect(speech).toContain('z'.repeat(499));
    expect(speech).toContain('q'.repeat(498) + '😀');
    expect(speech).toContain('k'.repeat(500));
    expect(speech).toContain('w'.repeat(500));
  });
});
