// A call Twilio went quiet about — its status callback lost, or this server down when the call
// ended — is closed by the sweep, at start and every minute: its held rooms are freed and its
// outcome settled as the status callback would have, once. A call talking with the front desk
// sends no webhooks for as long as the conversation lasts, so it is left for Twilio's 4 hours.

import { afterEach, describe, expect, it } from 'vitest';
import type { CallService } from '../../src/calls/call-service.ts';
import { CallStore } from '../../src/calls/call-store.ts';
import { startSweeps, TRANSFER_LIMIT_MINUTES } from '../../src/calls/sweeps.ts';
import { createLogger } from '../../src/logger.ts';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { planSteps, recording } from '../helpers/query-plans.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { activeHolds, callRow } from '../helpers/timeline.ts';

const minutes = (n: number) => n * 60_000;

describe('calls Twilio went quiet about', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('closes a call silent past STALE_CALL_MINUTES and frees its hold; leaves a fresh call and a transfer alone', async () => {
    const clock = testClock();
    t = await startTestApp({ clock });
    const service = t.app.locals.service as CallService;
    const ago = (n: number) => new Date(clock.now().getTime() - minutes(n)).toISOString();

    const held = t.call({ from: '+12125550101' });
    expect((await askForStay(held)).waitingFor).toBe('input');
    const atDesk = t.call({ from: '+12125550102' });
    await atDesk.start();
    expect((await atDesk.press('0')).waitingFor).toBe('dial');
    expect(await activeHolds(t.db)).toEqual([{ call_sid: held.callSid, rooms: 1 }]);

    clock.advance(minutes(31));
    const fresh = t.call({ from: '+12125550103' });
    await fresh.start();

    expect(await service.closeStaleCalls(ago(30), ago(TRANSFER_LIMIT_MINUTES))).toBe(1);
    expect(await callRow(t.db, held.callSid)).toMatchObject({ status: 'expired', outcome: 'abandoned', state: 'ended' });
    expect(await activeHolds(t.db)).toEqual([]);
    expect((await callRow(t.db, atDesk.callSid))?.state).toBe('transferring');
    expect((await callRow(t.db, fresh.callSid))?.state).toBe('greeting');
    // Once: a second sweep finds nothing more to close, and the call's timeline says it ended once.
    expect(await service.closeStaleCalls(ago(30), ago(TRANSFER_LIMIT_MINUTES))).toBe(0);
    expect(await t.db.get("SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND kind = 'call.ended'", [held.callSid])).toEqual({ n: 1 });

    // Past Twilio's longest call, the transfer is over too.
    clock.advance(minutes(TRANSFER_LIMIT_MINUTES));
    expect(await service.closeStaleCalls(ago(30), ago(TRANSFER_LIMIT_MINUTES))).toBe(2);
    expect((await callRow(t.db, atDesk.callSid))?.status).toBe('expired');
  });

  it('sweeps at start: the server closes what a crash left open before the first minute is up', async () => {
    const clock = testClock();
    t = await startTestApp({ clock });
    const held = t.call({ from: '+12125550104' });
    await askForStay(held);
    clock.advance(minutes(45));
    const sweeps = startSweeps({
      service: t.app.locals.service as CallService,
      logger: createLogger('silent'),
      clock: clock.now,
      smsIdleMinutes: 30,
      staleCallMinutes: 30,
    });
    try {
      await sweeps.runOnce();
      expect((await callRow(t.db, held.callSid))?.status).toBe('expired');
      expect(await activeHolds(t.db)).toEqual([]);
    } finally {
      sweeps.stop();
    }
  });

  it('reads only the calls still open, never every call ever made', async () => {
    const clock = testClock();
    t = await startTestApp({ clock });
    const ended = t.call({ from: '+12125550105' });
    await ended.start();
    await ended.hangup();
    const { sql, statements } = recording(t.db);
    await new CallStore(sql).staleCalls(clock.now().toISOString(), clock.now().toISOString());
    const steps = await planSteps(t.db, statements);
    expect(steps).toEqual(['SCAN calls USING INDEX calls_open_voice']);
    // Which holds the calls whose status callback has not come, and no other.
    const open = await t.db.all<{ call_sid: string }>("SELECT call_sid FROM calls INDEXED BY calls_open_voice WHERE channel = 'voice' AND ended_at IS NULL");
    expect(open.map((c) => c.call_sid)).not.toContain(ended.callSid);
  });

  it('refuses a STALE_CALL_MINUTES outside 5–1440 with the setting named', async () => {
    const { loadConfig } = await import('../../src/config.ts');
    expect(() => loadConfig({ STALE_CALL_MINUTES: '2' })).toThrow(/STALE_CALL_MINUTES/);
    expect(loadConfig({}).staleCallMinutes).toBe(30);
  });
});
