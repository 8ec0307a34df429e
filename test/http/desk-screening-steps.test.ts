// `/voice/screen` (the desk leg's key after the whisper) honours the step in its signed URL, as
// every other webhook does: Twilio's retry is answered as before and applied once, and a screening
// captured during one transfer and posted again during a later transfer of the same call is not
// applied (it made the desk's silence at the second transfer count as taking the call: the guest
// was hung up as "transferred" instead of being offered a callback).

import { afterEach, describe, expect, it } from 'vitest';
import type { GatherVerb } from '../../src/softphone/twiml.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { signedPost } from '../helpers/signed-post.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, timeline } from '../helpers/timeline.ts';

let t: TestApp;
afterEach(async () => t.close());

/** The desk hears the whisper; what Twilio would post to the screening URL with `key`, as a replayable request. */
async function screening(call: CallSession, key: string): Promise<{ path: string; params: Record<string, string> }> {
  const whisper = await call.whisper();
  const exchange = whisper.responses.at(-1)!;
  const gather = exchange.verbs.find((v) => v.verb === 'gather') as GatherVerb | undefined;
  if (!gather?.action) throw new Error(`no screening <Gather>: ${exchange.body}`);
  return { path: gather.action, params: { ...exchange.params!, Digits: key } };
}

async function transferred(from: string): Promise<CallSession> {
  const call = t.call({ from });
  await askForStay(call, { date: '1204', roomType: '2', rooms: '2', nights: '3#' });
  await call.press('0');
  return call;
}

async function screenings(callSid: string): Promise<unknown[]> {
  return (await timeline(t.db, callSid)).filter((e) => e.kind === 'desk.screened').map((e) => JSON.parse(e.input_json!));
}

describe('/voice/screen and the step counter', () => {
  it('answers a retried screening as before and applies it once', async () => {
    t = await startTestApp();
    const call = await transferred('+12125550141');
    const accept = await screening(call, '1');
    expect(accept.path).toMatch(/^\/voice\/screen\?step=\d+&call=CA/);
    const first = await signedPost(t.baseUrl, accept.path, accept.params);
    const retry = await signedPost(t.baseUrl, accept.path, accept.params);
    expect(first.status).toBe(200);
    expect(retry).toEqual(first);
    expect(first.body).not.toContain('<Hangup/>'); // an empty document connects the desk
    expect(await screenings(call.callSid)).toEqual([{ accepted: true }]);
  });

  it('does not apply a screening of an earlier transfer to a later one of the same call', async () => {
    t = await startTestApp();
    const call = await transferred('+12125550142');
    const accept = await screening(call, '1');
    expect((await signedPost(t.baseUrl, accept.path, accept.params)).body).not.toContain('<Hangup/>');
    // The bridge failed after the desk took it: the guest is offered a callback and asks for the desk again.
    await call.dialResult('failed');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
    const again = await call.press('0');
    expect(again.waitingFor).toBe('dial');
    // The desk hears the second whisper and says nothing; meanwhile the first screening is posted again.
    const silent = await screening(call, '');
    expect(silent.path).not.toBe(accept.path);
    const replay = await signedPost(t.baseUrl, accept.path, accept.params);
    expect(replay.status).toBe(200);
    expect(replay.body).toContain('<Hangup/>');
    await signedPost(t.baseUrl, silent.path, silent.params);
    expect(await screenings(call.callSid)).toEqual([{ accepted: true }, { accepted: false }]);
    // The desk's leg ended without a key: the guest is not hung up on as transferred.
    const turn = await call.dialResult('completed', 0);
    expect(turn.hungUp).toBe(false);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
    expect((await callRow(t.db, call.callSid))?.outcome).not.toBe('transferred');
  });

  it('applies nothing from a screening URL whose step was never given or was changed', async () => {
    t = await startTestApp();
    const call = await transferred('+12125550143');
    const accept = await screening(call, '1');
    const step = Number(new URL(accept.path, 'http://x').searchParams.get('step'));
    for (const path of [accept.path.replace(/step=\d+&/, ''), accept.path.replace(`step=${step}`, `step=${step + 1}`)]) {
      const answer = await signedPost(t.baseUrl, path, accept.params);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<Hangup/>');
    }
    expect(await screenings(call.callSid)).toEqual([]);
  });
});
