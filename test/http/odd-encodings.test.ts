// Round 31: webhook parameters in encodings Twilio never sends, signed as Twilio signs (the server
// validates over the parameters as it decoded them), on both HTTP paths: UTF-8 overlong forms raw
// and percent-encoded, a percent-encoded NUL, a key repeated with other values, a 60 kB
// SpeechResult, and status callbacks with a CallStatus that ends nothing. Each must answer valid
// TwiML (or a 4xx), never a 5xx, never take an odd key for a real one, and store nothing odd.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/softphone/twilio-params.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import type { GatherVerb } from '../../src/softphone/twiml.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { baseCallParams } from '../helpers/signed-post.ts';
import { lastPrompts } from '../helpers/timeline.ts';

/** The body bytes as written; the signature over `signed`, the parameters as the server decodes them. */
async function post(app: TestApp, pathAndQuery: string, body: Buffer | string, signed: Record<string, string | string[]>) {
  const signature = signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + pathAndQuery, signed as Record<string, string>);
  const res = await fetch(app.baseUrl + pathAndQuery, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'x-twilio-signature': signature },
    body: typeof body === 'string' ? body : Uint8Array.from(body),
  });
  return { status: res.status, body: await res.text() };
}

const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
const gatherOf = (xml: string) => parseTwiml(xml).find((v): v is GatherVerb => v.verb === 'gather');

