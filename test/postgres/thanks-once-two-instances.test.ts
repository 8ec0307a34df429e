// Round 30 on PostgreSQL: a thank-you after a closed text conversation is answered "You're welcome!"
// once per conversation (src/http/routes/sms.ts, the mark in handled_texts), across instances: an
// auto-responder's thanks landing on both instances at once, and again on each later, gets one
// answer between them, never one each.

import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { closeAll, twoInstances } from '../helpers/postgres-instances.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { textingGuest } from '../helpers/texting.ts';

const sid = (n: number) => `SM${String(n).padStart(32, '0')}`;

describe('one "You\'re welcome!" per conversation, two instances on PostgreSQL', () => {
  it('thanks sent to both instances at once, and again, are answered once in all', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    const clock = testClock();
    const instances = await twoInstances(config, clock);
    try {
      const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
      const viaA = textingGuest(a.baseUrl, '+12125550345');
      const viaB = textingGuest(b.baseUrl, '+12125550345');
      await viaA.send('book 1 standard room dec 4 for 2 nights, name Ana Torres, paying cash', sid(1));
      await viaA.send('yes', sid(2));
      expect((await viaA.send('yes', sid(3))).text).toMatch(/^You're booked\./);

      const answers: string[] = [];
      for (let round = 0; round < 3; round++) {
        const both = await Promise.all([viaA.send('Thank you!', sid(10 + 2 * round)), viaB.send('thanks', sid(11 + 2 * round))]);
        answers.push(...both.map((r) => r.text).filter((x) => x !== ''));
        clock.advance(3_600_000);
      }
      expect(answers).toEqual(["You're welcome!"]);
    } finally {
      await closeAll(instances);
    }
  });
});
