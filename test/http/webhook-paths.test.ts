// Twilio's webhooks have two HTTP paths over one handler table: the lean node:http listener
// `npm start` serves them with (src/http/lean-webhooks.ts) and the express app's router
// (src/http/app.ts). Both must answer every request alike: the same status, type and body for
// whole calls, forged signatures, oversized or odd bodies and odd paths; and both keep the
// guarantees (TwiML on a voice path whatever a handler does, metrics; and the size limits and
// metrics suites run on both: test/reliability/http-limits.test.ts, metrics.test.ts).

import http from 'node:http';
import express from 'express';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseForm } from '../../src/http/lean-webhooks.ts';
import type { WebhookHandler } from '../../src/http/webhooks.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { callParams, newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { formBody, serverParams, signatureFor } from '../reliability/helpers.ts';

interface Exchange {
  method?: string;
  path: string;
  body?: string;
  contentType?: string | null;
  signature?: string | null;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  type: string;
  body: string;
  etag: string | null;
  poweredBy: string | null;
}

async function send(baseUrl: string, e: Exchange): Promise<Answer> {
  if (e.method && e.method !== 'POST') {
    const res = await fetch(baseUrl + e.path, { method: e.method });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text(), etag: res.headers.get('etag'), poweredBy: res.headers.get('x-powered-by') };
  }
  const headers: Record<string, string> = { ...e.headers };
  if (e.contentType !== null) headers['content-type'] = e.contentType ?? 'application/x-www-form-urlencoded';
  if (e.signature) headers['x-twilio-signature'] = e.signature;
  const res = await fetch(baseUrl + e.path, { method: 'POST', headers, body: e.body === undefined ? undefined : Uint8Array.from(Buffer.from(e.body)) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text(), etag: res.headers.get('etag'), poweredBy: res.headers.get('x-powered-by') };
}

const signed = (path: string, params: Record<string, string>, contentType?: string): Exchange => ({
  path,
  body: new URLSearchParams(params).toString(),
  signature: signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + path, params),
  ...(contentType ? { contentType } : {}),
});

