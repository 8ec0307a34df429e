// The overview's calls that need a person on PostgreSQL, over real HTTP: each call with a callback
// request waiting names that request (GET /api/today's `callback`: the one the worklist lists), and
// marking it done from there takes the call off the list. A query only SQLite understands fails here.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';

describe("the calls that need a person and their callback requests on PostgreSQL", () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    token = await deskToken(app.db, clock);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names the waiting request of each call, and drops the call once it is done', async () => {
    const voicemail = async (from: string) => {
      const call = new CallSession({ baseUrl: app!.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER });
      await call.start();
      await call.press('0');
      await call.dialResult('no-answer');
      await call.press('1');
      await call.record({ transcript: 'Please call me back' });
      return call.callSid;
    };
    const first = await voicemail('+13125550171');
    clock.advance(60_000);
    const again = await voicemail('+13125550171');
    const waiting = (await auth(request(app!.baseUrl).get('/api/callbacks')).expect(200)).body.callbacks as { asked: { id: number }[] }[];
    expect(waiting).toHaveLength(1);
    const needs = (await auth(request(app!.baseUrl).get('/api/today')).expect(200)).body.needsPerson;
    const shown = needs.calls as { callSid: string; callback: { id: number; attempts: number } | null }[];
    expect(shown.map((c) => c.callSid)).toEqual([again]);
    // The request the worklist lists, whichever ask it was gathered from.
    const id = shown[0]!.callback!.id;
    expect(waiting[0]!.asked.map((a) => a.id)).toContain(id);
    await auth(request(app!.baseUrl).post(`/api/callbacks/${id}/tried`)).expect(200);
    expect((await auth(request(app!.baseUrl).get('/api/today')).expect(200)).body.needsPerson.calls[0].callback).toEqual({ id, attempts: 1 });
    await auth(request(app!.baseUrl).post(`/api/callbacks/${id}/done`)).send({ note: 'Called back' }).expect(200);
    expect((await auth(request(app!.baseUrl).get('/api/today')).expect(200)).body.needsPerson.calls.map((c: { callSid: string }) => c.callSid)).not.toContain(first);
    expect((await auth(request(app!.baseUrl).get('/api/today')).expect(200)).body.needsPerson.count).toBe(0);
  });
});
