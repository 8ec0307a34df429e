// Twilio delivers at least once, not exactly once, and not always in order: a webhook whose answer
// timed out is posted again (same step, same parameters), status callbacks come twice or late.
// Each is answered the same and applied once.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlValue } from '../../src/storage/sql.ts';
import { storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { TO_QUESTION } from './helpers.ts';

describe('webhooks delivered more than once, and status callbacks out of order', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    expect(await storedInvariantViolations(t.db, { now: t.clock.now() })).toEqual([]);
    await t.close();
  });

  const row = async (callSid: string) =>
    (await t.db.get<{ step: number; state: string; outcome: string | null; status: string; ended_at: string | null; duration_s: number | null; reservation_id: number | null }>('SELECT step, state, outcome, status, ended_at, duration_s, reservation_id FROM calls WHERE call_sid = ?', [callSid]))!;
  const count = async (sql: string, ...args: SqlValue[]) => Object.values((await t.db.get<Record<string, number>>(sql, args)) ?? {})[0]!;

  /**
   * A softphone whose every webhook reaches the server twice: the first delivery's answer is lost
   * (Twilio timed out waiting for it) and Twilio posts the same request again, same signature and
   * idempotency token; the caller hears the second answer.
   */
  function callDeliveringTwice(): { call: CallSession; pairs: { url: string; first: string; second: string }[] } {
    const pairs: { url: string; first: string; second: string }[] = [];
    const twice: typeof fetch = async (input, init) => {
      const first = await fetch(input, init);
      const firstBody = await first.text();
      const second = await fetch(input, init);
      const secondBody = await second.text();
      pairs.push({ url: String(input), first: firstBody, second: secondBody });
      return new Response(secondBody, { status: second.status, headers: second.headers });
    };
    const call = new CallSession({ baseUrl: t.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER, fetch: twice });
    return { call, pairs };
  }

  it('answers every webhook of a whole booking the same when each is delivered twice, and books once', async () => {
    const { call, pairs } = callDeliveringTwice();
    const readBack = await TO_QUESTION.readBack!(call, '0412');
    expect(readBack.said.map((s) => s.text).join(' ')).toContain('To confirm');
    const confirmed = await call.press('1');
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts); the caller hangs up.
    expect(confirmed.said.at(-1)?.text).toBe('Another booking? Press 1.');
    await call.hangup();
    expect(confirmed.said.some((s) => /confirmation number/.test(s.text))).toBe(true);

    const twiml = pairs.filter((p) => !p.url.includes('/voice/status'));
    expect(twiml.length).toBeGreaterThanOrEqual(10);
    for (const p of twiml) expect(p.second, p.url).toBe(p.first);
    expect(await count('SELECT COUNT(*) FROM reservations WHERE call_sid = ?', call.callSid)).toBe(1);
    // Each step applied once: one caller event per step the call went through.
    expect(await count(`SELECT COUNT(*) FROM call_events WHERE call_sid = ? AND kind LIKE 'caller.%'`, call.callSid)).toBe((await row(call.callSid)).step - 1);
    expect(await count(`SELECT COUNT(*) FROM call_events WHERE call_sid = ? AND kind = 'call.ended'`, call.callSid)).toBe(1);
    expect(await row(call.callSid)).toMatchObject({ outcome: 'booked', status: 'completed' });
  });

  it('books once when the confirming webhook is posted again after the caller heard the confirmation', async () => {
    const call = t.call();
    await TO_QUESTION.readBack!(call, '0512');
    const confirm = await call.press('1');
    const request = confirm.responses[0]!;
    expect(request.url).toContain('/voice/gather');
    // Twilio's retry, late: the call has even ended (status callback posted) by now.
    const again = await fetch(t.baseUrl + new URL(request.url).pathname + new URL(request.url).search, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': (await import('../../src/softphone/twilio-params.ts')).signRequest(TEST_AUTH_TOKEN, request.url, request.params),
      },
      body: new URLSearchParams(request.params).toString(),
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(request.body);
    expect(await count('SELECT COUNT(*) FROM reservations')).toBe(1);
  });

  it('settles a call once when its status callback comes twice, late, or after progress events', async () => {
    const call = t.call();
    await TO_QUESTION.readBack!(call, '0601');
    await call.press('1'); // confirmed: "Another booking?"; the caller hangs up (CallStatus=completed)
    await call.hangup();
    const settled = (await row(call.callSid));
    expect(settled).toMatchObject({ outcome: 'booked', status: 'completed' });
    expect(settled.ended_at).not.toBeNull();

    t.clock.advance(60_000);
    await call.statusCallback('completed', settled.duration_s ?? 0); // Twilio's retry of it, a minute later
    await call.statusCallback('in-progress'); // a progress event arriving after the end
    await call.statusCallback('ringing');

    expect(await row(call.callSid)).toEqual(settled);
    expect(await count(`SELECT COUNT(*) FROM call_events WHERE call_sid = ? AND kind = 'call.ended'`, call.callSid)).toBe(1);
    expect(await count('SELECT COUNT(*) FROM reservations')).toBe(1);
  });

  it('ignores a status callback for a call it never answered, and one with a status Twilio does not send', async () => {
    const stranger = t.call();
    await stranger.statusCallback('completed');
    expect(await count('SELECT COUNT(*) FROM calls')).toBe(0);
    const call = t.call();
    await call.start();
    const before = (await row(call.callSid));
    await call.statusCallback('in-progress');
    await call.statusCallback('queued');
    expect(await row(call.callSid)).toEqual(before);
  });

  it('releases the rooms when the hang-up is reported before the caller’s last answer arrives, and books nothing after', async () => {
    const call = t.call();
    await TO_QUESTION.readBack!(call, '0702');
    expect(await count('SELECT COUNT(*) FROM holds WHERE call_sid = ? AND released_at IS NULL', call.callSid)).toBe(1);
    // The status callback overtakes the caller's "1 = confirm" (which Twilio is still retrying).
    await call.statusCallback('completed', 95);
    expect(await row(call.callSid)).toMatchObject({ outcome: 'regret', status: 'completed' });
    expect(await count('SELECT COUNT(*) FROM holds WHERE call_sid = ? AND released_at IS NULL', call.callSid)).toBe(0);
    const late = await call.press('1');
    expect(late.hungUp).toBe(true);
    expect(await count('SELECT COUNT(*) FROM reservations')).toBe(0);
    expect(await row(call.callSid)).toMatchObject({ outcome: 'regret', reservation_id: null });
  });

  it('answers two identical deliveries sent at the same moment the same, applying one', async () => {
    const call = t.call();
    await TO_QUESTION.nights!(call, '0815');
    const step = (await row(call.callSid)).step;
    const [a, b] = await Promise.all([0, 1].map(async () => {
      const { signRequest, callParams } = await import('../../src/softphone/twilio-params.ts');
      const params = { ...callParams({ callSid: call.callSid, accountSid: call.accountSid, from: call.from, to: call.to, callStatus: 'in-progress' }), Digits: '2', FinishedOnKey: '#' };
      const url = `${TEST_PUBLIC_URL}/voice/gather?step=${step}`;
      const res = await fetch(`${t.baseUrl}/voice/gather?step=${step}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, url, params) },
        body: new URLSearchParams(params).toString(),
      });
      return res.text();
    }));
    expect(b).toBe(a);
    expect((await row(call.callSid)).step).toBe(step + 1);
    expect(await count('SELECT COUNT(*) FROM holds WHERE call_sid = ?', call.callSid)).toBe(1);
  });
});
