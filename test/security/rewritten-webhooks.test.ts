// Round 28: captured webhooks, re-shaped and sent again. Twilio's signature is an HMAC over the URL
// and every parameter's name and value run together, sorted, with nothing between them, so a
// captured request can be re-cut with the same signature: "Body=Hi Do you…" becomes "Body=Hi " and
// a parameter named "Do you…". Nor can the signature tell a second Digits from a first. Held, on
// both HTTP paths: a second Digits (after, before, or as "Digits[]") changes the signed text and
// is refused; a re-cut text is known by its MessageSid and acts on nothing again; a call's
// webhook carrying another property's number stays with the property its call began at; a status
// callback for a call that never was stores nothing.

import { afterEach, describe, expect, it } from 'vitest';
import { callParams } from '../../src/softphone/twilio-params.ts';
import { getExpectedTwilioSignature } from '../../src/twilio/twiml.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { signedPost } from '../helpers/signed-post.ts';

const ACCOUNT = 'AC' + '0'.repeat(32);
const GUEST = '+12125550164';

async function post(t: TestApp, path: string, body: string, signature: string) {
  const res = await fetch(t.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body });
  return { status: res.status, body: await res.text() };
}

/** The action of the question the call is at, as the app wrote it. */
async function nextStep(t: TestApp, callSid: string): Promise<string> {
  const row = await t.db.get<{ last_twiml: string }>('SELECT last_twiml FROM calls WHERE call_sid = ?', [callSid]);
  return /action="([^"]+)"/.exec(row!.last_twiml)![1]!.replace(/&amp;/g, '&');
}

const events = async (t: TestApp, callSid: string) => Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM call_events WHERE call_sid = ?', [callSid]))!.n);

describe.each<HttpPath>(['lean', 'express'])('captured webhooks re-shaped (%s path)', (http) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('refuses a key press with a second Digits added, however it is written', async () => {
    t = await startTestApp({ http });
    const call = t.call({ from: GUEST });
    await call.start();
    const path = await nextStep(t, call.callSid);
    const params = { ...callParams({ callSid: call.callSid, accountSid: ACCOUNT, from: GUEST, to: '+15551230000', callStatus: 'in-progress' }), Digits: '1' };
    const signature = getExpectedTwilioSignature(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + path, params);
    const body = new URLSearchParams(params).toString();
    for (const forged of [`${body}&Digits=0`, `Digits=0&${body}`, body.replace('Digits=1', 'Digits%5B%5D=1&Digits%5B%5D=0')]) {
      expect((await post(t, path, forged, signature)).status).toBe(403);
    }
    expect(await events(t, call.callSid)).toBe(1);
    // As signed, it is taken once.
    expect((await post(t, path, body, signature)).status).toBe(200);
    expect(await events(t, call.callSid)).toBe(2);
  });

  it('acts on nothing again when a text is re-cut under its own signature', async () => {
    t = await startTestApp({ http });
    const sid = 'SM' + '4'.repeat(32);
    const text = { AccountSid: ACCOUNT, ApiVersion: '2010-04-01', Body: 'Hi Do you have a room for Friday', From: GUEST, MessageSid: sid, NumMedia: '0', NumSegments: '1', SmsMessageSid: sid, To: '+15551230000' };
    const signature = getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, text);
    const first = await post(t, '/sms', new URLSearchParams(text).toString(), signature);
    expect(first.status).toBe(200);
    const conversation = (await t.db.get<{ call_sid: string }>("SELECT call_sid FROM calls WHERE channel = 'sms'"))!.call_sid;
    const before = await events(t, conversation);
    // The same signature fits "Body=Hi " and a parameter "Do you have a room for Friday" with no value.
    const { Body: _body, ...rest } = text;
    const recut = { ...rest, Body: 'Hi ', 'Do you have a room for Friday': '' };
    expect(getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, recut)).toBe(signature);
    const again = await post(t, '/sms', new URLSearchParams(recut).toString(), signature);
    expect(again.status).toBe(200);
    expect(again.body).toBe(first.body);
    expect(await events(t, conversation)).toBe(before);
    // Its MessageSid folded into the parameter before it: no MessageSid, refused as a request.
    const { MessageSid: _sid, ...noSid } = text;
    const folded = { ...noSid, From: `${GUEST}MessageSid${sid}` };
    expect(getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/sms`, folded)).toBe(signature);
    expect((await post(t, '/sms', new URLSearchParams(folded).toString(), signature)).status).toBe(400);
    expect(Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n)).toBe(1);
  });

  it("keeps a call with its property when a webhook of it names another property's number", async () => {
    t = await startTestApp({ http, hotelsDir: DEMO_GROUP });
    const call = t.call({ from: GUEST, to: MIRAMAR });
    await call.start();
    const hotel = async () => (await t.db.get<{ hotel_id: number }>('SELECT hotel_id FROM calls WHERE call_sid = ?', [call.callSid]))!.hotel_id;
    const miramar = await hotel();
    const asSierra = { ...callParams({ callSid: call.callSid, accountSid: ACCOUNT, from: GUEST, to: SIERRA, callStatus: 'in-progress' }), Digits: '1' };
    const answer = await signedPost(t.baseUrl, await nextStep(t, call.callSid), asSierra);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('language="en-US"'); // Miramar's questions, in its language; Sierra Alta's are in Spanish
    expect(await hotel()).toBe(miramar);
    expect((await signedPost(t.baseUrl, '/voice', { ...asSierra, Digits: '' })).status).toBe(200);
    expect(await hotel()).toBe(miramar);
    expect(Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n)).toBe(1);
  });

  it('stores nothing for the status callback of a call that never was', async () => {
    t = await startTestApp({ http, hotelsDir: DEMO_GROUP });
    const never = { ...callParams({ callSid: 'CA' + '9'.repeat(32), accountSid: ACCOUNT, from: GUEST, to: SIERRA, callStatus: 'completed' }), CallDuration: '42' };
    const answer = await signedPost(t.baseUrl, '/voice/status', never);
    expect(answer.status).toBe(200);
    for (const table of ['calls', 'call_events', 'holds', 'callback_requests']) {
      expect(Number((await t.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n), table).toBe(0);
    }
  });
});
