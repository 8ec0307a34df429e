import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { newCallSid } from '../../src/softphone/twilio-params.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { keypadToReadBack } from '../helpers/scripted-calls.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';
import { callRow, lastPrompts, reservations, timeline } from '../helpers/timeline.ts';

describe('webhooks that arrive twice, forged, or malformed', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('answers a retried webhook with the same TwiML and applies it once', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    const first = await call.press('1204');
    const stepAfter = (await callRow(t.db, call.callSid))!.step;
    const retried = await call.retryLast();
    expect(retried.responses[0]!.body).toBe(first.responses[0]!.body);
    expect((await callRow(t.db, call.callSid))!.step).toBe(stepAfter);
    expect((await timeline(t.db, call.callSid)).filter((e) => e.kind === 'caller.digits')).toHaveLength(2);
  });

  it('books once when the confirming webhook is delivered twice', async () => {
    const call = t.call();
    await keypadToReadBack(call);
    const confirmed = await call.press('1');
    expect(confirmed.said.at(-1)?.text).toBe('Another booking? Press 1.');
    // Twilio's retry of the same request, after the call already has its answer.
    const again = await signedPost(t.baseUrl, call.history.at(-1)!.url.replace(/^https?:\/\/[^/]+/, ''), call.history.at(-1)!.params!);
    expect(again.status).toBe(200);
    expect(again.body).toBe(confirmed.responses[0]!.body);
    expect(await reservations(t.db)).toHaveLength(1);
  });

  it('tells a second identical silence apart from a retry, thanks to the step in the URL', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.silence();
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.noInput', 'help.arrivalDate']);
    await call.silence();
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingArrivalDate');
    const turn = await call.silence();
    // The third miss in a row goes to the front desk.
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial?.targets[0]).toMatchObject({ number: '+15557654321' });
    expect((await callRow(t.db, call.callSid))?.state).toBe('transferring');
  });

  it('refuses a forged or missing signature with 403 and changes nothing', async () => {
    const callSid = newCallSid();
    const params = baseCallParams(callSid);
    expect((await signedPost(t.baseUrl, '/voice', params, { signature: null })).status).toBe(403);
    expect((await signedPost(t.baseUrl, '/voice', params, { token: 'not-the-token' })).status).toBe(403);
    expect((await signedPost(t.baseUrl, '/voice', params, { signature: 'AAAA' })).status).toBe(403);
    expect(await callRow(t.db, callSid)).toBeUndefined();

    const call = t.call({ callSid });
    await call.start();
    const step = (await callRow(t.db, callSid))!.step;
    const forged = await signedPost(t.baseUrl, `/voice/gather?step=${step}`, { ...params, Digits: '1' }, { token: 'forged' });
    expect(forged.status).toBe(403);
    expect(await callRow(t.db, callSid)).toMatchObject({ step, state: 'greeting' });
  });

  it('answers odd parameters with valid TwiML or a 4xx, never a 5xx', async () => {
    const call = t.call();
    await call.start();
    const step = (await callRow(t.db, call.callSid))!.step;
    const path = `/voice/gather?step=${step}`;
    const base = baseCallParams(call.callSid);
    const odd: Record<string, string>[] = [
      { ...base, Digits: 'abc' },
      { ...base, Digits: '\u0000\u0001\uffff' },
      { ...base, SpeechResult: '' },
      { ...base, SpeechResult: 'x'.repeat(10_000), Confidence: '0.9' },
      { ...base, SpeechResult: '\ud83d\ude00 \u0000 binary \u00ff', Confidence: 'NaN' },
      { ...base, Confidence: '-3' },
    ];
    for (const params of odd) {
      const res = await signedPost(t.baseUrl, `/voice/gather?step=${(await callRow(t.db, call.callSid))!.step}`, params);
      expect(res.status).toBe(200);
      expect(() => parseTwiml(res.body)).not.toThrow();
    }
    // Each odd answer was a miss (none of them is a date); the third in a row went to the desk.
    expect((await callRow(t.db, call.callSid))?.state).toBe('transferring');

    // Missing CallSid: not a Twilio call.
    const { CallSid: _omit, ...noSid } = base;
    expect((await signedPost(t.baseUrl, path, noSid)).status).toBe(400);

    // No step, a stale step, a step from the future: the current question again, nothing applied.
    const fresh = t.call();
    await fresh.start();
    const freshBase = baseCallParams(fresh.callSid);
    for (const p of ['/voice/gather', '/voice/gather?step=abc', '/voice/gather?step=999999', '/voice/gather?step=0']) {
      const res = await signedPost(t.baseUrl, p, { ...freshBase, Digits: '1' });
      expect(res.status).toBe(200);
      expect(parseTwiml(res.body).some((v) => v.verb === 'gather')).toBe(true);
    }
    expect(await callRow(t.db, fresh.callSid)).toMatchObject({ state: 'greeting', step: 1 });
  });

  it('greets a caller whose CallSid it does not know on a gather URL instead of hanging up', async () => {
    const callSid = newCallSid();
    const res = await signedPost(t.baseUrl, '/voice/gather?step=4', { ...baseCallParams(callSid), Digits: '1' });
    expect(res.status).toBe(200);
    expect(parseTwiml(res.body)[0]).toMatchObject({ verb: 'gather' });
    expect((await timeline(t.db, callSid))[0]?.kind).toBe('call.recovered');
    // Twilio retries that same request: the same greeting, not an answer to it.
    const retry = await signedPost(t.baseUrl, '/voice/gather?step=4', { ...baseCallParams(callSid), Digits: '1' });
    expect(retry.body).toBe(res.body);
    expect((await callRow(t.db, callSid))?.state).toBe('greeting');
  });

  it('keeps the first of two different terminal status callbacks', async () => {
    const call = t.call();
    await call.start();
    await call.statusCallback('completed', 12);
    await call.statusCallback('failed', 99);
    expect(await t.db.get('SELECT status, duration_s FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({
      status: 'completed',
      duration_s: 12,
    });
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('abandoned');
  });

  it('answers 413 to a body over the size limit', async () => {
    const res = await signedPost(t.baseUrl, '/voice', { ...baseCallParams(newCallSid()), SpeechResult: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
  });
});

