// "In progress" and "gone quiet" (src/staff/active-now.ts) on PostgreSQL, over real HTTP
// (test/staff/texting-now.test.ts runs them on SQLite): the tile's count, the Calls list's two
// filters and the period's figures over one conversation texting now and one quiet for 13 hours.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('texts in progress and gone quiet on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';
  const get = (path: string) => request(app!.baseUrl).get(path).set('Authorization', `Bearer ${token}`).expect(200);

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false' } });
    token = await deskToken(app.db, clock);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts, lists and sums them alike', async () => {
    await textingGuest(app!.baseUrl, '+12125550141').send('Hi, do you have a room for Friday?');
    clock.advance(13 * 3_600_000);
    await textingGuest(app!.baseUrl, '+12125550142').send('I would like to book a room');
    clock.advance(5 * 60_000);
    const sms = (await get('/api/calls?channel=sms')).body.calls as { callSid: string; from: string; outcomeLabel: string }[];
    const quiet = sms.find((c) => c.from === '+12125550141')!;
    const texting = sms.find((c) => c.from === '+12125550142')!;
    expect([quiet.outcomeLabel, texting.outcomeLabel]).toEqual(['gone quiet', 'in progress']);
    expect((await get('/api/calls?outcome=in-progress&channel=sms')).body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([texting.callSid]);
    expect((await get('/api/calls?outcome=quiet')).body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([quiet.callSid]);
    expect((await get('/api/stats?preset=last-7-days')).body.texts).toMatchObject({ conversations: 2, inProgress: 1, quiet: 1 });
    // The overview's tile (the live figures, a session's).
    const agent = request.agent(app!.baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'bob', password: 'bob-password-123', next: '/staff' }).expect(303);
    expect((await agent.get('/staff/live').expect(200)).body).toMatchObject({ textsOpen: 1, callsInProgress: 0 });
  });
});
