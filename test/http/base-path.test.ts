// PUBLIC_BASE_URL with a path (https://hotel.example.com/conserje), behind a proxy that strips the
// path before passing a request on: Twilio posts to the public URL and signs it, and resolves every
// URL Conserje writes into TwiML against it. A URL written from the root ("/voice/gather") would
// lose the path, and every call would end after its greeting; so the URLs carry it.

import { afterEach, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import type { DialVerb, GatherVerb, Verb } from '../../src/softphone/twiml.ts';
import { callParams, newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

const PUBLIC_HOST = 'https://hotel.example.com';
const PREFIX = '/conserje';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * What Twilio and the proxy do with a URL from Conserje's TwiML: Twilio resolves it against the
 * public URL and signs that; the proxy takes the prefix off and passes the request on.
 */
async function viaProxy(url: string, params: Record<string, string>): Promise<Verb[]> {
  const resolved = new URL(url, `${PUBLIC_HOST}${PREFIX}/voice`);
  expect(resolved.pathname.startsWith(`${PREFIX}/`), `${url} resolves outside ${PREFIX}`).toBe(true);
  const res = await fetch(`${app!.baseUrl}${resolved.pathname.slice(PREFIX.length)}${resolved.search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, resolved.href, params) },
    body: new URLSearchParams(params).toString(),
  });
  expect(res.status).toBe(200);
  return parseTwiml(await res.text());
}

const verb = <K extends Verb['verb']>(verbs: Verb[], kind: K) => verbs.find((v): v is Extract<Verb, { verb: K }> => v.verb === kind);

describe('a PUBLIC_BASE_URL with a path', () => {
  it('writes every webhook URL under that path, so a call goes on past its greeting', async () => {
    app = await startTestApp({ env: { PUBLIC_BASE_URL: `${PUBLIC_HOST}${PREFIX}` } });
    const callSid = newCallSid();
    const params = callParams({ callSid, accountSid: `AC${'0'.repeat(32)}`, from: '+12125550123', to: HOTEL_NUMBER, callStatus: 'in-progress' });

    const greeting = await viaProxy(`${PREFIX}/voice`, params);
    const menu = verb(greeting, 'gather') as GatherVerb;
    expect(menu.action).toMatch(new RegExp(`^${PREFIX}/voice/gather\\?step=1$`));

    const booking = await viaProxy(menu.action!, { ...params, Digits: '1' });
    const arrival = verb(booking, 'gather') as GatherVerb;
    expect(arrival.action).toMatch(new RegExp(`^${PREFIX}/voice/gather\\?step=2$`));

    // The front desk: the dial's action and the whisper on the desk's leg, then the desk's answer.
    const toDesk = await viaProxy(arrival.action!, { ...params, Digits: '0' });
    const dial = verb(toDesk, 'dial') as DialVerb;
    expect(dial.action).toMatch(new RegExp(`^${PREFIX}/voice/dial-result\\?step=3$`));
    expect(dial.targets[0]!.url).toMatch(new RegExp(`^${PREFIX}/voice/whisper\\?step=3&call=${callSid}$`));
    const whisper = await viaProxy(dial.targets[0]!.url!, { ...params, CallSid: newCallSid(), ParentCallSid: callSid });
    expect((verb(whisper, 'gather') as GatherVerb).action).toMatch(new RegExp(`^${PREFIX}/voice/screen\\?step=3&call=${callSid}$`));
  });

  it('writes them from the root when PUBLIC_BASE_URL is a host alone', async () => {
    app = await startTestApp({ env: { PUBLIC_BASE_URL: `${PUBLIC_HOST}/` } });
    const params = { CallSid: newCallSid(), To: HOTEL_NUMBER, From: '+12125550123' };
    const res = await fetch(`${app.baseUrl}/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, `${PUBLIC_HOST}/voice`, params) },
      body: new URLSearchParams(params).toString(),
    });
    expect(res.status).toBe(200);
    expect((verb(parseTwiml(await res.text()), 'gather') as GatherVerb).action).toBe('/voice/gather?step=1');
  });
});

describe('behind a proxy that passes the path on (/conserje/voice)', () => {
  const post = async (path: string, params: Record<string, string>, signedPath = path) =>
    fetch(`${app!.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, `${PUBLIC_HOST}${signedPath}`, params),
      },
      body: new URLSearchParams(params).toString(),
    });

  it("serves the webhooks on npm start's lean path, signed over the public URL", async () => {
    app = await startTestApp({ http: 'lean', env: { PUBLIC_BASE_URL: `${PUBLIC_HOST}${PREFIX}` } });
    const params = { CallSid: newCallSid(), To: HOTEL_NUMBER, From: '+12125550123' };
    const res = await post(`${PREFIX}/voice`, params);
    expect(res.status).toBe(200);
    // express's res.send tags every answer; the lean path writes none (lean-webhooks.ts).
    expect(res.headers.get('etag')).toBeNull();
    expect((verb(parseTwiml(await res.text()), 'gather') as GatherVerb).action).toBe(`${PREFIX}/voice/gather?step=1`);
    // Signed for another URL: refused on this path too.
    expect((await post(`${PREFIX}/voice`, { ...params, CallSid: newCallSid() }, '/voice')).status).toBe(403);
  });

  it('leaves a path that only begins with the same letters to the app (/conserjeria/voice)', async () => {
    app = await startTestApp({ http: 'lean', env: { PUBLIC_BASE_URL: `${PUBLIC_HOST}${PREFIX}` } });
    const params = { CallSid: newCallSid(), To: HOTEL_NUMBER, From: '+12125550123' };
    const res = await post(`${PREFIX}ia/voice`, params);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('<Gather');
  });
});
