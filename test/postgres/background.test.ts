// Background work on two instances of one PostgreSQL database runs once: idle text conversations
// are expired (and their holds freed) by whichever instance gets there first, never twice.

import type { Server } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import type { CallService } from '../../src/calls/call-service.ts';
import { loadConfig } from '../../src/config.ts';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { openStore } from '../../src/storage/database.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('background work across instances', () => {
  it('expires each idle text conversation once when both instances sweep at the same moment', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const clock = testClock();
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent', SMS_IDLE_MINUTES: '30' });
    const instances = await Promise.all(
      [0, 1].map(async () => {
        const db = await openStore(config);
        await ensureHotel(db, { now: clock.now() });
        const app = await buildApp({ config, db, logger: createLogger('silent'), clock: clock.now });
        const server: Server = await new Promise((resolve) => {
          const s = app.listen(0, '127.0.0.1', () => resolve(s));
        });
        return { db, server, service: app.locals.service as CallService, baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
      }),
    );
    try {
      const guests = Array.from({ length: 8 }, (_, i) => `+1617555${String(2000 + i)}`);
      for (const [i, from] of guests.entries()) {
        const guest = textingGuest(instances[i % 2]!.baseUrl, from);
        await guest.send('hi, I want to book a room');
        await guest.send('next friday');
      }
      clock.advance(31 * 60_000);
      const before = new Date(clock.now().getTime() - 30 * 60_000).toISOString();
      const expired = await Promise.all(instances.map((x) => x.service.expireIdleConversations(before)));
      expect(expired[0]! + expired[1]!).toBe(guests.length);
      const db = instances[0]!.db;
      const ended = await db.all<{ n: number }>(
        "SELECT count(*) AS n FROM call_events e JOIN calls c ON c.call_sid = e.call_sid WHERE c.channel = 'sms' AND e.kind = 'call.ended' GROUP BY e.call_sid",
      );
      expect(ended).toEqual(guests.map(() => ({ n: 1 })));
      expect(await db.get("SELECT count(*) AS n FROM calls WHERE channel = 'sms' AND (ended_at IS NULL OR status <> 'expired')")).toEqual({ n: 0 });
    } finally {
      for (const x of instances) {
        await new Promise<void>((resolve) => x.server.close(() => resolve()));
        await x.db.close();
      }
    }
  });
});
