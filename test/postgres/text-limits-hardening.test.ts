// The texting limits hold across instances on one PostgreSQL database (SPEC §10: any webhook may
// land on any instance): the answers to keywords (src/http/keyword-replies.ts, counted in the
// database since migration 19; each process counted its own before, so two instances gave twice
// the allowance) and the conversations a number may start in an hour (src/sms/text-flood.ts,
// counted from the calls table), whichever instance each text reaches, and when they come at once.

import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { KEYWORD_REPLIES_PER_HOUR } from '../../src/http/keyword-replies.ts';
import { CONVERSATIONS_PER_HOUR } from '../../src/sms/text-flood.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { closeAll, twoInstances } from '../helpers/postgres-instances.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { textingGuest } from '../helpers/texting.ts';

async function twoOnPostgres(env: Record<string, string> = {}) {
  const url = await createDatabase(inject('postgresUrl'));
  const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent', ...env });
  const clock = testClock();
  const instances = await twoInstances(config, clock);
  return { instances, clock, a: instances[0]!, b: instances[1]! };
}

describe('texting limits, two instances on PostgreSQL', () => {
  it('a number texting STATUS to both instances in turn gets the allowance once, not once per instance', async () => {
    const { instances, clock, a, b } = await twoOnPostgres();
    try {
      const answers: string[] = [];
      for (let i = 0; i < 4 * KEYWORD_REPLIES_PER_HOUR; i++) {
        const reply = await textingGuest((i % 2 === 0 ? a : b).baseUrl, '+12125550180').send(i % 3 === 0 ? 'AYUDA' : 'STATUS');
        if (reply.text !== '') answers.push(reply.text);
        clock.advance(5000);
      }
      expect(answers).toHaveLength(KEYWORD_REPLIES_PER_HOUR);
    } finally {
      await closeAll(instances);
    }
  });

  it('keywords sent at once to both instances are answered the allowance, no more', async () => {
    const { instances, a, b } = await twoOnPostgres();
    try {
      const replies = await Promise.all(
        Array.from({ length: 3 * KEYWORD_REPLIES_PER_HOUR }, (_, i) => textingGuest((i % 2 === 0 ? a : b).baseUrl, '+12125550181').send('ESTADO')),
      );
      expect(replies.every((r) => r.status === 200)).toBe(true);
      expect(replies.filter((r) => r.text !== '')).toHaveLength(KEYWORD_REPLIES_PER_HOUR);
    } finally {
      await closeAll(instances);
    }
  });

  it('a keyword text delivered again, to the other instance, is answered again and counted once (migration 21)', async () => {
    const { instances, a, b } = await twoOnPostgres();
    try {
      const messageSid = `SM${'ab'.repeat(16)}`;
      const first = await textingGuest(a.baseUrl, '+12125550183').send('AYUDA', messageSid);
      expect(first.text).toMatch(/^Hotel Miramar: para reservar/);
      expect((await textingGuest(b.baseUrl, '+12125550183').send('AYUDA', messageSid)).text).toBe(first.text);
      const others: string[] = [];
      for (let n = 0; n < KEYWORD_REPLIES_PER_HOUR; n++) {
        others.push((await textingGuest((n % 2 === 0 ? b : a).baseUrl, '+12125550183').send('ESTADO', `SM${n.toString(16).padStart(32, '0')}`)).text);
      }
      expect(others.filter((text) => text !== '')).toHaveLength(KEYWORD_REPLIES_PER_HOUR - 1);
    } finally {
      await closeAll(instances);
    }
  });

  it('conversations started and cancelled on alternate instances count against one hourly limit', async () => {
    const { instances, clock, a, b } = await twoOnPostgres();
    try {
      const started: boolean[] = [];
      for (let i = 0; i < CONVERSATIONS_PER_HOUR + 2; i++) {
        const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
        const reply = await textingGuest(first.baseUrl, '+12125550182').send('book a room');
        started.push(reply.text !== '');
        if (reply.text !== '') expect((await textingGuest(second.baseUrl, '+12125550182').send('CANCEL')).text).toContain('cancelled');
        clock.advance(60_000);
      }
      expect(started).toEqual([...Array<boolean>(CONVERSATIONS_PER_HOUR).fill(true), false, false]);
    } finally {
      await closeAll(instances);
    }
  });

  it("many numbers' first texts, to either instance, start SMS_CONVERSATIONS_PER_HOUR conversations at the property, no more", async () => {
    const { instances, a, b } = await twoOnPostgres({ SMS_CONVERSATIONS_PER_HOUR: '3' });
    try {
      const answered: boolean[] = [];
      for (let i = 0; i < 6; i++) answered.push((await textingGuest((i % 2 === 0 ? a : b).baseUrl, `+1212555${2000 + i}`).send('book a room')).text !== '');
      expect(answered).toEqual([true, true, true, false, false, false]);
    } finally {
      await closeAll(instances);
    }
  });
});
