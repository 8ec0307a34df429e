// A path nothing serves got express's own page ("Cannot GET /x", HTML: the framework named, none of
// the staff side's headers); with TWILIO_AUTH_TOKEN set, any unknown path or method got
// "Forbidden: missing or invalid X-Twilio-Signature", a wrong lead for whoever set the server up.
// Now, through both HTTP paths, with and without a token: 404 for a path nothing serves, 405 with
// Allow for a method a served path does not take, one line of plain text with the usual headers,
// and nothing changed (src/http/not-found.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';

interface Got {
  status: number;
  headers: Headers;
  body: string;
}

async function ask(t: TestApp, method: string, path: string): Promise<Got> {
  const res = await fetch(t.baseUrl + path, { method });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

function expectPlainClientError(got: Got, status: number, what: string): void {
  expect(got.status, what).toBe(status);
  expect(got.headers.get('content-type'), what).toMatch(/^text\/plain/);
  expect(got.headers.get('x-powered-by'), what).toBeNull();
  expect(got.headers.get('etag'), what).toBeNull();
  expect(got.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(got.headers.get('x-frame-options'), what).toBe('DENY');
  expect(got.headers.get('cache-control'), what).toBe('no-store');
  expect(got.headers.get('content-security-policy'), what).toContain("default-src 'none'");
  // HEAD gets the headers alone.
  if (got.body === '') return;
  expect(got.body, what).toMatch(/^[^\n]{1,300}\n$/);
  expect(got.body, what).not.toMatch(/Cannot |<|html|express|Signature/i);
}

describe.each<{ http: HttpPath; token: boolean }>([
  { http: 'lean', token: true },
  { http: 'express', token: true },
  { http: 'lean', token: false },
])('requests no route takes ($http path, token: $token)', ({ http, token }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ http, ...(token ? {} : { env: { TWILIO_AUTH_TOKEN: '' } }) });
  });
  afterAll(() => t.close());

  it('answers a path nothing serves with a one-line 404, whatever the method', async () => {
    for (const [method, path] of [
      ['GET', '/x'],
      ['POST', '/x'],
      ['DELETE', '/wp-admin/setup.php'],
      ['GET', '/voice/nothing'],
      ['GET', '/%'],
      ['HEAD', '/x'],
    ] as const) {
      const got = await ask(t, method, path);
      expectPlainClientError(got, 404, `${method} ${path}`);
      if (method !== 'HEAD') expect(got.body).toMatch(/^Not found: nothing at /);
    }
  });

  it('answers a served path asked with another method with 405 and what it takes', async () => {
    for (const [method, path, allow] of [
      ['GET', '/voice/gather?step=1', 'POST'],
      ['PUT', '/voice', 'POST, GET'],
      ['DELETE', '/sms', 'POST, GET'],
      ['OPTIONS', '/voice/status', 'POST, GET'],
      ['HEAD', '/voice/recording', 'POST'],
      ['POST', '/healthz', 'GET, HEAD'],
      ['PATCH', '/metrics', 'GET, HEAD'],
    ] as const) {
      const got = await ask(t, method, path);
      expectPlainClientError(got, 405, `${method} ${path}`);
      expect(got.headers.get('allow'), `${method} ${path}`).toBe(allow);
    }
  });

  it('changes nothing: a signed POST to an unknown path, a GET of a step', async () => {
    const callSid = newCallSid();
    const params = baseCallParams(callSid);
    const nowhere = await signedPost(t.baseUrl, '/voice/nothing', params);
    expect(nowhere.status).toBe(404);
    expect(await t.db.get('SELECT call_sid FROM calls WHERE call_sid = ?', [callSid])).toBeUndefined();

    const greeting = await signedPost(t.baseUrl, '/voice', params);
    expect(parseTwiml(greeting.body).some((verb) => verb.verb === 'gather')).toBe(true);
    const query = `/voice/gather?step=1&${new URLSearchParams({ ...params, Digits: '1' })}`;
    const res = await fetch(t.baseUrl + query, { headers: { 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + query, {}) } });
    expect(res.status).toBe(405);
    expect(await t.db.get('SELECT state, step FROM calls WHERE call_sid = ?', [callSid])).toEqual({ state: 'greeting', step: 1 });
  });

  it('still answers the webhooks, /healthz and the staff side as before', async () => {
    expect((await ask(t, 'GET', '/healthz')).status).toBe(200);
    const api = await ask(t, 'GET', '/api/nothing');
    expect(api.status).toBe(401);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    const forged = await signedPost(t.baseUrl, '/voice', baseCallParams(newCallSid()), { signature: 'forged' });
    expect(forged.status).toBe(token ? 403 : 200);
  });
});
