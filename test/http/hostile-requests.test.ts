// Requests shaped by an attacker or a broken network, through both HTTP paths (lean node:http as
// `npm start` serves webhooks, and the express app): a chunked body with no Content-Length over
// the size limit is refused 413 without a hang or a 5xx, and Host / X-Forwarded-* headers cannot
// change the URL a signature is checked against (always PUBLIC_BASE_URL).

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/softphone/twilio-params.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { baseCallParams } from '../helpers/signed-post.ts';

interface Answer {
  status: number;
  body: string;
}

/** Posts `chunks` with Transfer-Encoding: chunked (no Content-Length), one write each. */
function postChunked(baseUrl: string, path: string, chunks: string[], headers: Record<string, string>): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer 413 and close before every chunk is written: that is the point.
    req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'EPIPE' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fail(err)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

async function callCount(app: TestApp): Promise<number> {
  return Number((await app.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n);
}

describe.each<HttpPath>(['lean', 'express'])('hostile requests (%s path)', (http) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ http });
  });
  afterAll(() => app.close());

  it('refuses a chunked webhook body over 64 kB with 413, stores nothing', async () => {
    const params = { ...baseCallParams('CA' + 'c'.repeat(32)), Padding: 'x'.repeat(100_000) };
    const body = new URLSearchParams(params).toString();
    const chunks = body.match(/[\s\S]{1,8192}/g) ?? [];
    const answer = await postChunked(app.baseUrl, '/voice', chunks, { 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + '/voice', params) });
    expect(answer.status).toBe(413);
    expect(await callCount(app)).toBe(0);
  });

  it('answers a signed chunked webhook under the limit as any other', async () => {
    const params = baseCallParams('CA' + 'd'.repeat(32));
    const body = new URLSearchParams(params).toString();
    const answer = await postChunked(app.baseUrl, '/voice', [body.slice(0, 40), body.slice(40)], { 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + '/voice', params) });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<Response>');
  });

  it('checks the signature over PUBLIC_BASE_URL whatever Host and X-Forwarded-* say', async () => {
    const params = baseCallParams('CA' + 'e'.repeat(32));
    const body = new URLSearchParams(params).toString();
    const before = await callCount(app);
    const evil = 'https://evil.example.net';
    const hostile = { host: 'evil.example.net', 'x-forwarded-host': 'evil.example.net', 'x-forwarded-proto': 'http', 'x-forwarded-port': '8080', forwarded: 'host=evil.example.net;proto=http', 'x-original-url': '/other' };
    // Signed over the attacker's URL: refused, though every header names that URL.
    const forged = await postChunked(app.baseUrl, '/voice', [body], { ...hostile, 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, evil + '/voice', params) });
    expect(forged.status).toBe(403);
    expect(await callCount(app)).toBe(before);
    // Signed over PUBLIC_BASE_URL: accepted, and no link in the answer names the attacker's host.
    const real = await postChunked(app.baseUrl, '/voice', [body], { ...hostile, 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + '/voice', params) });
    expect(real.status).toBe(200);
    expect(real.body).not.toContain('evil.example.net');
  });
});
