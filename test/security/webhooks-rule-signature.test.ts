// A Twilio account with a Webhooks Rule matching our URL has Twilio sign each webhook with the
// rule's shared key and algorithm (HMAC-SHA256), saying so in X-Twilio-Webhooks-Signature-Settings.
// Checked against the auth token alone, every such webhook got 403 and every caller heard "an
// application error has occurred". Through both HTTP paths: with TWILIO_WEBHOOKS_SHARED_KEY set, a
// rule's signature is taken; without it, or with the wrong key or algorithm, 403 and nothing stored,
// and the refusal log says what to set.

import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { baseCallParams } from '../helpers/signed-post.ts';

const SHARED_KEY = 'webhooks-rule-shared-key-0123456789';

/** Twilio's signature (URL, then each parameter's name and value in name order), by HMAC-SHA256 or -SHA1. */
function ruleSignature(key: string, hash: 'sha256' | 'sha1', url: string, params: Record<string, string>): string {
  const data = Object.keys(params).sort().reduce((acc, name) => acc + name + params[name], url);
  return createHmac(hash, key).update(Buffer.from(data, 'utf-8')).digest('base64');
}

describe.each<HttpPath>(['lean', 'express'])('webhooks signed by a Webhooks Rule (%s path)', (http) => {
  let withKey: TestApp;
  let withoutKey: TestApp;
  const log = captureLog('warn');
  beforeAll(async () => {
    withKey = await startTestApp({ http, env: { TWILIO_WEBHOOKS_SHARED_KEY: SHARED_KEY } });
    withoutKey = await startTestApp({ http, logger: log.logger });
  });
  afterAll(async () => {
    await withKey.close();
    await withoutKey.close();
  });

  async function post(t: TestApp, path: string, params: Record<string, string>, signature: string, settings?: string) {
    const res = await fetch(t.baseUrl + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signature,
        ...(settings === undefined ? {} : { 'x-twilio-webhooks-signature-settings': settings }),
      },
      body: new URLSearchParams(params).toString(),
    });
    return { status: res.status, body: await res.text() };
  }
  const stored = (t: TestApp, callSid: string) => t.db.get('SELECT call_sid FROM calls WHERE call_sid = ?', [callSid]);
  const settings = (algorithm: string) => `key=webhooks_sharedkey_0123,algorithm=${algorithm}`;

  it('takes a call signed with the rule shared key by HMAC-SHA256 (and SHA1), as the auth token signature still is', async () => {
    for (const [hash, algorithm] of [['sha256', 'HMAC_SHA256'], ['sha1', 'HMAC_SHA1']] as const) {
      const callSid = newCallSid();
      const params = baseCallParams(callSid);
      const answer = await post(withKey, '/voice', params, ruleSignature(SHARED_KEY, hash, `${TEST_PUBLIC_URL}/voice`, params), settings(algorithm));
      expect(answer.status, algorithm).toBe(200);
      expect(parseTwiml(answer.body).some((verb) => verb.verb === 'gather')).toBe(true);
      // The next step, signed the same way, with its query.
      const step = { ...params, Digits: '1' };
      const next = await post(withKey, '/voice/gather?step=1', step, ruleSignature(SHARED_KEY, hash, `${TEST_PUBLIC_URL}/voice/gather?step=1`, step), settings(algorithm));
      expect(next.status).toBe(200);
      expect(await stored(withKey, callSid)).toBeDefined();
    }
    const plain = baseCallParams(newCallSid());
    expect((await post(withKey, '/voice', plain, signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, plain))).status).toBe(200);
  });

  it('refuses a rule header with the auth token signature, a wrong key, an unknown algorithm, or the key without the header', async () => {
    const callSid = newCallSid();
    const params = baseCallParams(callSid);
    const url = `${TEST_PUBLIC_URL}/voice`;
    const refused = [
      await post(withKey, '/voice', params, ruleSignature(TEST_AUTH_TOKEN, 'sha256', url, params), settings('HMAC_SHA256')),
      await post(withKey, '/voice', params, ruleSignature(TEST_AUTH_TOKEN, 'sha1', url, params), settings('HMAC_SHA1')),
      await post(withKey, '/voice', params, ruleSignature('another-key', 'sha256', url, params), settings('HMAC_SHA256')),
      await post(withKey, '/voice', params, ruleSignature(SHARED_KEY, 'sha256', url, params), settings('HMAC_MD5')),
      await post(withKey, '/voice', params, ruleSignature(SHARED_KEY, 'sha1', url, params)),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
    expect(await stored(withKey, callSid)).toBeUndefined();
  });

  it('without the shared key set, refuses the rule signature and says what to set', async () => {
    const callSid = newCallSid();
    const params = baseCallParams(callSid);
    const answer = await post(withoutKey, '/voice', params, ruleSignature(SHARED_KEY, 'sha256', `${TEST_PUBLIC_URL}/voice`, params), settings('HMAC_SHA256'));
    expect(answer.status).toBe(403);
    expect(await stored(withoutKey, callSid)).toBeUndefined();
    const refusal = log.lines.map((line) => JSON.parse(line) as { msg: string; why?: string }).find((entry) => entry.msg.startsWith('webhook refused'));
    expect(refusal?.why).toMatch(/TWILIO_WEBHOOKS_SHARED_KEY/);
    expect(log.lines.join('\n')).not.toContain(SHARED_KEY);
  });
});
