// Round 28: a message status callback captured and posted again later. Signed by Twilio, it passes
// the signature check as often as it is sent (a signature holds no time). Its status only ever
// moves forward, but its error 21610 (the recipient unsubscribed) put the number in the STOP list
// every time: a guest who had texted START again was opted out once more by a replay of a month-old
// callback, and got no confirmation of their next booking. Now 21610 opts out only when the
// callback first reports that failure of its text. The other way held: a guest's earlier START
// posted again after they texted STOP does not opt them back in (handled_texts). And a voicemail's
// transcription callback, re-cut under its signature so that its text folds into its status (which
// then reads as failed), wiped the transcript the desk reads: Twilio sends it once, so only the
// first is taken now. (Both HTTP paths.)

import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/messaging/outbox.ts';
import { isOptedOut } from '../../src/messaging/opt-out.ts';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { signedPost } from '../helpers/signed-post.ts';
import { textingGuest } from '../helpers/texting.ts';
import { leaveVoicemail } from '../staff/staff-helpers.ts';
import { getExpectedTwilioSignature } from '../../src/twilio/twiml.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/app.ts';

const GUEST = '+12125550187';
const SID = 'SM' + '7'.repeat(32);

describe.each<HttpPath>(['lean', 'express'])('a message status callback replayed (%s path)', (http) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('opts the number out when it first reports 21610, not again after the guest texted START', async () => {
    t = await startTestApp({ http });
    const outbox = new Outbox(t.db);
    const id = await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'Your room is held until 6 PM.', t.clock.now());
    await outbox.markSending(id, t.clock.now());
    await outbox.markSent(id, SID, t.clock.now());
    const status = { AccountSid: 'AC' + '0'.repeat(32), MessageSid: SID, SmsSid: SID, MessageStatus: 'undelivered', ErrorCode: '21610', To: GUEST, ApiVersion: '2010-04-01' };

    expect((await signedPost(t.baseUrl, '/sms/status', status)).status).toBe(200);
    expect(await isOptedOut(t.db, GUEST)).toBe(true);
    // The guest opts back in, by text.
    t.clock.advance(3 * 24 * 3_600_000);
    await textingGuest(t.baseUrl, GUEST).send('START');
    expect(await isOptedOut(t.db, GUEST)).toBe(false);
    // The same callback, posted again: answered, and the guest stays opted in.
    expect((await signedPost(t.baseUrl, '/sms/status', status)).status).toBe(200);
    expect(await isOptedOut(t.db, GUEST)).toBe(false);
    expect(await outbox.get(id)).toMatchObject({ status: 'undelivered', lastError: 'twilio: undelivered (error 21610)' });
  });

  it('keeps a guest who texted STOP opted out when their earlier START is posted again', async () => {
    t = await startTestApp({ http });
    const guest = textingGuest(t.baseUrl, GUEST);
    const start = await guest.send('START');
    t.clock.advance(24 * 3_600_000);
    await guest.send('STOP');
    expect(await isOptedOut(t.db, GUEST)).toBe(true);
    t.clock.advance(24 * 3_600_000);
    await guest.send('START', start.messageSid);
    expect(await isOptedOut(t.db, GUEST)).toBe(true);
  });

  it("keeps a voicemail's transcript when its transcription callback comes again, re-cut under its signature", async () => {
    t = await startTestApp({ http });
    const said = 'This is Eulalia, please call me about the wedding block';
    const caller = await leaveVoicemail(t, { from: GUEST, transcript: said });
    const request = async () => t.db.get('SELECT transcript, transcript_status FROM callback_requests WHERE call_sid = ?', [caller.callSid]);
    expect(await request()).toEqual({ transcript: said, transcript_status: 'completed' });
    const { recording_url: recordingUrl } = (await t.db.get<{ recording_url: string }>('SELECT recording_url FROM callback_requests WHERE call_sid = ?', [caller.callSid]))!;
    const sent = { AccountSid: 'AC' + '0'.repeat(32), CallSid: caller.callSid, RecordingUrl: recordingUrl, TranscriptionStatus: 'completed', TranscriptionText: said, TranscriptionType: 'fast' };
    const url = `${TEST_PUBLIC_URL}/voice/transcription`;
    const signature = getExpectedTwilioSignature(TEST_AUTH_TOKEN, url, sent);
    // Re-cut: the text folded into the status, which then reads as a failed transcription.
    const { TranscriptionText: _text, ...rest } = sent;
    const recut = { ...rest, TranscriptionStatus: `completedTranscriptionText${said}` };
    expect(getExpectedTwilioSignature(TEST_AUTH_TOKEN, url, recut)).toBe(signature);
    const res = await fetch(`${t.baseUrl}/voice/transcription`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(recut).toString(),
    });
    expect(res.status).toBe(200);
    expect(await request()).toEqual({ transcript: said, transcript_status: 'completed' });
  });
});
