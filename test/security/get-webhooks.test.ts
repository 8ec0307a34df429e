// Twilio's console lets the number's voice and messaging URLs (and their status callbacks) be
// HTTP GET: Twilio then sends its parameters in the query string and signs the URL alone. Such a
// webhook got express's 404 page, and every caller heard "an application error has occurred".
// Through both HTTP paths: a signed GET is answered as the POST would be; an unsigned or altered
// one gets 403 and changes nothing; GET is not taken where our TwiML says POST, nor HEAD anywhere.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { newCallSid, newSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { baseCallParams } from '../helpers/signed-post.ts';

interface Got {
  status: number;
  type: string;
  body: string;
}

describe.each<HttpPath>(['lean', 'express'])('webhooks Twilio sends as GET (%s path)', (http) => {
  let t: TestApp;
  const log = captureLog('warn');
  beforeAll(async () => {
    t = await startTestApp({ http, logger: log.logger });
  });
  afterAll(() => t.close());

  /** `path` with `params` as its query, signed as Twilio signs a GET (the URL alone) unless `signature` is given. */
  async function get(path: string, params: Record<string, string>, opts: { method?: string; signature?: string | null } = {}): Promise<Got> {
    const url = `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(params)}`;
    const signature = opts.signature === undefined ? signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + url, {}) : opts.signature;
    const res = await fetch(t.baseUrl + url, { method: opts.method ?? 'GET', headers: signature === null ? {} : { 'x-twilio-signature': signature } });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  }
  const callRow = (callSid: string) => t.db.get<{ status: string; state: string }>('SELECT status, state FROM calls WHERE call_sid = ?', [callSid]);

  it('answers a signed GET /voice with the greeting, and GET /voice/status ends the call', async () => {
    const callSid = newCallSid();
    const params = { ...baseCallParams(callSid), CallStatus: 'ringing' };
    const greeting = await get('/voice', params);
    expect(greeting.status).toBe(200);
    expect(greeting.type).toMatch(/^text\/xml/);
    const gather = parseTwiml(greeting.body).find((verb) => verb.verb === 'gather');
    // The steps after it stay POST, as the TwiML says.
    expect(gather).toMatchObject({ action: '/voice/gather?step=1', method: 'POST' });
    // Twilio's retry of the same GET: the same answer, one call.
    expect((await get('/voice', params)).body).toBe(greeting.body);
    expect(await t.db.all('SELECT call_sid FROM calls WHERE call_sid = ?', [callSid])).toHaveLength(1);

    const ended = await get('/voice/status', { ...params, CallStatus: 'completed', CallDuration: '12' });
    expect(ended.status).toBe(200);
    expect(parseTwiml(ended.body)).toEqual([]);
    expect((await callRow(callSid))?.status).toBe('completed');
  });

  it('answers a signed GET /sms with the reply in a <Message>, and takes GET /sms/status', async () => {
    const messageSid = newSid('SM');
    const text = await get('/sms', { AccountSid: `AC${'0'.repeat(32)}`, MessageSid: messageSid, From: '+12125550177', To: HOTEL_NUMBER, Body: 'Hola', NumMedia: '0' });
    expect(text.status).toBe(200);
    const [message] = parseTwiml(text.body);
    expect(message).toMatchObject({ verb: 'message' });
    const status = await get('/sms/status', { MessageSid: newSid('SM'), MessageStatus: 'delivered' });
    expect(status.status).toBe(200);
    expect(parseTwiml(status.body)).toEqual([]);
  });

  it('refuses an unsigned GET, or one whose query was changed after signing, and stores nothing', async () => {
    const callSid = newCallSid();
    const params = baseCallParams(callSid);
    expect((await get('/voice', params, { signature: null })).status).toBe(403);
    // Signed for one caller, sent with another's number.
    const signedFor = `/voice?${new URLSearchParams(params)}`;
    const forged = await get('/voice', { ...params, From: '+13105550199' }, { signature: signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + signedFor, {}) });
    expect(forged.status).toBe(403);
    // A POST's signature (URL and parameters) does not pass for the GET.
    const postSignature = signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, params);
    expect((await get('/voice', params, { signature: postSignature })).status).toBe(403);
    expect(await callRow(callSid)).toBeUndefined();
    // The refusal is logged with the URL validated against: the caller's number in its query
    // ("Caller=%2B1212…") is masked like any other (the log reads %2B as +), never logged whole.
    const refusal = log.lines.find((line) => line.includes('webhook refused'));
    expect(refusal).toContain('Caller=+1********23');
    expect(log.lines.join('\n')).not.toMatch(/2125550123|13105550199/);
  });

  it('takes GET only where Twilio lets an operator choose it, and no HEAD: nothing is applied', async () => {
    const callSid = newCallSid();
    const params = baseCallParams(callSid);
    expect((await get('/voice', params)).status).toBe(200);
    // Our TwiML sends the answer to a question by POST; a GET to that URL, even signed, is not a step.
    const step = await get('/voice/gather?step=1', { ...params, Digits: '1' });
    expect(step.status).toBeGreaterThanOrEqual(400);
    expect(step.status).toBeLessThan(500);
    expect((await callRow(callSid))?.state).toBe('greeting');
    // A HEAD of a signed status callback does not end the call.
    const head = await get('/voice/status', { ...params, CallStatus: 'completed' }, { method: 'HEAD' });
    expect(head.status).toBe(405);
    expect((await callRow(callSid))?.status).not.toBe('completed');
  });
});
