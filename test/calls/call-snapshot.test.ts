// What a call's saved state looks like, and what happens when it cannot be read back.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { callMachine } from '../../flows/call-machine.ts';
import { persistSnapshot, restoreSnapshot } from '../../src/calls/call-snapshot.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { callRow, lastPrompts, timeline } from '../helpers/timeline.ts';

describe("a call's saved snapshot", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const snapshotOf = async (callSid: string) =>
    (await t.db.get<{ snapshot_json: string }>('SELECT snapshot_json FROM calls WHERE call_sid = ?', [callSid]))!.snapshot_json;

  /** Changes the row behind the app's back; the version bump is what any writer does (CallStore). */
  const rewrite = (callSid: string, set: string, params: (string | number)[]) =>
    t.db.run(`UPDATE calls SET ${set}, version = version + 1 WHERE call_sid = ?`, [...params, callSid]);

  it('holds the state and the context, without the hotel, which is attached again from the hotel as loaded', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    const saved = JSON.parse(await snapshotOf(call.callSid)) as Record<string, unknown> & { context: Record<string, unknown> };
    expect(Object.keys(saved).sort()).toEqual(['context', 'value']);
    expect(saved.value).toBe('askingRoomType');
    expect(saved.context).not.toHaveProperty('hotel');
    expect(await snapshotOf(call.callSid)).not.toContain('Ocean Suite');
    // The room types still come from the hotel: the question lists them.
    const turn = await call.press('9');
    expect(turn.said.map((s) => s.text).join(' ')).toContain('Ocean Suite');
  });

  it('reads back a snapshot saved in the earlier format (XState’s own, hotel included)', async () => {
    const call = t.call();
    await call.start();
    await call.press('1');
    const context = JSON.parse(await snapshotOf(call.callSid)).context;
    // What the service saved before: XState's persisted snapshot of the whole context.
    const restored = callMachine.resolveState({ value: 'askingArrivalDate', context: { ...context, hotel: toHotelInfo(readHotelFile(DEMO_HOTEL_PATH)) } });
    const older = JSON.stringify(callMachine.getPersistedSnapshot(restored));
    expect(older).toContain('"status":"active"');
    expect(older).toContain('Ocean Suite');
    await rewrite(call.callSid, 'snapshot_json = ?', [older]);
    await call.press('1204');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'ask.roomType']);
  });

  it('reads the context back with a new call’s keys, in their order (those the row left out undefined again)', async () => {
    const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1204');
    const restored = restoreSnapshot(callMachine, await snapshotOf(call.callSid), hotel, call.callSid);
    const fresh = createActor(callMachine, { input: { callSid: 'CAfresh', caller: '+13055550142', hotel, at: '2026-11-28T15:00:00Z' } }).getSnapshot().context;
    // In another order, each copy XState makes of it would be one of V8's slow dictionaries (issue 14).
    expect(Object.keys(restored.context)).toEqual(Object.keys(fresh));
    expect(restored.context.arrival).toBeTruthy();
    expect(persistSnapshot(restored)).toBe(await snapshotOf(call.callSid));
  });

  it('sends the caller to the front desk when the saved state was written by another flow version, or is damaged', async () => {
    for (const [set, params] of [
      ['machine_version = ?', [99]],
      ['snapshot_json = ?', ['{"value":"aStateThatNoLongerExists","context":{}}']],
      ['snapshot_json = ?', ['not json']],
    ] as const) {
      const call = t.call();
      await call.start();
      await rewrite(call.callSid, set, [...params]);
      const turn = await call.press('1');
      expect(turn.waitingFor, set).toBe('dial');
      expect(turn.dial?.targets[0]?.number).toBe('+15557654321');
      expect(await callRow(t.db, call.callSid)).toMatchObject({ outcome: 'failed' });
      expect((await timeline(t.db, call.callSid)).at(-1)).toMatchObject({ kind: 'error', understood: expect.stringMatching(/flow version 99|cannot be restored/) });
    }
  });
});
