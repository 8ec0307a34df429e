// The callbacks worklist under a flood of calls, each a billed call back: the clerk sees the real
// guests first. Owed and due requests first by when they were promised; a number with requests at
// two properties listed together; callers who hung up within seconds leaving nothing (no voicemail,
// no name, asked once) last, said so. Real signed calls to the demo group, Saturday 28 November 2026.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, bearer, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';

const ONE_SHOT_A = '+12125550001';
const VOICEMAIL_B = '+12125550002';
const ONE_SHOT_C = '+12125550003';
const BOTH_D = '+12125550004';
const KNOWN_F = '+12125550006';

describe('the callbacks worklist under a flood', () => {
  let t: TestApp;
  const at = (time: string) => t.clock.set(`2026-11-28T${time}:00Z`);

  /** Asks for the desk, nobody answers, and takes "call me back on this number" (2): a call of seconds that leaves nothing else. */
  const callMeBack = async (from: string, to = MIRAMAR) => {
    const caller = t.call({ from, to });
    await caller.start();
    expect((await caller.press('0')).waitingFor).toBe('dial');
    await caller.dialResult('no-answer');
    await caller.press('2');
    if (!caller.ended) await caller.hangup();
  };
  const voicemail = async (from: string, to = MIRAMAR) => {
    const caller = await leaveVoicemail(t, { from, to, transcript: 'Hi, please call me about my stay' });
    if (!caller.ended) await caller.hangup();
  };

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    at('16:00'); // 11:00 in New York: F books, so its number has a name.
    const booking = t.call({ from: KNOWN_F, to: MIRAMAR });
    await bookByKeys(booking, { date: '1205', roomType: '2', rooms: '1', nights: '1#', name: 'Flora Kent' });
    await booking.hangup();
    at('17:00');
    await callMeBack(ONE_SHOT_A);
    at('17:05');
    await voicemail(VOICEMAIL_B);
    at('17:10');
    await callMeBack(ONE_SHOT_C);
    at('17:15');
    await voicemail(BOTH_D, SIERRA);
    at('17:20');
    await callMeBack(KNOWN_F);
    at('17:25');
    await callMeBack(BOTH_D);
    at('18:30');
  });
  afterAll(() => t.close());

  it('lists the real guests first by when they were promised, a number’s requests together, the one-shots last', async () => {
    const res = await request(t.baseUrl).get('/api/callbacks').set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    const listed = (res.body.callbacks as { callerNumber: string; hotel: string; dueAt: string }[]).map((c) => `${c.callerNumber} ${c.hotel}`);
    expect(listed).toEqual([`${VOICEMAIL_B} MIR`, `${BOTH_D} SIE`, `${BOTH_D} MIR`, `${KNOWN_F} MIR`, `${ONE_SHOT_A} MIR`, `${ONE_SHOT_C} MIR`]);
  });

  it('shows the worklist in the same order, and says which callers hung up within seconds leaving nothing', async () => {
    const { agent } = await login(t, ADMIN);
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    const rows = [...page.matchAll(/<tr id="callback-\d+"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    const numberOf = (row: string) => /tel:(\+\d+)/.exec(row)?.[1];
    expect(rows.map(numberOf)).toEqual([VOICEMAIL_B, BOTH_D, BOTH_D, KNOWN_F, ONE_SHOT_A, ONE_SHOT_C]);
    const marked = rows.filter((r) => r.includes('class="small muted one-shot"')).map(numberOf);
    // D's second request is a one-shot too, shown beside its first (a voicemail), not last.
    expect(marked).toEqual([BOTH_D, ONE_SHOT_A, ONE_SHOT_C]);
    expect(rows[4]).toContain('hung up within seconds and left nothing');
  });
});
