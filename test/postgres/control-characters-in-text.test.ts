// A NUL in a voicemail's transcript (or in anything a caller says or texts) on PostgreSQL, whose
// text refuses one: the transcript was lost there ("invalid byte sequence"), while SQLite kept it.
// Control characters are now taken out as the webhook arrives (src/privacy/redact.ts), so both
// engines keep the same words; a clerk's note with one closed nothing there (a 500) (test/security/control-characters-in-text.test.ts on SQLite).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import request from 'supertest';

describe('control characters in text on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  beforeAll(async () => {
    app = await startAppOnPostgres(clock);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("keeps a voicemail's transcript with a NUL in it, without the NUL", async () => {
    const call = new CallSession({ baseUrl: app!.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+13055550160', to: HOTEL_NUMBER });
    await call.start();
    await call.press('0');
    await call.dialResult('no-answer');
    await call.press('1');
    await call.record({ transcript: 'Hi,\u0000 please call me back.\u001B[31m' });
    const row = await app!.db.get<{ transcript: string | null; transcript_status: string | null }>('SELECT transcript, transcript_status FROM callback_requests WHERE call_sid = ?', [call.callSid]);
    expect(row).toEqual({ transcript: 'Hi, please call me back. [31m', transcript_status: 'completed' });
  });

  it("closes a callback request with a clerk's note that has a NUL in it", async () => {
    const token = await deskToken(app!.db, clock);
    const id = (await app!.db.get<{ id: number }>("SELECT id FROM callback_requests ORDER BY id LIMIT 1"))!.id;
    const done = await request(app!.baseUrl).post(`/api/callbacks/${id}/done`).set('Authorization', `Bearer ${token}`).send({ note: 'Called\u0000 back, booked' });
    expect(done.status).toBe(200);
    expect(await app!.db.get('SELECT status, note FROM callback_requests WHERE id = ?', [id])).toEqual({ status: 'done', note: 'Called back, booked' });
  });
});
