// A text handled by one instance and delivered again to the other (PostgreSQL, SPEC §10: any
// webhook may land on any instance) changes nothing: the handled MessageSids are in the shared
// database, so a replay after the conversation ended opens no new one there either.

import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { closeAll, twoInstances } from '../helpers/postgres-instances.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { textingGuest } from '../helpers/texting.ts';

const sid = (n: number) => `SM${String(n).padStart(32, '0')}`;

describe('texts delivered again, two instances on PostgreSQL', () => {
  it('a conversation cancelled on one instance is not reopened by its messages replayed to the other', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    const instances = await twoInstances(config, testClock());
    try {
      const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
      const viaA = textingGuest(a.baseUrl, '+12125550145');
      const viaB = textingGuest(b.baseUrl, '+12125550145');
      expect((await viaA.send('book', sid(1))).text).toContain('arrive');
      expect((await viaA.send('december 4th', sid(2))).text).not.toBe('');
      expect((await viaA.send('CANCEL', sid(3))).text).not.toBe('');
      const calls = async () => Number((await a.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n);
      const before = await calls();

      for (const [n, body] of [[1, 'book'], [2, 'december 4th'], [3, 'CANCEL']] as const) expect((await viaB.send(body, sid(n))).text).toBe('');
      expect(await calls()).toBe(before);
      expect(await a.db.get("SELECT count(*) AS n FROM calls WHERE channel = 'sms' AND ended_at IS NULL")).toEqual({ n: 0 });
    } finally {
      await closeAll(instances);
    }
  });
});
