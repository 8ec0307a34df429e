// Calls with the caller ID withheld, each leaving a voicemail for the desk: every one made a
// callback request of its own, so one person (or a bot) dialling with the number withheld filled
// the front desk's list, a row a call. Now such asks at a property within an hour of the last are
// one request that counts the calls (each call's voicemail kept as its ask); a withheld caller
// who gives a number is their own request; a pause of over an hour starts a new one; another
// property's are apart. Real signed calls through the app, real SQLite, the API as staff read it.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { WITHHELD_MERGE_MINUTES } from '../../src/calls/callback-requests.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

/** A call that asks for the desk, which does not answer, then leaves a voicemail (after giving a number to call back). */
async function unanswered(app: TestApp, from: string, opts: { to?: string; number?: string } = {}) {
  const call = app.call({ from, ...(opts.to ? { to: opts.to } : {}) });
  if (opts.number) {
    // A reservation taken as far as the callback number, which the caller keys in; then the desk.
    await askForStay(call);
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    await call.press(`${opts.number}#`);
    await call.press('1'); // "I have 3 0 5, …. If that's right, press 1."
  } else {
    await call.start();
  }
  await call.press('0');
  await call.dialResult('no-answer');
  await call.press('1');
  await call.record({ transcript: 'Call me back.' });
  return call;
}

async function openCallbacks(app: TestApp): Promise<{ callerNumber: string; asks: number }[]> {
  const accounts = new Accounts(app.db);
  if (!(await accounts.find('desk'))) await accounts.add('desk', 'desk-password-123', 'staff', app.clock.now());
  const { token } = await accounts.createToken('desk', 'test', app.clock.now());
  return (await request(app.baseUrl).get('/api/callbacks').set('Authorization', `Bearer ${token}`).expect(200)).body.callbacks;
}

describe('callers with a withheld number asking for a call back', () => {
  it('twenty calls in a row are one request on the desk list, counting them, each voicemail kept', async () => {
    t = await startTestApp();
    const froms = ['anonymous', '', 'Restricted', '+266696687'];
    for (let i = 0; i < 20; i++) {
      await unanswered(t, froms[i % froms.length]!);
      t.clock.advance(2 * 60_000);
    }
    const rows = await t.db.all<{ merged_into: number | null; recording_url: string | null }>('SELECT merged_into, recording_url FROM callback_requests ORDER BY id');
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.merged_into === null)).toHaveLength(1);
    expect(rows.every((r) => r.recording_url !== null)).toBe(true);
    const open = await openCallbacks(t);
    expect(open).toHaveLength(1);
    expect(open[0]!.asks).toBe(20);
  });

  it('a withheld caller who leaves a number is their own request; over an hour later starts a new one', async () => {
    t = await startTestApp();
    await unanswered(t, 'anonymous');
    await unanswered(t, 'anonymous', { number: '3055550142' });
    t.clock.advance(10 * 60_000);
    await unanswered(t, 'anonymous');
    t.clock.advance((WITHHELD_MERGE_MINUTES + 1) * 60_000);
    await unanswered(t, 'anonymous');
    const open = await openCallbacks(t);
    expect(open.map((r) => [r.callerNumber, r.asks]).sort()).toEqual([
      ['+13055550142', 1],
      ['anonymous', 1],
      ['anonymous', 2],
    ]);
  });

  it("keeps two properties' withheld callers apart", async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP });
    for (const to of [MIRAMAR, SIERRA, MIRAMAR, SIERRA]) await unanswered(t, 'anonymous', { to });
    const rows = await t.db.all<{ hotel_id: number; asks: number }>('SELECT hotel_id, asks FROM callback_requests WHERE merged_into IS NULL ORDER BY id');
    expect(rows.map((r) => r.asks)).toEqual([2, 2]);
    expect(rows[0]!.hotel_id).not.toBe(rows[1]!.hotel_id);
  });
});