describe('the lean path and the express path', () => {
  const apps = {} as Record<HttpPath, TestApp>;
  beforeAll(async () => {
    // Same clock, same confirmation numbers: the same requests must get the very same answers.
    for (const path of ['lean', 'express'] as const) apps[path] = await startTestApp({ http: path, newConfirmation: () => '24681357' });
  });
  afterAll(async () => {
    for (const app of Object.values(apps)) await app.close();
  });

  it('answer every request alike: whole calls, forged and malformed requests, odd paths', async () => {
    const callSid = newCallSid();
    const base = (status: 'ringing' | 'in-progress') => callParams({ callSid, accountSid: `AC${'0'.repeat(32)}`, from: '+12125550123', to: HOTEL_NUMBER, callStatus: status });
    const step = (n: number, extra: Record<string, string>) => signed(`/voice/gather?step=${n}`, { ...base('in-progress'), ...extra });
    const tooManyParams = Array.from({ length: 250 }, (_, i): [string, string] => [`p${i}`, '1']);
    const exchanges: Exchange[] = [
      signed('/voice', base('ringing')),
      step(1, { Digits: '1' }),
      step(2, { SpeechResult: 'December fourth', Confidence: '0.91' }),
      step(2, { SpeechResult: 'December fourth', Confidence: '0.91' }), // a retry
      step(3, { Digits: '2' }),
      step(4, { Digits: '1' }),
      step(5, { Digits: '2#' }),
      step(6, { SpeechResult: 'Ana <Díaz> & Co', Confidence: '0.95' }),
      step(7, { Digits: '2' }),
      step(8, { Digits: '1' }),
      step(9, { Digits: '1' }),
      signed('/voice/status', { ...base('in-progress'), CallStatus: 'completed', CallDuration: '80' }),
      // Retried, forged, out of order, unknown.
      step(3, { Digits: '9' }),
      { ...step(10, { Digits: '1' }), signature: null },
      { ...step(10, { Digits: '1' }), signature: signRequest('another-token', `${TEST_PUBLIC_URL}/voice/gather?step=10`, base('in-progress')) },
      signed('/voice/gather?step=1&step=2', { ...base('in-progress'), Digits: '1' }),
      signed('/voice', { From: '+12125550123' }),
      signed('/voice/whisper?step=3', base('in-progress')),
      signed(`/voice/whisper?step=3&call=${callSid}`, base('in-progress')),
      signed(`/voice/screen?call=${callSid}`, { ...base('in-progress'), Digits: '1' }),
      signed('/voice/recording?step=99', { ...base('in-progress'), RecordingUrl: 'javascript:alert(1)' }),
      signed('/voice/dial-result?step=99', { ...base('in-progress'), DialCallStatus: 'weird' }),
      signed('/voice/transcription', { ...base('in-progress'), RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE1', TranscriptionStatus: 'completed', TranscriptionText: 'Please call me back about the suite' }),
      signed('/voice/transcription', { TranscriptionStatus: 'failed' }),
      signed('/sms/status', { MessageSid: `SM${'1'.repeat(32)}`, MessageStatus: 'delivered' }),
      signed('/sms/status', { MessageSid: 'nope' }),
      signed('/sms', { From: '+12125550199', To: HOTEL_NUMBER, MessageSid: `SM${'2'.repeat(32)}`, Body: 'hello' }),
      // Bodies that are not Twilio's.
      { path: '/voice', body: formBody([['CallSid', callSid], ['SpeechResult', 'x'.repeat(70_000)]]), signature: 'x' },
      { path: '/voice', body: formBody([['CallSid', callSid], ...tooManyParams]), signature: signatureFor(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, serverParams([['CallSid', callSid], ...tooManyParams])) },
      { ...signed('/voice', base('ringing')), contentType: 'application/x-www-form-urlencoded; charset=koi8-r' },
      { ...signed('/voice', { ...base('ringing'), CallSid: newCallSid() }), contentType: 'application/x-www-form-urlencoded; charset=ISO-8859-1' },
      { ...signed('/voice', base('ringing')), contentType: 'application/json' },
      { ...signed('/voice', base('ringing')), contentType: null },
      { ...signed('/voice', base('ringing')), headers: { 'content-encoding': 'compress' } },
      { path: '/voice', body: '%', signature: signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, {}) },
      { path: '/voice', body: '', signature: signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, {}) },
      // Other methods and paths: express answers these on both.
      { method: 'GET', path: '/voice' },
      { method: 'GET', path: '/healthz' },
      signed('/voice/nothing-here', base('in-progress')),
      signed('/Voice', { ...base('ringing'), CallSid: newCallSid() }),
    ];
    for (const e of exchanges) {
      const [lean, viaExpress] = [await send(apps.lean.baseUrl, e), await send(apps.express.baseUrl, e)];
      const what = `${e.method ?? 'POST'} ${e.path} (${e.contentType ?? 'form'})`;
      expect({ status: lean.status, type: lean.type, body: lean.body }, what).toEqual({ status: viaExpress.status, type: viaExpress.type, body: viaExpress.body });
      expect(lean.status, what).toBeLessThan(500);
      if (lean.status === 200 && lean.type.startsWith('text/xml')) expect(() => parseTwiml(lean.body), what).not.toThrow();
    }
    // The call was booked once on each, with the same answers all the way.
    for (const app of Object.values(apps)) {
      expect(await app.db.get('SELECT state, outcome, step FROM calls WHERE call_sid = ?', [callSid])).toEqual({ state: 'ended', outcome: 'booked', step: 10 });
    }
  });

  it('the lean path answers without an ETag or X-Powered-By', async () => {
    const answer = await send(apps.lean.baseUrl, signed('/voice', callParams({ callSid: newCallSid(), accountSid: `AC${'0'.repeat(32)}`, from: '+12125550123', to: HOTEL_NUMBER, callStatus: 'ringing' })));
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/xml; charset=utf-8');
    expect(answer.etag).toBeNull();
    expect(answer.poweredBy).toBeNull();
  });

  it.each(['lean', 'express'] as const)('%s: a handler that fails outright still answers a voice path with TwiML to the front desk', async (path) => {
    const app = apps[path];
    // Fault injection: every real handler has its own error path, so a handler that throws past
    // it can only be made. The table is the one both paths serve; the real handler is put back.
    const handlers = app.app.webhooks.handlers as Map<string, WebhookHandler>;
    const real = handlers.get('/voice/gather')!;
    handlers.set('/voice/gather', async () => {
      throw new Error('injected fault');
    });
    try {
      const answer = await send(app.baseUrl, signed('/voice/gather?step=1', { CallSid: newCallSid(), Digits: '1' }));
      expect(answer.status).toBe(200);
      const verbs = parseTwiml(answer.body);
      expect(verbs.map((v) => v.verb)).toEqual(['say', 'dial']);
      const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/conserje_errors_total\{route="\/voice\/gather",kind="unhandled"\} 1/);
    } finally {
      handlers.set('/voice/gather', real);
    }
  });
});

describe('reading a form', () => {
  let baseUrl: string;
  let server: http.Server;
  beforeAll(async () => {
    // express's own form parser, with the options the app gives it: the reference.
    const echo = express();
    echo.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 }));
    echo.post('/', (req, res) => res.json(req.body ?? {}));
    server = http.createServer(echo);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads any form of Twilio-style keys as express does: values of any text, repeated keys', async () => {
    const key = fc.oneof(fc.constantFrom('CallSid', 'Digits', 'SpeechResult', 'From', 'To', 'Confidence', 'toString', 'hasOwnProperty', 'a[b]'), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/));
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', '+', '%', '%zz', '1+1', '&', '='));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 12 }), async (pairs) => {
        const body = formBody(pairs);
        const res = await fetch(baseUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
        expect({ ...parseForm(body) }).toEqual(await res.json());
      }),
      { numRuns: 300 },
    );
  });

  it('reads raw bodies as express does, percent-escapes that are not valid included', async () => {
    for (const body of ['a=%zz&b=%E0%A4%A&c=%2B+x', 'd&e=&=f&&g=1=2', 'x=%F0%9F%98%80&x=2&x=3', 'a+b=c+d']) {
      const res = await fetch(baseUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect({ ...parseForm(body) }, body).toEqual(await res.json());
    }
  });
});
