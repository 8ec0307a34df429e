// One callback request per guest and property on PostgreSQL, with two instances (two apps, two
// connection pools) over one database: a caller whose calls land on either instance, two of them
// at the same moment, is one request gathering every call; marking it done on the other instance
// settles each call (the overview's calls that need a person, each call's callbacks). Real signed
// calls through the app, the API over HTTP with a bearer token. A query only SQLite understands fails here.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { closeAll, twoInstances } from '../helpers/postgres-instances.ts';
import type { Instance } from '../helpers/postgres-instances.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

describe('one callback request per guest on PostgreSQL, from two instances', () => {
  const clock = testClock('2026-11-28T15:00:00Z');
  let instances: Instance[] = [];
  let baseUrls: string[] = [];
  let token = '';

  beforeAll(async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    instances = await twoInstances(config, clock);
    baseUrls = instances.map((x) => x.baseUrl);
    const accounts = new Accounts(instances[0]!.db);
    await accounts.add('dana', 'dana-password-12', 'staff', clock.now());
    token = (await accounts.createToken('dana', 'desk', clock.now())).token;
  }, 120_000);

  afterAll(() => closeAll(instances));

  const api = (i: number, path: string) => request(baseUrls[i]!).get(path).set('Authorization', `Bearer ${token}`);

  /** A call on instance `i` that asks for the desk, which does not answer, then leaves a voicemail or asks to be called back. */
  async function unanswered(i: number, from: string, voicemail: string | null) {
    const call = new CallSession({ baseUrl: baseUrls[i]!, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER });
    await call.start();
    await call.press('0');
    await call.dialResult('no-answer');
    if (voicemail === null) {
      await call.press('2');
    } else {
      await call.press('1');
      await call.record({ transcript: voicemail });
    }
    return call;
  }

  it('gathers the calls of one number into one request, whichever instance each lands on, and settles them all at once', async () => {
    const guest = '+13055550171';
    const first = await unanswered(0, guest, 'Please call me about a room.');
    clock.advance(5 * 60_000);
    // Two calls at the same moment, one on each instance.
    const [second, third] = await Promise.all([unanswered(0, guest, null), unanswered(1, guest, 'It is me again.')]);
    const sids = [first.callSid, second.callSid, third.callSid];

    const open = (await api(1, '/api/callbacks').expect(200)).body.callbacks;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ callerNumber: guest, asks: 3, createdAt: '2026-11-28T15:00:00.000Z', lastAskedAt: '2026-11-28T15:05:00.000Z' });
    expect(new Set(open[0].asked.map((a: { callSid: string }) => a.callSid))).toEqual(new Set(sids));
    expect(open[0].asked.map((a: { transcript: string | null }) => a.transcript).filter(Boolean).sort()).toEqual(['It is me again.', 'Please call me about a room.']);
    const requestId = open[0].id as number;

    let today = (await api(0, '/api/today').expect(200)).body.needsPerson;
    // (Two calls of one instant are both the number's latest: the fixed clock gives them the same start.)
    expect(today.count).toBeGreaterThan(0);
    expect(new Set(today.calls.map((c: { from: string }) => c.from))).toEqual(new Set([guest]));

    await request(baseUrls[0]!).post(`/api/callbacks/${requestId}/done`).set('Authorization', `Bearer ${token}`).send({ note: 'Called back' }).expect(200);
    today = (await api(1, '/api/today').expect(200)).body.needsPerson;
    expect(today.count).toBe(0);
    for (const sid of sids) {
      const call = (await api(1, `/api/calls/${sid}`).expect(200)).body;
      expect(call.callbacks).toEqual([expect.objectContaining({ status: 'done', requestId, asks: 3, note: 'Called back' })]);
    }
    expect((await api(0, '/api/callbacks').expect(200)).body.callbacks).toEqual([]);
  });
});
