// Round 29: a body of 10,000 parameters, small enough to pass the 64 kB limit (`a=&a=&…`, or bare
// `&`s), on both webhook paths and on the console's forms. Refused with 413 before the signature is
// computed over them or anything is read or stored; never a 5xx; and the next real request is
// answered as ever.

import { afterEach, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { baseCallParams } from '../helpers/signed-post.ts';

let t: TestApp;
afterEach(async () => t.close());

const CALL_SID = `CA${'7'.repeat(32)}`;

/** 10,000 parameters in a few kB: one name again and again, or empty pairs. */
const BODIES = {
  'one name 10,000 times': `CallSid=${CALL_SID}&${'a=1&'.repeat(10_000)}`,
  'distinct names': Array.from({ length: 10_000 }, (_, i) => i.toString(36)).join('&'),
  '10,000 empty pairs': `CallSid=${CALL_SID}${'&'.repeat(10_000)}`,
};

async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const res = await fetch(t.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  return { status: res.status, body: await res.text() };
}

describe.each(['lean', 'express'] as const)('a webhook of 10,000 parameters (%s path)', (http) => {
  it.each(Object.entries(BODIES))('is refused with 413 and stores nothing: %s', async (_shape, body) => {
    t = await startTestApp({ http });
    expect(body.length).toBeLessThan(64 * 1024);
    const params = Object.fromEntries(new URLSearchParams(body));
    for (const path of ['/voice', '/voice/gather?step=1', '/voice/status', '/sms', '/sms/status']) {
      // Signed over what a server would read (the last value of each name), and not signed at all.
      const signature = signRequest(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + path, params);
      for (const headers of [{ 'x-twilio-signature': signature }, {}] as Record<string, string>[]) {
        const answer = await post(path, body, headers);
        expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(413);
      }
    }
    expect(await t.db.get('SELECT COUNT(*) AS n FROM calls')).toEqual({ n: 0 });
    expect(await t.db.get('SELECT COUNT(*) AS n FROM call_events')).toEqual({ n: 0 });
    // The server is still whole: a real call is answered.
    const real = baseCallParams(CALL_SID);
    const answer = await post('/voice', new URLSearchParams({ ...real, To: HOTEL_NUMBER }).toString(), {
      'x-twilio-signature': signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, { ...real, To: HOTEL_NUMBER }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<Gather');
  });
});

describe('a console form of 10,000 parameters', () => {
  it('is refused with a 4xx at the login form and the new-reservation form, never a 5xx', async () => {
    t = await startTestApp();
    for (const path of ['/staff/login', '/staff/reservations/new', '/staff/callbacks/1/note']) {
      for (const body of Object.values(BODIES)) {
        const answer = await post(path, body);
        expect(answer.status, path).toBeGreaterThanOrEqual(400);
        expect(answer.status, path).toBeLessThan(500);
      }
    }
  });
});
