// What is not Twilio's never reaches a call: bodies over the size limit get 413, requests without
// a valid signature get 403, and neither changes anything stored.

import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/http/app.ts';
import { callParams, newCallSid } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { formBody, rawPost, serverParams, signatureFor } from './helpers.ts';

const LIMIT_BYTES = 64 * 1024;

describe.each(['lean', 'express'] as const)('requests that are too large or not from Twilio (%s path)', (path) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ http: path });
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;
  const params = (callSid: string) =>
    callParams({ callSid, accountSid: 'AC' + '0'.repeat(32), from: '+12125550123', to: HOTEL_NUMBER, callStatus: 'ringing' });

  it('limits bodies to 64 kB', () => {
    expect(BODY_LIMIT).toBe('64kb');
  });

  it('answers 413 to a body over 64 kB, signed or not, on every voice route, and stores nothing', async () => {
    const before = (await count('calls'));
    for (const route of ['/voice', '/voice/gather?step=1', '/voice/status', '/voice/dial-result?step=1', '/voice/recording?step=1']) {
      for (const size of [LIMIT_BYTES + 1, 1024 * 1024]) {
        const pairs: [string, string][] = [...Object.entries(params(newCallSid())), ['SpeechResult', 'x'.repeat(size)]];
        const body = formBody(pairs);
        expect(Buffer.byteLength(body)).toBeGreaterThan(LIMIT_BYTES);
        const signature = signatureFor(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + route, serverParams(pairs));
        const answer = await rawPost(t.baseUrl + route, { body, signature });
        expect(answer.status, `${route} with ${size} bytes`).toBe(413);
      }
    }
    expect(await count('calls')).toBe(before);
  });

  it('answers 413 to a body streamed without a Content-Length past the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${t.baseUrl}/voice`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(`CallSid=${newCallSid()}&SpeechResult=`);
      // 100 chunks of 1 kB: the parser gives up at 64 kB and answers.
      let sent = 0;
      const pump = () => {
        while (sent < 100) {
          sent++;
          if (!req.write('y'.repeat(1024))) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it('answers 413 to more than 200 parameters', async () => {
    const pairs: [string, string][] = [['CallSid', newCallSid()], ...Array.from({ length: 250 }, (_, i): [string, string] => [`p${i}`, '1'])];
    const answer = await rawPost(`${t.baseUrl}/voice`, { body: formBody(pairs), signature: signatureFor(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, serverParams(pairs)) });
    expect(answer.status).toBe(413);
  });

  it('accepts a body just under the limit when it is Twilio’s', async () => {
    const pairs: [string, string][] = [...Object.entries(params(newCallSid())), ['SpeechResult', 'z'.repeat(LIMIT_BYTES - 2_000)]];
    const answer = await rawPost(`${t.baseUrl}/voice`, { body: formBody(pairs), signature: signatureFor(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, serverParams(pairs)) });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<Gather');
  });

  it('answers 403 to every request whose signature is not Twilio’s, and changes nothing', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    const row = async () => (await t.db.get('SELECT step, state, last_twiml FROM calls WHERE call_sid = ?', [call.callSid]));
    const before = { row: (await row()), calls: (await count('calls')), events: (await count('call_events')) };
    const path = `/voice/gather?step=${((await row()) as { step: number }).step}`;
    const pairs: [string, string][] = [...Object.entries(params(call.callSid)), ['Digits', '1204']];
    const seen = serverParams(pairs);
    const body = formBody(pairs);
    const forged: Record<string, string | null> = {
      'no signature': null,
      'an empty signature': '',
      garbage: '!!!not base64!!!',
      'another account’s token': signatureFor('another-token', TEST_PUBLIC_URL + path, seen),
      'another path': signatureFor(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice/gather?step=999`, seen),
      'the server’s own address instead of PUBLIC_BASE_URL': signatureFor(TEST_AUTH_TOKEN, t.baseUrl + path, seen),
      'other parameters (Digits changed)': signatureFor(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + path, { ...seen, Digits: '0101' }),
      'a signature of the right length, but wrong': 'x'.repeat(28),
    };
    for (const [what, signature] of Object.entries(forged)) {
      const answer = await rawPost(t.baseUrl + path, { body, signature });
      expect(answer.status, what).toBe(403);
    }
    for (const route of ['/voice', '/voice/status', '/voice/dial-result?step=1', '/voice/recording?step=1', '/voice/whisper?step=1']) {
      expect((await rawPost(t.baseUrl + route, { body: formBody([['CallSid', newCallSid()]]) })).status, route).toBe(403);
    }
    // A GET of a webhook, or a path that does not exist, is not Twilio's either.
    expect((await fetch(`${t.baseUrl}/voice`)).status).toBeGreaterThanOrEqual(400);
    expect((await fetch(`${t.baseUrl}/voice/nothing-here`, { method: 'POST' })).status).toBeGreaterThanOrEqual(400);
    expect({ row: (await row()), calls: (await count('calls')), events: (await count('call_events')) }).toEqual(before);
  });
});
