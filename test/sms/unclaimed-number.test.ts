// Texts an attacker or a broken network could send, through both HTTP paths: a text to a number
// no property of the group claims: a clear reply in both languages, nothing stored against any
// hotel, whatever the text holds.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

const NOBODY = '+15559990000';

describe.each<HttpPath>(['lean', 'express'])('texts to a hotel group (%s path)', (http) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP, http });
  });
  afterAll(() => t.close());

  const rows = async (sql: string) => Number((await t.db.get<{ n: number }>(sql))!.n);

  it('answers a text to a number no property claims in both languages, and stores nothing', async () => {
    const calls = await rows('SELECT count(*) AS n FROM calls');
    const outbox = await rows('SELECT count(*) AS n FROM outbox');
    const guest = textingGuest(t.baseUrl, '+12125550191', NOBODY);
    const reply = await guest.send('Hi, a room for friday\u202e\u0000\x1b[2J');
    expect(reply.text).toContain("doesn't reach any of our hotels");
    expect(reply.text).toContain('no corresponde a ninguno de nuestros hoteles');
    // The same text again (Twilio's retry) gets the same answer.
    expect((await guest.send('again')).text).toContain("doesn't reach any of our hotels");
    expect(await rows('SELECT count(*) AS n FROM calls')).toBe(calls);
    expect(await rows('SELECT count(*) AS n FROM outbox')).toBe(outbox);
  });
});
