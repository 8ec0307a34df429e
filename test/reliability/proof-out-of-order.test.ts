// The last-name proof and a reservation's cancel when Twilio's requests come out of order, and
// what a language switch or an opt-out in the middle keeps. Each of these held when tried (red
// team, round 5); the tests keep them so. Signed requests through the app, real SQLite.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';

const CONFIRMATION = '73310042';
const STRANGER = '+13135550003';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => CONFIRMATION });
  // 1 Ocean Suite, December 4 for 2 nights, for Lucía Méndez García, from her phone.
  await bookByKeys(t.call({ from: '+12125550111' }), { roomType: '1', rooms: '1', name: 'Lucía Méndez García' });
});
afterEach(async () => t.close());

/** Posts, signed, what Twilio would post to the pending <Gather> of `turn`, for `callSid`. */
function answerLate(turn: Turn, callSid: string, params: Record<string, string>) {
  const action = new URL(turn.gather!.action!, 'https://x.invalid');
  return signedPost(t.baseUrl, action.pathname + action.search, { ...baseCallParams(callSid, STRANGER), ...params });
}

/** A call from the stranger that keyed the confirmation number and is asked the last name on it. */
async function askedForLastName() {
  const call = t.call({ from: STRANGER });
  await call.start();
  await call.press('2');
  return { call, asked: await call.press(`${CONFIRMATION}#`) };
}

const hangUpReported = (callSid: string) =>
  signedPost(t.baseUrl, '/voice/status', { ...baseCallParams(callSid, STRANGER), CallStatus: 'completed', CallDuration: '30' });

describe('an answer that arrives after the hang-up was reported', () => {
  it('the right last name says nothing of the reservation: the call is over', async () => {
    const { call, asked } = await askedForLastName();
    await hangUpReported(call.callSid);
    const late = await answerLate(asked, call.callSid, { SpeechResult: 'García', Confidence: '0.9' });
    expect(late.status).toBe(200);
    expect(late.body).toContain('<Hangup/>');
    expect(late.body).not.toMatch(/7 3 3 1|Ocean/);
  });

  it('the key that confirms a cancel cancels nothing', async () => {
    const { call } = await askedForLastName();
    await call.say('García', 0.9);
    const confirm = await call.press('1');
    expect(heard(confirm)).toContain('To cancel reservation 7 3 3 1, 0 0 4 2');
    await hangUpReported(call.callSid);
    expect((await answerLate(confirm, call.callSid, { Digits: '1' })).body).toContain('<Hangup/>');
    expect((await reservations(t.db))[0]?.status).toBe('booked');
  });
});

describe('the proof across a change of language', () => {
  it('keeps the wrong last names counted: the second, after a switch to Spanish, goes to the desk', async () => {
    const { call } = await askedForLastName();
    await call.say('Smith', 0.9);
    const spanish = await call.say('¿hablan español?', 0.9);
    expect(spanish.gather?.language).toBe('es-MX');
    await call.press(`${CONFIRMATION}#`);
    const last = await call.say('Jones', 0.9);
    expect(last.dial).toBeDefined();
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNotMatched', 'transfer.reservation_not_proven']);
    expect(heard(last)).not.toMatch(/7 3 3 1|Suite/);
  });
});

describe('a texter who opts out in the middle of a booking', () => {
  it.each(['PARAR', 'STOP'])('frees the rooms held for them at %s', async (keyword) => {
    const texter = textingGuest(t.baseUrl, '+13135550002');
    expect((await texter.send('book 1 ocean suite dec 4 for 2 nights')).text).toContain('held for you');
    const held = "SELECT count(*) AS n FROM holds WHERE released_at IS NULL AND call_sid LIKE 'TX%'";
    expect(Number((await t.db.get<{ n: number }>(held))?.n)).toBe(1);
    await texter.send(keyword);
    expect(Number((await t.db.get<{ n: number }>(held))?.n)).toBe(0);
  });
});
