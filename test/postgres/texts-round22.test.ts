// Round 22 on PostgreSQL (both engines behave the same): a card number sent over two texts is
// hidden everywhere the conversation was stored, and the sender texts only the deployment's
// countries, at most SMS_DAILY_LIMIT a day (src/sms/card-across-texts.ts, src/sms/text-destinations.ts).

import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { textingGuest } from '../helpers/texting.ts';
import { startTwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';
import { openStore } from '../../src/storage/database.ts';
import { ensureHotels } from '../../src/hotel/hotel-store.ts';

const ACCOUNT_SID = 'AC' + '8'.repeat(32);

describe('texts, round 22, on PostgreSQL', () => {
  it('hides a card number sent over two texts in everything stored of the conversation', async () => {
    const app = await startAppOnPostgres(testClock());
    try {
      const guest = textingGuest(app.baseUrl, '+12125550190');
      for (const [i, body] of ['book a room', '4111 1111', '1111 1111'].entries()) await guest.send(body, `SM${String(i + 1).padStart(32, '0')}`);
      const all = JSON.stringify([await app.db.all('SELECT * FROM calls'), await app.db.all('SELECT * FROM call_events')]);
      expect(all).not.toContain('4111 1111');
      expect(all).not.toContain('41111111');
      expect(all).toContain('[card number hidden, ending 1111]');
    } finally {
      await app.close();
    }
  });

  it("texts the deployment's countries only, at most SMS_DAILY_LIMIT a day", async () => {
    const standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    const url = await createDatabase(inject('postgresUrl'));
    const config = loadConfig({
      PUBLIC_BASE_URL: TEST_PUBLIC_URL,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_PHONE_NUMBER: HOTEL_NUMBER,
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
      SMS_DAILY_LIMIT: '2',
    });
    const clock = testClock();
    const db = await openStore(config);
    try {
      await ensureHotels(db, { now: clock.now() });
      const outbox = new Outbox(db);
      for (const to of ['+447700900123', '+12125550191', '+12125550192', '+12125550193']) await outbox.enqueueText(to, 'en-US', 'conversation', 'Booked.', clock.now());
      const sender = new SmsSender({ db, config, logger: createLogger('silent'), clock: clock.now, httpClient: standIn.httpClient(1000), batchSize: 10 });
      await sender.runOnce();
      expect(standIn.received.map((r) => r.form.To)).toEqual(['+12125550191', '+12125550192']);
      const failed = await db.all<{ to_number: string; last_error: string }>("SELECT to_number, last_error FROM outbox WHERE status = 'failed' ORDER BY id");
      expect(failed.map((f) => f.to_number)).toEqual(['+447700900123', '+12125550193']);
      expect(failed[1]!.last_error).toMatch(/SMS_DAILY_LIMIT/);
    } finally {
      await db.close();
      await standIn.close();
    }
  });
});