describe('a failure inside a webhook', () => {
  it('apologises, dials the front desk, records the error and writes nothing half-done', async () => {
    const t = await startTestApp({
      newConfirmation: () => {
        throw new Error('confirmation numbers unavailable');
      },
    });
    try {
      const call = t.call();
      await keypadToReadBack(call);
      const turn = await call.press('1');
      expect(turn.waitingFor).toBe('dial');
      expect(turn.said[0]?.text).toMatch(/sorry/i);
      expect(turn.dial?.targets[0]?.number).toBe('+15557654321');
      expect(await reservations(t.db)).toEqual([]);
      expect(await callRow(t.db, call.callSid)).toMatchObject({ outcome: 'failed', state: 'readingBack' });
      expect((await timeline(t.db, call.callSid)).at(-1)).toMatchObject({ kind: 'error', understood: expect.stringContaining('unavailable') });
    } finally {
      await t.close();
    }
  });
});

describe('two app instances on one database file', () => {
  it('continues a call in the second instance exactly where the first stopped', async () => {
    const a = await startTestApp();
    const b = await startTestApp({ dbPath: a.dbPath });
    try {
      // One CallSession whose requests go to whichever instance is "up".
      let target = a.baseUrl;
      const call = a.call();
      Object.assign(call, {
        fetchImpl: (url: string, init: RequestInit) => fetch(url.replace(/^http:\/\/[^/]+/, target), init),
      });
      await call.start();
      await call.press('1');
      await call.press('1204');
      target = b.baseUrl;
      await a.close();
      await call.press('3');
      expect(await lastPrompts(b.db, call.callSid)).toEqual(['ask.rooms']);
      const done = await bookByKeysFromRooms(call);
      expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
      expect(await reservations(b.db)).toHaveLength(1);
    } finally {
      await b.close();
    }
  });
});

describe('two app instances answering one call in turns', () => {
  /** A CallSession whose every request goes to whichever instance `to()` names now. */
  function routed(a: TestApp, to: () => TestApp) {
    const call = a.call();
    Object.assign(call, {
      fetchImpl: (url: string, init: RequestInit) => fetch(url.replace(/^http:\/\/[^/]+/, to().baseUrl), init),
    });
    return call;
  }

  it('never lets an instance write over what the other recorded since it last saw the call', async () => {
    const a = await startTestApp();
    const b = await startTestApp({ dbPath: a.dbPath });
    try {
      let target = a;
      const call = routed(a, () => target);
      await call.start();
      const transfer = await call.press('0');
      expect(transfer.waitingFor).toBe('dial');
      // The desk takes the call on instance b: b writes the screening; a still remembers the call
      // as it left it, at the same step.
      target = b;
      const desk = await deskScreens(b.baseUrl, call, '1');
      expect(desk.screen.status).toBe(200);
      // The dial's result reaches a: it must see that the desk accepted, from the database.
      target = a;
      const end = await call.dialResult('completed', 42);
      expect(end.hungUp).toBe(true);
      expect(await callRow(a.db, call.callSid)).toMatchObject({ state: 'ended', outcome: 'transferred' });
      expect((await timeline(a.db, call.callSid)).map((e) => e.kind)).toEqual(['call.started', 'caller.digits', 'desk.whisper', 'desk.screened', 'desk.result']);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('books once when every webhook lands on the other instance, a retry included', async () => {
    const a = await startTestApp();
    const b = await startTestApp({ dbPath: a.dbPath });
    try {
      let n = 0;
      const call = routed(a, () => (n++ % 2 === 0 ? a : b));
      await call.start();
      await call.press('1');
      await call.press('1204');
      await call.press('2');
      const row = await callRow(a.db, call.callSid);
      // The same step posted again, to each instance: answered with the current question, applied once.
      for (const app of [a, b]) {
        const retry = await signedPost(app.baseUrl, `/voice/gather?step=${row!.step - 1}`, { ...baseCallParams(call.callSid), Digits: '2' });
        expect(retry.status).toBe(200);
      }
      expect((await callRow(b.db, call.callSid))!.step).toBe(row!.step);
      const done = await bookByKeysFromRooms(call);
      expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
      expect(await reservations(a.db)).toHaveLength(1);
      const steps = (await timeline(a.db, call.callSid)).filter((e) => e.kind.startsWith('caller.')).map((e) => e.step);
      expect(steps).toEqual(steps.map((_, i) => i + 1));
      expect(await storedInvariantViolations(a.db, { now: a.clock.now() })).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

async function bookByKeysFromRooms(call: ReturnType<TestApp['call']>) {
  await call.press('1');
  await call.press('2#');
  await call.say('Sam Park', 0.95);
  await call.press('1');
  await call.press('1');
  return call.press('1');
}
