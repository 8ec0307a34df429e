// Webhooks that come back late, through both HTTP paths: the same signed body posted again after
// the call moved on, and an old step's URL (the `step` Twilio's action URL carried) arriving after
// later steps. Nothing is applied twice; the caller hears where the call is now.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';

describe.each<HttpPath>(['lean', 'express'])('late and out-of-order webhooks (%s path)', (http) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ http });
  });
  afterAll(() => t.close());

  const events = async (sid: string) => Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM call_events WHERE call_sid = ?', [sid]))!.n);

  it('answers an old step, replayed after two later ones, with the current prompt and applies nothing', async () => {
    const sid = 'CA' + '7'.repeat(32);
    const params = baseCallParams(sid);
    expect((await signedPost(t.baseUrl, '/voice', params)).status).toBe(200);
    const book = await signedPost(t.baseUrl, '/voice/gather?step=1', { ...params, Digits: '1' });
    const arrival = await signedPost(t.baseUrl, '/voice/gather?step=2', { ...params, Digits: '1204' });
    expect(arrival.status).toBe(200);
    const before = await events(sid);
    const row = await t.db.get<{ step: number; state: string }>('SELECT step, state FROM calls WHERE call_sid = ?', [sid]);

    // Step 1's signed body again, and step 2's: both late, both answered with where the call is.
    for (const [path, digits] of [['/voice/gather?step=1', '1'], ['/voice/gather?step=2', '1204'], ['/voice/gather?step=1', '0']] as const) {
      const late = await signedPost(t.baseUrl, path, { ...params, Digits: digits });
      expect(late.status).toBe(200);
      expect(late.body).toBe(arrival.body);
    }
    // A step from the future (no such URL was ever given) is not taken as input either.
    const future = await signedPost(t.baseUrl, '/voice/gather?step=99', { ...params, Digits: '0' });
    expect(future.status).toBe(200);
    expect(future.body).toBe(arrival.body);

    expect(await events(sid)).toBe(before);
    expect(await t.db.get('SELECT step, state FROM calls WHERE call_sid = ?', [sid])).toEqual(row);
    expect(book.body).not.toBe(arrival.body);
  });
});
