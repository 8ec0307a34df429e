// What held in round 3, kept held. Signed requests Twilio itself could send late or again after a
// call ended — its <Dial action> and <Record action>, with another outcome or another recording —
// change nothing: one callback request, the first recording, the call's step as it was. And a URL
// in a webhook (RecordingUrl, an MMS's MediaUrl0) is stored at most, never fetched by the server:
// pointed at a listener of ours, nothing arrives there.

import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { newSid } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { signedPost } from '../helpers/signed-post.ts';

const GUEST = '+12125550111';

describe.each<HttpPath>(['lean', 'express'])('webhooks after the call, and URLs in them (%s path)', (http) => {
  let t: TestApp;
  let listener: Server;
  let trap: string;
  const hits: string[] = [];
  beforeAll(async () => {
    t = await startTestApp({ http });
    listener = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    trap = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => listener.close(resolve));
    await t.close();
  });

  it("changes nothing when a call's <Dial> and <Record> actions come again after it ended", async () => {
    const call = t.call({ from: GUEST });
    await call.start();
    const transfer = await call.press('0');
    const dialAction = transfer.dial!.action!;
    await call.dialResult('no-answer');
    const offered = await call.press('1'); // leave a message
    const recordAction = offered.record!.action!;
    await call.record();
    await call.statusCallback('completed', 60);
    const before = await t.db.get<{ step: number; state: string }>('SELECT step, state FROM calls WHERE call_sid = ?', [call.callSid]);
    const requests = () => t.db.all<{ recording_url: string }>('SELECT recording_url FROM callback_requests WHERE call_sid = ?', [call.callSid]);
    const [first] = await requests();

    const params = { CallSid: call.callSid, From: GUEST, To: HOTEL_NUMBER, CallStatus: 'completed' };
    for (const [path, extra] of [
      [dialAction, { DialCallStatus: 'completed', DialCallDuration: '40' }],
      [dialAction, { DialCallStatus: 'no-answer' }],
      [recordAction, { RecordingUrl: `${trap}/recording`, RecordingDuration: '9' }],
    ] as const) {
      const late = await signedPost(t.baseUrl, path, { ...params, ...extra });
      expect(late.status, path).toBe(200);
      expect(parseTwiml(late.body).length, path).toBeGreaterThan(0);
    }
    expect(await t.db.get('SELECT step, state FROM calls WHERE call_sid = ?', [call.callSid])).toEqual(before);
    expect(await requests()).toEqual([first]);
    expect(hits).toEqual([]);
  });

  it('never fetches the media of an MMS or a recording URL that is not Twilio’s', async () => {
    const text = await signedPost(t.baseUrl, '/sms', {
      MessageSid: newSid('MM'),
      From: '+12125550122',
      To: HOTEL_NUMBER,
      Body: '',
      NumMedia: '2',
      MediaUrl0: `${trap}/media0`,
      MediaContentType0: 'image/jpeg',
      MediaUrl1: `${trap}/media1`,
      MediaContentType1: 'text/vcard',
    });
    expect(text.status).toBe(200);
    expect(parseTwiml(text.body).map((verb) => verb.verb)).toEqual(['message']);

    const call = t.call({ from: '+12125550133' });
    await call.start();
    await call.press('0');
    await call.dialResult('busy');
    await call.press('1');
    await call.record({ url: `${trap}/voicemail` });
    // Kept for staff, who play it only through the app, which asks Twilio alone (src/staff/recordings.ts).
    expect(await t.db.get('SELECT recording_url FROM callback_requests WHERE call_sid = ?', [call.callSid])).toEqual({ recording_url: `${trap}/voicemail` });
    // Twilio's transcription callback names it too.
    await signedPost(t.baseUrl, '/voice/transcription', { CallSid: call.callSid, RecordingUrl: `${trap}/voicemail`, TranscriptionStatus: 'completed', TranscriptionText: 'call me' });
    expect(hits).toEqual([]);
  });
});