describe.each<HttpPath>(['lean', 'express'])('webhook parameters in odd encodings (%s path)', (http) => {
  let app: TestApp;
  let n = 0;
  beforeAll(async () => {
    app = await startTestApp({ http });
  });
  afterAll(() => app.close());

  /** A new call answered, at the main menu (9 is Spanish, 1 a booking): its sid, params and the menu's action. */
  async function callAtMenu() {
    const callSid = 'CA' + (++n).toString(16).padStart(32, 'e');
    const params = baseCallParams(callSid, `+1212555${String(400 + n).padStart(4, '0')}`);
    const answered = await post(app, '/voice', form(params), params);
    expect(answered.status).toBe(200);
    const action = new URL(gatherOf(answered.body)!.action!, TEST_PUBLIC_URL);
    return { callSid, params, path: action.pathname + action.search };
  }

  it('keys in an overlong UTF-8 form, raw or percent-encoded, are no key: asked again, never a booking', async () => {
    const cases: { body: (p: string) => Buffer | string; digits: string }[] = [
      // 0xC0 0xB1: an overlong "1" (decoded as two U+FFFD)
      { body: (p) => Buffer.concat([Buffer.from(`${p}&Digits=`), Buffer.from([0xc0, 0xb1])]), digits: '\ufffd\ufffd' },
      // %C0%B1: not valid UTF-8, left as written
      { body: (p) => `${p}&Digits=%C0%B1`, digits: '%C0%B1' },
    ];
    for (const c of cases) {
      const { callSid, params, path } = await callAtMenu();
      const answer = await post(app, path, c.body(form(params)), { ...params, Digits: c.digits });
      expect(answer.status, JSON.stringify(c.digits)).toBe(200);
      expect(gatherOf(answer.body), JSON.stringify(c.digits)).toBeDefined();
      // Not the booking's first question: the odd key was no 1.
      expect(await lastPrompts(app.db, callSid)).not.toContain('ask.arrivalDate');
    }
  });

  it('a percent-encoded NUL is dropped, as every control character: the key beside it is read, nothing stored holds one', async () => {
    for (const [body, digits] of [['1%00', '1\u0000'], ['%001', '\u00001']] as const) {
      const { callSid, params, path } = await callAtMenu();
      const answer = await post(app, path, `${form(params)}&Digits=${body}`, { ...params, Digits: digits });
      expect(answer.status).toBe(200);
      expect(await lastPrompts(app.db, callSid)).toContain('ask.arrivalDate');
      const nul = await app.db.get<{ n: number }>('SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND instr(input_json, char(0)) > 0', [callSid]);
      expect(Number(nul!.n)).toBe(0);
    }
  });

  it('a percent-encoded NUL between two keys or words is a break, never a join (round 32): keys apart are asked again, words apart are read', async () => {
    // '1\u00002' was the key 12; now '1 2', no key: the menu is asked again.
    const keys = await callAtMenu();
    const split = await post(app, keys.path, `${form(keys.params)}&Digits=1%002`, { ...keys.params, Digits: '1\u00002' });
    expect(split.status).toBe(200);
    expect(gatherOf(split.body)).toBeDefined();
    expect(await lastPrompts(app.db, keys.callSid)).not.toContain('ask.arrivalDate');
    // 'book\u0000a\u0000room' was 'bookaroom', not understood; now 'book a room'.
    const words = await callAtMenu();
    const said = await post(app, words.path, `${form(words.params)}&SpeechResult=book%00a%00room&Confidence=0.9`, { ...words.params, SpeechResult: 'book\u0000a\u0000room', Confidence: '0.9' });
    expect(said.status).toBe(200);
    expect(await lastPrompts(app.db, words.callSid)).toContain('ask.arrivalDate');
    const stored = await app.db.all<{ input_json: string | null }>('SELECT input_json FROM call_events WHERE call_sid = ? AND input_json IS NOT NULL', [words.callSid]);
    expect(stored.map((r) => r.input_json).join(' ')).toContain('book a room');
  });

  it('a repeated key is read by its first value, whatever the others say, and the signature covers them all', async () => {
    const { callSid, params, path } = await callAtMenu();
    const answer = await post(app, path, `${form(params)}&Digits=5&Digits=1&Digits=0`, { ...params, Digits: ['5', '1', '0'] });
    expect(answer.status).toBe(200);
    const prompts = await lastPrompts(app.db, callSid);
    expect(prompts).not.toContain('ask.arrivalDate');
    expect(prompts.join(' ')).not.toMatch(/transfer|desk/i);
    // A repeated CallSid naming another call answers for the first one only, or is refused.
    const other = await callAtMenu();
    const twoSids = await post(app, path, `${form(params)}&CallSid=${other.callSid}&Digits=1`, { ...params, CallSid: [callSid, other.callSid], Digits: '1' });
    expect(twoSids.status).toBeLessThan(500);
    expect(await lastPrompts(app.db, other.callSid)).not.toContain('ask.arrivalDate');
  });

  it('a 60 kB SpeechResult, with NULs and overlong bytes, is answered and stored cut', async () => {
    const { callSid, params, path } = await callAtMenu();
    const speech = `book a room ${'\u0000'.repeat(10)}${'x'.repeat(60_000)}`;
    const raw = Buffer.concat([Buffer.from(`${form({ ...params, SpeechResult: speech, Confidence: '0.9' })}&Extra=`), Buffer.from([0xe0, 0x80, 0xaf])]);
    const answer = await post(app, path, raw, { ...params, SpeechResult: speech, Confidence: '0.9', Extra: '\ufffd\ufffd\ufffd' });
    expect(answer.status).toBe(200);
    expect(parseTwiml(answer.body).length).toBeGreaterThan(0);
    const longest = await app.db.get<{ n: number }>('SELECT max(length(input_json)) AS n FROM call_events WHERE call_sid = ?', [callSid]);
    expect(Number(longest?.n ?? 0)).toBeLessThanOrEqual(2_100);
    const nul = await app.db.get<{ n: number }>("SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND instr(input_json, char(0)) > 0", [callSid]);
    expect(Number(nul!.n)).toBe(0);
  });

  it('a status callback with a CallStatus that ends nothing is answered, and the call goes on', async () => {
    const { callSid, params, path } = await callAtMenu();
    for (const status of ['ringing', 'in-progress', 'queued', 'COMPLETED', 'complet%65d', 'completed ', '', 'bogus'.repeat(1000)]) {
      const status_ = { ...params, CallStatus: status, CallDuration: '12' };
      const answer = await post(app, '/voice/status', form(status_), status_);
      expect(answer.status, status.slice(0, 20)).toBe(200);
      expect(parseTwiml(answer.body)).toEqual([]);
    }
    const ended = await app.db.get<{ ended_at: string | null }>('SELECT ended_at FROM calls WHERE call_sid = ?', [callSid]);
    expect(ended?.ended_at ?? null).toBeNull();
    const next = await post(app, path, form({ ...params, Digits: '1' }), { ...params, Digits: '1' });
    expect(next.status).toBe(200);
    expect(await lastPrompts(app.db, callSid)).toContain('ask.arrivalDate');
  });
});
