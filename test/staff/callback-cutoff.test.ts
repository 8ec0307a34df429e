// The one-shot cutoff of the callbacks worklist (callback-order.ts, ONE_SHOT_SECONDS = 20): a caller
// who asked to be called back and left nothing is listed last as a one-shot only when the call
// lasted under 20 s. The calls' length is set as Twilio's status callback sets it (CallDuration):
// the softphone reads the test clock, moved on while each caller waits. Sat 28 Nov 2026.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, bearer, login, startStaffApp } from './staff-helpers.ts';

/** Each caller's number and how long their call lasts, in seconds. */
const CALLERS = [
  { from: '+12125550019', seconds: 19 },
  { from: '+12125550020', seconds: 20 },
  { from: '+12125550045', seconds: 45 },
];

describe('the one-shot cutoff of the callbacks worklist', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp();
    let minute = 0;
    for (const c of CALLERS) {
      t.clock.set(`2026-11-28T17:${String(minute++ * 5).padStart(2, '0')}:00Z`);
      const caller = new CallSession({ baseUrl: t.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: c.from, to: HOTEL_NUMBER, clock: () => t.clock.now().getTime() });
      await caller.start();
      expect((await caller.press('0')).waitingFor).toBe('dial');
      await caller.dialResult('no-answer');
      // The caller listens that long, then takes "call me back on this number" (2) and hangs up.
      t.clock.advance(c.seconds * 1000);
      await caller.press('2');
      if (!caller.ended) await caller.hangup();
      expect(caller.durationSeconds).toBe(c.seconds);
    }
    t.clock.set('2026-11-28T18:30:00Z');
  });
  afterAll(() => t.close());

  it('records each call’s length from the status callback', async () => {
    const rows = await t.db.all<{ from_number: string; duration_s: number }>('SELECT from_number, duration_s FROM calls ORDER BY started_at');
    expect(rows.map((r) => [r.from_number, Number(r.duration_s)])).toEqual(CALLERS.map((c) => [c.from, c.seconds]));
  });

  it('marks the 19 s call a one-shot and lists it last; a call of 20 s or more is a guest to call back first', async () => {
    const api = await request(t.baseUrl).get('/api/callbacks').set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    expect((api.body.callbacks as { callerNumber: string }[]).map((c) => c.callerNumber)).toEqual(['+12125550020', '+12125550045', '+12125550019']);
    const { agent } = await login(t, ADMIN);
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    const rows = [...page.matchAll(/<tr id="callback-\d+"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    const marked = rows.filter((r) => r.includes('one-shot')).map((r) => /tel:(\+\d+)/.exec(r)?.[1]);
    expect(marked).toEqual(['+12125550019']);
  });
});
